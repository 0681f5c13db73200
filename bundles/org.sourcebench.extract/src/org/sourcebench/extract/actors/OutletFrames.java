package org.sourcebench.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * News outlets read from the frames a newsroom stands in (mechanism actors.outlets): a capitalised name after a word
 * of the actor-words class "outlet-frame" ("according to the X", "in an interview with X", "a report by X", ",
 * reported X") or before one of the class "outlet-verb" ("X reported", "X quoted"), when its shape is no person's,
 * body's, place's or document's: no possessive, no body or place head or title at its end, no country, place or
 * lexicon actor that covers it, no word of an office holder's name, and a lone word that is not the last word of a
 * longer name of the same text (a family name). A name with the definite article or a last word of the class
 * "outlet-head" ("the Daily Courier", "Radio Andes") is an outlet even where the person reader also reads it.
 * Immutable; safe to share.
 */
final class OutletFrames {

	private static final String WORD = "(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\d/-]*(?:\\.\\p{L}+)*";
	private static final String NAME = "(?:(?:the|The) )?(" + WORD + "(?: (?:of |& |and )?" + WORD + "){0,4})";
	private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\d])((?i:" + ActorWords.get().alternation(
			"outlet-frame") + ")) " + NAME + "(?![\\p{L}\\d'’])");
	private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}\\d.-])" + NAME + ",? (?:" + ActorWords.get()
			.alternation("outlet-verb") + ")(?![\\p{L}\\d])");
	/** "in a Truth Social post": the platform a speaker posts on. */
	private static final Pattern POST = Pattern.compile("\\b(?:[Aa]n?|his|her|their|its) " + NAME
			+ " (?:post|posting|video|livestream|account)\\b");
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d/-]{1,6}");
	/** The person reader reads two capitalised words as a name; these frames win over it only with a sure shape. */
	private static final int SURE = -2;
	private static final int PRIORITY = 7;

	private final ExtractionData data;

	OutletFrames(ExtractionData data) {
		this.data = data;
	}

	void find(String t, List<Candidate> out) {
		if (!Mechanisms.on("actors.outlets")) {
			return;
		}
		Matcher m = BEFORE.matcher(t);
		while (m.find()) {
			String frame = m.group(1);
			if ((frame.equals("reported") || frame.equals("reports")) && !commaBefore(t, m.start(1))) {
				continue; // ", reported X": the outlet after the claim it reports
			}
			consider(t, m.start(2), m.end(2), definite(t, m.start(2)), ActorKind.MEDIA, out);
		}
		Matcher p = POST.matcher(t);
		while (p.find()) {
			consider(t, p.start(1), p.end(1), true, ActorKind.COMPANY, out);
		}
		Matcher a = AFTER.matcher(t);
		while (a.find()) {
			int b = a.start(1);
			boolean definite = definite(t, b);
			if (!definite && TextCursor.of(t).sentenceStart(b) && ActorWords.get().is("opening",
					t.substring(b, a.end(1)).split(" ")[0])) {
				continue;
			}
			consider(t, b, a.end(1), definite, ActorKind.MEDIA, out);
		}
	}

	private static boolean commaBefore(String t, int b) {
		return b >= 2 && (t.startsWith(", ", b - 2) || t.startsWith("” ", b - 2) || t.startsWith("\" ", b - 2));
	}

	private static boolean definite(String t, int b) {
		return b >= 4 && t.regionMatches(true, b - 4, "the ", 0, 4);
	}

	private void consider(String t, int b, int e, boolean definite, ActorKind kind, List<Candidate> out) {
		String name = t.substring(b, e);
		if (name.endsWith(" and") || name.endsWith(" of")) {
			return;
		}
		String[] words = name.split(" ");
		boolean head = words.length > 1 && java.util.Arrays.stream(words).anyMatch(w -> ActorWords.get().is(
				"outlet-head", w));
		boolean acronym = words.length == 1 && ACRONYM.matcher(name).matches();
		boolean sure = head || definite && words.length > 1 || acronym;
		if (!plausible(t, b, e, words, head || definite && words.length > 1)) {
			return;
		}
		if (!sure && words.length > 1) {
			return; // "told Jane Roe": two capitalised words without the article or a newsroom word are a person's
		}
		if (words.length == 1 && !acronym && (familyName(t, name) || EntityTagger.commonWord(name))) {
			return;
		}
		Mechanisms.fired("actors.outlets", 1);
		int from = sure && b >= 4 && t.startsWith("The ", b - 4) ? b - 4 : b; // "reported The Daily Courier"
		out.add(new Candidate(from, e, sure ? SURE : PRIORITY, actors -> actors.mention(actors.actor(name, kind, "",
				0.6), from, e)));
	}

	/** Not a weekday, month, person, body, place, country, title, document or (other) actor of the lexicon. */
	private boolean plausible(String t, int b, int e, String[] words, boolean modifierOnly) {
		for (String w : words) {
			if (OutletContexts.dateWord(w) || EntityTagger.personNameWord(w) && !modifierOnly) {
				return false;
			}
		}
		String last = words[words.length - 1];
		for (String w : words) {
			if (BodyHeads.get().kindOf(w) != null && !ActorWords.get().is("outlet-head", w)) {
				return false; // "the Defence Ministry of X": a body
			}
		}
		if (data.placeHeads().containsKey(last) || data.isEventNoun(last.toLowerCase(Locale.ROOT))
				|| ActorWords.get().is("branch", last) || ActorWords.get().is("opening", words[0])) {
			return false;
		}
		OutletContexts.Covering at = OutletContexts.Covering.at(data, t, b);
		List<PhraseIndex.Match<CountryTable.Form>> cs = at.countries();
		List<PhraseIndex.Match<Place>> ps = at.places();
		cs.removeIf(c -> inWord(t, c.end()));
		ps.removeIf(p -> inWord(t, p.end()));
		return (cs.isEmpty() || modifierOnly && cs.stream().allMatch(c -> c.end() < e))
				&& (ps.isEmpty() || modifierOnly && ps.stream().allMatch(p -> p.end() < e)) && at.titles().isEmpty()
				&& at.actors().stream().allMatch(l -> modifierOnly && l.end() < e);
	}

	/** Whether a match ending at {@code end} ends inside a written word ("Orda" of "Orda.kz"). */
	private static boolean inWord(String t, int end) {
		return end + 1 < t.length() && t.charAt(end) == '.' && Character.isLetter(t.charAt(end + 1));
	}

	/** Whether a lone word is also the last word of a longer capitalised name of the text ("Jane Roe" ... "Roe"). */
	private static boolean familyName(String t, String word) {
		Matcher m = Pattern.compile("\\p{Lu}[\\p{L}'’-]+ " + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(t);
		while (m.find()) {
			String before = t.substring(m.start(), t.indexOf(' ', m.start()));
			if (!before.equals("The") && !ActorWords.get().is("date-word", before)) {
				return true;
			}
		}
		return false;
	}
}
