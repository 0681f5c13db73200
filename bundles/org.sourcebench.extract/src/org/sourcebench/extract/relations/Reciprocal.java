package org.sourcebench.extract.relations;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A verb whose object is reciprocal ({@code relations.attach-reciprocal}): "each other", "one another", or "the other"
 * after a subject of two ("X and Y accused each other", "both sides blamed one another", "both countries accused the
 * other"). Its subjects act on each other: the event is entered both ways between them, as for a symmetric event
 * with coordinated subjects. The parse hangs the pronoun on the verb as an object, an adverb or a fixed expression
 * inside another phrase; the words right after the verb (up to two adverbs or particles between) are read instead,
 * and must hang under the verb within two steps. Stateless.
 */
final class Reciprocal {

	static final String SWITCH = "relations.attach-reciprocal";

	private static final int MAX_GAP = 2;

	private Reciprocal() {
	}

	/** Whether the verb at {@code v} takes a reciprocal object. */
	static boolean at(ParsedSentence s, int v) {
		if (!Mechanisms.on(SWITCH)) {
			return false;
		}
		int k = v + 1;
		for (int gap = 0; gap < MAX_GAP && k < s.size()
				&& (s.pos(k).equals("ADV") || s.pos(k).equals("PART") || s.pos(k).equals("ADP")
						&& s.deprel(k).equals("compound:prt")); gap++) {
			k++;
		}
		if (k + 1 >= s.size() || !under(s, k, v)) {
			return false;
		}
		String first = lower(s.word(k));
		String second = lower(s.word(k + 1));
		boolean reciprocal = first.equals("each") && second.equals("other")
				|| first.equals("one") && second.equals("another")
				|| first.equals("the") && second.equals("other") && s.deprel(k + 1).equals("obj")
						&& bothSubject(s, v);
		if (reciprocal) {
			Mechanisms.fired(SWITCH, 1);
		}
		return reciprocal;
	}

	/** Whether token {@code k} hangs under {@code v} within two steps. */
	private static boolean under(ParsedSentence s, int k, int v) {
		int h = s.head(k);
		return h == v || h >= 0 && s.head(h) == v;
	}

	/** "both countries accused the other": a subject counted as two, or two coordinated subjects. */
	private static boolean bothSubject(ParsedSentence s, int v) {
		for (int subj : s.children(v, "nsubj")) {
			if (!s.children(subj, "conj").isEmpty()) {
				return true;
			}
			for (int d : s.children(subj, "det")) {
				if (lower(s.word(d)).equals("both")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
