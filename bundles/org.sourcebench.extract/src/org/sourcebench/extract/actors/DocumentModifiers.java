package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * (mechanism {@code actors.documentModifiers}) "a violation of UN Security Council resolutions", "under the United
 * Nations Charter", "UN sanctions": a body's name that only modifies an instrument (actor-words class "document";
 * an acronym in brackets may stand between) names no actor of the story, so that mention goes; a body with no other
 * mention is no actor. Countries and persons keep theirs. Not shared state; static.
 */
final class DocumentModifiers {

	private DocumentModifiers() {
	}

	static void drop(String t, DocActors actors) {
		if (!Mechanisms.on("actors.documentModifiers")) {
			return;
		}
		TextCursor c = TextCursor.of(t);
		for (ActorMention m : List.copyOf(actors.mentions())) {
			ActorKind kind = m.actor().kind();
			if (kind == ActorKind.STATE || kind == ActorKind.PERSON) {
				continue;
			}
			int at = instrumentAt(t, c, m.end());
			if (at >= 0 && ActorWords.get().is("document", c.nextWord(at))) {
				actors.remove(m);
				Mechanisms.fired("actors.documentModifiers", 1);
			}
		}
	}

	/**
	 * Where the word the name modifies starts: after the rest of a longer name ("UN" of "UN Security Council
	 * resolutions", up to four capitalised words) and an acronym in brackets, before or around it ("United Nations
	 * Security Council (UNSC) sanctions"); -1 when no space leads there.
	 */
	private static int instrumentAt(String t, TextCursor c, int end) {
		int at = end;
		if (at < t.length() && t.charAt(at) == ')') {
			at++; // "(UNSC) sanctions"
		}
		for (int n = 0; n < 5; n++) {
			if (t.startsWith(" (", at) && t.indexOf(')', at) > 0 && t.indexOf(')', at) - at < 12) {
				at = t.indexOf(')', at) + 1;
				continue;
			}
			if (at >= t.length() || t.charAt(at) != ' ') {
				return -1;
			}
			String next = c.nextWord(at);
			if (n == 4 || !TextCursor.capitalised(next) || ActorWords.get().is("document", next)) {
				return at;
			}
			at = c.wordEnd(c.nextWordStart(at));
		}
		return at;
	}
}
