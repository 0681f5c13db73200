package org.sourcebench.extract.claims;

import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A possessor before a named speaker ("Uganda's president Yoweri Museveni", "Kenya's Ruto", "the leader's sister
 * Jane Doe") modifies the name: the speaker is the head of the phrase, the person named after the possessive, not
 * the state, body or person before it (GUIDELINES: a named officer speaks for himself; DECISIONS A2: the body
 * appears only in the title). Switch {@code claims.possessive-head}.
 */
final class PossessiveHead {

	/** Words that end a noun phrase between a possessive and a name: prepositions, conjunctions, determiners. */
	private static final Set<String> BREAKS = breaks();
	private static final int MAX_WORDS = 4;

	private PossessiveHead() {
	}

	private static Set<String> breaks() {
		Set<String> s = new java.util.HashSet<>(ClaimWords.get().list("preposition"));
		s.addAll(ClaimWords.get().determiners);
		s.addAll(Set.of("and", "or", "but", "as", "who", "which", "that", "was", "is", "has", "had", "said"));
		return Set.copyOf(s);
	}

	/**
	 * The gap between two actor mentions without a possessive ending opening it ("’s president " → " president "),
	 * so that the title chain of a subject phrase passes over it; the gap unchanged when the switch is off or there is
	 * none.
	 */
	static String afterPossessive(String gap) {
		if (!isPossessive(gap) || !Mechanisms.on("claims.possessive-head")) {
			return gap;
		}
		return gap.substring(2);
	}

	/**
	 * Whether {@code gap} joins a possessor to the person {@code next} it qualifies: a possessive, then at most
	 * {@value #MAX_WORDS} plain words of a title or relation ("’s former president ", "’s sister ") and nothing that
	 * ends a noun phrase.
	 */
	static boolean possessedPerson(String gap, ActorKind next) {
		if (next != ActorKind.PERSON || !isPossessive(gap) || !Mechanisms.on("claims.possessive-head")) {
			return false;
		}
		String rest = gap.substring(2).trim();
		if (rest.isEmpty()) {
			return true;
		}
		String[] ws = rest.split(" ");
		if (ws.length > MAX_WORDS) {
			return false;
		}
		for (String w : ws) {
			if (!w.matches("[A-Za-z-]+") || BREAKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPossessive(String gap) {
		return gap.startsWith("'s ") || gap.startsWith("\u2019s ");
	}
}
