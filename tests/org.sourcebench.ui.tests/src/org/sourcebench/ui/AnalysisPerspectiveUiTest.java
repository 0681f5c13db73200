package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sourcebench.application.about.AboutSourcebenchDialog;
import org.sourcebench.core.Sourcebench;
import org.sourcebench.ui.views.welcome.GettingStartedView;

/** Opens the real workbench (UI harness) and checks what an analyst sees first. */
class AnalysisPerspectiveUiTest {

	@Test
	void workbenchOpensOnTheAnalysisPerspectiveWithTheGettingStartedView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IWorkbenchPage page = window.getActivePage();
		assertEquals(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID, page.getPerspective().getId());

		IViewPart view = page.findView(SourcebenchUi.GETTING_STARTED_VIEW_ID);
		assertNotNull(view, "Getting Started view is not open");
		assertTrue(view instanceof GettingStartedView);
		assertTrue(page.isPartVisible(view), "Getting Started view is hidden");
		UiScreenshots.save("workbench-start");
	}

	@Test
	void windowHasTheAnalystMenus() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu bar = shell.getMenuBar();
		assertNotNull(bar, "no menu bar");
		List<String> titles = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", ""))
				.toList();
		assertTrue(titles.containsAll(List.of("File", "Edit", "Window", "Help")), titles.toString());
		assertTrue(shell.getText().contains("Sourcebench"), shell.getText());
	}

	@Test
	void helpMenuOffersAboutSourcebench() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		Menu menu = help.getMenu();
		// Menus are filled when they are about to show.
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("About Sourcebench")), items.toString());
	}

	@Test
	void aboutDialogShowsVersionAndThirdPartyNotices() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AboutSourcebenchDialog dialog = new AboutSourcebenchDialog(shell);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell dialogShell = dialog.getShell();
			assertEquals("About Sourcebench", dialogShell.getText());
			List<String> texts = new ArrayList<>();
			collectTexts(dialogShell, texts);
			assertTrue(texts.stream().anyMatch(t -> t.contains(Sourcebench.shortVersion())), texts.toString());
			assertTrue(texts.stream().anyMatch(t -> t.contains("Apache POI") && t.contains("Eclipse Public License")),
					"third-party notices missing");
			UiScreenshots.save("about-dialog");
		} finally {
			dialog.close();
		}
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Text text) {
			texts.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}
}
