package org.sourcebench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in Spark's local mode, on the repository's samples and on JSON Lines with bad records among good ones. */
class LocalModeIT {

	private static SparkSession spark;

	@BeforeAll
	static void startSpark() {
		spark = SparkSession.builder().master("local[2]").appName("sourcebench-local-it")
				.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
	}

	@AfterAll
	static void stopSpark() {
		spark.stop();
	}

	@Test
	void parquetTablesOfTheSamplesAgreeWithTheDesktopAnalysis(@TempDir Path work) throws Exception {
		Path out = work.resolve("out");
		Path jobJson = work.resolve("job.json");
		ExtractionJob.Summary summary = ExtractionJob.run(spark,
				new ExtractionJob.Options(JobOutputs.samples().toString(), out.toString(), true, 2, jobJson.toString()));

		Path cliJson = work.resolve("cli.json");
		JobOutputs.runCli(work, "analyze", "--quiet", "--json", cliJson.toString(), JobOutputs.samples().toString());

		Map<String, String> desktop = JobOutputs.sourcesByFile(cliJson);
		Map<String, String> job = JobOutputs.sourcesByFile(jobJson);
		assertEquals(desktop.keySet(), job.keySet(), "the same articles");
		assertEquals(desktop.size(), summary.articles());
		for (String file : desktop.keySet()) {
			assertEquals(desktop.get(file), job.get(file), "export of " + file);
		}
		assertTrue(desktop.values().stream().anyMatch(s -> s.contains("\"cameo\"")), "relationships compared too");

		// the tables themselves: every mention's offsets point at its text in the source body
		Map<String, String> bodies = spark.read().parquet(out.resolve("sources").toString()).collectAsList().stream()
				.collect(Collectors.toMap(r -> r.getAs("source_id"), r -> r.getAs("body")));
		List<Row> mentions = spark.read().parquet(out.resolve("mentions").toString()).collectAsList();
		assertFalse(mentions.isEmpty());
		for (Row m : mentions) {
			String body = bodies.get(m.<String>getAs("source_id"));
			assertEquals(m.<String>getAs("text"), body.substring(m.<Integer>getAs("start"), m.<Integer>getAs("end")));
		}
		List<Row> relationships = spark.read().parquet(out.resolve("relationships").toString()).collectAsList();
		assertTrue(relationships.stream().allMatch(r -> r.getAs("quad_class") != null && r.getAs("goldstein") != null
				&& r.<String>getAs("cameo_code").length() >= 2 && r.getAs("event_label") != null));
		assertEquals(0, spark.read().parquet(out.resolve("rejects").toString()).count());

		// back to the analyst: the whole batch imported into a dossier gives the same export again
		Path batchJson = work.resolve("batch.json");
		JobOutputs.runCli(work, "import-batch", out.toString(), "--dossier", work.resolve("batch.sbx").toString(),
				"--json", batchJson.toString());
		Map<String, String> imported = JobOutputs.sourcesByFile(batchJson);
		assertEquals(desktop.keySet(), imported.keySet());
		for (String file : desktop.keySet()) {
			assertEquals(desktop.get(file), imported.get(file), "import-batch export of " + file);
		}
		// a selection: one outlet, then the same again (already in the dossier: nothing added, exit 3)
		Path selected = work.resolve("selected.json");
		JobOutputs.runCli(work, "import-batch", out.toString(), "--dossier", work.resolve("selected.sbx").toString(),
				"--where", "outlet=Levant Wire", "--json", selected.toString());
		assertEquals(List.of("\"102_geneva_round.html\""), List.copyOf(JobOutputs.sourcesByFile(selected).keySet()));
		String again = JobOutputs.runCli(work, 3, "import-batch", out.toString(), "--dossier",
				work.resolve("selected.sbx").toString(), "--where", "outlet=Levant Wire");
		assertTrue(again.contains("already in the dossier"), again);
		String wrongFolder = JobOutputs.runCli(work, 3, "import-batch", work.toString(), "--dossier",
				work.resolve("x.sbx").toString());
		assertTrue(wrongFolder.contains(work + ": has no 'sources' table"), wrongFolder);
	}

	@Test
	void badRecordsGoToRejectsAndTheGoodOnesAreExtracted(@TempDir Path work) throws Exception {
		String body = Files.readString(JobOutputs.samples().resolve("101_astana_talks.txt"), StandardCharsets.UTF_8)
				.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
		Path input = work.resolve("articles.jsonl");
		Files.writeString(input, String.join("\n",
				"{\"id\":\"good-1\",\"outlet\":\"Wire\",\"published\":\"2018-01-30T10:00:00+03:00\",\"title\":\"Talks\",\"body\":\"" + body + "\"}",
				"{\"id\":\"no-body\",\"title\":\"Empty\"}",
				"this line is not JSON",
				"{\"id\":\"bad-date\",\"published\":\"last Tuesday\",\"body\":\"Russia and Turkey met in Sochi.\"}",
				"{\"id\":\"good-2\",\"published\":\"2018-02-01\",\"body\":\"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Thursday.\"}")
				+ "\n", StandardCharsets.UTF_8);
		Path out = work.resolve("out");
		ExtractionJob.Summary summary = ExtractionJob.run(spark,
				new ExtractionJob.Options(input.toString(), out.toString(), false, 0, null));

		assertEquals(2, summary.articles());
		Map<String, String> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
				.collect(Collectors.toMap(r -> String.valueOf(r.<String>getAs("source_id")), r -> r.getAs("reason")));
		assertEquals(3, rejects.size(), rejects.toString());
		assertTrue(rejects.get("no-body").contains("no body"), rejects.toString());
		assertTrue(rejects.get("bad-date").contains("ISO 8601"), rejects.toString());
		assertTrue(rejects.get("null").contains("not a JSON object"), rejects.toString());

		List<Row> sources = spark.read().parquet(out.resolve("sources").toString()).orderBy("source_id").collectAsList();
		assertEquals("good-1", sources.get(0).getAs("source_id"));
		assertEquals("2018-01-30T10:00+03:00", sources.get(0).getAs("published"));
		assertEquals("Wire", sources.get(0).getAs("outlet"));
		long actorsOfGood2 = spark.read().parquet(out.resolve("actors").toString())
				.where("source_id = 'good-2'").count();
		assertTrue(actorsOfGood2 >= 2, "Putin and Erdogan at least: " + actorsOfGood2);
	}

	/**
	 * An article whose extraction hangs (the engine's test-only fault injector, read once per document: local mode runs
	 * the executors in this JVM) is stopped at the time limit and rejected by name; an article one stage of which
	 * fails keeps the other stages' rows and its warning; the others are extracted as usual.
	 */
	@Test
	void aHangingArticleIsRejectedAtTheTimeLimitAndAPartialOneKeepsItsWarnings(@TempDir Path work) throws Exception {
		Path input = work.resolve("articles.jsonl");
		Files.writeString(input, String.join("\n",
				"{\"id\":\"hangs\",\"body\":\"Russian President Vladimir Putin met officials in Amman on Monday.\"}",
				"{\"id\":\"partial\",\"body\":\"North Korea's leader Kim Jong Un said on Monday that the drills were a rehearsal for invasion.\"}",
				"{\"id\":\"good\",\"body\":\"Turkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris on Thursday.\"}")
				+ "\n", StandardCharsets.UTF_8);
		Path out = work.resolve("out");
		ExtractionJob.Summary summary;
		System.setProperty("sourcebench.extract.time-limit", "2");
		// the injector names one stage and document per run: here the hanging article, below the partial one
		System.setProperty("sourcebench.test.failing-stage", "claims:hang@hangs");
		try {
			summary = ExtractionJob.run(spark, new ExtractionJob.Options(input.toString(), out.toString(), false, 0, null));
		} finally {
			System.clearProperty("sourcebench.test.failing-stage");
			System.clearProperty("sourcebench.extract.time-limit");
		}

		assertEquals(2, summary.articles(), summary.firstRejects().toString());
		List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
		assertEquals(1, rejects.size(), rejects.toString());
		assertEquals("hangs", rejects.get(0).getAs("source_id"));
		assertEquals("extraction stopped after 2 s (the time limit per article)", rejects.get(0).getAs("reason"));
		assertEquals(0, spark.read().parquet(out.resolve("actors").toString()).where("source_id = 'hangs'").count(),
				"nothing of the stopped article is written");
		assertTrue(spark.read().parquet(out.resolve("actors").toString()).where("source_id = 'good'").count() >= 2);
		assertEquals(0, spark.read().parquet(out.resolve("warnings").toString()).count());

		Path partialOut = work.resolve("partial-out");
		System.setProperty("sourcebench.test.failing-stage", "claims@partial");
		try {
			ExtractionJob.run(spark, new ExtractionJob.Options(input.toString(), partialOut.toString(), false, 0, null));
		} finally {
			System.clearProperty("sourcebench.test.failing-stage");
		}
		List<Row> warnings = spark.read().parquet(partialOut.resolve("warnings").toString()).collectAsList();
		assertEquals(1, warnings.size(), warnings.toString());
		assertEquals("partial", warnings.get(0).getAs("source_id"));
		assertEquals("claims", warnings.get(0).getAs("stage"));
		String message = warnings.get(0).getAs("message");
		assertTrue(message.startsWith("partial: extraction stage \"claims\" failed (IllegalStateException: fault injected")
				&& message.endsWith("the article keeps the other stages' results"), message);
		Dataset<Row> partialActors = spark.read().parquet(partialOut.resolve("actors").toString()).where("source_id = 'partial'");
		assertTrue(partialActors.count() >= 1, "the other stages' actors are written");
		assertEquals(0, spark.read().parquet(partialOut.resolve("claims").toString()).where("source_id = 'partial'").count(),
				"the failed stage's claims are missing");
		assertEquals(0, spark.read().parquet(partialOut.resolve("rejects").toString()).count());
	}
}
