package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * {@code actors.bodyNameOverTitle} (fifteenth session's fix, rebuilt in the sixteenth from its README description):
 * the lexicon marks "UN" before a title as a modifier ("UN envoy", "UN Secretary General"), and every candidate of
 * another reader that starts at such a modifier is dropped; so "UN General Assembly" ("General" a title) was never
 * an actor. A candidate that starts at the modifier, runs past the modifier's own lexicon name and ends in a body head
 * ({@code body-heads.tsv}: "Assembly", "Council") stays, except after "sidelines of" (a venue, not the body acting);
 * when the text also names the body in full ("United Nations General Assembly"), the short form joins it. Stateless.
 */
final class BodyNameOverTitle {

	private BodyNameOverTitle() {
	}

	/** Whether the candidate {@code [begin, end)} at a modifier whose own name ends at {@code modifierEnd} stays. */
	static boolean stays(String t, int begin, int end, Integer modifierEnd) {
		if (modifierEnd == null || end <= modifierEnd || !Mechanisms.on("actors.bodyNameOverTitle")) {
			return false;
		}
		if (BodyHeads.get().kindOf(NameRun.lastWord(t.substring(begin, end))) == null) {
			return false;
		}
		TextCursor c = TextCursor.of(t);
		int of = c.previousWordStart(begin);
		if (of >= 0 && c.previousWordAsWritten(begin).equals("of")
				&& c.previousWordAsWritten(of).equalsIgnoreCase("sidelines")) {
			return false;
		}
		Mechanisms.fired("actors.bodyNameOverTitle", 1);
		return true;
	}

	/** "UN General Assembly" joins the document's "United Nations General Assembly" (one body, two names). */
	static void absorb(DocActors actors) {
		if (!Mechanisms.on("actors.bodyNameOverTitle")) {
			return;
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			String n = a.name();
			if (n.length() < 4 || !n.regionMatches(true, 0, "UN ", 0, 3)) {
				continue;
			}
			String full = "United Nations " + n.substring(3);
			for (DocActor b : actors.actors()) {
				if (b != a && b.name().equals(full)) {
					actors.absorb(a, b);
					Mechanisms.fired("actors.bodyNameOverTitle", 1);
					break;
				}
			}
		}
	}
}
