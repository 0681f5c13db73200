package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * What a speaker's words say badly of another actor ({@code speech.negative-statements}), which the annotation
 * guidelines code as disapproval (CAMEO 11, "criticism, accusation"): the phrases of a claim that give an actor a
 * negative valence, found on the parse.
 * <ul>
 * <li><b>A negative thing the actor owns</b>: a noun whose head or an adjective in front of it is negative, owned by the actor as its possessor, its "by" agent (also through a participle: "the
 * statements made by X") or, under a negative adjective and unless the noun is a nominalised verb ("the brutal
 * killing of X"), its "of" phrase: "India's aggressive conduct", "this hostile act by Thailand", "the evil agenda of
 * X". Not a noun of suffering ("the fatal casualties of X").</li>
 * <li><b>A negative predicate of the actor</b>: the actor is the subject of a predicate that is negative itself ("X's statements were inappropriate", "X is a threat"; never a participle or
 * feeling such as "disappointed", "afraid": the subject then feels it), of a negative verb with an object or a
 * complement ("X violated the airspace", "X continues to kill").</li>
 * </ul>
 * Negative: a valence of -2 or below in the AFINN-165 word list ({@code data/afinn-165.tsv}), as for
 * {@link Labels}. Verbs of speech acts (CAMEO 09-13: the subject criticises, it is not criticised) and the verbs and
 * adjectives of {@code event-words.tsv} class {@code experiencer} ("suffer", "fear", "face") do not count.
 * Immutable after construction; safe to share between threads.
 */
final class NegativeStatements {

	/** The switch of both readings. */
	static final String NAME = "speech.negative-statements";

	private final Valence valence;
	private final EventWords words;

	NegativeStatements(EventWords words, Valence valence) {
		this.words = words;
		this.valence = valence;
	}

	/**
	 * The heads of the phrases naming the owners of the negative nouns in tokens [from, to) , each as
	 * {anchor, owner head}.
	 */
	List<int[]> owners(ParsedSentence s, int from, int to) {
		List<int[]> out = new ArrayList<>();
		if (!Mechanisms.on(NAME)) {
			return out;
		}
		for (int n = from; n < to; n++) {
			if (!s.pos(n).equals("NOUN") || negated(s, n) || experiencer(s, n)) {
				continue; // "fatal casualties of X": X suffered them
			}
			boolean adjective = negativeModifier(s, n);
			if (!adjective && !bad(s, n)) {
				continue;
			}
			for (int c : s.children(n)) {
				String rel = s.deprel(c);
				String prep = EventCoder.Clause.caseWord(s, c);
				if (rel.equals("nmod:poss") || rel.startsWith("nmod") && prep.equals("by")
						|| adjective && rel.startsWith("nmod") && prep.equals("of") && !nominalisation(s, n)) {
					out.add(new int[] {n, c});
				} else if (rel.startsWith("acl")) {
					for (int a : s.children(c)) { // "statements made by X"
						if (s.deprel(a).startsWith("obl") && EventCoder.Clause.caseWord(s, a).equals("by")) {
							out.add(new int[] {n, a});
						}
					}
				}
			}
		}
		return out;
	}

	/**
	 * Whether the noun is a nominalised verb ("killing", "occupation", "harassment"), whose "of" phrase is what the act
	 * is done to ("the brutal killing of X"), not who does it ("the evil agenda of X").
	 */
	private static boolean nominalisation(ParsedSentence s, int n) {
		String w = s.word(n).toLowerCase(Locale.ROOT);
		return w.endsWith("ing") || w.endsWith("ings") || w.matches(".*(tion|sion|ment)s?");
	}

	/** Whether the predicate at {@code p} says something negative of its subject . */
	boolean negativePredicate(ParsedSentence s, int p, int root) {
		if (!Mechanisms.on(NAME) || experiencer(s, p)) {
			return false;
		}
		String pos = s.pos(p);
		if (!s.children(p, "cop").isEmpty()) {
			return s.children(p, "case").isEmpty() && (pos.equals("NOUN") || pos.equals("ADJ")) && negativePhrase(s, p)
					&& !(pos.equals("ADJ") && s.word(p).toLowerCase(Locale.ROOT).endsWith("ed"));
		}
		if (!pos.equals("VERB") || root >= 9 && root <= 13) {
			return false;
		}
		if (!s.children(p, "obj").isEmpty()) {
			return bad(s, p); // "violated the airspace"
		}
		// without an object, an open complement is the subject's own act ("continues to kill", "failed to honour"),
		// not a second predicate of an object ("considers this a threat")
		for (int c : s.children(p, "xcomp")) {
			if (bad(s, p) || s.pos(c).equals("VERB") && bad(s, c) && !experiencer(s, c)) {
				return true;
			}
		}
		return false;
	}

	private boolean experiencer(ParsedSentence s, int t) {
		return words.in("experiencer", s.lemma(t).toLowerCase(Locale.ROOT))
				|| words.in("experiencer", s.word(t).toLowerCase(Locale.ROOT));
	}

	/** Whether the head word or an adjective or noun modifier in front of it is negative, not negated. */
	private boolean negativePhrase(ParsedSentence s, int c) {
		return !negated(s, c) && (bad(s, c) || negativeModifier(s, c));
	}

	private boolean negativeModifier(ParsedSentence s, int c) {
		for (int d : s.children(c)) {
			if ((s.deprel(d).equals("amod") || s.deprel(d).equals("compound") && d < c) && bad(s, d)
					&& !experiencer(s, d)) {
				return true;
			}
		}
		return false;
	}

	private boolean negated(ParsedSentence s, int c) {
		for (int d : s.children(c)) {
			String w = s.word(d).toLowerCase(Locale.ROOT);
			if (words.in("negation", w) || words.in("hedge", w)) {
				return true;
			}
		}
		return false;
	}

	private boolean bad(ParsedSentence s, int t) {
		return valence.negative(s, t);
	}
}
