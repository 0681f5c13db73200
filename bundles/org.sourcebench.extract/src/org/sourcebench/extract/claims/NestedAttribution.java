package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Attribution one level out (claims.nested): an outlet that passes on another speaker's statement. The annotation
 * enters nested attribution at both levels, the same text under each speaker ("X said ..., according to Reuters";
 * "According to the Fars news agency, X said ..."). The claim reader dropped an "according to" whose sentence already
 * has a speaker of its own; a named outlet there now speaks what the other speakers' claims of the sentence say. An
 * outlet after lower-case modifiers ("according to state-run Anadolu Agency") is read as the source as well.
 * Stateless; safe to share.
 */
final class NestedAttribution {

	private NestedAttribution() {
	}

	/** A stretch of text a speaker was given, as the nested reader needs it. */
	record Span(int begin, int end, DocActor speaker) {
	}

	/**
	 * The spans that {@code source} (named after "according to" in the sentence {@code [from, to)}) also speaks:
	 * the claims of other speakers that begin in the sentence, none of which is the source's own.
	 */
	static List<int[]> reported(String t, List<Span> claimed, DocActor source, int named, int from, int to) {
		List<int[]> out = new ArrayList<>();
		if (!Mechanisms.on("claims.nested") || source.kind() != ActorKind.MEDIA || !byName(t, named, to)) {
			return out;
		}
		for (Span c : claimed) {
			if (c.begin() >= from && c.begin() < to) {
				if (c.speaker() == source) {
					return List.of();
				}
				out.add(new int[] { c.begin(), c.end() });
			}
		}
		Mechanisms.fired("claims.nested", out.isEmpty() ? 0 : 1);
		return out;
	}

	/**
	 * Whether the source phrase at {@code begin} names the outlet ("the state-run Anadolu Agency", "Reuters") rather
	 * than describing it ("the news agency", "the newspaper"): a capitalised word before the phrase ends. A described
	 * outlet is the article's running source, which the annotation does not credit again for each quoted statement.
	 */
	private static boolean byName(String t, int begin, int to) {
		int end = Math.min(Math.min(to, t.length()), begin + 80);
		for (int i = begin; i < end && ",.;\n".indexOf(t.charAt(i)) < 0; i++) {
			if (Character.isUpperCase(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "according to the semi-official Fars news agency", "according to state-run Anadolu Agency": the outlet named
	 * after up to three lower-case modifiers, or null.
	 */
	static SpeakerFinder.Found outletAfter(String t, DocActors actors, int cueEnd) {
		if (!Mechanisms.on("claims.nested")) {
			return null;
		}
		TextCursor c = TextCursor.of(t);
		int b = c.skipSpaces(cueEnd);
		int i = t.startsWith("the ", b) ? b + 4 : b;
		for (int k = 0; k < 3; k++) {
			i = c.skipSpaces(i);
			int e = i;
			while (e < t.length() && (Character.isLowerCase(t.charAt(e)) || t.charAt(e) == '-' && e > i)) {
				e++;
			}
			if (e == i || e >= t.length() || t.charAt(e) != ' ') {
				return null;
			}
			i = e;
			ActorMention m = actors.at(c.skipSpaces(i));
			if (m != null && m.begin() == c.skipSpaces(i) && m.actor().kind() == ActorKind.MEDIA) {
				Mechanisms.fired("claims.nested", 1);
				return new SpeakerFinder.Found(m.actor(), b);
			}
		}
		return null;
	}
}
