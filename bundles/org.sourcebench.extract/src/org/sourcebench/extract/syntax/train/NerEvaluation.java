package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.PosTagger;
import org.sourcebench.extract.syntax.TransitionParser;
import org.sourcebench.extract.syntax.Treebank;

/**
 * Scores the shipped entity tagger. Not run in the build:
 * <ul>
 * <li>{@code NerEvaluation FILE.conllu...}: exact-span precision, recall and F1 per type (PERSON, ORG, PLACE =
 * GPE or LOC) against the gold names of CoNLL-U sentences ({@code BIO=} in the MISC column, or GUM's
 * {@code Entity=} annotations read as {@link GumEntities} reads them), with the shipped POS tagger's tags;</li>
 * <li>{@code NerEvaluation --articles DIR}: the entity spans the parser finds in each {@code DIR/*.txt} article,
 * one a line ({@code file TYPE text}), for {@code releng/scripts/eval-ner.sh} to score against gold files.</li>
 * </ul>
 */
public final class NerEvaluation {

	static final List<String> TYPES = List.of("PERSON", "ORG", "PLACE");

	private NerEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		if (args[0].equals("--articles")) {
			articles(new File(args[1]));
			return;
		}
		for (String file : args) {
			List<String> blocks;
			try (InputStream in = new FileInputStream(file)) {
				blocks = Treebank.blocks(in);
			}
			Map<String, int[]> counts = counts(blocks);
			System.out.println(file);
			for (Map.Entry<String, int[]> e : counts.entrySet()) {
				print(e.getKey(), e.getValue());
			}
		}
	}

	/**
	 * Gold, predicted and correct exact spans per type (PERSON, ORG, PLACE, and "all") of the shipped tagger on
	 * CoNLL-U sentences, gold names without their titles ({@link EntityTagger#withoutTitles}; with
	 * {@code -Dner.titlesInGold=true} as the corpus has them, to compare with taggers that keep titles).
	 */
	public static Map<String, int[]> counts(List<String> blocks) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (String t : TYPES) {
			counts.put(t, new int[3]);
		}
		for (String b : blocks) {
			boolean bio = b.contains("BIO=");
			if (!bio && !b.contains("Entity=")) {
				continue;
			}
			ParsedSentence s = ParsedSentence.fromConllu(b);
			int n = s.size();
			String[] w = new String[n];
			String[] p = new String[n];
			for (int i = 0; i < n; i++) {
				w[i] = s.word(i);
				p[i] = s.pos(i);
			}
			String[] goldBio = bio ? TaggerTrainer.bioColumn(b, n) : GumEntities.bio(b, w, p);
			if (!Boolean.getBoolean("ner.titlesInGold")) {
				goldBio = EntityTagger.withoutTitles(w, goldBio);
			}
			Set<String> gold = spans(goldBio);
			Set<String> pred = spans(toBio(EntityTagger.get().tag(w, PosTagger.get().tag(w))));
			if (Boolean.getBoolean("ner.errors")) {
				printErrors(w, gold, pred);
			}
			for (String g : gold) {
				counts.get(type(g))[0]++;
				if (pred.contains(g)) {
					counts.get(type(g))[2]++;
				}
			}
			for (String q : pred) {
				counts.get(type(q))[1]++;
			}
		}
		int[] all = new int[3];
		for (int[] c : counts.values()) {
			for (int k = 0; k < 3; k++) {
				all[k] += c[k];
			}
		}
		counts.put("all", all);
		return counts;
	}

	/** With {@code -Dner.errors=true}: the gold spans missed and the predicted spans not in the gold, with their words. */
	private static void printErrors(String[] words, Set<String> gold, Set<String> pred) {
		for (String g : gold) {
			if (!pred.contains(g)) {
				System.out.println("  missed\t" + text(words, g));
			}
		}
		for (String q : pred) {
			if (!gold.contains(q)) {
				System.out.println("  extra \t" + text(words, q));
			}
		}
	}

	private static String text(String[] words, String span) {
		String[] c = span.split(" ");
		return c[2] + "\t" + String.join(" ", Arrays.asList(words).subList(Integer.parseInt(c[0]), Integer.parseInt(c[1])));
	}

	/** F1 of gold, predicted, correct counts. */
	public static double f1(int[] c) {
		return c[0] + c[1] == 0 ? 0 : 2.0 * c[2] / (c[0] + c[1]);
	}

	private static void print(String type, int[] c) {
		double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
		double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
		double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
		System.out.printf("  %-7s P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d, correct %d)%n", type, p, r, f, c[0],
				c[1], c[2]);
	}

	private static String type(String span) {
		return span.substring(span.lastIndexOf(' ') + 1);
	}

	/** The tagger's per-token types as BIO (PERSON, ORG, PLACE; NORP and others dropped). */
	static String[] toBio(String[] types) {
		String[] out = new String[types.length];
		String prev = null;
		for (int i = 0; i < types.length; i++) {
			String t = group(types[i]);
			out[i] = t == null ? "O" : (t.equals(prev) ? "I-" : "B-") + t;
			prev = t;
		}
		return out;
	}

	private static String group(String type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
		case "PERSON", "ORG" -> type;
		case "GPE", "LOC", "PLACE" -> "PLACE";
		default -> null;
		};
	}

	/** "start end TYPE" of each BIO span, GPE and LOC as PLACE, other types dropped. */
	static Set<String> spans(String[] bio) {
		Set<String> out = new HashSet<>();
		int start = -1;
		String type = null;
		for (int i = 0; i <= bio.length; i++) {
			String b = i < bio.length ? bio[i] : "O";
			String t = b.length() > 2 ? group(b.substring(2)) : null;
			boolean inside = t != null && b.startsWith("I-") && t.equals(type);
			if (!inside && type != null) {
				out.add(start + " " + i + " " + type);
				type = null;
			}
			if (t != null && !inside) {
				type = t;
				start = i;
			}
		}
		return out;
	}

	private static void articles(File dir) throws IOException {
		File[] files = dir.listFiles((d, name) -> name.endsWith(".txt"));
		Arrays.sort(files);
		TransitionParser parser = new TransitionParser();
		for (File f : files) {
			String text = Files.readString(f.toPath(), StandardCharsets.UTF_8);
			for (ParsedSentence s : parser.parse(text)) {
				for (int i = 0; i < s.size(); i++) {
					String t = s.entity(i);
					if (t == null || (i > 0 && t.equals(s.entity(i - 1)))) {
						continue;
					}
					int j = i;
					while (j + 1 < s.size() && t.equals(s.entity(j + 1))) {
						j++;
					}
					System.out.println(f.getName() + "\t" + t + "\t" + text.substring(s.start(i), s.end(j)));
				}
			}
		}
	}
}
