package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A title with a person's name in apposition is that person ({@code relations.titled-names}), as a side of a verbal,
 * consultative or diplomatic event (CAMEO roots 01-05, 10-13 and 16): "spoke with the President of Guyana, Dr.
 * Irfaan Ali", "hosted his Azerbaijani counterpart Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan". The
 * phrase's head is a title or role word (a noun the tagger gives no person entity), its apposition a proper name
 * that mentions a person actor; the side is that person and the persons coordinated with it, not the country or body
 * the title's modifiers name, nor the person an earlier sentence gave the bare title to. Stateless.
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

	/** Plural possessives that stand for the parties of a mutual event ("their meeting", "our talks"). */
	private static final Set<String> PLURAL_POSSESSIVES = Set.of("their", "our");
	/** Prepositions of a time phrase whose event the clause's parties held ("during their meeting"). */
	private static final Set<String> TIME_CASES = Set.of("during", "after", "before", "following", "at", "in");
	/** Subject pronouns that may be a party of the event ("she told Chen during their meeting"). */
	private static final Set<String> PARTY_PRONOUNS = Set.of("he", "she", "they", "we", "i");
	/** The switch of {@link #possessiveParties}. */
	static final String POSSESSIVE_PARTIES = "relations.possessive-parties";

	/**
	 * The parties of a mutual event noun {@code n} (taken by its clause as {@code np}) whose only side is a plural
	 * possessive ("their", "our") and that stands in a time phrase of a verb ({@code relations.possessive-parties}):
	 * the verb's subjects, with its object or "to"/"with" phrase when there is one subject ("During their meeting on
	 * Monday, El-Sisi and Al Thani underlined"; "During their meeting in Baghdad, Ambassador Yildiz told Iraqi
	 * officials"; "Chen referred to Lai as 'you' during their meeting"). Empty unless two parties are found.
	 */
	static List<Integer> possessiveParties(ParsedSentence s, int n, int np, List<Integer> sources) {
		if (sources.size() != 1 || !Mechanisms.on(POSSESSIVE_PARTIES)
				|| !PLURAL_POSSESSIVES.contains(lower(s.word(sources.get(0))))
				|| !s.deprel(sources.get(0)).equals("nmod:poss")) {
			return List.of();
		}
		int h = s.head(np);
		if (h < 0 || !s.pos(h).equals("VERB") || !s.deprel(np).startsWith("obl")
				|| !TIME_CASES.contains(EventCoder.Clause.caseWord(s, np))) {
			return List.of();
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, h);
		if (frame.passive) {
			return List.of();
		}
		List<Integer> out = new ArrayList<>(frame.subjects);
		if (out.stream().anyMatch(k -> s.pos(k).equals("PRON") && !PARTY_PRONOUNS.contains(lower(s.word(k))))) {
			return List.of(); // "it marked ... following their conversation": the subject is no party
		}
		if (out.size() == 1) {
			out.addAll(frame.objects);
			for (int[] pp : frame.preps) {
				String prep = pp[0] < 0 ? "" : lower(s.word(pp[0]));
				if (out.size() == 1 && pp[1] != np && (prep.equals("to") || prep.equals("with"))) {
					out.add(pp[1]);
				}
			}
		}
		if (out.size() < 2) {
			return List.of();
		}
		Mechanisms.fired(POSSESSIVE_PARTIES, 1);
		return out;
	}

	/** A noun or capitalised title word that is no part of a person's name and names no person itself by its own. */
	private static boolean titleHead(ParsedSentence s, int h, DocActors actors) {
		String pos = s.pos(h);
		if (!(pos.equals("NOUN") || pos.equals("PROPN")) || "PERSON".equals(s.entity(h))) {
			return false;
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

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(java.util.Locale.ROOT);
	}
}
