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

		// Noted when scheduled: with the analysis engine warm from earlier tests the job may end at once.
		List<Job> imports = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.eclipse.core.runtime.jobs.JobChangeAdapter watcher = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void scheduled(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getJob().belongsTo(ImportArticlesJob.FAMILY)) {
					imports.add(event.getJob());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(watcher);
		try {
			welcome.getSampleButton().notifyListeners(SWT.Selection, new Event());
			processEvents();
		} finally {
			Job.getJobManager().removeJobChangeListener(watcher);
		}
		assertEquals(1, imports.size(), "the sample import runs as a job");
		org.eclipse.core.runtime.IStatus result = waitFor(imports.get(0));
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
	void anImportListsItsPerFileProblemsAtTheEnd(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		DossierEditor editor = org.sourcebench.ui.handlers.DossierEditors.create(page(), folder.resolve("Problems.sbx"));
		Path articles = Files.createDirectories(folder.resolve("articles"));
		Files.copy(WorkbenchFixture.seed(), articles.resolve("seed.txt"));
		Files.write(articles.resolve("broken.pdf"), new byte[] { 'n', 'o', 't', ' ', 'a', ' ', 'p', 'd', 'f' });

		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		List<String> shown = new java.util.ArrayList<>();
		Runnable[] closeReport = new Runnable[1];
		closeReport[0] = () -> {
			// Without a window manager the dialog need not become the active shell: look for it by title.
			Shell active = Arrays.stream(display.getShells()).filter(sh -> "Import Finished".equals(sh.getText())).findFirst()
					.orElse(null);
			if (active != null) {
				active.forceActive();
				pressDetails(active);
				collectTexts(active, shown);
				UiScreenshots.save("import-finished");
				active.close();
			} else {
				display.timerExec(100, closeReport[0]);
			}
		};
		display.timerExec(100, closeReport[0]);
		// The test harness runs JFace in automated mode, where an ErrorDialog only logs: let it open as for an analyst.
		boolean automated = org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE;
		org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = false;
		try {
			Job job = org.sourcebench.ui.importing.ArticleImports.start(editor, List.of(articles), false, true);
			waitFor(job);
			WorkbenchFixture.until(() -> !shown.isEmpty(), "the import report");
		} finally {
			org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = automated;
		}

		assertEquals(1, editor.getDossier().getSources().size());
		assertTrue(shown.stream().anyMatch(t -> t.contains("1 article imported") && t.contains("1 file failed")), shown.toString());
		assertTrue(shown.stream().anyMatch(t -> t.contains("broken.pdf")), "the failed file is named: " + shown);
	}

	private static void pressDetails(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().contains("Details")) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				pressDetails(composite);
			}
		}
	}

	private static void collectTexts(org.eclipse.swt.widgets.Control control, List<String> texts) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			texts.add(label.getText());
		} else if (control instanceof org.eclipse.swt.widgets.List list) {
			texts.addAll(Arrays.asList(list.getItems()));
		} else if (control instanceof org.eclipse.swt.widgets.Text text) {
			texts.add(text.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
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
