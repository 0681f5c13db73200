package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.until;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.ExcelReportWriter;
import org.sourcebench.report.roundtrip.ExcelRatingsReader;
import org.sourcebench.report.roundtrip.RatingsImport;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.editor.ExportFolders;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.report.ExcelReportExportWizard;
import org.sourcebench.ui.report.RatingsImportWizard;

/** File > Export > Excel Report… and File > Import > Ratings from Excel… on a dossier open in its editor. */
class ExcelReportWizardsUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		closeAll();
	}

	@Test
	void theExportWizardWritesTheActiveDossierInABackgroundJob() throws Exception {
		DossierEditor editor = openDossier();
		Dossier dossier = editor.getAdapter(Dossier.class);
		Path target = dir.resolve("seed report.xlsx");
		ExcelReportExportWizard wizard = new ExcelReportExportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text file = find(dialog.getShell(), Text.class);
			assertEquals(dir.resolve("Seed.xlsx").toString(), file.getText(), "offers the dossier's name, next to the dossier");
			file.setText(target.toString());
			processEvents();
			assertTrue(wizard.canFinish());
			UiScreenshots.save("excel-export-wizard");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		List<String> confirmation = new ArrayList<>();
		Dialogs.answer("Excel Report Written", shell -> confirmation.add(
				Dialogs.find(shell, org.eclipse.swt.widgets.Label.class, l -> l.getText().contains(".xlsx")).getText()));
		until(() -> Files.exists(target) && noExportJob() && !confirmation.isEmpty(), "the export job and its confirmation");
		assertTrue(confirmation.get(0).contains(target.toString()), "the confirmation names the file: " + confirmation);

		// the report is a real one: it reads back against the dossier with nothing to change
		RatingsImport readBack = new ExcelRatingsReader().read(target, dossier, editor.getAdapter(EditingDomain.class));
		assertEquals(List.of(), readBack.issues());
		assertTrue(!readBack.hasChanges());
	}

	@Test
	void theSampleDossiersReportIsOfferedOutsideTheHiddenWorkspaceFolderThenWhereTheLastExportWent() throws Exception {
		org.eclipse.jface.preference.IPreferenceStore preferences = org.sourcebench.ui.internal.SourcebenchUiPlugin.getDefault()
				.getPreferenceStore();
		preferences.setToDefault(ExportFolders.LAST_EXPORT_FOLDER);
		try {
			org.sourcebench.ui.importing.ImportArticlesJob job = org.sourcebench.ui.importing.SampleDossier.open(page());
			if (job != null) {
				WorkbenchFixture.waitFor(job);
			}
			processEvents();
			Path sample = ((DossierEditor) page().getActiveEditor()).getFile();
			assertTrue(sample.toString().contains(".metadata"), "the sample lives in the workspace metadata: " + sample);

			Path home = Path.of(System.getProperty("user.home"));
			Path documents = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
			Path offered = offeredByExportWizard(null, "excel-export-sample-default");
			assertEquals(documents, offered.getParent(), "not the hidden folder of the sample: " + offered);

			Path target = dir.resolve("sample report.xlsx");
			List<String> confirmation = new ArrayList<>();
			Dialogs.answer("Excel Report Written", shell -> confirmation.add(
					Dialogs.find(shell, org.eclipse.swt.widgets.Label.class, l -> l.getText().contains(".xlsx")).getText()));
			offeredByExportWizard(target, "excel-export-sample");
			until(() -> Files.exists(target) && noExportJob() && !confirmation.isEmpty(), "the export job and its confirmation");
			assertTrue(confirmation.get(0).contains(target.toString()), "the confirmation names the file: " + confirmation);

			assertEquals(dir, offeredByExportWizard(null, "excel-export-sample-remembered").getParent(), "the next export of the sample goes where the last one went");
			assertEquals(dir.toString(), preferences.getString(ExportFolders.LAST_EXPORT_FOLDER), "remembered in the preferences");
		} finally {
			preferences.setToDefault(ExportFolders.LAST_EXPORT_FOLDER);
		}
	}

	/**
	 * Opens File &gt; Export &gt; Excel Report… on the active dossier, saves a screenshot, and finishes it writing
	 * {@code target} unless null.
	 *
	 * @return the file the wizard offered
	 */
	private static Path offeredByExportWizard(Path target, String screenshot) {
		ExcelReportExportWizard wizard = new ExcelReportExportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text file = find(dialog.getShell(), Text.class);
			Path offered = Path.of(file.getText());
			processEvents();
			assertTrue(wizard.canFinish(), "the offered file can be written: " + offered);
			UiScreenshots.save(screenshot);
			if (target != null) {
				file.setText(target.toString());
				processEvents();
				assertTrue(wizard.performFinish());
			}
			return offered;
		} finally {
			dialog.close();
		}
	}

	/** Saves a small dossier (two rated sources, an actor, a claim) as Seed.sbx and opens it in its editor. */
	private DossierEditor openDossier() throws IOException {
		Dossier dossier = Dossiers.newDossier("Seed");
		String body = "The minister said the border would reopen.";
		for (String title : List.of("Border to reopen", "Minister speaks")) {
			Source source = Dossiers.newSource(body);
			source.setTitle(title);
			source.setReliability(AdmiraltyReliability.C);
			dossier.getSources().add(source);
		}
		Actor minister = Dossiers.newActor("The minister", ActorKind.PERSON);
		dossier.getActors().add(minister);
		Claim claim = Dossiers.newClaim(minister, "the border would reopen");
		claim.setEvidence(Dossiers.newSpan(dossier.getSources().get(0), 0, body.length()));
		dossier.getClaims().add(claim);
		Path file = dir.resolve("Seed.sbx");
		new DossierStore().save(dossier, file);
		DossierEditor editor = DossierEditors.open(page(), file);
		assertNotNull(editor, "dossier editor did not open");
		processEvents();
		return editor;
	}

	private static boolean noExportJob() {
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getName().startsWith("Exporting Excel report")) {
				return false;
			}
		}
		return true;
	}

	@Test
	void ratingsEditedInExcelComeBackAsOneUndoableStep() throws Exception {
		DossierEditor editor = openDossier();
		Dossier dossier = editor.getAdapter(Dossier.class);
		EditingDomain domain = editor.getAdapter(EditingDomain.class);
		AdmiraltyReliability before = dossier.getSources().get(0).getReliability();
		Path report = dir.resolve("edited.xlsx");
		new ExcelReportWriter().write(dossier, report, ReportProgress.NONE);
		AdmiraltyReliability edited = before == AdmiraltyReliability.A ? AdmiraltyReliability.B : AdmiraltyReliability.A;
		// what the analyst does in Excel: pick another reliability for the first source (Sources!F2)
		replaceInlineString(report, "xl/worksheets/sheet2.xml", "F2", edited.getName());

		RatingsImportWizard wizard = new RatingsImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> results = new ArrayList<>();
		try {
			find(dialog.getShell(), Text.class).setText(report.toString());
			processEvents();
			assertTrue(wizard.canFinish());
			UiScreenshots.save("excel-import-wizard");
			closeResultDialogWhenShown(results);
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		processEvents();

		assertEquals(List.of("Ratings Imported from Excel"), results, "the result was shown");
		assertEquals(edited, dossier.getSources().get(0).getReliability());
		assertEquals("Import Ratings from Excel", domain.getCommandStack().getUndoCommand().getLabel());
		domain.getCommandStack().undo();
		assertEquals(before, dossier.getSources().get(0).getReliability());
	}

	/** Closes the result message (modal) as soon as it opens, after a screenshot, noting its title. */
	private static void closeResultDialogWhenShown(List<String> titles) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && "Ratings Imported from Excel".equals(shell.getText())) {
					UiScreenshots.save("excel-import-result");
					titles.add(shell.getText());
					shell.close();
					return;
				}
			}
			display.timerExec(100, poll[0]);
		};
		display.timerExec(100, poll[0]);
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible()) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Rewrites one inline-string cell of a sheet inside the .xlsx, leaving every other part as it was. */
	private static void replaceInlineString(Path xlsx, String part, String cell, String value) throws IOException {
		Path edited = xlsx.resolveSibling("edited.tmp");
		try (ZipFile zip = new ZipFile(xlsx.toFile()); OutputStream out = Files.newOutputStream(edited);
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] data;
				try (InputStream in = zip.getInputStream(entry)) {
					data = in.readAllBytes();
				}
				if (entry.getName().equals(part)) {
					String xml = new String(data, StandardCharsets.UTF_8);
					Matcher m = Pattern.compile("(<c r=\"" + cell + "\"[^>]*><is><t>)([^<]*)(</t>)").matcher(xml);
					assertTrue(m.find(), "cell " + cell + " in " + part);
					xml = xml.substring(0, m.start(2)) + value + xml.substring(m.end(2));
					data = xml.getBytes(StandardCharsets.UTF_8);
				}
				copy.putNextEntry(new ZipEntry(entry.getName()));
				copy.write(data);
				copy.closeEntry();
			}
		}
		Files.move(edited, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertNotNull(xlsx);
	}
}
