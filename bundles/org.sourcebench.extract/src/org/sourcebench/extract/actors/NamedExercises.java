package org.sourcebench.extract.actors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A named military exercise is no actor (mechanism {@code actors.namedExercises}): a person or body no dictionary
 * named loses its mentions when one of them is framed as an exercise's name, by an exercise noun and a naming verb
 * before it ("a military exercise dubbed “Justice Mission 2025”"), by an exercise noun right after it, at most two
 * lower-case modifiers between ("The “Ulji Freedom Guardian” military exercise"), or by a copula that makes it one
 * ("The first, Iron Mace, is a U.S.–South Korea combined ... tabletop exercise", "The Ulchi Freedom Shield (UFS) by
 * Seoul and Washington is a “nuclear attack exercise”"). Word classes exercise-noun and name-giver of
 * actor-words.tsv. Runs after the parse readers, before the location reader. Stateless.
 */
public final class NamedExercises {

	/** Dictionary actors (confidence 0.9 and more) are never exercises here. */
	private static final double DICTIONARY = 0.9;
	private static final Pattern AFTER = Pattern.compile("^[\"\u201d']?(?: \\([A-Z]{2,6}\\))?((?: [a-z-]+){0,2}) ("
			+ ActorWords.get().alternation("exercise-noun") + ")\\b");
	private static final Pattern COPULA = Pattern.compile("^[\"\u201d']?(?: \\([A-Z]{2,6}\\))?(?:,| by(?: [A-Z][\\w.-]*"
			+ "| and){1,4}) (?:is|was|will be|would be) (?:a|an|the)\\b((?:[^.;:!?]|\\.(?=\\S)){0,100}?)\\b("
			+ ActorWords.get().alternation("exercise-noun") + ")\\b");
	private static final Pattern BEFORE = Pattern.compile("\\b(?:" + ActorWords.get().alternation("exercise-noun")
			+ "),? (?:" + ActorWords.get().alternation("name-giver") + ") [\"\u201c']?$");
	private static final int WINDOW = 160;
	private static final int MAX_WORDS = 10;

	private NamedExercises() {
	}

	public static void drop(String t, DocActors actors) {
		if (!Mechanisms.on("actors.namedExercises")) {
			return;
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.name().startsWith(DocActor.UNNAMED) || !a.offices().isEmpty() || a.confidence() >= DICTIONARY
					|| a.kind() != ActorKind.PERSON && a.kind() != ActorKind.ORGANISATION
							&& a.kind() != ActorKind.MEDIA) {
				continue;
			}
			List<ActorMention> ms = actors.mentions().stream().filter(m -> m.actor() == a).toList();
			if (!ms.isEmpty() && ms.stream().anyMatch(m -> framed(t, m))) {
				ms.forEach(actors::remove);
				Mechanisms.fired("actors.namedExercises", 1);
			}
		}
	}

	/** Whether the mention is framed as an exercise's name. */
	static boolean framed(String t, ActorMention m) {
		if (!Character.isUpperCase(t.charAt(m.begin()))) {
			return false;
		}
		String after = t.substring(m.end(), Math.min(t.length(), m.end() + WINDOW));
		Matcher x = AFTER.matcher(after);
		if (x.find() && !x.group(1).contains(" and") && !x.group(1).contains(" or")) {
			return true;
		}
		x = COPULA.matcher(after);
		if (x.find() && x.group(1).trim().split("\\s+").length < MAX_WORDS) {
			return true;
		}
		return BEFORE.matcher(t.substring(Math.max(0, m.begin() - 40), m.begin())).find();
	}
}
