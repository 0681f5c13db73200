package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A title with a person's name in apposition is that person ({@code relations.titled-names}), as a side of a verbal,
 * consultative or diplomatic event (CAMEO roots 01-05, 10-13 and 16): "spoke with the President of Guyana, Dr.
 * Irfaan Ali", "hosted his Azerbaijani counterpart Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan". The
 * phrase's head is a title or role word of titles.tsv or "counterpart" (no person entity of the tagger), its
 * apposition a proper name that mentions a person actor; the side is that person and the persons coordinated with
 * it, not the country or body the title's modifiers name, nor the person an earlier sentence gave the bare title to.
 * (Any noun head, "the delegation, X", lost two right relations on select.) Stateless.
 */
final class TitledNames {

	/** The switch. */
	static final String NAME = "relations.titled-names";

	private TitledNames() {
	}

	/** Whether the switch is on and {@code code} is of the verbal, consultative and diplomatic roots. */
	static boolean applies(String code) {
		if (!Mechanisms.on(NAME) || code.length() < 2) {
			return false;
		}
		int root = ParsedRelationReader.root(code);
		return root <= 5 || root >= 10 && root <= 13 || root == 16;
	}

	/**
	 * The tokens of the persons named in apposition to the title head {@code h} (the apposition and its conjuncts
	 * that mention persons), or empty when {@code h} is no title head or has no such apposition.
	 */
	static List<Integer> names(ParsedSentence s, int h, DocActors actors) {
		if (!titleHead(s, h, actors)) {
			return List.of();
		}
		for (int a : s.children(h, "appos")) {
			ActorMention first = person(s, a, actors);
			if (a < h || first == null) {
				continue;
			}
			List<Integer> out = new ArrayList<>();
			EventCoder.Clause.withConj(s, a, out);
			out.removeIf(k -> person(s, k, actors) == null);
			Mechanisms.fired(NAME, 1);
			return out;
		}
		return List.of();
	}

	/**
	 * A title or role word of titles.tsv (or "counterpart") heading the phrase, no part of a person's name, that names
	 * no body or state by itself.
	 */
	private static boolean titleHead(ParsedSentence s, int h, DocActors actors) {
		String pos = s.pos(h);
		if (!(pos.equals("NOUN") || pos.equals("PROPN")) || "PERSON".equals(s.entity(h))) {
			return false;
		}
		if (!titleWord(s.word(h))) {
			return false; // "the delegation, X": only a title or role word stands for its holder
		}
		ActorMention own = actors.at(s.start(h));
		// a mention of a body or state on the head ("the Foreign Ministry, ...") is a side of its own
		return own == null || own.actor().kind() == ActorKind.PERSON && own.end() <= s.end(h);
	}

	/** The person actor mentioned at token {@code t}, a proper name, or null. */
	private static ActorMention person(ParsedSentence s, int t, DocActors actors) {
		if (!s.pos(t).equals("PROPN")) {
			return null;
		}
		ActorMention m = actors.at(s.start(t));
		return m != null && m.actor().kind() == ActorKind.PERSON ? m : null;
	}

	/** Whether {@code w} is a title of titles.tsv ("President", "envoy", "prince") or "counterpart(s)". */
	private static boolean titleWord(String w) {
		String l = w.toLowerCase(Locale.ROOT);
		return l.equals("counterpart") || l.equals("counterparts") || ExtractionData.get().titles().isTitle(w);
	}
}
