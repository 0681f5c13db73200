package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A title or description in a target's place that a person's name stands in apposition to ("spoke with the
 * President of Arnor, Dr. Aragorn", "met the envoy, Gandalf"): the target is that person
 * ({@code relations.target-person}), as the reader already takes it for a source. Stateless.
 */
final class TargetPerson {

	static final String NAME = "relations.target-person";

	private TargetPerson() {
	}

	/**
	 * The name in apposition to {@code h} when it names a person actor and {@code h} is no part of a person's name;
	 * else {@code h}.
	 */
	static int of(ParsedSentence s, int h, DocActors actors) {
		if (!Mechanisms.on(NAME) || "PERSON".equals(s.entity(h)) || !s.pos(h).equals("NOUN") && !s.pos(h).equals("PROPN")) {
			return h;
		}
		ActorMention own = actors.at(s.start(h));
		for (int a : s.children(h, "appos")) {
			ActorMention named = actors.at(s.start(a));
			if (a > h && s.pos(a).equals("PROPN") && named != null && named.actor().kind() == ActorKind.PERSON
					&& (own == null || own.actor() != named.actor())) {
				Mechanisms.fired(NAME, 1);
				return a;
			}
		}
		return h;
	}
}
