package org.sourcebench.extract.relations;


import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Relations a role noun states ({@code event-words.tsv} class {@code role}): the holder of the role acts toward the
 * actor it serves, with the role's code. Read top to bottom:
 * <ol>
 * <li>the served actor: the noun's possessor ("Y's ally") or its "of"/"to" phrase ("a backer of Y", "an ally to
 * Y");</li>
 * <li>the holder: the subject of the copula that predicates the noun ("X is Y's main ally", "X is one of Y's
 * strongest backers", where the copula sits on "one"), or the phrase the noun is in apposition to ("X, a close ally
 * of Y, said").</li>
 * </ol>
 * Stateless; safe to share.
 */
final class RoleNouns {

	/** A role relation: the noun, its code, the holder's and the served actor's phrase heads. */
	record Role(int noun, String code, int holder, int served) {
	}

	private final EventWords words;

	RoleNouns(EventWords words) {
		this.words = words;
	}

	/** The role relation of the noun at {@code n}, or null. */
	Role at(ParsedSentence s, int n, String lemma) {
		String code = words.code("role", lemma);
		if (code.isEmpty() || !s.pos(n).equals("NOUN") && s.children(n, "nmod:poss").isEmpty()) {
			return null; // a possessor shows a noun the tagger took for something else ("Y's main ally" as ADV)
		}
		int served = served(s, n);
		int holder = served < 0 ? -1 : holder(s, n);
		return holder < 0 ? null : new Role(n, code, holder, served);
	}

	private static int served(ParsedSentence s, int n) {
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			if (rel.equals("nmod:poss")) {
				return c;
			}
			String prep = EventCoder.Clause.caseWord(s, c);
			if (rel.startsWith("nmod") && c > n && (prep.equals("of") || prep.equals("to"))) {
				return c;
			}
		}
		return -1;
	}

	private static int holder(ParsedSentence s, int n) {
		int predicate = n;
		int h = s.head(n);
		if (h >= 0 && s.deprel(n).startsWith("nmod") && EventCoder.Clause.caseWord(s, n).equals("of") && s.pos(h).equals("NUM")) {
			predicate = h; // "one of Y's backers"
		}
		if (!s.children(predicate, "cop").isEmpty()) {
			for (int subj : s.children(predicate, "nsubj")) {
				return subj;
			}
			return -1;
		}
		if (s.deprel(n).equals("appos") && h >= 0 && h < n) {
			return h; // "X, a close ally of Y,"
		}
		return -1;
	}
}
