package org.sourcebench.extract.actors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * A quoted nickname inside a personal name ("Carlos “El Gordo” Ruiz Mena"): one person, named by the name without the
 * nickname ("Carlos Ruiz Mena"), with the whole phrase and every later use of the nickname alone ("El Gordo") as
 * mentions. The readers before it may have taken the nickname and the surnames for two people; they become one.
 * Stateless.
 */
final class Nicknames {

	private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
	private static final Pattern NICKNAMED = Pattern.compile("\\b(" + WORD + "(?: " + WORD + ")?) [\"\u201c]("
			+ WORD + "(?: " + WORD + "){0,2})[\"\u201d] (" + WORD + "(?: " + WORD + "){0,2})");

	private Nicknames() {
	}

	static void read(String t, DocActors actors) {
		Matcher m = NICKNAMED.matcher(t);
		while (m.find()) {
			int begin = m.start(1);
			int end = m.end(3);
			if (!personOrNothingInside(actors, begin, end)) {
				continue; // "the “Free Syrian” Army": a quoted word inside a body's or a place's name
			}
			String name = m.group(1) + " " + m.group(3);
			String nick = m.group(2);
			DocActor person = actors.actor(name, ActorKind.PERSON, "", 0.6);
			for (ActorMention inside : actors.within(begin, end)) {
				if (inside.actor() != person) {
					actors.merge(inside.actor(), person);
				}
			}
			actors.within(begin, end).forEach(actors::remove);
			actors.mention(person, begin, end);
			for (int i : TextCursor.of(t).wordsBeforeNonLetter(nick, end)) {
				int e = i + nick.length();
				ActorMention at = actors.at(i);
				if (at == null) {
					actors.mention(person, i, e);
				} else if (at.actor().kind() == ActorKind.PERSON && at.begin() == i && at.end() == e) {
					actors.merge(at.actor(), person);
				}
			}
		}
	}

	/** Whether every mention inside {@code [begin, end)} is a person's and none reaches outside. */
	private static boolean personOrNothingInside(DocActors actors, int begin, int end) {
		for (ActorMention a : actors.mentions()) {
			if (a.begin() < end && begin < a.end()) {
				if (a.begin() < begin || a.end() > end || a.actor().kind() != ActorKind.PERSON) {
					return false;
				}
			}
		}
		return true;
	}
}
