package org.sourcebench.extract.syntax.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ActorDetectorTrainer --folds} writes each fold's model under the detector's own header (it wrote the actor
 * filter's), naming the fold left out; the model trained on every row keeps its header word for word.
 */
class ActorDetectorTrainerTest {

	private final Path dir = Files.createTempDirectory("actdet");

	ActorDetectorTrainerTest() throws IOException {
	}

	@AfterEach
	void delete() throws IOException {
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		Files.delete(dir);
	}

	@Test
	void foldModelsCarryTheDetectorsHeader() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int article = 1; article <= 10; article++) {
			for (int c = 0; c < 4; c++) {
				boolean keep = c % 2 == 0;
				lines.add(article + ".txt\tName" + c + "\t\t0\t5\t" + (keep ? "keep" : "drop") + "\t"
						+ (keep ? "cap=1 len=2" : "cap=0 len=1") + " article=" + (article % 3));
			}
		}
		Path train = dir.resolve("train.tsv");
		Files.write(train, lines, StandardCharsets.UTF_8);

		ActorDetectorTrainer.main(new String[] { train.toString(), "--folds", "5", dir.resolve("leads.tsv").toString(),
				dir.resolve("fold").toString() });
		ActorDetectorTrainer.main(new String[] { train.toString(), dir.resolve("all.tsv").toString() });

		for (int f = 0; f < 5; f++) {
			List<String> model = Files.readAllLines(dir.resolve("fold." + f + ".tsv"), StandardCharsets.UTF_8);
			assertTrue(model.get(0).startsWith("# Learned actor detector (actors.learned-detect;"), model.get(0));
			assertTrue(model.get(1).contains("(annotated batches 1-36; fold " + f + " of 5 left out): 8 articles, 32 "),
					model.get(1));
		}
		List<String> all = Files.readAllLines(dir.resolve("all.tsv"), StandardCharsets.UTF_8);
		assertTrue(all.get(1).contains("(annotated batches 1-36): 10 articles, 40 candidates"), all.get(1));
		assertEquals(40, Files.readAllLines(dir.resolve("leads.tsv"), StandardCharsets.UTF_8).size());
	}
}
