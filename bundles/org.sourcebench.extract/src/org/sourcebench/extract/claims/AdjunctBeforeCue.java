package org.sourcebench.extract.claims;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.text.TextCursor;

/**
 * "Algeria's Defence Ministry on April 1 said", "The coast guard in a website posting said", "Maduro, on Monday
 * said": a time or circumstance phrase (a preposition and up to five words, no comma, quotation or actor in it)
 * stands between the subject and its cue verb; the subject is found before that phrase
 * (claims.adjunct-before-cue).
 */
final class AdjunctBeforeCue {

	/** Words that open a time or circumstance phrase before a cue verb. */
	private static final Set<String> OPENERS = Set.of("on", "in", "at", "during", "late", "early", "earlier", "last",
			"this", "via", "through", "over", "after", "following", "within", "throughout");
	private static final int MAX_WORDS = 6;

	private AdjunctBeforeCue() {
	}

	/**
	 * The speaker that ends before a phrase opening with a preposition right before the cue at {@code cueBegin}, or
	 * null.
	 */
	static SpeakerFinder.Found speaker(String t, int cueBegin, SpeakerFinder speakers, DocActors actors) {
		if (!Mechanisms.on("claims.adjunct-before-cue")) {
			return null;
		}
		TextCursor c = TextCursor.of(t);
		int pos = cueBegin;
		for (int i = 0; i < MAX_WORDS; i++) {
			int start = c.previousWordStart(pos);
			if (start < 0 || start >= pos) {
				return null;
			}
			String between = t.substring(start, cueBegin);
			if (between.indexOf(',') >= 0 || between.indexOf('"') >= 0 || between.indexOf('.') >= 0
					&& !between.matches("(?s).*\\b[ap]\\.m\\..*") || between.indexOf('\n') >= 0) {
				return null;
			}
			String w = c.previousWord(pos).toLowerCase(Locale.ROOT);
			if (OPENERS.contains(w) && i > 0 && actors.within(start, cueBegin).isEmpty()) {
				SpeakerFinder.Found f = speakers.before(start);
				if (f != null) {
					Mechanisms.fired("claims.adjunct-before-cue", 1);
				}
				return f;
			}
			pos = start;
		}
		return null;
	}
}
