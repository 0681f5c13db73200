package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A call for something is an appeal, not a telephone call (switch {@code relations.same-side}, shared with
 * {@link ListBlocs}): "Qatar, Egypt and the United States issued a joint call for Israel and Hamas to return to
 * negotiations" is an appeal (CAMEO 02) of the issuers to Israel and Hamas, not talks among the issuers; "a call for
 * calm" names no party and is no consultation. The noun "call" (event-words: 04, mutual) with a "for" phrase is read
 * so. Stateless.
 */
final class AppealCalls {

	/** The switch. */
	static final String NAME = ListBlocs.NAME;
	/** CAMEO 02: appeal. */
	static final String CODE = "02";

	private AppealCalls() {
	}

	/**
	 * The heads of the "for" phrase of an event noun "call" at {@code n} (with their conjuncts), or null when the noun
	 * is no such appeal (another noun, no "for" phrase, the switch off).
	 */
	static List<Integer> appealed(ParsedSentence s, int n, String lemma) {
		if (!lemma.equals("call") || !Mechanisms.on(NAME)) {
			return null;
		}
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("nmod") && EventCoder.Clause.caseWord(s, c).toLowerCase(Locale.ROOT)
					.equals("for")) {
				List<Integer> out = new ArrayList<>();
				EventCoder.Clause.withConj(s, c, out);
				Mechanisms.fired(NAME, 1);
				return out;
			}
		}
		return null;
	}
}
