package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A target described by a role that the sentence names in apposition ({@code relations.target-apposition}): "talked
 * with his Russian counterpart, Sergey Lavrov", "met the bloc's envoy, Maria Ortiz": the named actor, when the role
 * phrase itself names none. Stateless; safe to share between threads.
 */
final class TargetAppositions {

	private TargetAppositions() {
	}

	/** The document actor a proper-name apposition of the phrase headed by {@code h} names; null when none. */
	static ActorMention named(ParsedSentence s, int h, DocActors actors) {
		if (!Mechanisms.on("relations.target-apposition")) {
			return null;
		}
		for (int a : s.children(h, "appos")) {
			ActorMention m = actors.at(s.start(a));
			if (a > h && s.pos(a).equals("PROPN") && m != null) {
				Mechanisms.fired("relations.target-apposition", 1);
				return m;
			}
		}
		return null;
	}
}
