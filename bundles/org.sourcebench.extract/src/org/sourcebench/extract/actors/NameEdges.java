package org.sourcebench.extract.actors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;

/**
 * A name a reader ran across a word boundary of the sentence loses what does not belong to it (mechanism
 * {@code actors.nameEdges}): a date after a preposition at its end ("US Department of State on July 16" is the US
 * Department of State; weekdays of class date-word, months of class month in actor-words.tsv) and capitalised words
 * before a lower-case "the" at its start ("Both the Somali Army", "in Kachin State the Burma Army launched": a
 * sentence opener or a place with its comma left out). The shortened mention joins the actor another mention of
 * which is written the same way, or an actor of that name; otherwise an actor named by the shortened name, of the
 * same kind, when the name was the mention's. Runs at the end of the parse readers. Stateless.
 */
final class NameEdges {

	private static final Pattern TRAILING_DATE = Pattern.compile(
			"^(.*\\S) (?:on|last|this|next|since|until|by|early|late|in) (\\p{L}+)$");
	private static final Pattern LEADING_WORDS = Pattern.compile(
			"^\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)* the (\\p{Lu}.*)$");

	private NameEdges() {
	}

	static void fix(String t, DocActors actors) {
		if (!Mechanisms.on("actors.nameEdges")) {
			return;
		}
		for (ActorMention m : List.copyOf(actors.mentions())) {
			if (DocActor.isUnnamed(m.actor().name())) {
				continue;
			}
			String text = t.substring(m.begin(), m.end());
			int b = m.begin();
			int e = m.end();
			Matcher x = TRAILING_DATE.matcher(text);
			if (x.matches() && (ActorWords.get().is("date-word", x.group(2)) || ActorWords.get().is("month", x.group(2)))
					&& Character.isUpperCase(x.group(2).charAt(0))) {
				e = b + x.end(1);
			}
			x = LEADING_WORDS.matcher(t.substring(b, e));
			if (x.matches()) {
				b += x.start(1);
			}
			if (b == m.begin() && e == m.end()) {
				continue;
			}
			String shorter = t.substring(b, e);
			DocActor into = holder(t, actors, shorter);
			if (into == null) {
				into = m.actor().name().equals(text)
						? actors.actor(shorter, m.actor().kind(), m.actor().iso(), m.actor().confidence())
						: m.actor();
			}
			actors.remove(m);
			actors.mention(into, b, e);
			Mechanisms.fired("actors.nameEdges", 1);
		}
	}

	/** The actor one of whose mentions is written {@code name}, or the actor of that name; null when none. */
	private static DocActor holder(String t, DocActors actors, String name) {
		for (ActorMention o : actors.mentions()) {
			if (o.end() - o.begin() == name.length() && t.startsWith(name, o.begin())) {
				return o.actor();
			}
		}
		DocActor named = actors.byName(name);
		return named != null && !named.spans().isEmpty() ? named : null;
	}
}
