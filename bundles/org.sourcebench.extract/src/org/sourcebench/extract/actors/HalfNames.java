package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * "The North" and "the South" standing for the state of a divided country the story names in full ("North Korea
 * fired ... warned the South", "the North's leader"): the bare compass word, capitalised after "the" and followed by
 * no name ("the South China Sea" is a place), is a mention of the one state actor of the document whose name begins
 * with that word ("North Korea", "South Sudan"); with none or two such states it names nobody. The gold annotates
 * these words as mentions of the state ("North", "South" in 12 study articles). An actor a name reader made of the bare
 * word ("North") is merged into the state. Mechanism {@code coref.halfNames}. Stateless.
 */
final class HalfNames {

	static final String NAME = "coref.halfNames";

	/** "the North", "the South's", not "the South China Sea", not "the North-East". */
	private static final Pattern HALF = Pattern.compile("\\b[Tt]he (North|South)(?![\\p{L}\\p{N}-])(?! \\p{Lu})");

	private HalfNames() {
	}

	static void resolve(String t, DocActors actors) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		Matcher m = HALF.matcher(t);
		while (m.find()) {
			DocActor state = state(actors, m.group(1));
			if (state == null) {
				continue;
			}
			ActorMention at = actors.at(m.start(1));
			if (at != null && at.actor() != state) {
				DocActor bare = at.actor();
				if (at.begin() != m.start(1) || at.end() != m.end(1) || !bare.name().equals(m.group(1))) {
					continue; // a longer name covers the word
				}
				actors.absorb(bare, state); // a name reader took "North" for an actor of its own
				Mechanisms.fired(NAME, 1);
				continue;
			}
			if (at == null) {
				actors.mention(state, m.start(1), m.end(1));
				Mechanisms.fired(NAME, 1);
			}
		}
	}

	/** The one state actor whose name begins with the compass word and a space, or null. */
	private static DocActor state(DocActors actors, String half) {
		List<DocActor> found = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.STATE && a.name().startsWith(half + " ") && !a.spans().isEmpty()) {
				found.add(a);
			}
		}
		return found.size() == 1 ? found.get(0) : null;
	}
}
