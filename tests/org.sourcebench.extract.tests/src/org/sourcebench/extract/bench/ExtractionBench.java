package org.sourcebench.extract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.eval.TestResources;
import org.sourcebench.extract.nlp.OpenNlpModels;
import org.sourcebench.extract.syntax.DependencyParser;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.TransitionParser;

/**
 * Benchmark (a main, not a test; never gates the build): on the same article bodies, in one run, alternating
 * rounds so that JIT and machine load affect all alike, times OpenNLP sentence detection + tokenisation alone,
 * the bare dependency parser (sentences, tokens, POS, lemmas, parse, entities), the word-window engine without a
 * parser ({@link ExtractionEngine#withoutParser()}, the design before the parse) and the full pipeline (the
 * default engine: one parse, every reader on it). First prints the parser's model load time and the heap its
 * models hold (used heap after GC, before and after loading).
 * Usage: {@code ExtractionBench [rounds]}.
 */
public final class ExtractionBench {

	private static final String[] ARTICLES = {"000_e2a23cc3f04865a0", "101_tasnim_astana", "102_kurdistan24_afrin",
		"103_wire_douma", "104_rudaw_euphrates", "105_tass_hajin", "106_gulf_riyadh",
		"107_fars_idlib", "108_enab_ghouta", "109_ap_manbij", "110_k24_sinjar", "111_asharq_golan",
		"112_presstv_quneitra", "113_afp_sochi"};

	private ExtractionBench() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		List<String> bodies = new ArrayList<>();
		for (String a : ARTICLES) {
			bodies.add(TestResources.body(a));
		}
		long heap0 = usedHeapAfterGc();
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long lc0 = cpu.getCurrentThreadCpuTime();
		long l0 = System.nanoTime();
		TransitionParser.load();
		long l1 = System.nanoTime();
		long lc1 = cpu.getCurrentThreadCpuTime();
		long heap1 = usedHeapAfterGc();
		System.out.printf("parser models: load %.2f s wall, %.2f s CPU; heap %.0f MB (used heap after GC: %.0f MB before,"
				+ " %.0f MB after)%n", (l1 - l0) / 1e9, (lc1 - lc0) / 1e9, (heap1 - heap0) / 1e6, heap0 / 1e6,
				heap1 / 1e6);
		ExtractionEngine engine = ExtractionEngine.createDefault();
		ExtractionEngine windows = ExtractionEngine.withoutParser();
		DependencyParser parser = engine.parser();
		long sink = 0;
		for (int i = 0; i < 20; i++) { // warm-up: JIT, lazy model and data loading
			sink += baseline(bodies) + pipeline(engine, bodies) + parse(parser, bodies) + pipeline(windows, bodies);
		}
		long heap2 = usedHeapAfterGc();
		System.out.printf("engine data + parser models: %.0f MB used heap after GC%n", heap2 / 1e6);
		long words = 0;
		for (ParsedSentence s : parser.parse(String.join("\n", bodies))) {
			words += s.size();
		}
		System.out.printf("%.0f tokens per article%n", (double) words / bodies.size());
		// wall time and this thread's CPU time: on a shared, loaded machine the CPU ratio is the steadier one
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long baseNanos = 0;
		long fullNanos = 0;
		long baseCpu = 0;
		long fullCpu = 0;
		long parseNanos = 0;
		long parseCpu = 0;
		long windowNanos = 0;
		long windowCpu = 0;
		for (int r = 0; r < rounds; r++) {
			long c0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			sink += baseline(bodies);
			long c1 = threads.getCurrentThreadCpuTime();
			long t1 = System.nanoTime();
			sink += pipeline(engine, bodies);
			long c2 = threads.getCurrentThreadCpuTime();
			long t2 = System.nanoTime();
			sink += parse(parser, bodies);
			long c3 = threads.getCurrentThreadCpuTime();
			long t3 = System.nanoTime();
			sink += pipeline(windows, bodies);
			long c4 = threads.getCurrentThreadCpuTime();
			long t4 = System.nanoTime();
			baseNanos += t1 - t0;
			fullNanos += t2 - t1;
			baseCpu += c1 - c0;
			fullCpu += c2 - c1;
			parseNanos += t3 - t2;
			parseCpu += c3 - c2;
			windowNanos += t4 - t3;
			windowCpu += c4 - c3;
		}
		int docs = rounds * bodies.size();
		long chars = rounds * (long) bodies.stream().mapToInt(String::length).sum();
		System.out.printf("articles: %d (%d texts x %d rounds, %d chars each round), checksum %d%n", docs,
				bodies.size(), rounds, chars / rounds, sink);
		System.out.printf("sentence detection + tokenisation: %.2f ms/article wall, %.2f ms/article CPU%n",
				baseNanos / 1e6 / docs, baseCpu / 1e6 / docs);
		System.out.printf("bare parser (+POS, lemmas, NER):   %.2f ms/article wall, %.2f ms/article CPU: %.1f articles/s CPU%n",
				parseNanos / 1e6 / docs, parseCpu / 1e6 / docs, docs / (parseCpu / 1e9));
		System.out.printf("word windows, no parser:           %.2f ms/article wall, %.2f ms/article CPU: %.1f articles/s CPU%n",
				windowNanos / 1e6 / docs, windowCpu / 1e6 / docs, docs / (windowCpu / 1e9));
		System.out.printf("full pipeline (default engine):    %.2f ms/article wall, %.2f ms/article CPU: %.1f articles/s CPU%n",
				fullNanos / 1e6 / docs, fullCpu / 1e6 / docs, docs / (fullCpu / 1e9));
		System.out.printf("ratios (CPU): full pipeline / bare parser %.2f, full pipeline / word windows %.2f%n",
				(double) fullCpu / parseCpu, (double) fullCpu / windowCpu);
		System.out.println("(throughput and ratio below: the full pipeline)");
		System.out.printf("throughput (wall): %.1f articles/s, %.0f chars/s; (CPU): %.1f articles/s, %.0f chars/s%n",
				docs / (fullNanos / 1e9), chars / (fullNanos / 1e9), docs / (fullCpu / 1e9), chars / (fullCpu / 1e9));
		System.out.printf("ratio full / (sentences + tokens): %.2f wall, %.2f CPU (target <= 3)%n",
				(double) fullNanos / baseNanos, (double) fullCpu / baseCpu);
	}

	/** What the pipeline's language layer must do at least: sentences per paragraph, tokens per sentence. */
	private static long baseline(List<String> bodies) {
		SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
		TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
		long n = 0;
		for (String body : bodies) {
			for (String para : body.split("\n")) {
				for (Span s : detector.sentPosDetect(para)) {
					n += tokenizer.tokenizePos(para.substring(s.getStart(), s.getEnd())).length;
				}
			}
		}
		return n;
	}

	private static long parse(DependencyParser parser, List<String> bodies) {
		long n = 0;
		for (String body : bodies) {
			for (ParsedSentence s : parser.parse(body)) {
				n += s.size() + s.head(s.size() - 1);
			}
		}
		return n;
	}

	/** Used heap after three full collections: what the loaded engine holds. */
	public static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static long pipeline(ExtractionEngine engine, List<String> bodies) {
		long n = 0;
		for (String body : bodies) {
			var d = engine.extract(body);
			n += d.actors().size() + d.claims().size();
		}
		return n;
	}
}
