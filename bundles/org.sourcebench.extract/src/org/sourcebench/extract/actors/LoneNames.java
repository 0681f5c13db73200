package org.sourcebench.extract.actors;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * What a lone capitalised word names when a later stage (a speaker or an event side read on the parse) is about to
 * make an actor of it:
 * <ul>
 * <li>(mechanism {@code actors.loneVariants}) the document's person whose last name it spells another way
 * ("Zelenskyy" for "Zelenskiy", "Erodgan" for "Erdogan": the spelling key of {@link PersonNames#spelling} equal, or
 * one letter changed, added, dropped or two swapped in a name of five letters or more that opens with the same
 * letter), when exactly one person fits;</li>
 * <li>(mechanism {@code actors.dateWords}) nothing, for a weekday ("warned on Thursday"): a day is no
 * actor (actor-words class "date-word").</li>
 * </ul>
 * Stateless.
 */
public final class LoneNames {

	private LoneNames() {
	}

	/** Whether {@code word} is a weekday, which never names an actor by itself. */
	public static boolean isDate(String word) {
		boolean date = Mechanisms.on("actors.dateWords") && ActorWords.get().is("date-word", word);
		if (date) {
			Mechanisms.fired("actors.dateWords", 1);
		}
		return date;
	}

	/** The one person of {@code actors} whose last name {@code word} spells another way, or null. */
	public static DocActor person(DocActors actors, String word) {
		if (!Mechanisms.on("actors.loneVariants") || word.contains(" ") || word.length() < 4
				|| !Character.isUpperCase(word.charAt(0))) {
			return null;
		}
		String key = PersonNames.spelling(word);
		DocActor found = null;
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.PERSON || a.spans().isEmpty()) {
				continue;
			}
			String last = PersonNames.spelling(NameRun.lastWord(a.name()));
			if (last.equals(key) || key.length() >= 5 && last.length() >= 5 && last.charAt(0) == key.charAt(0)
					&& oneEditApart(last, key)) {
				if (found != null && found != a) {
					return null; // two people fit: no guess
				}
				found = a;
			}
		}
		if (found != null) {
			Mechanisms.fired("actors.loneVariants", 1);
		}
		return found;
	}

	/** One substitution, insertion, deletion or swap of neighbours turns {@code a} into {@code b}. */
	static boolean oneEditApart(String a, String b) {
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true; // one letter changed
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2)); // two letters swapped
		}
		String longer = a.length() > b.length() ? a : b;
		String shorter = a.length() > b.length() ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}
}
