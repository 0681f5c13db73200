package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Where the parse puts a speech verb's clausal complement: its first word (after "that"), whether only adjuncts
 * and addressees of the verb stand between the verb and it ("said on Monday it had ...", "told a regular briefing
 * that ..."), and where a contrasting clause joined to the verb after the complement begins (", but the claim
 * could not be verified" is the writer's, not the speaker's).
 */
final class ParsedComplement {

	private static final Set<String> CONTRASTS = ClaimWords.get().list("contrast");

	private ParsedComplement() {
	}

	static void locate(ParsedSentence s, int v, CueHit h) {
		for (int o : s.children(v, "obj")) {
			if (o > v && ClaimWords.get().isPositionNoun(s.lemma(o).toLowerCase(Locale.ROOT))) {
				int[] span = s.subtree(o);
				h.positionBegin = s.start(span[0]);
				h.positionEnd = s.end(span[1]);
			}
		}
		for (int x = v + 2; x < s.size(); x++) {
			if ((s.deprel(x).equals("advcl") || s.deprel(x).equals("conj")) && s.word(x - 1).equals(",")
					&& s.word(x).toLowerCase(Locale.ROOT).endsWith("ing") && s.children(x, "nsubj").isEmpty()
					&& ClaimWords.get().verbs.contains(s.lemma(x).toLowerCase(Locale.ROOT))) {
				h.contrastBegin = s.start(x - 1); // "..., expressing commitment to ...": the participle's own claim
				break;
			}
		}
		int c = -1;
		for (int x : s.children(v, "ccomp")) {
			if (x > v) {
				c = x;
				break;
			}
		}
		if (c < 0) {
			return;
		}
		int[] span = s.subtree(c);
		int first = span[0];
		while (first < c && (s.word(first).equalsIgnoreCase("that") || s.pos(first).equals("PUNCT"))) {
			first++;
		}
		h.complementBegin = s.start(first);
		boolean hasSubject = !s.children(c, "nsubj").isEmpty() || !s.children(c, "expl").isEmpty();
		h.onlyAdjunctsBefore = first > v && hasSubject && onlyAdjuncts(s, v, v + 1, span[0], h.cue.addressee());
		for (int i = first + 1; i + 2 <= span[1]; i++) {
			int x = i + 2;
			if (s.word(i).equals(",") && CONTRASTS.contains(s.word(i + 1).toLowerCase(Locale.ROOT))
					&& s.head(i + 1) == x && s.pos(x).equals("VERB") && s.children(x, "nsubj").isEmpty()
					&& s.deprel(x).equals("conj")) {
				h.contrastBegin = s.start(i); // "saying it had started ..., but appeared to oppose ...": the writer's
				return;
			}
		}
		int after = span[1] + 1;
		if (after + 1 < s.size() && s.word(after).equals(",")
				&& CONTRASTS.contains(s.word(after + 1).toLowerCase(Locale.ROOT))) {
			h.contrastBegin = s.start(after); // "saying it had started ..., but appeared to oppose ..."
			return;
		}
		for (int x : s.children(v, "conj")) {
			int[] conj = s.subtree(x);
			if (conj[0] > span[1] && conj[0] > 0 && s.word(conj[0] - 1).equals(",")
					&& CONTRASTS.contains(s.word(conj[0]).toLowerCase(Locale.ROOT))) {
				h.contrastBegin = s.start(conj[0] - 1);
				break;
			}
		}
	}

	/**
	 * Whether the tokens after cue verb {@code v} up to the next comma or the sentence end are all adjuncts (and, for
	 * a cue taking one, the addressee) of the verb: "Lai said yesterday.", "said this evening, adding ...".
	 */
	static boolean onlyAdjunctsAfter(ParsedSentence s, int v, boolean addressee) {
		int to = tailEnd(s, v);
		return to > v + 1 && onlyAdjuncts(s, v, v + 1, to, addressee);
	}

	/** The next comma after {@code v}, or the sentence's final punctuation, or its end. */
	private static int tailEnd(ParsedSentence s, int v) {
		int to = v + 1;
		while (to < s.size() && !s.word(to).equals(",") && !(s.pos(to).equals("PUNCT") && to == s.size() - 1)) {
			to++;
		}
		return to;
	}

	/** Whether every token of {@code [from, to)} is an adjunct or addressee of {@code v}, or depends on one. */
	private static boolean onlyAdjuncts(ParsedSentence s, int v, int from, int to, boolean addressee) {
		for (int i = from; i < to; i++) {
			int head = s.head(i);
			if (head >= from && head < to) {
				continue;
			}
			String rel = s.deprel(i);
			boolean ok = head == v && (rel.startsWith("obl") || rel.equals("advmod") || rel.equals("punct")
					|| addressee && (rel.equals("iobj") || rel.equals("obj")));
			if (!ok) {
				return false;
			}
		}
		return true;
	}
}
