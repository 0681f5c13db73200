package org.sourcebench.extract.relations;

import java.util.List;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Conflict verbs read in their other senses ({@code relations.conflict-senses}): a fight (19) whose evidence holds
 * its conflict word only in a sense that is no use of force is recoded or dropped. "Struck a deal / an agreement
 * struck with X" concludes an agreement (the agreement readers enter it; the 19 is dropped); "fired the minister / was
 * fired by X" dismisses a person (dropped); "engage with X" consults X (040); "a verbal assault on X" criticises X
 * (111). Runs once at the end of the parse reader on every relationship, parse or word window. Stateless.
 */
final class ConflictSenses {

	static final String SWITCH = "relations.conflict-senses";

	private ConflictSenses() {
	}

	/** Recodes or removes the 19 relationships of {@code out} whose conflict word is used in another sense. */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on(SWITCH)) {
			return;
		}
		Recoding.apply(sentences, out, SWITCH, r -> r.root().equals("19"), (s, r) -> {
			String code = s == null ? "" : sense(s, r, actors);
			return code.isEmpty() ? null : code;
		});
	}

	/**
	 * The code of the evidence of {@code r} when every force word in it is used in another sense:
	 * {@link Recoding#DROP} to drop, a CAMEO code to recode; "" when some force word keeps its sense (or none is found).
	 */
	private static String sense(ParsedSentence s, ExtractedRelationship r, DocActors actors) {
		String code = "";
		for (int t = 0; t < s.size(); t++) {
			if (!Recoding.inEvidence(s, t, r) || !EventWords.get().in("force", Recoding.lemma(s, t))) {
				continue;
			}
			String other = other(s, t, actors);
			if (other.isEmpty()) {
				return ""; // a force word in its own sense
			}
			code = code.isEmpty() || code.equals(Recoding.DROP) ? other : code;
		}
		return code;
	}

	/**
	 * The other sense of the force word at {@code t}: {@link Recoding#DROP} (no relationship), a code, or "" (its own
	 * sense).
	 */
	private static String other(ParsedSentence s, int t, DocActors actors) {
		EventWords words = EventWords.get();
		String l = Recoding.lemma(s, t);
		List<Integer> patients = s.children(t, "obj");
		if (patients.isEmpty()) {
			patients = s.children(t, "nsubj:pass");
		}
		if (l.equals("strike")) {
			if (s.deprel(t).startsWith("acl") && s.head(t) >= 0 && words.in("deal", Recoding.lemma(s, s.head(t)))
					|| t > 0 && words.in("deal", Recoding.lemma(s, t - 1)) && s.children(t, "obj").isEmpty()) {
				return Recoding.DROP; // "an agreement struck with X"
			}
			for (int p : patients) {
				if (words.in("deal", Recoding.lemma(s, p))) {
					return Recoding.DROP; // "struck a deal with X"
				}
			}
		} else if (l.equals("fire") && s.pos(t).equals("VERB")) {
			for (int c : s.children(t, "obl")) {
				String prep = EventCoder.Clause.caseWord(s, c);
				if (prep.equals("on") || prep.equals("at") || prep.equals("upon")) {
					return "";
				}
			}
			for (int p : patients) {
				ActorMention m = actors.at(s.start(p));
				if (m != null && m.actor().kind() == ActorKind.PERSON || words.in("post", Recoding.lemma(s, p))) {
					return Recoding.DROP; // "fired the minister", "X was fired by Y"
				}
			}
		} else if (l.equals("engage") && s.pos(t).equals("VERB")) {
			for (int c : s.children(t, "obl")) {
				if (EventCoder.Clause.caseWord(s, c).equals("with")) {
					return "040"; // "continued to engage with X"
				}
			}
		} else if (l.equals("assault") || l.equals("attack")) {
			for (int c : s.children(t, "amod")) {
				if (words.in("verbal", Recoding.lemma(s, c))) {
					return "111"; // "a verbal assault on X"
				}
			}
		}
		return "";
	}
}
