package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.show;
import static org.sourcebench.ui.WorkbenchFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.model.Dossier;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.importing.ImportArticlesWizard;
import org.sourcebench.ui.views.welcome.GettingStartedView;

/** How an analyst gets going: the sample dossier, the menus, the import wizard and the preferences. */
class WorkbenchEntryPointsUiTest {

    @AfterEach
    void closeEditors() {
        closeAll();
    }

    @Test
    void theSampleButtonOpensAnAnalysedSampleDossier() throws Exception {
        Path sample = Platform.getStateLocation(FrameworkUtil.getBundle(GettingStartedView.class)).toPath().resolve("sample");
        Files.deleteIfExists(sample.resolve("Sample dossier.sbx"));
        GettingStartedView welcome = show(SourcebenchUi.GETTING_STARTED_VIEW_ID);
        UiScreenshots.save("getting-started");

        welcome.getSampleButton().notifyListeners(SWT.Selection, new Event());
        processEvents();
        Job[] imports = Job.getJobManager().find(ImportArticlesJob.FAMILY);
        assertEquals(1, imports.length, "the sample import runs as a job");
        org.eclipse.core.runtime.IStatus result = waitFor(imports[0]);
        String report = result + " " + Arrays.toString(result.getChildren());

        IEditorPart active = page().getActiveEditor();
        assertTrue(active instanceof DossierEditor, String.valueOf(active));
        Dossier dossier = ((DossierEditor) active).getDossier();
        long shipped = Files.list(sample.resolve("articles")).count();
        // Every shipped article (text, HTML, PDF, Word) becomes a source; the reprint too, flagged in its notes.
        assertEquals(shipped, dossier.getSources().size(), report);
        assertTrue(dossier.getSources().stream().anyMatch(s -> "docx".equals(s.getFormat())), "the Word article is read");
        assertTrue(dossier.getSources().stream().anyMatch(s -> s.getNotes() != null && !s.getNotes().isBlank()), "reprint not flagged");
        assertTrue(dossier.getActors().size() > 5, "actors: " + dossier.getActors().size());
        assertTrue(dossier.getRelationships().size() > 0, "no relationships in the sample");
        assertTrue(page().isPartVisible(page().findView(SourcebenchUi.NAVIGATOR_VIEW_ID)), "navigator shown with a dossier");
        show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
        UiScreenshots.save("sample-dossier");
    }

    @Test
    void fileMenuOffersDossierCommandsAndRecentDossiers() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        MenuItem file = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.containsAll(List.of("New Dossier...", "Open Dossier...", "Recent Dossiers", "Import Articles...", "Save",
                "Save As...")), items.toString());
    }

    @Test
    void importWizardListsTheChosenFilesAndTheTargetDossier() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportArticlesWizard wizard = new ImportArticlesWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            processEvents();
            assertTrue(!wizard.canFinish(), "nothing chosen yet");
            UiScreenshots.save("import-wizard");
        } finally {
            dialog.close();
        }
    }

    @Test
    void preferencePageOffersHighlightColoursAndDefaultReliability() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.sourcebench.ui.preferences", null, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            processEvents();
            assertNotNull(dialog.getSelectedPage());
            assertTrue(dialog.getSelectedPage() instanceof org.sourcebench.ui.preferences.SourcebenchPreferencePage, String.valueOf(dialog.getSelectedPage()));
            UiScreenshots.save("preferences");
        } finally {
            dialog.close();
        }
    }
}
