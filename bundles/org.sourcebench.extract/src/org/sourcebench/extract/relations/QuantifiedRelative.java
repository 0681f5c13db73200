package org.sourcebench.extract.relations;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * "X and Y, all of whom ...", "both of which ...": a quantifier over a relative pronoun stands for the phrase the
 * relative clause qualifies. Stateless.
 */
final class QuantifiedRelative {

	private static final Set<String> QUANTIFIERS = Set.of("all", "both", "each", "most", "many", "some", "several");
	private static final Set<String> RELATIVES = Set.of("which", "whom");

	private QuantifiedRelative() {
	}

	/** The head of the phrase the quantified relative at {@code h} stands for, or {@code h} itself. */
	static int antecedent(ParsedSentence s, int h) {
		if (!Mechanisms.on("relations.quantrel") || !QUANTIFIERS.contains(s.word(h).toLowerCase(Locale.ROOT))) {
			return h;
		}
		boolean relative = false;
		for (int c : s.children(h, "nmod")) {
			relative |= RELATIVES.contains(s.word(c).toLowerCase(Locale.ROOT));
		}
		int t = s.head(h);
		for (int guard = 0; relative && t >= 0 && guard < 4; guard++) {
			int h2 = s.head(t);
			// the clause qualifies the phrase it hangs on, whatever the parse calls it (relcl, or parataxis between dashes)
			if (h2 >= 0 && (s.pos(h2).equals("NOUN") || s.pos(h2).equals("PROPN")) && (s.deprel(t).startsWith("acl")
					|| s.deprel(t).equals("parataxis") || s.deprel(t).equals("appos"))) {
				return h2;
			}
			t = h2;
		}
		return h;
	}
}
