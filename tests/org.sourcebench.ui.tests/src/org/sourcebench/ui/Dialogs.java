package org.sourcebench.ui;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Answers modal dialogs in UI tests: waits for the shell by title, fills it in and presses a button. */
final class Dialogs {

	/** The data key the workbench's dialogs name their widgets with. */
	static final String WIDGET_KEY = "sourcebench.widget";

	private Dialogs() {
	}

	/** When a shell titled {@code title} opens, runs {@code fill} on it and presses OK. */
	static void answer(String title, Consumer<Shell> fill) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible()).findFirst()
					.orElse(null);
			if (shell == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			fill.accept(shell);
			press(shell, "OK");
		};
		display.timerExec(50, poll[0]);
	}

	/**
	 * Shows an import's summary as the analyst sees it at the end of the import ({@code ArticleImports} shows the same
	 * dialog, blocking) with its details open, lays its shell out and saves the screenshot {@code name}; the test
	 * harness runs JFace in automated mode, where an ErrorDialog only logs, so that mode is off while it is shown.
	 */
	static void screenshotImportSummary(IStatus result, Consumer<Shell> layout, String name) {
		ErrorDialog dialog = new ErrorDialog(Display.getDefault().getActiveShell(), "Import Finished", null, result,
				IStatus.OK | IStatus.INFO | IStatus.WARNING | IStatus.ERROR);
		dialog.setBlockOnOpen(false);
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		try {
			dialog.open();
			press(dialog.getShell(), IDialogConstants.SHOW_DETAILS_LABEL.replace("&", ""));
			layout.accept(dialog.getShell());
			WorkbenchFixture.processEvents();
			UiScreenshots.save(name);
		} finally {
			dialog.close();
			ErrorDialog.AUTOMATED_MODE = automated;
		}
	}

	/** Presses the button labelled {@code label} (mnemonics ignored). */
	static void press(Composite parent, String label) {
		Button button = find(parent, Button.class, b -> b.getText().replace("&", "").equals(label));
		if (button == null) {
			throw new AssertionError("no button " + label);
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** @return the widget named {@code key} */
	static <T extends Control> T named(Composite parent, Class<T> type, String key) {
		T found = find(parent, type, c -> key.equals(c.getData(WIDGET_KEY)));
		if (found == null) {
			throw new AssertionError("no widget " + key);
		}
		return found;
	}

	static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
