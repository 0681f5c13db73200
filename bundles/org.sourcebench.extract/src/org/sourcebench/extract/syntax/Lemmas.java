package org.sourcebench.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Lemmas by table lookup: {@code data/syntax/en-lemmas.tsv.gz} (lower-cased form, UPOS, lemma; the most frequent
 * lemma of each form and tag in the training treebanks), then a few suffix rules for unseen nouns and verbs.
 * Proper nouns keep their form. Immutable; safe to share.
 */
public final class Lemmas {

	public static final String TABLE = "data/syntax/en-lemmas.tsv.gz";

	private final Map<String, String> table;

	private Lemmas(Map<String, String> table) {
		this.table = table;
	}

	public static Lemmas get() {
		return Holder.LEMMAS;
	}

	private static final class Holder {
		static final Lemmas LEMMAS = new Lemmas(read());
	}

	private static Map<String, String> read() {
		Map<String, String> m = new HashMap<>(1 << 16);
		try (InputStream raw = Lemmas.class.getClassLoader().getResourceAsStream(TABLE)) {
			if (raw == null) {
				throw new IllegalStateException(TABLE + " is not on the class path of org.sourcebench.extract");
			}
			BufferedReader r = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (line.startsWith("#") || line.isEmpty()) {
					continue;
				}
				String[] c = line.split("\t");
				m.put((c[0] + '\t' + c[1]).intern(), c[2].equals(c[0]) ? c[0] : c[2]);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + TABLE, e);
		}
		return m;
	}

	/** Whether the treebanks know the word (any case) as a common noun, verb, adjective or adverb. */
	boolean common(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return table.containsKey(lower + "\tNOUN") || table.containsKey(lower + "\tVERB")
				|| table.containsKey(lower + "\tADJ") || table.containsKey(lower + "\tADV");
	}

	public String[] lemmatize(String[] words, String[] pos) {
		String[] out = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			out[i] = lemma(words[i], pos[i]);
		}
		return out;
	}

	public String lemma(String word, String pos) {
		if (pos.equals("PROPN")) {
			return word;
		}
		String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		String known = table.get(lower + '\t' + pos);
		if (known != null) {
			return known;
		}
		return guess(lower, pos);
	}

	private static String guess(String w, String pos) {
		int n = w.length();
		if (pos.equals("NOUN")) {
			if (w.endsWith("ies") && n > 4) {
				return w.substring(0, n - 3) + "y";
			}
			if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
				return w.substring(0, n - 2);
			}
			if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
				return w.substring(0, n - 1);
			}
		} else if (pos.equals("VERB")) {
			if (w.endsWith("ied") && n > 4) {
				return w.substring(0, n - 3) + "y";
			}
			if (w.endsWith("ies") && n > 4) {
				return w.substring(0, n - 3) + "y";
			}
			if (w.endsWith("ing") && n > 5) {
				return undouble(w.substring(0, n - 3));
			}
			if (w.endsWith("ed") && n > 4) {
				return undouble(w.substring(0, n - 2));
			}
			if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
				return w.substring(0, n - 2);
			}
			if (w.endsWith("s") && !w.endsWith("ss") && n > 3) {
				return w.substring(0, n - 1);
			}
		}
		return w;
	}

	private static String undouble(String stem) {
		int n = stem.length();
		if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}
}
