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
		Set<String> keys = new HashSet<>();
		out.forEach(r -> keys.add(r.from() + "|" + r.to() + "|" + r.root()));
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			if (!r.root().equals("19")) {
				continue;
			}
			ParsedSentence s = sentenceOf(sentences, r.evidence().begin());
			String code = s == null ? "" : sense(s, r.evidence().begin(), r.evidence().end(), actors);
			if (code.isEmpty()) {
				continue;
			}
			Mechanisms.fired(SWITCH, 1);
			if (code.equals("-") || !keys.add(r.from() + "|" + r.to() + "|" + code.substring(0, 2))) {
				out.remove(i);
			} else {
				out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
			}
		}
	}

	/**
	 * The code of the evidence {@code [b, e)} when every force word in it is used in another sense: "-" to drop, a
	 * CAMEO code to recode; "" when some force word keeps its sense (or none is found).
	 */
	private static String sense(ParsedSentence s, int b, int e, DocActors actors) {
		String code = "";
		for (int t = 0; t < s.size(); t++) {
			if (s.start(t) < b || s.end(t) > e || !EventWords.get().force(lemma(s, t))) {
				continue;
			}
			String other = other(s, t, actors);
			if (other.isEmpty()) {
				return ""; // a force word in its own sense
			}
			code = code.isEmpty() || code.equals("-") ? other : code;
		}
		return code;
	}

	/** The other sense of the force word at {@code t}: "-" (no relationship), a code, or "" (its own sense). */
	private static String other(ParsedSentence s, int t, DocActors actors) {
		EventWords words = EventWords.get();
		String l = lemma(s, t);
		List<Integer> patients = s.children(t, "obj");
		if (patients.isEmpty()) {
			patients = s.children(t, "nsubj:pass");
		}
		if (l.equals("strike")) {
			if (s.deprel(t).startsWith("acl") && s.head(t) >= 0 && words.deal(lemma(s, s.head(t)))
					|| t > 0 && words.deal(lemma(s, t - 1)) && s.children(t, "obj").isEmpty()) {
				return "-"; // "an agreement struck with X"
			}
			for (int p : patients) {
				if (words.deal(lemma(s, p))) {
					return "-"; // "struck a deal with X"
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
				if (m != null && m.actor().kind() == ActorKind.PERSON || words.post(lemma(s, p))) {
					return "-"; // "fired the minister", "X was fired by Y"
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
				if (words.verbal(lemma(s, c))) {
					return "111"; // "a verbal assault on X"
				}
			}
		}
		return "";
	}

	private static String lemma(ParsedSentence s, int t) {
		return s.lemma(t).toLowerCase(Locale.ROOT);
	}

	private static ParsedSentence sentenceOf(List<ParsedSentence> sentences, int offset) {
		for (ParsedSentence s : sentences) {
			if (s.size() > 0 && s.start(0) <= offset && offset < s.end(s.size() - 1)) {
				return s;
			}
		}
		return null;
	}
}
