package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.seed;
import static org.sourcebench.ui.WorkbenchFixture.waitFor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Dossier;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.importing.ArticleImports;
import org.sourcebench.ui.importing.ImportArticlesJob;

/**
 * An extraction stage that fails on one article costs that stage, not the article: the import's summary names the
 * file and the stage, and the dossier keeps what the other stages found (the engine's stage isolation, issue 11).
 */
class ImportStageWarningUiTest {

	/** The engine's test-only fault injector (read once per document): the named stage throws. */
	private static final String FAILING_STAGE = "sourcebench.test.failing-stage";

	@TempDir
	Path folder;

	@AfterEach
	void cleanUp() {
		System.clearProperty(FAILING_STAGE);
		closeAll();
	}

	@Test
	void aFailedStageIsReportedByNameAndTheOtherStagesResultsAreKept() throws Exception {
		DossierEditor editor = DossierEditors.create(page(), folder.resolve("Partial.sbx"));
		System.setProperty(FAILING_STAGE, "relations.parsed");
		ImportArticlesJob job = ArticleImports.start(editor, List.of(seed()), true, false);
		IStatus result = waitFor(job);
		System.clearProperty(FAILING_STAGE);
		processEvents();

		assertEquals(IStatus.WARNING, result.getSeverity(), result.toString());
		String children = Arrays.toString(result.getChildren());
		assertTrue(children.contains("the analysis stage \"relations.parsed\" failed"), children);
		assertTrue(children.contains("the results of the other stages are kept"), children);
		Dossier dossier = editor.getDossier();
		assertEquals(1, dossier.getSources().size());
		assertFalse(dossier.getActors().isEmpty(), "the actor stages ran");
		assertFalse(dossier.getClaims().isEmpty(), "the claim stage ran");

		// what the analyst sees at the end of the import
		Dialogs.screenshotImportSummary(result, shell -> shell.setSize(1000, 360), "import-stage-warning");
	}
}
