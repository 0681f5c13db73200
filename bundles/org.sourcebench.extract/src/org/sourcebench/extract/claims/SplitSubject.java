package org.sourcebench.extract.claims;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A verb has one subject. When the parser hangs two nominal subjects before a speech verb, it has split one noun
 * phrase ("KDF official Major General Jane Doe denied": nsubj "KDF" and nsubj "Doe"); English noun phrases end in
 * their head, so the name nearest the verb heads the speaker phrase and the earlier subject is its modifier — an
 * organisation in a named officer's title (DECISIONS A2: the named officer speaks, the body appears only in the
 * title). Switch {@code claims.split-subject}.
 */
final class SplitSubject {

	private SplitSubject() {
	}

	/**
	 * The subject of {@code v} that heads the speaker phrase, given {@code first}, the first nsubj child the parse
	 * has before {@code v}: the last nsubj child before {@code v} that is a name when there are several, else
	 * {@code first}. A common noun after a name is the name's description ("the X Army (XA) rebel group claimed": the
	 * Army speaks), and a subject that is a {@code time} ("X on Thursday said": the weekday) is none.
	 */
	static int head(ParsedSentence s, int v, int first, java.util.function.IntPredicate time) {
		if (first < 0 || first > v || !Mechanisms.on("claims.split-subject")) {
			return first;
		}
		int last = first;
		for (int c : s.children(v, "nsubj")) {
			if (c > last && c < v && !time.test(c) && ParsedSpeaker.isName(s, c)) {
				last = c;
			}
		}
		if (last != first) {
			Mechanisms.fired("claims.split-subject", 1);
		}
		return last;
	}
}
