package org.sourcebench.extract.relations;

import java.util.List;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Talks, a meeting or cooperation that one side calls off, cancels, suspends, halts or freezes did not take place
 * ({@code relations.halted-cooperation}): the relationship the event noun's own code gives (04, 05) is recoded to a
 * reduction of relations (16, GUIDELINES.md "suspending a channel", DECISIONS.md R6) from the one who stops it, and
 * dropped for every other pair. Accords and truces are not stopped events here: a suspended deal was concluded, and
 * its broker brokered it. Word classes in {@code event-words.tsv} (halt, cooperation). Stateless.
 */
final class CooperationRoots {

	static final String HALTED = "relations.halted-cooperation";

	private CooperationRoots() {
	}

	/** Recodes, or removes, the cooperative relationships of {@code out} whose event is stopped. */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (Mechanisms.on(HALTED)) {
			EventWords w = EventWords.get();
			Recoding.apply(sentences, out, HALTED, r -> cooperative(r.root()), (s, r) -> halted(s, r, actors, w));
		}
		MaterialCooperation.apply(sentences, actors, out); // military cooperation: 06 (relations.military-cooperation)
	}

	private static boolean cooperative(String root) {
		return root.compareTo("03") >= 0 && root.compareTo("08") <= 0;
	}

	private static boolean noun(ParsedSentence s, int t) {
		return s.pos(t).equals("NOUN");
	}

	/**
	 * 16 when a meeting or cooperation noun of the evidence is stopped by a halting word and {@code r}'s source is who
	 * stops it; a drop when another or nobody named stops it; null when nothing stops it.
	 */
	private static String halted(ParsedSentence s, ExtractedRelationship r, DocActors actors, EventWords w) {
		if (s == null) {
			return null;
		}
		for (int e = 0; e < s.size(); e++) {
			if (!Recoding.inEvidence(s, e, r) || !noun(s, e) || !stoppable(Recoding.lemma(s, e), w)) {
				continue;
			}
			int h = stopper(s, e, w);
			if (h < 0) {
				continue;
			}
			ActorMention halter = halter(s, e, h, actors);
			if (halter != null && halter.actor().name().equals(r.from())) {
				return "16";
			}
			return Recoding.DROP;
		}
		return null;
	}

	/**
	 * A noun whose event does not take place once stopped: talks, a meeting, a visit (root 04) or cooperation; not an
	 * accord or truce, which was concluded even if one side later suspends it.
	 */
	private static boolean stoppable(String lemma, EventWords w) {
		EventWords.Nominal n = w.nominal(lemma);
		return n != null && n.code().startsWith("04") || w.in("cooperation", lemma);
	}

	/**
	 * The halting word that stops event noun {@code e}: its head ("called off talks", "the suspension of talks",
	 * "cooperation was suspended"), or a participle on it ("cancelled talks"); -1 when none.
	 */
	private static int stopper(ParsedSentence s, int e, EventWords w) {
		int h = s.head(e);
		if (h >= 0 && stops(s, h, w)) {
			return h;
		}
		for (int c : s.children(e)) {
			if ((s.deprel(c).equals("amod") || s.deprel(c).startsWith("acl")) && stops(s, c, w)) {
				return c;
			}
		}
		return -1;
	}

	/** Whether token {@code h} stops what it governs: a halt word, or "call off" / "break off". */
	private static boolean stops(ParsedSentence s, int h, EventWords w) {
		String l = Recoding.lemma(s, h);
		if (w.in("halt", l)) {
			return true;
		}
		if (l.equals("call") || l.equals("break")) {
			for (int c : s.children(h, "compound:prt")) {
				if (Recoding.lemma(s, c).equals("off")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Who stops the event: the subject of the halting verb; for a halting noun ("the suspension of talks") its owner,
	 * or the subject of the verb it is the object of ("X announced the suspension"); when the parse names none, the
	 * last actor named before the halting word in its sentence and outside the event noun's phrase ("X on Friday
	 * called off talks"); null when none or when the event noun is the subject ("talks were suspended").
	 */
	private static ActorMention halter(ParsedSentence s, int e, int h, DocActors actors) {
		if (s.head(e) == h && s.deprel(e).startsWith("nsubj")) {
			return null;
		}
		int t = -1;
		if (!noun(s, h)) {
			List<Integer> subj = s.children(h, "nsubj");
			t = subj.isEmpty() ? -1 : subj.get(0);
			if (t < 0 && !s.children(h, "nsubj:pass").isEmpty()) {
				return null;
			}
		} else if (!s.children(h, "nmod:poss").isEmpty()) {
			t = s.children(h, "nmod:poss").get(0);
		} else if (s.head(h) >= 0 && s.deprel(h).equals("obj")) {
			List<Integer> subj = s.children(s.head(h), "nsubj");
			t = subj.isEmpty() ? -1 : subj.get(0);
		}
		ActorMention m = t < 0 ? null : actors.at(s.start(t));
		if (m != null) {
			return m;
		}
		int[] phrase = s.subtree(e);
		ActorMention before = actors.lastBefore(s.start(h), a -> true);
		return before != null && before.begin() >= s.start(0)
				&& !(before.begin() >= s.start(phrase[0]) && before.end() <= s.end(phrase[phrase.length - 1])) ? before
						: null;
	}
}
