package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The root of a cooperative relationship (03-08) the engine has found between the right pair, from the words around
 * its trigger rather than the trigger's own code. Two rules, each with its switch:
 * <ul>
 * <li>{@code relations.halted-cooperation}: a cooperative event noun that its verb or noun suspends, cancels, calls
 * off, halts or freezes did not take place; the one who stops it reduces relations with the other (16, GUIDELINES.md
 * "suspending a channel", DECISIONS.md R6); the rest of its pairs are dropped.</li>
 * <li>{@code relations.truce-agreed}: an intent (03) or agreement (05) whose conclusion ("agreed to", "reached",
 * "signed") or accord noun ("agreement", "deal", "plan") has a truce as its content ("agreed to a ceasefire", "a
 * ceasefire agreement", "an agreement providing for a truce") is 08 (R4); refusing to agree to it is 12 (CAMEO
 * 1246).</li>
 * </ul>
 * (The twelfth session's third rule, {@code relations.material-cooperation}, lost right items on check in
 * two sessions and stays deleted.) Word classes in {@code event-words.tsv} (truce, conclude, accord, refuse, broker,
 * halt). Stateless.
 */
final class CooperationRoots {

	static final String HALTED = "relations.halted-cooperation";
	static final String TRUCE = "relations.truce-agreed";

	/** How many heads up from a truce word its concluding verb or accord noun may stand. */
	private static final int REACH = 3;

	private CooperationRoots() {
	}

	/** Recodes, or removes, the cooperative relationships of {@code out} the two rules correct. */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		EventWords w = EventWords.get();
		if (Mechanisms.on(HALTED)) {
			Recoding.apply(sentences, out, HALTED, r -> cooperative(r.root()), (s, r) -> halted(s, r, actors, w));
		}
		if (Mechanisms.on(TRUCE)) {
			Set<String> pairs = new HashSet<>(); // read both ways: both parties agreed (R1)
			out.forEach(r -> pairs.add(r.from() + "|" + r.to() + "|" + r.evidence().begin()));
			Recoding.apply(sentences, out, TRUCE, r -> r.root().equals("03") || r.root().equals("05"),
					(s, r) -> truce(s, r, actors, w, pairs.contains(r.to() + "|" + r.from() + "|"
							+ r.evidence().begin())));
		}
		MaterialCooperation.apply(sentences, actors, out); // 06 for military cooperation, 07 for armed backing, 08 for truce deals
	}

	private static boolean cooperative(String root) {
		return root.compareTo("03") >= 0 && root.compareTo("08") <= 0;
	}

	private static String lower(ParsedSentence s, int t) {
		return s.lemma(t).toLowerCase(Locale.ROOT);
	}

	private static boolean inside(ParsedSentence s, int t, ExtractedRelationship r) {
		return s.start(t) >= r.evidence().begin() && s.end(t) <= r.evidence().end();
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

	/**
	 * 08 when a truce word of the sentence has, at most {@link #REACH} heads up, a concluding verb or accord noun, one
	 * of the two in the evidence; 12 when a refusal governs that verb or noun; null otherwise.
	 */
	private static String truce(ParsedSentence s, ExtractedRelationship r, DocActors actors, EventWords w,
			boolean mutual) {
		if (s == null || broker(s, r.from(), actors, w) || broker(s, r.to(), actors, w)) {
			return null;
		}
		for (int t = 0; t < s.size(); t++) {
			if (!w.in("coop-truce", lower(s, t))) {
				continue;
			}
			int a = t;
			for (int step = 0; step < REACH; step++) {
				int up = s.head(a);
				if (up < 0 || !passes(s, a, w)) {
					break;
				}
				a = up;
				String l = lower(s, a);
				boolean concludes = w.in("coop-conclude", l) && s.pos(a).equals("VERB")
						|| w.in("coop-accord", l) && noun(s, a);
				if (concludes && (inside(s, t, r) || inside(s, a, r))) {
					if (refused(s, a, w)) {
						return "12";
					}
					if (!mutual) {
						return null; // R1, R4: 08 both ways between the parties once both have agreed
					}
					return "08";
				}
			}
		}
		return null;
	}

	/**
	 * Whether the path up from token {@code a} may go on: a noun, the truce word itself, or a clause that modifies a
	 * noun ("an agreement providing for", "deals to pause"); not a verb's complement clause ("agreed to discuss a
	 * truce") nor another event noun ("talks on a truce").
	 */
	private static boolean passes(ParsedSentence s, int a, EventWords w) {
		String l = lower(s, a);
		if (w.in("coop-truce", l) || w.in("coop-accord", l)) {
			return true;
		}
		if (noun(s, a)) {
			return w.nominal(l) == null;
		}
		return s.deprel(a).startsWith("acl");
	}

	/** Whether a refusal word governs token {@code a} within two heads ("the refusal to agree to a truce"). */
	private static boolean refused(ParsedSentence s, int a, EventWords w) {
		int up = s.head(a);
		for (int step = 0; step < 2 && up >= 0; step++) {
			if (w.in("coop-refuse", lower(s, up))) {
				return true;
			}
			up = s.head(up);
		}
		return false;
	}

	/**
	 * Whether a mention of {@code name} in {@code s} hangs, within two heads, on a word that makes it the broker or
	 * proposer of the deal ("with the mediation of X", "a plan proposed by X"): DECISIONS.md R4 gives 08 only between
	 * the parties, and the broker 04.
	 */
	private static boolean broker(ParsedSentence s, String name, DocActors actors, EventWords w) {
		for (ActorMention m : actors.mentions()) {
			if (!m.actor().name().equals(name) || m.begin() < s.start(0) || m.end() > s.end(s.size() - 1)) {
				continue;
			}
			for (int t = 0; t < s.size(); t++) {
				if (s.start(t) < m.begin() || s.end(t) > m.end()) {
					continue;
				}
				int up = s.head(t);
				for (int step = 0; step < 2 && up >= 0; step++) {
					if (w.in("coop-broker", lower(s, up))) {
						return true;
					}
					up = s.head(up);
				}
			}
		}
		return false;
	}
}
