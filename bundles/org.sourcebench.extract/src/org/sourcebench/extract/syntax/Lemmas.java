package org.sourcebench.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.sourcebench.extract.Mechanisms;

/**
 * Lemmas by table lookup: {@code data/syntax/en-lemmas.tsv.gz} (lower-cased form, UPOS, lemma; the most frequent
 * lemma of each form and tag in the training treebanks), then a few suffix rules for unseen nouns and verbs.
 * An unseen "-ed"/"-ing" verb gets back the final "e" its suffix took ("imposed" → "impose", not "impos"): when
 * the treebanks know the verb with it, or, for a verb they do not know either way, when English spelling says the
 * stem cannot end there ({@link #silentE}; switch {@code syntax.lemma-e}). Proper nouns keep their form. Immutable;
 * safe to share.
 */
public final class Lemmas {

	public static final String TABLE = "data/syntax/en-lemmas.tsv.gz";

	private static final boolean SILENT_E = Mechanisms.on("syntax.lemma-e");

	private final Map<String, String> table;
	/** Every lemma the treebanks give a verb. */
	private final Set<String> verbs = new HashSet<>();

	private Lemmas(Map<String, String> table) {
		this.table = table;
		table.forEach((k, v) -> {
			if (k.endsWith("\tVERB")) {
				verbs.add(v);
			}
		});
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

	private String guess(String w, String pos) {
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
				return verbStem(w.substring(0, n - 3));
			}
			if (w.endsWith("ed") && n > 4) {
				return verbStem(w.substring(0, n - 2));
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

	/** The lemma of an unseen verb whose "-ed" or "-ing" left {@code stem}. */
	private String verbStem(String stem) {
		String single = undouble(stem);
		if (!single.equals(stem) || !SILENT_E) {
			return single; // "stopped": a doubled consonant never had an "e"
		}
		if (verbs.contains(stem + "e")) {
			return stem + "e";
		}
		return verbs.contains(stem) || !silentE(stem) ? stem : stem + "e";
	}

	/**
	 * Whether English spelling needs a silent "e" after a verb stem: stems ending in v, c, z or u ("involv",
	 * "forc", "seiz", "pursu"), in a single s ("impos", "accus"), in g after r, d or a vowel ("charg", "pledg",
	 * "engag"), in "at" after a consonant, i or u ("escalat", "mediat", "evacuat"), and a single vowel between
	 * consonants before b, d, k, m, p, r, l, n, t as in "describ", "decid", "invok", "resum", "escap", "declar",
	 * "compil", "combin", "execut". Endings that are as often complete ("visit", "target", "monitor", "develop",
	 * "travel", "abandon") are left to the treebank table.
	 */
	static boolean silentE(String stem) {
		int n = stem.length();
		if (n < 3) {
			return false;
		}
		char last = stem.charAt(n - 1);
		char prev = stem.charAt(n - 2);
		char before = stem.charAt(n - 3);
		switch (last) {
		case 'v', 'c', 'z', 'u':
			return !vowel(prev) || last != 'u';
		case 's':
			return prev != 's';
		case 'g':
			return prev == 'r' || prev == 'd' || prev == 'a' || prev == 'e' || prev == 'i' || prev == 'u';
		case 't':
			if (prev == 'a') {
				return !vowel(before) || before == 'i' || before == 'u';
			}
			return (prev == 'u' || prev == 'o') && (!vowel(before) || before == 'u');
		default:
			break;
		}
		if (!vowel(prev) || vowel(before)) {
			return false; // "attack", "claim", "appear": no single vowel before the last consonant
		}
		return switch (last) {
		case 'b', 'd', 'k', 'm' -> prev != 'e' || last == 'd' && before == 'c';
		case 'p' -> prev != 'o' && prev != 'e';
		case 'r' -> prev != 'o' && prev != 'e' && prev != 'y';
		case 'l' -> prev == 'i' || prev == 'o' || prev == 'u';
		case 'n' -> prev == 'i';
		default -> false;
		};
	}

	private static boolean vowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

	private static String undouble(String stem) {
		int n = stem.length();
		if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}
}
