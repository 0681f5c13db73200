package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.sourcebench.ui.perspectives.AnalysisPerspective;

/**
 * Inside an Eclipse IDE Sourcebench's menus, toolbar buttons and keys show only in the Analysis perspective: they
 * hang on the context of the Sourcebench action set, which only that perspective adds.
 */
class PerspectiveScopedContributionsUiTest {

	private static final String NEW_DOSSIER = "org.sourcebench.ui.commands.newDossier";

	@Test
	void menusAndKeysFollowTheAnalysisPerspective() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		String other = Arrays.stream(workbench.getPerspectiveRegistry().getPerspectives()).map(IPerspectiveDescriptor::getId)
				.filter(id -> !id.equals(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID)).findFirst().orElse(null);
		assumeTrue(other != null, "no second perspective in this runtime");
		try {
			workbench.showPerspective(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID, window);
			settle();
			assertTrue(activeContexts(window).contains(AnalysisPerspective.ACTION_SET_ID), "action set context not active");
			assertTrue(fileMenu(window).contains("New Dossier..."), fileMenu(window).toString());
			assertTrue(bindings(window).getActiveBindingsFor(NEW_DOSSIER).length > 0, "no key for New Dossier");

			workbench.showPerspective(other, window);
			settle();
			assertFalse(activeContexts(window).contains(AnalysisPerspective.ACTION_SET_ID), "context active in " + other);
			assertFalse(fileMenu(window).contains("New Dossier..."), other + ": " + fileMenu(window));
			assertEquals(0, bindings(window).getActiveBindingsFor(NEW_DOSSIER).length, "New Dossier key in " + other);
		} finally {
			workbench.showPerspective(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID, window);
			settle();
		}
	}

	@Test
	void ctrlYIsNotRedoOnGtk() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Binding binding = bindings(window).getPerfectMatch(KeySequence.getInstance("M1+Y"));
		assertFalse(binding != null && binding.getParameterizedCommand() != null
				&& "org.eclipse.ui.edit.redo".equals(binding.getParameterizedCommand().getId()), "Ctrl+Y is bound to Redo");
	}

	private static IBindingService bindings(IWorkbenchWindow window) {
		return window.getService(IBindingService.class);
	}

	private static java.util.Collection<?> activeContexts(IWorkbenchWindow window) {
		return window.getService(IContextService.class).getActiveContextIds();
	}

	private static List<String> fileMenu(IWorkbenchWindow window) {
		MenuItem file = Arrays.stream(window.getShell().getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
		Menu menu = file.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).filter(i -> !i.isDisposed())
				.map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	private static void settle() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
