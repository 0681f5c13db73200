package org.sourcebench.extract.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.bench.ExtractionBench;
import org.sourcebench.extract.syntax.DependencyParser;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Single-thread timing of the engine on a fixed article set (a main, not a test; never gates the build), run by
 * {@code releng/scripts/time-extract.sh} on a plain JVM like {@link EngineExport}: loads the engine once (timing the
 * load and the heap its models and data hold), warms up, then times {@code rounds} passes over the articles,
 * alternating the full pipeline (the default engine, with the article dates as {@link EngineExport} passes them),
 * the bare parser (sentences, tokens, POS, lemmas, parse, entities) and the word-window engine without a parser,
 * so that JIT and machine load affect all three alike. Reports this thread's CPU time (the steadier figure on a
 * shared machine) and wall time per article, and articles per second per core.
 * <p>
 * Usage: {@code EngineTiming [--rounds N] [--warmup N] [--full-only] FILE_OR_DIR...}. With {@code --full-only} only
 * the full pipeline runs (for a profiler: {@code -XX:StartFlightRecording=...}).
 */
public final class EngineTiming {

	private EngineTiming() {
	}

	public static void main(String[] args) throws IOException {
		int rounds = 5;
		int warmup = 3;
		boolean fullOnly = false;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--rounds" -> rounds = Integer.parseInt(args[++i]);
			case "--warmup" -> warmup = Integer.parseInt(args[++i]);
			case "--full-only" -> fullOnly = true;
			default -> EngineExport.addArticles(Path.of(args[i]), files);
			}
		}
		if (files.isEmpty()) {
			System.err.println("usage: EngineTiming [--rounds N] [--warmup N] [--full-only] FILE_OR_DIR...");
			System.exit(2);
		}
		List<String> bodies = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		long words = 0;
		for (Path f : files) {
			String name = f.getFileName().toString();
			String body = name.equals(TestResources.SEED + ".txt") ? TestResources.body(TestResources.SEED)
					: TestResources.titleThenBody(Files.readString(f, StandardCharsets.UTF_8));
			bodies.add(body);
			dates.add(EngineExport.published(f));
			words += body.split("\\s+").length;
		}
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long heap0 = ExtractionBench.usedHeapAfterGc();
		long c0 = cpu.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		ExtractionEngine.loadModels();
		ExtractionEngine engine = ExtractionEngine.createDefault();
		engine.extract(bodies.get(0), ExtractionOptions.dated(dates.get(0))); // the data the readers load on first use
		long t1 = System.nanoTime();
		long c1 = cpu.getCurrentThreadCpuTime();
		long heap1 = ExtractionBench.usedHeapAfterGc();
		System.out.printf("load (models, data, first article): %.2f s wall, %.2f s CPU; heap after GC %.0f MB"
				+ " (%.0f MB before)%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9, heap1 / 1e6, heap0 / 1e6);
		ExtractionEngine windows = ExtractionEngine.withoutParser();
		DependencyParser parser = engine.parser();
		long sink = 0;
		for (int r = 0; r < warmup; r++) {
			sink += full(engine, bodies, dates);
			if (!fullOnly) {
				sink += parse(parser, bodies) + full(windows, bodies, dates);
			}
		}
		long[] cpuNanos = new long[3];
		long[] wallNanos = new long[3];
		for (int r = 0; r < rounds; r++) {
			for (int k = 0; k < (fullOnly ? 1 : 3); k++) {
				long a = cpu.getCurrentThreadCpuTime();
				long w = System.nanoTime();
				sink += switch (k) {
				case 0 -> full(engine, bodies, dates);
				case 1 -> parse(parser, bodies);
				default -> full(windows, bodies, dates);
				};
				wallNanos[k] += System.nanoTime() - w;
				cpuNanos[k] += cpu.getCurrentThreadCpuTime() - a;
			}
		}
		int docs = rounds * bodies.size();
		System.out.printf("articles: %d (%d x %d rounds, %.0f words each on average), checksum %d%n", docs,
				bodies.size(), rounds, (double) words / bodies.size(), sink);
		String[] names = {"full pipeline (default engine)", "bare parser (+POS, lemmas, NER)", "word windows, no parser"};
		for (int k = 0; k < (fullOnly ? 1 : 3); k++) {
			System.out.printf("%-32s %6.2f ms/article CPU (%5.1f articles/s per core), %6.2f ms/article wall%n",
					names[k] + ":", cpuNanos[k] / 1e6 / docs, docs / (cpuNanos[k] / 1e9), wallNanos[k] / 1e6 / docs);
		}
	}

	private static long full(ExtractionEngine engine, List<String> bodies, List<LocalDate> dates) {
		long n = 0;
		for (int i = 0; i < bodies.size(); i++) {
			DocumentExtraction d = engine.extract(bodies.get(i), ExtractionOptions.dated(dates.get(i)));
			n += d.actors().size() + d.claims().size() + d.relationships().size();
		}
		return n;
	}

	private static long parse(DependencyParser parser, List<String> bodies) {
		long n = 0;
		for (String body : bodies) {
			for (ParsedSentence s : parser.parse(body)) {
				n += s.size();
			}
		}
		return n;
	}
}
