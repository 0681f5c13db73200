package org.sourcebench.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.sourcebench.extract.ExtractionEngine;

/**
 * Bench of the Spark job (run by {@code ./run-bench spark}): N articles of JSON Lines made from the repository's
 * text samples (each body with a numbered first line, so no two are the same text), extracted by the desktop's
 * engine on one thread (the baseline), then by the job in local mode with 1 and with 2 cores, and the job's fixed
 * cost (a run of 2 articles). Prints articles per second and the ratios the issue asks for.
 */
public final class SparkBench {

	private SparkBench() {
	}

	public static void main(String[] args) throws IOException {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		Path samples = Path.of(args.length > 1 ? args[1] : "samples");
		Path work = Files.createTempDirectory("sourcebench-spark-bench");
		List<String> bodies = new ArrayList<>();
		try (Stream<Path> files = Files.list(samples)) {
			for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
				bodies.add(Files.readString(f, StandardCharsets.UTF_8));
			}
		}
		List<String> articles = new ArrayList<>();
		StringBuilder jsonl = new StringBuilder();
		for (int i = 0; i < n; i++) {
			String body = "Report " + i + ".\n" + bodies.get(i % bodies.size());
			articles.add(body);
			jsonl.append("{\"id\":\"a").append(i).append("\",\"outlet\":\"Bench\",\"published\":\"2018-01-01\",\"body\":\"")
					.append(body.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", ""))
					.append("\"}\n");
		}
		Path input = work.resolve("articles.jsonl");
		Files.writeString(input, jsonl, StandardCharsets.UTF_8);

		ExtractionEngine engine = ExtractionEngine.createDefault();
		for (int i = 0; i < Math.min(50, n); i++) {
			engine.extract(articles.get(i)); // warm: models loaded, JIT
		}
		long t0 = System.nanoTime();
		for (String a : articles) {
			engine.extract(a);
		}
		double desktop = n / seconds(t0);
		System.out.printf("spark bench: %d articles (~%d words each)%n", n,
				articles.stream().mapToInt(a -> a.split("\\s+").length).sum() / n);
		System.out.printf("  desktop engine, 1 thread: %.1f articles/s%n", desktop);

		double fixed = run(work, input.toString(), 1, "fixed", 2);
		System.out.printf("  job fixed cost (2 articles, local[1], session start included): %.1f s%n", fixed);
		double one = n / run(work, input.toString(), 1, "one", n);
		double two = n / run(work, input.toString(), 2, "two", n);
		System.out.printf("  job local[1]: %.1f articles/s (per-core cost %.2fx the desktop's)%n", one, desktop / one);
		System.out.printf("  job local[2]: %.1f articles/s (%.2fx of 1 core)%n", two, two / one);
	}

	private static double run(Path work, String input, int cores, String name, int limit) throws IOException {
		Path in = Path.of(input);
		if (limit < Files.readAllLines(in).size()) {
			in = work.resolve(name + ".jsonl");
			Files.write(in, Files.readAllLines(Path.of(input)).subList(0, limit));
		}
		long t0 = System.nanoTime();
		SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("sourcebench-bench-" + name)
				.config("spark.ui.enabled", "false").getOrCreate();
		try {
			ExtractionJob.run(spark, new ExtractionJob.Options(in.toString(), work.resolve(name).toString(), false,
					cores * 4, null));
		} finally {
			spark.stop();
		}
		return seconds(t0);
	}

	private static double seconds(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}
}
