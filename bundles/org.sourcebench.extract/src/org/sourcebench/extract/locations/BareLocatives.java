package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * Evidence for {@link UnknownNames} that a name no table knows is a place from its frame alone: a name the actor
 * reader did not read, after a locative preposition, that stands as the whole object of the preposition ("treated in
 * Kulyab, the bodies ...", "positions at Diaca, Roma and Nantili", "met in Al-Rajma with ..."). It is no place when a
 * lower-case word other than a function word follows (the name then modifies a noun: "in Ecuadoran ports", "in a
 * Truth Social post"), when an acronym in brackets follows (a body's name), when a word of it names a body ("Forces",
 * "Party"), when it is a possessive owner, a people's adjective or a lower-case word ("mid-April").
 * Switch {@code locations.bareLocatives}.
 */
final class BareLocatives extends PlaceStage {

	/** Lower-case words after which a name still stands alone as the object of its preposition. */
	private static final Set<String> FUNCTION = Set.of("and", "or", "in", "on", "at", "with", "for", "from", "to",
			"near", "where", "which", "as", "after", "before", "during", "since", "until", "amid", "while", "when",
			"by", "into", "through", "across", "along", "between", "last", "this", "earlier", "late", "early",
			"yesterday", "today", "is", "was", "were", "are", "has", "had", "have");

	BareLocatives(PlaceNames names) {
		super(names);
	}

	/**
	 * Whether the name {@code run} at {@code [b, e)}, in a locative frame, stands alone as its preposition's object
	 * ({@code free}: no actor reader read it).
	 */
	boolean standsAlone(Reading d, int b, int e, String run, boolean free) {
		TextCursor c = d.c;
		String t = d.t;
		if (!Character.isUpperCase(run.charAt(0)) && !run.matches("(?:al|el|ad|as|ash|an|ar|at|az)-\\p{Lu}.*")) {
			return false; // "mid-April", "non-Arab"
		}
		if (!free || c.possessiveAfter(e) || t.startsWith("\u2019s", e)) {
			return false;
		}
		if (e < t.length() && "-\u2013\u2014".indexOf(t.charAt(e)) >= 0 || run.endsWith("'") || run.endsWith("\u2019")
				|| b > 0 && "'\u2018\"\u201c".indexOf(t.charAt(b - 1)) >= 0) {
			return false; // "Phu Pha Lek\u2013Phlan Hin Paet Kon", a quoted word: a piece of something longer
		}
		String[] parts = run.split("[ \\-]");
		if (words.isDirection(parts[0].toLowerCase(Locale.ROOT)) || names.eventNounAfter(parts[parts.length - 1])) {
			return false; // "Eastern Congo" is read as a direction of a place; "the Spring Revolution" an event
		}
		if (parts.length == 1 && (innerCapital(run) || t.contains(" " + run.toLowerCase(Locale.ROOT) + " "))) {
			return false; // "BenarNews"; "in Constitution" of a text that also writes "constitution"
		}
		if (parts.length == 1 && Mechanisms.on("locations.facilityNames") && words.head(run) != null) {
			return false; // "entered KK Park": a place head alone is the end of a name this stage did not read
		}
		for (String w : parts) {
			if (w.isEmpty()) {
				continue;
			}
			if (names.isAdjective(w) || names.isGroupAdjective(w) || words.is("org-noun", w.toLowerCase(Locale.ROOT))
					|| words.is("non-place", w)) {
				return false;
			}
		}
		for (DocPlace p : d.places.values()) {
			if (p.name.equalsIgnoreCase(run)) {
				return false; // a second entity for a name found so far
			}
		}
		int n = c.skipSpaces(e);
		if (n >= t.length()) {
			return true;
		}
		char ch = t.charAt(n);
		if (ch == '(') {
			return false; // "the Multinational Security Support (MSS)": a body and its acronym
		}
		if (!Character.isLetterOrDigit(ch)) {
			return true;
		}
		String next = c.nextWord(e);
		if (next.isEmpty()) {
			return false;
		}
		if (Character.isUpperCase(next.charAt(0))) {
			return words.is("non-place", next); // "in Kulyab Monday"; another capitalised word: not this run's end
		}
		return FUNCTION.contains(next) && !bodyAfterConjunction(c, e, next);
	}

	/** "the National Defense and Security Council": the name goes on after "and" to a body's head word. */
	private boolean bodyAfterConjunction(TextCursor c, int e, String next) {
		if (!next.equals("and")) {
			return false;
		}
		int pos = c.wordEnd(c.nextWordStart(e));
		for (int k = 0; k < 5; k++) {
			String w = c.nextWord(pos);
			if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
				return false;
			}
			if (words.is("org-noun", w.toLowerCase(Locale.ROOT))) {
				return true;
			}
			pos = c.wordEnd(c.nextWordStart(pos));
		}
		return false;
	}

	private static boolean innerCapital(String w) {
		for (int i = 1; i < w.length(); i++) {
			if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}
}
