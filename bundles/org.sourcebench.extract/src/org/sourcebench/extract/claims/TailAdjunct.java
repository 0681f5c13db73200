package org.sourcebench.extract.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * A cue that follows its clause and has only an adjunct after it (switch {@code claims.tail-adjunct}): "..., the
 * minister said Thursday in reaction to the new measures.", "..., lawmakers said on Tuesday after being briefed by
 * the spy agency.", "..., government spokesman Jane Roe said at a news conference." What was said is the clause
 * before the speaker's phrase, not the adjunct after the cue. The word-window test of the extractor knows only short
 * prepositional adjuncts and a speaker phrase that begins right after the comma; this one also reads a bare weekday
 * or time phrase ("said Wednesday", "said last week"), adjuncts up to {@value #MAX_TAIL} characters, and a speaker
 * phrase whose name follows lower-case role and title words ("presidential spokesman", "Houthi military spokesman
 * Brig. Gen."), found by stepping back over such words.
 */
final class TailAdjunct {

	/** First words of an adjunct of the cue verb: prepositions, time words, weekdays. */
	private static final Pattern OPENING = Pattern.compile("(?:on|in|at|during|via|through|late|earlier|later|last|"
			+ "this|yesterday|today|tonight|after|before|following|amid|while|when|from|Monday|Tuesday|Wednesday|"
			+ "Thursday|Friday|Saturday|Sunday)\\b");
	private static final Pattern THAT = Pattern.compile("\\bthat\\b");
	private static final int MAX_TAIL = 130;
	/** Words of a speaker phrase stepped over back from the name. */
	private static final int MAX_PHRASE_WORDS = 10;
	private static final Set<String> PHRASE_WORDS = phraseWords();
	/** Prepositions and conjunctions that embed a participle in a clause ("after accusing"). */
	private static final Set<String> EMBEDDING = Set.of("after", "before", "by", "without", "while", "when", "since");
	/** Words before a past participle that make it a verb of its own clause ("has announced", "officials announced"). */
	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been",
			"being", "it", "he", "she", "they", "we", "who", "which", "that", "and", "also", "but", "then", "not");

	private TailAdjunct() {
	}

	private static Set<String> phraseWords() {
		Set<String> s = new HashSet<>(ClaimWords.get().list("role"));
		s.addAll(ClaimWords.get().list("title"));
		s.addAll(ClaimWords.get().members);
		s.addAll(ClaimWords.get().bodies.keySet());
		s.addAll(Set.of("the", "of", "to", "for")); // "Permanent Representative to the UN", "Minister of Defence"
		return Set.copyOf(s);
	}

	/**
	 * Where the clause said before the cue ends (the comma or closing quotation mark before the speaker's phrase),
	 * when only an adjunct follows the cue up to the next comma or the sentence end; -1 otherwise.
	 */
	static int clauseEnd(String t, CueHit h, int phraseBegin, int after, int sentenceBegin, int sentenceEnd) {
		if (h.participle || h.inverted || h.speaker == null || !onlyAdjunct(t, after, sentenceEnd)) {
			return -1;
		}
		int start = -1;
		if (breakBefore(t, phraseBegin)) {
			start = phraseBegin;
		} else {
			int b = stepBack(t, phraseBegin, sentenceBegin);
			if (b < phraseBegin && breakBefore(t, b)) {
				start = b;
			}
		}
		if (start < 0 || !Mechanisms.on("claims.tail-adjunct")) {
			return -1;
		}
		return start;
	}

	/**
	 * Whether a cue form without a speaker of its own is embedded in the clause another speaker's cue after it
	 * reports: a participle after a preposition ("after accusing it of interference") or a past participle right
	 * after a lower-case noun ("the sanctions announced a week ago"). Such a cue does not own the clause.
	 */
	static boolean embedded(String t, CueHit o) {
		String f = o.form.toLowerCase(Locale.ROOT);
		String prev = TextCursor.of(t).previousWord(o.begin);
		boolean inClause = f.endsWith("ing") && EMBEDDING.contains(prev)
				|| f.endsWith("ed") && !prev.isEmpty() && Character.isLowerCase(prev.charAt(0))
						&& !AUXILIARIES.contains(prev) && !prev.endsWith("ly") && !ClaimWords.get().isSource(prev)
						&& Character.isLetter(prev.charAt(prev.length() - 1));
		if (!inClause || !Mechanisms.on("claims.tail-adjunct")) {
			return false;
		}
		fired();
		return true;
	}

	/** Records a firing: the cue's claim became the clause before it. */
	static void fired() {
		Mechanisms.fired("claims.tail-adjunct", 1);
	}

	/** Whether what follows the cue up to the next comma or the sentence end is an adjunct with no clause of its own. */
	private static boolean onlyAdjunct(String t, int from, int sentenceEnd) {
		int comma = t.indexOf(',', from);
		int end = comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd;
		if (from >= end || end - from > MAX_TAIL) {
			return false;
		}
		String rest = t.substring(from, end);
		return OPENING.matcher(rest).lookingAt() && rest.indexOf('"') < 0 && !THAT.matcher(rest).find()
				&& rest.indexOf(':') < 0;
	}

	/**
	 * Back from {@code begin} over capitalised words, abbreviations, bracketed acronyms, role or title words and the
	 * prepositions of a title ("Representative to the UN").
	 */
	private static int stepBack(String t, int begin, int floor) {
		TextCursor c = TextCursor.of(t);
		int b = begin;
		for (int n = 0; n < MAX_PHRASE_WORDS; n++) {
			int i = c.skipSpacesBack(b);
			if (i <= floor || ",\"\n".indexOf(t.charAt(i - 1)) >= 0) {
				return b;
			}
			int w = i;
			while (w > floor && !Character.isWhitespace(t.charAt(w - 1)) && ",\"".indexOf(t.charAt(w - 1)) < 0) {
				w--;
			}
			String word = t.substring(w, i);
			if (!phraseWord(word)) {
				return b;
			}
			b = w;
		}
		return b;
	}

	private static boolean phraseWord(String word) {
		if (word.isEmpty()) {
			return false;
		}
		if (Character.isUpperCase(word.charAt(0)) || word.startsWith("(") && word.endsWith(")")) {
			return true;
		}
		String w = word.toLowerCase(Locale.ROOT);
		return PHRASE_WORDS.contains(w) || ClaimWords.get().isSource(w) || w.endsWith("al") || w.endsWith("ian") || w.endsWith("ary");
	}

	/** Whether a comma or a closing quotation mark stands right before {@code offset}. */
	private static boolean breakBefore(String t, int offset) {
		int i = TextCursor.of(t).skipSpacesBack(offset);
		return i > 0 && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == '"' && i >= 2 && ",.?!".indexOf(t.charAt(i - 2)) >= 0);
	}
}
