package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorWords;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * "..., President X said on Friday during a visit by ...", "..., the minister said Thursday in reaction to ...",
 * "..., officials said Friday, deepening ...": a cue that follows the clause it reports (the parse makes the cue verb
 * depend on that clause, or gives it a complement before it) and is followed by a time or circumstance adjunct (a
 * weekday, a preposition or subordinator, an adverb or bare time noun of the verb), not by a complement clause with
 * its own subject, a quotation, a colon or "that": what was said is the clause before the cue, not the adjunct after
 * it, however long the adjunct runs (claims.adjunct-opening).
 */
final class AdjunctOpening {

	private static final Set<String> OPENING_TAGS = Set.of("ADP", "SCONJ");
	private static final Set<String> ADJUNCT_RELATIONS = Set.of("advmod", "obl", "obl:tmod", "obl:unmarked",
			"obl:npmod", "nmod:tmod");
	private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis");
	private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl", "csubj");

	private AdjunctOpening() {
	}

	/**
	 * Whether the text after the cue of {@code h} (from {@code after} to the next comma or {@code sentenceEnd}) opens
	 * with an adjunct of a cue that follows its reported clause.
	 */
	static boolean follows(String t, CueHit h, int after, int sentenceEnd) {
		if (h.parsed == null || h.participle || !Mechanisms.on("claims.adjunct-opening")) {
			return false;
		}
		ParsedSentence s = h.parsed.sentence();
		int v = h.parsed.token();
		if (!reportsClauseBefore(s, v) || complementAfter(s, v)) {
			return false;
		}
		int f = tokenAt(s, after);
		if (f <= v) {
			return false;
		}
		String w = s.word(f).toLowerCase(Locale.ROOT);
		boolean opening = !w.equals("that") && (ActorWords.get().is("date-word", w)
				|| OPENING_TAGS.contains(s.pos(f))
				|| s.head(f) == v && ADJUNCT_RELATIONS.contains(s.deprel(f)));
		if (!opening) {
			return false;
		}
		int comma = t.indexOf(',', after);
		int end = comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd;
		String rest = t.substring(after, Math.max(after, end));
		if (rest.indexOf('"') >= 0 || rest.indexOf(':') >= 0 || rest.matches("(?s).*\\bthat\\b.*")) {
			return false;
		}
		Mechanisms.fired("claims.adjunct-opening", 1);
		return true;
	}

	/** The cue verb depends on an earlier clause, or has a clausal complement before it ("..., he said"). */
	private static boolean reportsClauseBefore(ParsedSentence s, int v) {
		int head = s.head(v);
		if (head >= 0 && head < v) {
			return true;
		}
		for (int c : s.children(v)) {
			if (c < v && CLAUSE_RELATIONS.contains(s.deprel(c))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the cue verb has a clausal complement after it with a subject of its own ("said on Monday it had"). */
	private static boolean complementAfter(ParsedSentence s, int v) {
		for (int c : s.children(v)) {
			if (c > v && CLAUSE_RELATIONS.contains(s.deprel(c))) {
				for (int d : s.children(c)) {
					if (SUBJECTS.contains(s.deprel(d))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The first token of {@code s} starting at or after {@code offset}, or -1. */
	private static int tokenAt(ParsedSentence s, int offset) {
		for (int i = 0; i < s.size(); i++) {
			if (s.start(i) >= offset) {
				return i;
			}
		}
		return -1;
	}
}
