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
 * Attribution one level out (claims.nested, claims.nested-verbs): a source that passes on another speaker's statement. The annotation
 * enters nested attribution at both levels, the same text under each speaker ("X said ..., according to the
 * newspaper"; "According to the agency, X said ..."). Two readings the claim reader left: an "according to" whose
 * sentence already has a speaker of its own (the source then speaks what that speaker's claims of the sentence say),
 * and a cue form that is also a plural noun standing right after a named actor at a clause end ("..., Azernews
 * reports."), which is the outlet's verb, not a noun. Stateless; safe to share.
 */
final class NestedAttribution {

	private NestedAttribution() {
	}

	/**
	 * Whether the noun-like cue form at {@code [begin, end)} is a verb: a named actor ends right before it, and an
	 * -s form ("reports", "claims") ends the clause (a full stop, comma, semicolon or line end follows) or an -s or
	 * -ing form ("warning") takes a that-clause.
	 */
	static boolean verbAfterName(String t, DocActors actors, int begin, int end) {
		String form = t.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
		if (!Mechanisms.on("claims.nested-verbs") || !form.endsWith("s") && !form.endsWith("ing")) {
			return false; // "a Reuters report,": a bare form after a name is the noun
		}
		TextCursor c = TextCursor.of(t);
		int before = c.skipSpacesBack(begin);
		if (before == begin || before == 0) {
			return false;
		}
		ActorMention m = actors.at(before - 1);
		if (m == null || m.end() != before) {
			return false;
		}
		int after = c.skipSpaces(end);
		boolean clauseEnd = t.startsWith("that ", after) || form.endsWith("s")
				&& (after >= t.length() || ".,;\n".indexOf(t.charAt(after)) >= 0);
		if (clauseEnd) {
			Mechanisms.fired("claims.nested-verbs", 1);
		}
		return clauseEnd;
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
	 * after up to three lower-case modifiers (claims.nested-modifiers), or null.
	 */
	static SpeakerFinder.Found outletAfter(String t, DocActors actors, int cueEnd) {
		if (!Mechanisms.on("claims.nested-modifiers")) {
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
				Mechanisms.fired("claims.nested-modifiers", 1);
				return new SpeakerFinder.Found(m.actor(), b);
			}
		}
		return null;
	}
}
