package org.sourcebench.extract.claims;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A person's name the parser hung by {@code flat} on the title or body that heads a speaker phrase ("SDF
 * spokesperson Jane Doe denied": head "spokesperson", the name flat under it; "FO Spokesman Dr Jane Doe said": head
 * "FO", title and name flat under it) is the head of the phrase: the named officer speaks, not the body in the title
 * (DECISIONS A2; GUIDELINES: a named spokesperson is a person actor and gets the claim). Switch
 * {@code claims.flat-name}.
 */
final class FlatName {

	private static final int MAX_DEPTH = 3;

	private FlatName() {
	}

	/** The person actor named in the flat chain under {@code h}, or null. */
	static DocActor person(ParsedSentence s, int h, DocActors actors) {
		if (!Mechanisms.on("claims.flat-name")) {
			return null;
		}
		ActorMention at = actors.at(s.start(h));
		if (at != null && at.actor().kind() == ActorKind.PERSON) {
			return null; // the head is the name already
		}
		DocActor p = inFlat(s, h, actors, 0);
		if (p != null) {
			Mechanisms.fired("claims.flat-name", 1);
		}
		return p;
	}

	private static DocActor inFlat(ParsedSentence s, int x, DocActors actors, int depth) {
		if (depth >= MAX_DEPTH) {
			return null;
		}
		for (int c : s.children(x, "flat")) {
			if (c < x) {
				continue;
			}
			ActorMention m = actors.at(s.start(c));
			if (m != null && m.actor().kind() == ActorKind.PERSON) {
				return m.actor();
			}
			DocActor deeper = inFlat(s, c, actors, depth + 1);
			if (deeper != null) {
				return deeper;
			}
		}
		return null;
	}
}
