package org.sourcebench.extract.actors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A name the text gives an actor as its other name is that actor (mechanism {@code actors.aliases}; GUIDELINES.md: one
 * actor per entity, its other names as mentions): "Mohamed Hamdan Dagalo, also known as Hemedti", "X (formerly
 * Twitter)", "X, the social media platform formerly known as Twitter", "Jose Adolfo Macias, aka “Fito”". The actor
 * named right before the alias phrase takes the other name: an actor the readers made of it is merged in (with all its
 * mentions), and a name no reader took becomes a mention, as does each later use of it no other actor holds. Runs at
 * the end of the parse readers. Stateless.
 */
final class Aliases {

	private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*";
	/** ", also known as " / " (formerly " / ", the social media platform formerly known as "; group 1 the alias. */
	private static final Pattern ALIAS = Pattern.compile("(?:, | \\()(?:the (?:[a-z-]+ ){0,4})?(?:(?:formerly|previously"
			+ "|also|better|otherwise|popularly|widely) known as|formerly called|also called|formerly|aka|a\\.k\\.a\\.)"
			+ " [\"\u201c]?(" + WORD + "(?: " + WORD + "){0,3})(?=[)\",.;\u201d]| --| \u2014| \u2013)");

	private Aliases() {
	}

	static void read(String t, DocActors actors) {
		if (!Mechanisms.on("actors.aliases")) {
			return;
		}
		Matcher m = ALIAS.matcher(t);
		while (m.find()) {
			ActorMention before = endingAt(actors, m.start());
			int b = m.start(1);
			int e = m.end(1);
			ActorMention at = actors.at(b);
			if (before == null && at != null && at.begin() == b && !DocActor.isUnnamed(at.actor().name())) {
				int r = runBefore(t, m.start());
				if (r >= 0 && !actors.overlaps(r, m.start())) {
					actors.mention(at.actor(), r, m.start()); // "via X, formerly known as Twitter": X is Twitter
					Mechanisms.fired("actors.aliases", 1);
				}
				continue;
			}
			if (before == null || DocActor.isUnnamed(before.actor().name())) {
				continue;
			}
			DocActor into = before.actor();
			String alias = t.substring(b, e);
			if (at != null) {
				if (at.begin() == b && at.actor() != into && !DocActor.isUnnamed(at.actor().name())
						&& (at.actor().kind() == ActorKind.STATE) == (into.kind() == ActorKind.STATE)) {
					actors.absorb(at.actor(), into);
					Mechanisms.fired("actors.aliases", 1);
				}
				continue;
			}
			if (alias.endsWith(".") && !alias.contains(" ")) {
				alias = alias.substring(0, alias.length() - 1);
				e--;
			}
			actors.mention(into, b, e);
			Mechanisms.fired("actors.aliases", 1);
			TaggedBodies.standingAlone(t, e, alias, into, actors);
		}
	}

	/** The start of the one to three capitalised words that end at {@code end}, or -1. */
	private static int runBefore(String t, int end) {
		int start = -1;
		int i = end;
		for (int n = 0; n < 3 && i > 0; n++) {
			int w = i;
			while (w > 0 && !Character.isWhitespace(t.charAt(w - 1))) {
				w--;
			}
			if (w == i || !Character.isUpperCase(t.charAt(w)) || !t.substring(w, i).chars().allMatch(Character::isLetter)) {
				break;
			}
			start = w;
			if (w == 0 || t.charAt(w - 1) != ' ') {
				break;
			}
			i = w - 1;
		}
		return start;
	}

	/** The mention ending at {@code offset} (closing quotes aside), or null. */
	private static ActorMention endingAt(DocActors actors, int offset) {
		for (ActorMention a : actors.mentions()) {
			if (a.end() == offset) {
				return a;
			}
		}
		return null;
	}
}
