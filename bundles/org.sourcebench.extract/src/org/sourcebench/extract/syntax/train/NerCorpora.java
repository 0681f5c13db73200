package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.syntax.Lemmas;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.PosTagger;
import org.sourcebench.extract.syntax.TransitionParser;

/**
 * Converts named-entity corpora without trees into the CoNLL-U the entity trainer reads (the shipped tagger's POS
 * tags, {@code BIO=B-TYPE} in the MISC column; head and relation left empty). Not run in the build:
 * <ul>
 * <li>{@code NerCorpora conll IN OUT}: one token and its tag a line ({@code word TAG}, IOB1 or IOB2, blank line
 * between sentences, {@code -DOCSTART-} skipped), as wikigold is written: PER → PERSON, ORG → ORG, LOC → GPE,
 * other types dropped;</li>
 * <li>{@code NerCorpora standoff DIR OUT}: {@code DIR/*.txt} with {@code *.ann} beside each ({@code begin end TYPE}
 * character offsets, TYPE one of PERSON, ORG, GPE), as re3d's JSON is written out by hand: the text is split and
 * tokenised as the product does ({@link TransitionParser#parse}); mentions that are names after a leading
 * determiner (capitalised at both ends, only capitalised words or name connectors between, a proper noun among
 * them) are kept, the longest first where they overlap; descriptions ("U.S. service members") and pronouns
 * ("We", re3d's coreference mentions) stay O.</li>
 * </ul>
 */
public final class NerCorpora {

	private NerCorpora() {
	}

	public static void main(String[] args) throws IOException {
		List<String> blocks = switch (args[0]) {
		case "conll" -> conll(new File(args[1]));
		case "standoff" -> standoff(new File(args[1]));
		default -> throw new IllegalArgumentException("conll or standoff, not " + args[0]);
		};
		try (Writer w = new OutputStreamWriter(Files.newOutputStream(new File(args[2]).toPath()),
				StandardCharsets.UTF_8)) {
			for (String b : blocks) {
				w.write(b);
				w.write('\n');
			}
		}
		System.out.printf("%d sentences%n", blocks.size());
	}

	private static List<String> conll(File in) throws IOException {
		List<String> out = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		for (String line : Files.readAllLines(in.toPath(), StandardCharsets.UTF_8)) {
			String t = line.strip();
			if (t.isEmpty()) {
				flush(words, tags, out);
				continue;
			}
			String[] c = t.split("\\s+");
			if (c[0].equals("-DOCSTART-")) {
				flush(words, tags, out);
				continue;
			}
			words.add(c[0]);
			tags.add(c[c.length - 1]);
		}
		flush(words, tags, out);
		return out;
	}

	private static void flush(List<String> words, List<String> tags, List<String> out) {
		if (words.isEmpty()) {
			return;
		}
		String[] w = words.toArray(new String[0]);
		String[] bio = new String[w.length];
		String prev = "O";
		for (int i = 0; i < w.length; i++) {
			String tag = tags.get(i);
			String type = tag.equals("O") ? null : switch (tag.substring(2)) {
			case "PER" -> "PERSON";
			case "ORG" -> "ORG";
			case "LOC" -> "GPE";
			default -> null;
			};
			if (type == null) {
				bio[i] = "O";
			} else {
				// IOB1: I- continues a same-type name, B- only splits two adjacent names
				boolean begins = tag.startsWith("B-") || !prev.endsWith(type);
				bio[i] = (begins ? "B-" : "I-") + type;
			}
			prev = bio[i];
		}
		out.add(block(w, bio));
		words.clear();
		tags.clear();
	}

	private static String block(String[] w, String[] bio) {
		String[] pos = PosTagger.get().tag(w);
		String[] lemmas = Lemmas.get().lemmatize(w, pos);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < w.length; i++) {
			sb.append(i + 1).append('\t').append(w[i]).append('\t').append(lemmas[i]).append('\t').append(pos[i])
					.append("\t_\t_\t0\tdep\t_\tBIO=").append(bio[i]).append('\n');
		}
		return sb.toString();
	}

	private record Mention(int begin, int end, String type) {
	}

	private static List<String> standoff(File dir) throws IOException {
		File[] texts = dir.listFiles((d, name) -> name.endsWith(".txt"));
		Arrays.sort(texts);
		TransitionParser parser = new TransitionParser();
		List<String> out = new ArrayList<>();
		for (File f : texts) {
			String text = Files.readString(f.toPath(), StandardCharsets.UTF_8);
			List<Mention> mentions = new ArrayList<>();
			File ann = new File(dir, f.getName().replaceAll("\\.txt$", ".ann"));
			for (String line : Files.readAllLines(ann.toPath(), StandardCharsets.UTF_8)) {
				String[] c = line.split("\t");
				if (c.length == 3) {
					mentions.add(new Mention(Integer.parseInt(c[0]), Integer.parseInt(c[1]), c[2]));
				}
			}
			mentions.sort(Comparator.comparingInt((Mention m) -> m.begin - m.end).thenComparingInt(m -> m.begin));
			for (ParsedSentence s : parser.parse(text)) {
				int n = s.size();
				String[] w = new String[n];
				String[] bio = new String[n];
				Arrays.fill(bio, "O");
				for (int i = 0; i < n; i++) {
					w[i] = s.word(i);
				}
				for (Mention m : mentions) {
					int a = -1;
					int b = -1;
					for (int i = 0; i < n; i++) {
						if (s.start(i) >= m.begin && s.end(i) <= m.end) {
							a = a < 0 ? i : a;
							b = i;
						}
					}
					if (a < 0 || s.start(a) != m.begin || s.end(b) != m.end) {
						continue; // not on token boundaries
					}
					while (a <= b && (w[a].toLowerCase(Locale.ROOT).equals("the") || s.pos(a).equals("PUNCT"))) {
						a++;
					}
					while (b >= a && (s.pos(b).equals("PUNCT") || s.pos(b).equals("PART"))) {
						b--;
					}
					boolean proper = false;
					for (int i = a; i <= b; i++) {
						proper |= s.pos(i).equals("PROPN");
					}
					if (a > b || !proper || !name(w, a, b)) { // not "We", "I", "Coalition forces"
						continue;
					}
					boolean free = true;
					for (int i = a; i <= b; i++) {
						free &= bio[i].equals("O");
					}
					if (free) {
						for (int i = a; i <= b; i++) {
							bio[i] = (i == a ? "B-" : "I-") + m.type;
						}
					}
				}
				out.add(block(w, bio));
			}
		}
		return out;
	}

	private static boolean name(String[] w, int a, int b) {
		if (!EntityTagger.nameLike(w[a]) || !EntityTagger.nameLike(w[b])) {
			return false;
		}
		for (int i = a + 1; i < b; i++) {
			if (!EntityTagger.nameLike(w[i]) && !EntityTagger.connector(w[i])) {
				return false;
			}
		}
		return true;
	}
}
