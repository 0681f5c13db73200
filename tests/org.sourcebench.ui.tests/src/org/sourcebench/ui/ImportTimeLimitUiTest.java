package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
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
 * stays imported without analysis results and the other articles are analysed.
 */
class ImportTimeLimitUiTest {

	/** The engine's test-only fault injector (read once per document): "STAGE:hang@FILE" makes the stage hang there. */
	private static final String FAILING_STAGE = "sourcebench.test.failing-stage";

	@TempDir
	Path folder;

	@AfterEach
	void cleanUp() {
		System.clearProperty(FAILING_STAGE);
		HighlightPreferences.store().setToDefault(HighlightPreferences.ANALYSIS_TIME_LIMIT);
		closeAll();
	}

	@Test
	void aHangingArticleIsStoppedAtTheTimeLimitAndTheOthersAreAnalysed() throws Exception {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		Files.writeString(articles.resolve("hangs.txt"), "Talks in Amman\n\nVladimir Putin met officials in Amman on Monday.",
				StandardCharsets.UTF_8);
		Files.writeString(articles.resolve("good.txt"),
				"Paris talks\n\nTurkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.", StandardCharsets.UTF_8);
		DossierEditor editor = DossierEditors.create(page(), folder.resolve("Stopped.sbx"));
		HighlightPreferences.store().setValue(HighlightPreferences.ANALYSIS_TIME_LIMIT, 2);
		System.setProperty(FAILING_STAGE, "claims:hang@hangs.txt");
		ImportArticlesJob job = ArticleImports.start(editor, List.of(articles), true, false);
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
}
