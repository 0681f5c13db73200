package org.sourcebench.extract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;

/**
 * Where the sentence detector ended a sentence at an abbreviation's full stop that does not end it: a title of
 * {@code data/syntax/en-abbreviations.txt} before a capitalised word ("Brig. | Gen. | Yahya Saree said"), or initials
 * with full stops before a lower-case word or a number ("at 5 a.m. | on Monday", "the U.S. | envoy said"). The two
 * pieces are one sentence (text.abbreviation-join). Also the one reader of that file: the parser's retokenizer joins
 * over the same abbreviations ({@link #abbreviations()}). Immutable; safe to share.
 */
public final class SentenceJoins {

	static final String ABBREVIATIONS = "data/syntax/en-abbreviations.txt";

	/** Initials with full stops ending a piece: "U.S.", "a.m.", "U.N.". */
	private static final Pattern INITIALS = Pattern.compile("(?:^|[^\\w.])(?:\\p{L}\\.){2,}$");

	private static final SentenceJoins INSTANCE = new SentenceJoins(read());

	private final Set<String> titles;
	private final boolean on = Mechanisms.on("text.abbreviation-join");
	private final boolean initialsBeforeTitle = Mechanisms.on("text.initialsBeforeTitle");

	/** The first words of the titles of titles.tsv, lower case ("president", "secretary", "ambassador"). */
	private static final class TitleWords {
		static final Set<String> FIRST = firstWords();

		private static Set<String> firstWords() {
			Set<String> out = new HashSet<>();
			for (String[] r : org.sourcebench.extract.data.DataFile.rows("titles.tsv", 1)) {
				out.add(r[0].trim().split("[ -]")[0].toLowerCase(java.util.Locale.ROOT));
			}
			return Set.copyOf(out);
		}
	}

	/** The letters of the word starting at {@code from}, lower case. */
	private static String nextWord(String body, int from) {
		int e = from;
		while (e < body.length() && Character.isLetter(body.charAt(e))) {
			e++;
		}
		return body.substring(from, e).toLowerCase(java.util.Locale.ROOT);
	}

	private SentenceJoins(Set<String> titles) {
		this.titles = titles;
	}

	static SentenceJoins get() {
		return INSTANCE;
	}

	/** The abbreviations of {@code data/syntax/en-abbreviations.txt}, read once per JVM; unmodifiable. */
	public static Set<String> abbreviations() {
		return INSTANCE.titles;
	}

	/**
	 * Whether the piece {@code [aBegin, aEnd)} of {@code body} goes on in the piece starting at {@code bBegin} (same
	 * paragraph).
	 */
	boolean joins(String body, int aBegin, int aEnd, int bBegin) {
		if (!on || aEnd <= aBegin || bBegin >= body.length() || body.charAt(aEnd - 1) != '.') {
			return false;
		}
		char next = body.charAt(bBegin);
		int w = aEnd - 1;
		while (w > aBegin && !Character.isWhitespace(body.charAt(w - 1))) {
			w--;
		}
		String last = body.substring(w, aEnd - 1);
		boolean join = Character.isUpperCase(next) && titles.contains(last)
				|| (Character.isLowerCase(next) || Character.isDigit(next))
						&& INITIALS.matcher(body.substring(w, aEnd)).find();
		if (!join && Character.isUpperCase(next) && initialsBeforeTitle
				&& INITIALS.matcher(body.substring(w, aEnd)).find() && TitleWords.FIRST.contains(nextWord(body, bBegin))) {
			join = true; // "U.S. | President Donald Trump said": initials before a person's title name its country
			Mechanisms.fired("text.initialsBeforeTitle", 1);
		}
		if (join) {
			Mechanisms.fired("text.abbreviation-join", 1);
		}
		return join;
	}

	private static Set<String> read() {
		Set<String> out = new HashSet<>();
		try (InputStream raw = SentenceJoins.class.getClassLoader().getResourceAsStream(ABBREVIATIONS)) {
			if (raw == null) {
				throw new IllegalStateException(ABBREVIATIONS + " is not on the class path of org.sourcebench.extract");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					out.add(word);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + ABBREVIATIONS, e);
		}
		return Set.copyOf(out);
	}
}
