package org.sourcebench.extract.relations;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * An agreement is cooperation (05) when it is signed (switch {@code relations.signed-deals}; DECISIONS.md R4: "a
 * signed agreement, MoU or inking a deal is 05 both ways"): a noun naming an accord or a partnership ("the agreement
 * between X and Y", "X's cooperation with Y", "a treaty between X and Y") is no 05 event of its own unless a verb of
 * signing governs it ("X and Y signed a deal", "the accord was signed by X and Y"), it is said to be in force
 * ("the treaty between X and Y took effect"), it names a joint action ("in
 * cooperation with Y", read by {@link JointAction}) or a light verb carries the activity on ("continued their
 * cooperation"). Unsigned, it is left unasserted, so the word windows' reading of
 * it goes too. Stateless.
 */
final class SignedDeals {

	static final String NAME = "relations.signed-deals";

	/** Nouns naming an accord or a partnership between parties. */
	private static final Set<String> ACCORDS = Set.of("agreement", "treaty", "deal", "accord", "pact", "partnership",
			"cooperation", "memorandum", "alliance");
	/** Of those, the ones naming an activity, which a light verb asserts ("X and Y continued their cooperation"). */
	private static final Set<String> ACTIVITIES = Set.of("partnership", "cooperation");
	/** Verbs that conclude an accord. */
	private static final Set<String> SIGNING = Set.of("sign", "ink", "conclude", "seal", "clinch", "finalize",
			"finalise", "co-sign", "countersign");

	/** Nouns of a verb phrase saying that an accord applies ("took effect", "entered into force"). */
	private static final Set<String> IN_FORCE = Set.of("effect", "force");

	private SignedDeals() {
	}

	/**
	 * Whether the 05 event of the noun at {@code n} (lemma {@code lemma}, code {@code code}) names an unsigned accord;
	 * {@code light} tells a light verb's lemma.
	 */
	static boolean unsigned(ParsedSentence s, int n, String code, String lemma, Predicate<String> light) {
		if (!code.startsWith("05") || !s.pos(n).equals("NOUN") || !ACCORDS.contains(lower(lemma))
				|| !Mechanisms.on(NAME)) {
			return false;
		}
		if (EventCoder.Clause.caseWord(s, n).equals("in")) {
			return false; // "in cooperation with Y": a joint action
		}
		if (ACTIVITIES.contains(lower(lemma)) && s.head(n) >= 0 && s.deprel(n).equals("obj")
				&& light.test(lower(s.lemma(s.head(n))))) {
			return false; // "continued their cooperation": carried on, as any event a light verb reports
		}
		for (int h = s.head(n), guard = 0; h >= 0 && guard < 3; h = s.head(h), guard++) {
			if (SIGNING.contains(lower(s.lemma(h)))) {
				return false; // "signed a deal", "signed separate agreements", "signing of the treaty"
			}
			if (!s.deprel(h).equals("conj") && !s.deprel(h).startsWith("nmod") && !s.deprel(h).equals("compound")) {
				break;
			}
		}
		if (s.deprel(n).startsWith("nsubj") && s.head(n) >= 0) {
			for (int c : s.children(s.head(n))) {
				if (IN_FORCE.contains(lower(s.lemma(c))) && c != n) {
					return false; // "the agreement between X and Y took effect", "entered into force": concluded
				}
			}
		}
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("acl") && SIGNING.contains(lower(s.lemma(c)))) {
				return false; // "the agreement signed by X and Y"
			}
		}
		Mechanisms.fired(NAME, 1);
		return true;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
