package org.sourcebench.cli;

import org.sourcebench.extract.ExtractionWarning;
import org.sourcebench.extract.dossier.DossierExtraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.core.json.JsonReader;
import org.sourcebench.test.support.TestArticles;

/** The real extraction engine behind the command line and in the dossier. */
class ExtractionEndToEndTest {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void theSeedExportHasExtractedEntitiesWhoseOffsetsPointAtTheirText() throws Exception {
		Path seed = TestArticles.copy("scraped/000_e2a23cc3f04865a0.txt", dir);
		Path json = dir.resolve("seed.json");
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

		int exit = new SourcebenchCli().run(new String[] { "analyze", "--json", json.toString(), seed.toString() },
				System.out, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		Map<String, Object> source = ((List<Map<String, Object>>) ((Map<String, Object>) JsonReader
				.parse(Files.readString(json))).get("sources")).get(0);
		String body = (String) source.get("body");
		List<Map<String, Object>> actors = (List<Map<String, Object>>) source.get("actors");
		assertFalse(actors.isEmpty());
		assertTrue(actors.stream().anyMatch(a -> "Vladimir Putin".equals(a.get("name"))), actors.toString());
		List<String> wrong = new ArrayList<>();
		List<Map<String, Object>> spans = new ArrayList<>();
		for (String list : List.of("actors", "locations")) {
			for (Map<String, Object> entity : (List<Map<String, Object>>) source.get(list)) {
				spans.addAll((List<Map<String, Object>>) entity.get("mentions"));
			}
		}
		spans.addAll((List<Map<String, Object>>) source.get("claims"));
		for (Map<String, Object> r : (List<Map<String, Object>>) source.get("relationships")) {
			spans.add((Map<String, Object>) r.get("evidence"));
		}
		for (Map<String, Object> span : spans) {
			Long start = (Long) span.get("start");
			Long end = (Long) span.get("end");
			if (start != null && !body.substring(start.intValue(), end.intValue()).equals(span.get("text"))) {
				wrong.add(span.toString());
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void anActorOfTwoSourcesIsOneDossierActorAndOneUndoRemovesEverything() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Dossier dossier = Dossiers.newDossier("Test");
		Source first = Dossiers.newSource("Russian President Vladimir Putin said on Monday that Russia wants talks.");
		Source second = Dossiers.newSource("Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.");
		dossier.getSources().addAll(List.of(first, second));
		List<Integer> progress = new ArrayList<>();

		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionEngine.createDefault())
				.run(domain, dossier, List.of(first, second), (index, source) -> progress.add(index));

		assertEquals(List.of(1, 2), progress);
		assertTrue(outcome.failures().isEmpty());
		assertNotNull(outcome.command());
		assertEquals("Extract Actors and Events", outcome.command().getLabel());
		List<Actor> putins = dossier.getActors().stream().filter(a -> a.getCanonicalName().equals("Vladimir Putin")).toList();
		assertEquals(1, putins.size(), dossier.getActors().toString());
		assertEquals(List.of(first, second), putins.get(0).getMentions().stream().map(Span::getSource).distinct().toList());
		assertEquals("RU", putins.get(0).getCountry());

		domain.getCommandStack().undo();
		assertTrue(dossier.getActors().isEmpty());
		assertTrue(dossier.getClaims().isEmpty());
		assertTrue(dossier.getRelationships().isEmpty());
	}

	@Test
	void anEngineFailureInOneStageIsAWarningNamingTheSourceAndStageAndTheOtherStagesResultsAreKept() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Dossier dossier = Dossiers.newDossier("Test");
		Source failing = Dossiers.newSource("Vladimir Putin met officials in Amman. The parser fails on this one.");
		failing.setOriginalFileName("failing.txt");
		Source good = Dossiers.newSource("Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.");
		dossier.getSources().addAll(List.of(failing, good));
		ExtractionEngine parsing = ExtractionEngine.createDefault();
		ExtractionEngine engine = ExtractionEngine.withParser(body -> {
			if (body.contains("fails")) {
				throw new IndexOutOfBoundsException("start > end");
			}
			return parsing.parser().parse(body);
		});

		DossierExtraction.Outcome result = new DossierExtraction(engine, java.time.Duration.ofMinutes(2)).run(domain,
				dossier, List.of(failing, good), (index, source) -> {
				});

		assertTrue(result.failures().isEmpty(), result.failures().toString());
		assertEquals(List.of(failing), List.copyOf(result.warnings().keySet()));
		String message = result.warnings().get(failing).stream().map(ExtractionWarning::message)
				.collect(java.util.stream.Collectors.joining("\n"));
		assertTrue(message.startsWith("failing.txt: extraction stage \"parse\" failed (IndexOutOfBoundsException: "
				+ "start > end") && message.endsWith("the article keeps the other stages' results"), message);
		assertTrue(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Vladimir Putin")
				&& a.getMentions().stream().anyMatch(m -> m.getSource() == failing)),
				"the failing source keeps the actor reader's results: " + dossier.getActors());
		assertTrue(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Recep Tayyip Erdogan")),
				"the other source is extracted: " + dossier.getActors());
	}

	@Test
	void theCommandLineNamesTheFileAndTheFailedStageOnStandardErrorAndKeepsTheArticle() throws Exception {
		Path article = dir.resolve("kcna-aside.txt");
		Files.writeString(article, "Pyongyang threatens Seoul\n\nNorth Korea's leader Kim Jong Un said on Monday that "
				+ "the drills were a rehearsal for invasion, state media reported.", StandardCharsets.UTF_8);
		CliRun run = withFailingStage("claims", "analyze", "--quiet", "--json", "-", article.toString());

		assertEquals(ExitCodes.SOME_FILES_FAILED, run.exitCode(), run.err());
		assertTrue(run.err().contains("sourcebench: warning: kcna-aside.txt: extraction stage \"claims\" failed ("
				+ "IllegalStateException: fault injected"), run.err());
		assertTrue(run.err().contains("the article keeps the other stages' results"), run.err());
		assertTrue(run.out().contains("Kim Jong Un"), "the other stages' actors are exported: " + run.out());
	}

	@Test
	void theCommandLineStopsAHangingFileAtTheTimeLimitAndGoesOnWithTheNext() throws Exception {
		Path hanging = dir.resolve("hangs.txt");
		Files.writeString(hanging, "Talks in Amman\n\nVladimir Putin met officials in Amman on Monday.", StandardCharsets.UTF_8);
		Path good = dir.resolve("good.txt");
		Files.writeString(good, "Paris talks\n\nTurkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.",
				StandardCharsets.UTF_8);
		CliRun run = withFailingStage("claims:hang@hangs.txt", "analyze", "--quiet", "--time-limit", "2", "--json", "-",
				hanging.toString(), good.toString());

		assertEquals(ExitCodes.SOME_FILES_FAILED, run.exitCode(), run.err());
		assertTrue(run.err().contains("hangs.txt: extraction stopped after 2 s (the time limit per article); the source is"
				+ " imported without extraction results"), run.err());
		assertTrue(run.out().contains("Recep Tayyip Erdogan"), "the next file is extracted: " + run.out());
		int stopped = run.out().indexOf("\"file\": \"hangs.txt\"");
		assertTrue(stopped >= 0, "the stopped file stays imported: " + run.out());
		String stoppedSource = run.out().substring(stopped, run.out().indexOf("\"file\": \"good.txt\""));
		assertTrue(stoppedSource.contains("\"actors\": [],") && stoppedSource.contains("\"claims\": [],"),
				"nothing of the stopped file is recorded: " + stoppedSource);
	}

	/** Runs the command line with the engine's test-only fault injector set to {@code fault}, then restores it. */
	private static CliRun withFailingStage(String fault, String... args) {
		String was = System.setProperty("sourcebench.test.failing-stage", fault);
		try {
			return CliRun.of(args);
		} finally {
			if (was == null) {
				System.clearProperty("sourcebench.test.failing-stage");
			} else {
				System.setProperty("sourcebench.test.failing-stage", was);
			}
		}
	}
}
