package org.sourcebench.extract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.eval.TestResources;
import org.sourcebench.extract.nlp.OpenNlpModels;

/**
 * Benchmark (a main, not a test; never gates the build): on the same article bodies, times OpenNLP sentence
 * detection + tokenisation alone and the full extraction pipeline, in one run, alternating rounds so that JIT
 * and machine load affect both alike. Prints both, their ratio (target ≤ 3) and articles per second.
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
        ExtractionEngine engine = ExtractionEngine.createDefault();
        long sink = 0;
        for (int i = 0; i < 20; i++) { // warm-up: JIT, lazy model and data loading
            sink += baseline(bodies) + pipeline(engine, bodies);
        }
        // wall time and this thread's CPU time: on a shared, loaded machine the CPU ratio is the steadier one
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long baseNanos = 0;
        long fullNanos = 0;
        long baseCpu = 0;
        long fullCpu = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += baseline(bodies);
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            sink += pipeline(engine, bodies);
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            baseNanos += t1 - t0;
            fullNanos += t2 - t1;
            baseCpu += c1 - c0;
            fullCpu += c2 - c1;
        }
        int docs = rounds * bodies.size();
        long chars = rounds * (long) bodies.stream().mapToInt(String::length).sum();
        System.out.printf("articles: %d (%d texts x %d rounds, %d chars each round), checksum %d%n", docs,
                bodies.size(), rounds, chars / rounds, sink);
        System.out.printf("sentence detection + tokenisation: %.2f ms/article wall, %.2f ms/article CPU%n",
                baseNanos / 1e6 / docs, baseCpu / 1e6 / docs);
        System.out.printf("full pipeline:                     %.2f ms/article wall, %.2f ms/article CPU%n",
                fullNanos / 1e6 / docs, fullCpu / 1e6 / docs);
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

    private static long pipeline(ExtractionEngine engine, List<String> bodies) {
        long n = 0;
        for (String body : bodies) {
            var d = engine.extract(body);
            n += d.actors().size() + d.claims().size();
        }
        return n;
    }
}
