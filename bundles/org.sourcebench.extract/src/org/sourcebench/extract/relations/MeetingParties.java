package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Who the parties of a meeting are, and which way it runs ({@code relations.meeting-parties}), as the annotators enter
 * them:
 * <ul>
 * <li>Hosting runs one way (study gold: all 11 consultations stated by hosting are entered host to guest): hosting
 * (CAMEO 043, the verb "host") is the host's act toward its guest ("X hosted Y": X to Y), not the mutual meeting the
 * dictionary's 043 makes of it. (Gold enters visits, 042, both ways, 16 of 17; mirroring the engine's visits added
 * seven wrong relations for one right on study, so they keep their one way.)</li>
 * <li>The word-window reader's agent of a mutual event word whose targets are its "between" phrase ("Turkey has hosted
 * a series of talks between Ethiopia and Somalia", "the UN welcomed talks between X and Y") is no party of it: the
 * parties meet each other, and what the agent does toward them its own verb tells.</li>
 * <li>A mutual event noun whose only side is "their" or "our" in a time phrase of a clause was held by the clause's
 * parties ("During their meeting on Monday, El-Sisi and Al Thani underlined ..."; "During their meeting in Baghdad,
 * Ambassador Yildiz told Iraqi officials ...").</li>
 * </ul>
 * Stateless.
 */
final class MeetingParties {

	/** The switch. */
	static final String NAME = "relations.meeting-parties";
	/** The event word, at most three more words, "between" (and an article) before the first target. */
	private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile(
			"\\S*(?:\\s+\\S+){0,3}?\\s+between\\s+(?:the\\s+)?");
	/** Plural possessives that stand for the parties of a mutual event ("their meeting", "our talks"). */
	private static final Set<String> PLURAL_POSSESSIVES = Set.of("their", "our");
	/** Prepositions of a time phrase whose event the clause's parties held ("during their meeting"). */
	private static final Set<String> TIME_CASES = Set.of("during", "after", "before", "following", "at", "in");
	/** Subject pronouns that may be a party of the event ("she told Chen during their meeting"). */
	private static final Set<String> PARTY_PRONOUNS = Set.of("he", "she", "they", "we", "i");

	private MeetingParties() {
	}

	/**
	 * Whether an event of {@code code} anchored at a word of lemma {@code lemma}, which the tables make mutual or not
	 * ({@code symmetric}), is entered in both directions.
	 */
	static boolean mirrored(String code, String lemma, boolean symmetric) {
		if (!symmetric || !Mechanisms.on(NAME) || !(code.startsWith("043") || "host".equals(lemma))) {
			return symmetric;
		}
		Mechanisms.fired(NAME, 1);
		return false;
	}

	/**
	 * Whether the targets of a mutual event word starting at {@code trigger} are its "between" phrase ("talks between
	 * Y and Z", "talks held between Y and Z"; {@code first} the first target's start): then the word's agent before it
	 * is no party, and the parties meet each other.
	 */
	static boolean between(String text, int trigger, int first) {
		if (!Mechanisms.on(NAME) || first <= trigger || first - trigger > 80
				|| !BETWEEN.matcher(text).region(trigger, first).matches()) {
			return false;
		}
		Mechanisms.fired(NAME, 1);
		return true;
	}

	/**
	 * The parties of a mutual event noun {@code n} (taken by its clause as {@code np}) whose only side is a plural
	 * possessive ("their", "our") and that stands in a time phrase of a verb :
	 * the verb's subjects, with its object or "to"/"with" phrase when there is one subject ("During their meeting on
	 * Monday, El-Sisi and Al Thani underlined"; "During their meeting in Baghdad, Ambassador Yildiz told Iraqi
	 * officials"; "Chen referred to Lai as 'you' during their meeting"). Empty unless two parties are found.
	 */
	static List<Integer> possessiveParties(ParsedSentence s, int n, int np, List<Integer> sources) {
		if (sources.size() != 1 || !Mechanisms.on(NAME)
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
		Mechanisms.fired(NAME, 1);
		return out;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(java.util.Locale.ROOT);
	}
}
