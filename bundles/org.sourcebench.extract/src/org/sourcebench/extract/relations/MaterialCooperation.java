package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Material cooperation the readers miss or code as verbal (sixteenth session, the cooperation roots):
 * <ul>
 * <li>{@code relations.reciprocal-acts}: a verb of exchange ({@code event-words.tsv} class "reciprocal": exchange,
 * swap, trade) whose dictionary code is cooperative (03-08) is done by each side to the other: "Russia and Ukraine
 * exchanged 115 prisoners" relates the two both ways (0841), as the guidelines enter exchanges; a prisoner "swap" is
 * a mutual event noun of root 08 ({@code noun-events.tsv}).</li>
 * <li>{@code relations.military-cooperation}: exercises and drills are mutual event nouns of root 06
 * ({@code noun-events.tsv}), their parties named by "involving X, Y and Z" or a hyphenated pair ("a US-South Korea
 * military drill"), not by an event to come ("upcoming exercises", "an exercise that will involve"); cooperation (05) that a military modifier qualifies ("military cooperation between X and Y") or
 * whose side is an armed actor ("the Arakan Army, in collaboration with the PDF") is military cooperation, 06.</li>
 * <li>{@code relations.truce-deals}: an agreement (05) that a truce noun qualifies ("a ceasefire agreement between X
 * and Y", "reached a truce deal") is the truce, 08 (DECISIONS.md R1: agreed truces both ways); an agreement or truce
 * a participle's agents conclude names them as its parties ("the cease-fire agreed by X and Y").</li>
 * <li>{@code relations.armed-backing}: support or backing (05) given by or to an armed actor (an armed group or a
 * military) is material support, 07 ("the Polisario Front, which is supported by Algeria"; the guidelines' split:
 * "backing ... militarily" 07).</li>
 * </ul>
 * Stateless.
 */
final class MaterialCooperation {

	static final String RECIPROCAL = "relations.reciprocal-acts";
	static final String MILITARY = "relations.military-cooperation";
	static final String TRUCES = "relations.truce-deals";
	static final String ARMED_BACKING = "relations.armed-backing";

	private MaterialCooperation() {
	}

	/**
	 * Whether the verb {@code lemma} coded {@code code} is done by each side to the other: an exchange verb with a
	 * cooperative code (roots 03-08).
	 */
	static boolean reciprocal(EventWords w, String lemma, String code) {
		if (!Mechanisms.on(RECIPROCAL) || code.length() < 2 || !w.in("reciprocal", lemma)) {
			return false;
		}
		String root = code.substring(0, 2);
		if (root.compareTo("03") < 0 || root.compareTo("08") > 0) {
			return false;
		}
		Mechanisms.fired(RECIPROCAL, 1);
		return true;
	}

	/**
	 * The parties a participle names of mutual event noun {@code n} ("exercises involving X, Y and Z"): the
	 * participle's object and its conjuncts; empty when none or when fewer than two.
	 */
	static List<Integer> involving(ParsedSentence s, int n) {
		if (!Mechanisms.on(MILITARY)) {
			return List.of();
		}
		EventWords w = EventWords.get();
		for (int c : s.children(n, "amod")) {
			if (w.in("prospective", Recoding.lemma(s, c)) || w.in("prospective", s.word(c).toLowerCase(Locale.ROOT))) {
				return List.of(); // "upcoming exercises involving X and Y"
			}
		}
		List<Integer> out = new ArrayList<>();
		for (int c : s.children(n, "acl")) {
			String l = Recoding.lemma(s, c);
			if (c > n && (l.equals("involve") || l.equals("include")) && !w.modalOn(s, c)) {
				for (int o : s.children(c, "obj")) {
					EventCoder.Clause.withConj(s, o, out);
				}
			}
		}
		return out.size() > 1 ? out : List.of();
	}

	/**
	 * The parties a participle's agents name of an agreement or truce noun {@code n} whose code is {@code code} ("the
	 * cease-fire agreed by X and Y", "the memorandum signed by X and Y"): a participle of a verb of class "light"
	 * (agree, sign, reach ...) after the noun with at least two agents; empty when none.
	 */
	static List<Integer> concludedBy(ParsedSentence s, int n, String code, EventWords w) {
		if (!Mechanisms.on(TRUCES) || !(code.startsWith("05") || code.startsWith("08"))) {
			return List.of();
		}
		for (int c : s.children(n, "acl")) {
			if (c > n && w.in("light", Recoding.lemma(s, c))) {
				List<Integer> agents = new EventCoder.Clause(s, c).agents;
				if (agents.size() > 1) {
					Mechanisms.fired(TRUCES, 1);
					return agents;
				}
			}
		}
		return List.of();
	}

	/**
	 * The event noun {@code n} ends when the tokenizer split a hyphenated event word ("cease", "-", "fire": the
	 * nominal "cease-fire"); null when none.
	 */
	static EventWords.Nominal hyphenated(ParsedSentence s, int n, EventWords w) {
		if (n < 2 || !s.word(n - 1).equals("-") || s.end(n - 2) != s.start(n - 1) || s.end(n - 1) != s.start(n)
				|| !Mechanisms.on(TRUCES)) {
			return null;
		}
		return w.nominal((s.word(n - 2) + "-" + s.word(n)).toLowerCase(Locale.ROOT));
	}

	/**
	 * Two actors joined by a hyphen in front of event noun {@code n} whose second name has more than one word ("a
	 * US-South Korea drill": "US", "-", "South", "Korea"): their tokens, or empty.
	 */
	static List<Integer> hyphenPair(ParsedSentence s, int n, DocActors actors) {
		if (!Mechanisms.on(MILITARY)) {
			return List.of();
		}
		for (int c : s.children(n, "compound")) {
			var second = c < n ? actors.at(s.start(c)) : null;
			if (second == null) {
				continue;
			}
			int i = c;
			while (i > 0 && s.start(i - 1) >= second.begin()) {
				i--; // the first token of the second name
			}
			if (i == c || i < 2 || !s.word(i - 1).equals("-") || s.end(i - 2) != s.start(i - 1)
					|| s.end(i - 1) != s.start(i)) {
				continue;
			}
			var first = actors.at(s.start(i - 2));
			if (first != null && first.actor() != second.actor()) {
				return List.of(i - 2, c);
			}
		}
		return List.of();
	}

	/**
	 * Recodes to 06 the cooperation relationships (05) of {@code out} that are military, to 07 the support of or by
	 * armed actors, and to 08 the agreements (05) that are truces.
	 */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		EventWords w = EventWords.get();
		if (Mechanisms.on(MILITARY)) {
			Recoding.apply(sentences, out, MILITARY, r -> r.root().equals("05"),
					(s, r) -> s != null && military(s, r, actors, w) ? "06" : null);
		}
		if (Mechanisms.on(ARMED_BACKING)) {
			Recoding.apply(sentences, out, ARMED_BACKING, r -> r.root().equals("05"),
					(s, r) -> s != null && backing(s, r, actors, w)
							&& (armed(actors, r.from()) || armed(actors, r.to())) ? "07" : null);
		}
		if (Mechanisms.on(TRUCES)) {
			Recoding.apply(sentences, out, TRUCES, r -> r.root().equals("05"),
					(s, r) -> s != null && truce(s, r, w) ? "08" : null);
		}
	}

	/**
	 * Whether the evidence of {@code r} holds an agreement noun (a nominal of root 05 that is no cooperation noun)
	 * that a truce noun (a nominal of root 08) qualifies: "a ceasefire agreement between X and Y", "the truce deal", "an agreement providing for a ceasefire".
	 */
	private static boolean truce(ParsedSentence s, ExtractedRelationship r, EventWords w) {
		for (int t = 0; t < s.size(); t++) {
			String l = Recoding.lemma(s, t);
			EventWords.Nominal nominal = w.nominal(l);
			if (!Recoding.inEvidence(s, t, r) || nominal == null || !nominal.code().startsWith("05")
					|| w.in("cooperation", l)) {
				continue;
			}
			for (int c : s.children(t)) {
				if ((s.deprel(c).equals("compound") || s.deprel(c).equals("amod")) && c < t && truceNoun(s, c, w)) {
					return true;
				}
				if (s.deprel(c).equals("acl") && c > t) { // "an agreement providing for a ceasefire"
					for (int o : s.children(c)) {
						if ((s.deprel(o).equals("obj") || s.deprel(o).equals("obl")) && truceNoun(s, o, w)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether the evidence of {@code r} holds a cooperation word (a noun of class "cooperation", the verbs cooperate
	 * and collaborate) that a military word modifies or whose relationship has an armed side, and no agreement noun
	 * (signing an agreement on security cooperation is an agreement, 05).
	 */
	private static boolean military(ParsedSentence s, ExtractedRelationship r, DocActors actors, EventWords w) {
		boolean cooperation = false;
		boolean modified = false;
		for (int t = 0; t < s.size(); t++) {
			if (!Recoding.inEvidence(s, t, r)) {
				continue;
			}
			String l = Recoding.lemma(s, t);
			EventWords.Nominal nominal = w.nominal(l);
			if (nominal != null && nominal.code().startsWith("05") && !w.in("cooperation", l)) {
				return false; // an agreement, a deal
			}
			if (w.in("cooperation", l) || l.equals("cooperate") || l.equals("collaborate")) {
				cooperation = true;
				for (int c : s.children(t)) {
					modified |= (s.deprel(c).equals("amod") || s.deprel(c).equals("compound"))
							&& w.in("military", Recoding.lemma(s, c));
				}
			}
		}
		return cooperation && (modified || armed(actors, r.from()) || armed(actors, r.to()));
	}

	/**
	 * Whether the evidence of {@code r} holds a word of support (class "backing") outside every actor's name (not the
	 * "Support" of "Rapid Support Forces").
	 */
	private static boolean backing(ParsedSentence s, ExtractedRelationship r, DocActors actors, EventWords w) {
		for (int t = 0; t < s.size(); t++) {
			if (Recoding.inEvidence(s, t, r) && w.in("backing", Recoding.lemma(s, t)) && actors.at(s.start(t)) == null) {
				return true;
			}
		}
		return false;
	}

	private static boolean truceNoun(ParsedSentence s, int t, EventWords w) {
		EventWords.Nominal q = w.nominal(Recoding.lemma(s, t));
		return q != null && q.code().startsWith("08");
	}

	private static boolean armed(DocActors actors, String name) {
		for (DocActor a : actors.actors()) {
			if (a.name().equals(name)) {
				return a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.MILITARY;
			}
		}
		return false;
	}
}
