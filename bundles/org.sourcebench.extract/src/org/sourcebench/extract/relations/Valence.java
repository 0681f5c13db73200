package org.sourcebench.extract.relations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Word valence from the AFINN-165 word list ({@code data/afinn-165.tsv}), read once per reader and shared by the
 * readings that ask whether words speak badly of an actor ({@link Labels}, {@link NegativeStatements}) and the
 * claim-stance features ({@link ClaimStances}). Immutable
 * after construction; safe to share between threads.
 */
final class Valence {

	/** The valence at or below which a word is negative. */
	private static final int NEGATIVE = -2;

	private final Map<String, Integer> valence = new HashMap<>();

	Valence() {
		for (String[] r : DataFile.rows("afinn-165.tsv", 2)) {
			valence.put(r[0], Integer.parseInt(r[1].trim()));
		}
	}

	/** Whether the token's word, or else its lemma, has a valence of -2 or below. */
	boolean negative(ParsedSentence s, int t) {
		return of(s, t) <= NEGATIVE;
	}

	/** The valence of the token's word, or else of its lemma; 0 when the list has neither. */
	int of(ParsedSentence s, int t) {
		Integer w = valence.get(s.word(t).toLowerCase(Locale.ROOT));
		if (w == null && s.lemma(t) != null) {
			w = valence.get(s.lemma(t).toLowerCase(Locale.ROOT));
		}
		return w == null ? 0 : w;
	}
}
