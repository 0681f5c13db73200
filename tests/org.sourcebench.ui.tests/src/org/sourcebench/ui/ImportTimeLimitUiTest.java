package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.until;
import static org.sourcebench.ui.WorkbenchFixture.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.importing.ArticleImports;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.preferences.HighlightPreferences;

/**
 * An article whose analysis hangs (a defect no exception guard catches) costs that article, not the import: the job
 * stops it at the analysis time limit of the preferences, the summary names the file and the time limit, the article
 * stays imported without analysis results and the other articles are analysed. Cancel takes effect inside such an
 * article, well before the time limit, whether pressed in the import's progress dialog or as the stop button of the
 * Progress view (or of the status bar's progress indicator: the same cancel of the job): the job ends within seconds,
 * the articles stay imported, the article analysed before the Cancel keeps its results (one undoable command), the
 * one being analysed and the one not started get none, and the summary says how many were analysed and names the
 * ones that were not (the one being analysed as cancelled: not failed, not stopped at the time limit).
 */
class ImportTimeLimitUiTest {

	/** The engine's test-only fault injector (read once per document): "STAGE:hang@FILE" makes the stage hang there. */
	private static final String FAILING_STAGE = "sourcebench.test.failing-stage";
	/** The Progress view (Window > Show View > Other > General > Progress). */
	private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
	/** The label of the command that records an analysis (RecordExtractionCommand). */
	private static final String RECORD_EXTRACTION = "Extract Actors and Events";
	/** The workbench's preference "Always run in background" (General): off, user jobs show a progress dialog. */
	private static final String RUN_IN_BACKGROUND = "RUN_IN_BACKGROUND";

	@TempDir
	Path folder;
	private DossierEditor editor;

	@AfterEach
	void cleanUp() {
		System.clearProperty(FAILING_STAGE);
		HighlightPreferences.store().setToDefault(HighlightPreferences.ANALYSIS_TIME_LIMIT);
		closeAll();
	}

	/**
	 * Starts the import (with analysis) of articles into a new dossier {@code dossier}, in this order: good.txt,
	 * hangs.txt, whose claims stage hangs, and (with {@code later}) later.txt.
	 */
	private ImportArticlesJob importWithAHangingArticle(String dossier, boolean later) throws Exception {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		Files.writeString(articles.resolve("hangs.txt"), "Talks in Amman\n\nVladimir Putin met officials in Amman on Monday.",
				StandardCharsets.UTF_8);
		Files.writeString(articles.resolve("good.txt"),
				"Paris talks\n\nTurkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.", StandardCharsets.UTF_8);
		if (later) {
			Files.writeString(articles.resolve("later.txt"),
					"Talks in Moscow\n\nSaudi Crown Prince Mohammed bin Salman met Vladimir Putin in Moscow.", StandardCharsets.UTF_8);
		}
		editor = DossierEditors.create(page(), folder.resolve(dossier));
		System.setProperty(FAILING_STAGE, "claims:hang@hangs.txt");
		return ArticleImports.start(editor, List.of(articles), true, false);
	}

	@Test
	void aHangingArticleIsStoppedAtTheTimeLimitAndTheOthersAreAnalysed() throws Exception {
		HighlightPreferences.store().setValue(HighlightPreferences.ANALYSIS_TIME_LIMIT, 2);
		ImportArticlesJob job = importWithAHangingArticle("Stopped.sbx", false);
		IStatus result = waitFor(job);
		System.clearProperty(FAILING_STAGE);
		processEvents();

		assertEquals(IStatus.WARNING, result.getSeverity(), result.toString());
		String children = Arrays.toString(result.getChildren());
		assertTrue(children.contains("Talks in Amman (hangs.txt): not analysed, stopped at the time limit of 2 s per"
				+ " article"), children);
		assertTrue(children.contains("Analysed 1 sources."), children);
		Dossier dossier = editor.getDossier();
		assertEquals(2, dossier.getSources().size(), "both articles are imported");
		Source hanging = dossier.getSources().stream().filter(s -> "hangs.txt".equals(s.getOriginalFileName()))
				.findFirst().orElseThrow();
		assertTrue(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Recep Tayyip Erdogan")),
				"the other article is analysed: " + dossier.getActors());
		assertFalse(dossier.getActors().stream().anyMatch(a -> a.getMentions().stream().anyMatch(m -> m.getSource() == hanging)),
				"nothing of the stopped article is recorded: " + dossier.getActors());

		// what the analyst sees at the end of the import
		Dialogs.screenshotImportSummary(result, shell -> shell.setBounds(0, 0, 1080, 300), "import-time-limit");
	}

	@Test
	void cancelInTheProgressDialogEndsAHangingArticleAtOnce() throws Exception {
		// the import in a progress dialog, as with "Always run in background" off (General preferences)
		IEclipsePreferences workbench = InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench");
		workbench.putBoolean(RUN_IN_BACKGROUND, false);
		try {
			ImportArticlesJob job = importWithAHangingArticle("Cancelled.sbx", true); // the time limit stays at its 60 s
			Shell[] dialog = new Shell[1];
			IStatus result = stopWhileHanging(job, () -> (dialog[0] = progressDialog()) != null,
					"the progress dialog", "import-cancelling", () -> Dialogs.press(dialog[0], "Cancel"), "Cancel");
			assertCancelledAfterTheFirstArticle(result);

			// what the analyst sees at the end of the import
			Dialogs.screenshotImportSummary(result, shell -> shell.setBounds(0, 0, 1180, 280), "import-cancelled");
			assertUndoTakesTheWholeImportAway();
		} finally {
			workbench.remove(RUN_IN_BACKGROUND);
		}
	}

	@Test
	void theProgressViewsStopButtonCancelsTheImportTheSameWay() throws Exception {
		// "Always run in background" on (no progress dialog): the Progress view shows the job with its stop button
		IEclipsePreferences workbench = InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench");
		workbench.putBoolean(RUN_IN_BACKGROUND, true);
		try {
			IViewPart view = WorkbenchFixture.show(PROGRESS_VIEW);
			ImportArticlesJob job = importWithAHangingArticle("Stopped.sbx", true);
			ToolItem[] stop = new ToolItem[1];
			// what a click does: the view cancels the job
			IStatus result = stopWhileHanging(job, () -> (stop[0] = stopButton(view, job)) != null, "the job's stop button",
					"import-progress-view", () -> stop[0].notifyListeners(SWT.Selection, new Event()), "the Progress view's stop");
			assertCancelledAfterTheFirstArticle(result);
			assertUndoTakesTheWholeImportAway();
			page().hideView(view);
		} finally {
			workbench.remove(RUN_IN_BACKGROUND);
		}
	}

	/**
	 * Waits until hangs.txt hangs and {@code ready} finds what to press ({@code what}), half a second more, saves the
	 * screenshot {@code screenshot}, presses, and returns the job's result once it ended: within seconds, not at the
	 * 60 s time limit ({@code pressed} names the press in the messages).
	 */
	private static IStatus stopWhileHanging(ImportArticlesJob job, BooleanSupplier ready, String what,
			String screenshot, Runnable press, String pressed) {
		until(() -> ready.getAsBoolean() && hanging(), what + " while hangs.txt hangs");
		long half = System.nanoTime() + 500_000_000L; // half a second into the hang
		until(() -> System.nanoTime() > half, "half a second");
		UiScreenshots.save(screenshot);
		long start = System.nanoTime();
		press.run();
		IStatus result = waitFor(job);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.clearProperty(FAILING_STAGE);
		processEvents();
		assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, pressed + " took " + took.toMillis() + " ms (time limit 60 s)");
		System.out.println("ImportTimeLimitUiTest: " + pressed + " ended the import " + took.toMillis() + " ms after the press");
		return result;
	}

	/**
	 * good.txt was analysed and keeps its results; hangs.txt (cancelled while it hung) and later.txt (not started)
	 * stay imported without results; the summary says so.
	 */
	private void assertCancelledAfterTheFirstArticle(IStatus result) {
		assertEquals(IStatus.WARNING, result.getSeverity(), result.toString());
		String children = Arrays.toString(result.getChildren());
		IStatus summary = Arrays.stream(result.getChildren()).filter(s -> s.getMessage().startsWith("Analysis cancelled"))
				.findFirst().orElseThrow(() -> new AssertionError(children));
		assertEquals("Analysis cancelled in Talks in Amman (hangs.txt); analysed before Cancel, with their results kept: 1 of"
				+ " the 3 imported articles; imported without results: 2", summary.getMessage());
		// one line per article left without results (the details list of the summary dialog does not wrap)
		assertEquals(List.of("Talks in Amman (hangs.txt): imported without results (its analysis was cancelled)",
				"Talks in Moscow (later.txt): imported without results (its analysis had not started)"),
				Arrays.stream(summary.getChildren()).map(IStatus::getMessage).toList());
		assertEquals(IStatus.WARNING, summary.getSeverity());
		assertTrue(!children.contains("time limit") && !children.contains("failed"), children);
		Dossier dossier = editor.getDossier();
		assertEquals(3, dossier.getSources().size(), "the articles stay imported");
		Source good = dossier.getSources().stream().filter(s -> "good.txt".equals(s.getOriginalFileName())).findFirst()
				.orElseThrow();
		assertTrue(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Recep Tayyip Erdogan")),
				"the article analysed before the Cancel keeps its results: " + dossier.getActors());
		assertTrue(dossier.getActors().stream().flatMap(a -> a.getMentions().stream()).allMatch(m -> m.getSource() == good),
				"nothing of the cancelled article or of the one not started: " + dossier.getActors());
		assertFalse(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Mohammed bin Salman")),
				dossier.getActors().toString());
	}

	/** The results are one command (Edit > Undo takes them away), the import another; undoing both empties the dossier. */
	private void assertUndoTakesTheWholeImportAway() {
		Dossier dossier = editor.getDossier();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		assertEquals(RECORD_EXTRACTION, stack.getUndoCommand().getLabel());
		stack.undo();
		assertTrue(dossier.getActors().isEmpty() && dossier.getClaims().isEmpty() && dossier.getLocations().isEmpty(),
				"one undo takes the analysis results away: " + dossier.getActors());
		assertEquals(3, dossier.getSources().size());
		while (stack.canUndo()) {
			stack.undo();
		}
		processEvents();
		assertTrue(dossier.getSources().isEmpty(), "undo takes the whole import away: " + dossier.getSources());
	}

	/**
	 * The stop button of {@code job}'s entry in the Progress view: the tool item next to the label that names the job
	 * (the view shows each job as a label, a progress bar and that button).
	 */
	private static ToolItem stopButton(IViewPart view, ImportArticlesJob job) {
		return stopButton(view.getSite().getShell(), job.getName());
	}

	private static ToolItem stopButton(Control control, String job) {
		if (!(control instanceof Composite composite)) {
			return null;
		}
		boolean namesJob = Arrays.stream(composite.getChildren())
				.anyMatch(c -> c instanceof Label label && label.getText().startsWith(job));
		for (Control child : composite.getChildren()) {
			if (namesJob && child instanceof ToolBar bar && bar.getItemCount() > 0 && bar.getItem(0).isEnabled()) {
				return bar.getItem(0);
			}
			ToolItem found = stopButton(child, job);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Whether the analysis hangs in hangs.txt (the fault injector's sleep on the extraction's worker thread). */
	private static boolean hanging() {
		return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals("sourcebench-extract")
				&& Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("hang")
						&& f.getClassName().endsWith(".Stages")));
	}

	/** A visible shell other than the workbench window with a Cancel button: the job's progress dialog. */
	private static Shell progressDialog() {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell == main || !shell.isVisible()) {
				continue;
			}
			List<String> labels = new ArrayList<>();
			collect(shell, labels);
			if (labels.contains("Cancel")) {
				return shell;
			}
		}
		return null;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Button button) {
			texts.add(button.getText().replace("&", ""));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
