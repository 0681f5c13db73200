package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
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
        // Menus are filled lazily: let the menu manager populate the help menu before looking.
        Object data = help.getData();
        if (data instanceof MenuManager manager) {
            manager.updateAll(true);
            List<String> ids = Arrays.stream(manager.getItems()).map(IContributionItem::getId).toList();
            assertNotNull(ids);
        }
        Menu menu = help.getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertTrue(items.stream().anyMatch(t -> t.replace("&", "").startsWith("About Sourcebench")), items.toString());
        Display.getCurrent().readAndDispatch();
    }
}
