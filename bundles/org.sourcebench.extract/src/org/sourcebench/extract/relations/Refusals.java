package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A refusal of a cooperative event is a rejection (CAMEO 12) toward the event's partner ({@code relations.refusals}):
 * "refused to hold talks with X", "rejected talks with X", "ignored a proposed meeting with X", "ruled out
 * negotiations with X", "is not interested in peace talks with X", "Y's disinterest in negotiations with X", "the
 * refusal to meet X". Before, the parse reader only read such an event as not asserted. The refusal words are the
 * {@code refusal} class of {@code event-words.tsv} (the CAMEO verb dictionary's REFUSE block: refuse, decline,
 * reject, rule out, with dismiss, ignore, spurn, rebuff and their nouns); the {@code interest} class refuses only under
 * a negation ("not interested in", "no interest in"). Only cooperative events (roots 02-09) are refused this way:
 * "refused to attack X" rejects nobody. The code follows the CAMEO codebook: 125 (reject a proposal to meet, discuss
 * or negotiate) for consultations, 121 (reject material cooperation) for 06-08, 120 otherwise. Stateless.
 */
final class Refusals {

	static final String NAME = "relations.refusals";

	private Refusals() {
	}

	/** Whether the mechanism is on. */
	static boolean on() {
		return Mechanisms.on(NAME);
	}

	/** The code of refusing an event coded {@code code}, or null when it is no cooperative event (02-09). */
	static String code(String code) {
		int root = ParsedRelationReader.root(code);
		if (root < 2 || root > 9) {
			return null;
		}
		return root == 4 ? "125" : root >= 6 ? "121" : "120";
	}

	/** Whether {@code code} is one this class gives. */
	static boolean refusal(String code) {
		return code.equals("125") || code.equals("121") || code.equals("120");
	}

	/**
	 * Whether the word at {@code t} (lemma {@code lemma}) refuses what it governs: a word of the refusal class ("rule"
	 * only with its particle "out"), or an interest word under a negation.
	 */
	static boolean refuses(ParsedSentence s, int t, String lemma, EventWords w) {
		if (lemma.equals("rule")) {
			for (int c : s.children(t, "compound:prt")) {
				if (lower(s.word(c)).equals("out")) {
					return true;
				}
			}
			return false;
		}
		return w.in("refusal", lemma) || uninterested(s, t, lemma, w);
	}

	/** "not interested in", "no interest in": an interest word with a negation on it. */
	static boolean uninterested(ParsedSentence s, int t, String lemma, EventWords w) {
		if (!w.in("interest", lemma)) {
			return false;
		}
		for (int c : s.children(t)) {
			if (w.in("negation", lower(s.word(c))) && !s.deprel(c).equals("cc")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Who refuses with the noun {@code h} ("Pyongyang's disinterest", "expressed no interest"): its possessor, else the
	 * subjects of the verb that takes it as its object.
	 */
	static List<Integer> nounRefusers(ParsedSentence s, int h) {
		List<Integer> out = new ArrayList<>(s.children(h, "nmod:poss"));
		if (out.isEmpty() && s.deprel(h).equals("obj") && s.head(h) >= 0) {
			EventCoder.Clause frame = new EventCoder.Clause(s, s.head(h));
			if (!frame.passive) {
				out.addAll(frame.subjects);
			}
		}
		return out;
	}

	/**
	 * Whether the word {@code h} is used as a noun: tagged so, or a word with a possessor ("Ecuador's refusal", which
	 * the parse may tag as an adjective).
	 */
	static boolean noun(ParsedSentence s, int h) {
		return s.pos(h).equals("NOUN") || !s.children(h, "nmod:poss").isEmpty();
	}

	/** The refusers of the word {@code h}: a verb's or adjective's subjects (agents if passive), a noun's refusers. */
	static List<Integer> refusers(ParsedSentence s, int h) {
		if (noun(s, h)) {
			return nounRefusers(s, h);
		}
		if (s.pos(h).equals("VERB") && !s.children(h, "nsubj:pass").isEmpty()) {
			return s.children(h, "nsubj:pass"); // "he was not interested", parsed as a passive verb
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, h);
		return frame.passive ? frame.agents : frame.subjects;
	}

	/**
	 * The word that refuses the offer noun {@code t} ({@code relations.refusals}): a refusal verb taking it as
	 * its object, or through an accepting verb ("refused to accept X's demarche"), or an uninterested word taking it
	 * in an "in" phrase ("not interested in proposals from X"); a conjunct takes its first conjunct's governor; -1 if
	 * none.
	 */
	static int offerRefuser(ParsedSentence s, int t, EventWords w, java.util.function.IntFunction<String> lemma) {
		if (!w.in("offer", lower(s.lemma(t)))) { // the parser's lemma: one look-up per noun
			return -1;
		}
		int o = s.deprel(t).equals("conj") && s.head(t) >= 0 ? s.head(t) : t;
		int h = s.head(o);
		if (h < 0) {
			return -1;
		}
		String rel = s.deprel(o);
		if (rel.equals("obj") && s.pos(h).equals("VERB")) {
			if (refuses(s, h, lemma.apply(h), w)) {
				return h;
			}
			int up = s.head(h);
			return w.in("accept", lemma.apply(h)) && s.deprel(h).equals("xcomp") && up >= 0
					&& w.in("refusal", lemma.apply(up)) ? up : -1;
		}
		if ((rel.startsWith("obl") || rel.startsWith("nmod")) && EventCoder.Clause.caseWord(s, o).equals("in")
				&& uninterested(s, h, lemma.apply(h), w)) {
			return h;
		}
		return -1;
	}

	/** The authors of the offer noun {@code t} and of its conjuncts: possessors and "from" or "by" phrases. */
	static List<Integer> offerAuthors(ParsedSentence s, int t) {
		List<Integer> nouns = new ArrayList<>();
		nouns.add(t);
		nouns.addAll(s.children(t, "conj"));
		List<Integer> out = new ArrayList<>();
		for (int n : nouns) {
			for (int c : s.children(n)) {
				String rel = s.deprel(c);
				String prep = EventCoder.Clause.caseWord(s, c);
				if (rel.equals("nmod:poss") && !s.pos(c).equals("PRON")
						|| rel.startsWith("nmod") && (prep.equals("from") || prep.equals("by"))) {
					out.add(c);
				}
			}
		}
		int v = s.deprel(t).equals("obj") ? s.head(t) : -1;
		if (out.isEmpty() && v >= 0 && s.pos(v).equals("VERB")) {
			for (int c : s.children(v)) {
				if (c > t && s.deprel(c).startsWith("obl") && EventCoder.Clause.caseWord(s, c).equals("from")) {
					out.add(c); // "refused to take a protest note from X": the parse hung X on the verb
				}
			}
		}
		return out;
	}

	private static String lower(String w) {
		return w.toLowerCase(Locale.ROOT);
	}
}
