package org.sourcebench.extract.claims;

import java.util.List;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Sentence;

/**
 * The sentence a claim is read in: the sentence detector's sentence, joined to its neighbours where the detector
 * split right after an abbreviation and the next piece goes on with a name, a noun or a number ("the White House
 * said U.S. | President Trump held ...", "at 5 a.m. | Monday", "..., Lt. | Gen. | John Doe said"). A claim never
 * ends at "U.S." for that.
 */
final class ClaimSentences {

	/** An abbreviation ending a piece: initials with full stops ("U.S.", "a.m.") or a short title (claim-words.tsv). */
	private static final Pattern ABBREVIATION = Pattern.compile(
			"(?:(?<![\\w.])(?:[A-Za-z]\\.){2,}|\\b(?:" + ClaimWords.get().alternation("abbreviation") + ")\\.)\\s*$",
			Pattern.CASE_INSENSITIVE);
	private static final int TAIL = 16;

	private ClaimSentences() {
	}

	/** {@code s} joined over the abbreviation splits before and after it; {@code s} itself when there are none. */
	static Sentence around(AnalyzedText text, Sentence s) {
		if (!Mechanisms.on("claims.abbreviation-join")) {
			return s;
		}
		List<Sentence> all = text.sentences();
		int first = s.index();
		int last = s.index();
		while (first > 0 && continues(text, all.get(first - 1), all.get(first))) {
			first--;
		}
		while (last + 1 < all.size() && continues(text, all.get(last), all.get(last + 1))) {
			last++;
		}
		if (first == s.index() && last == s.index()) {
			return s;
		}
		Mechanisms.fired("claims.abbreviation-join", 1);
		Sentence a = all.get(first);
		Sentence b = all.get(last);
		return new Sentence(s.index(), a.begin(), b.end(), a.firstToken(), b.endToken(), a.paragraph());
	}

	/** Whether {@code b} goes on with the sentence {@code a} ends: {@code a} ends with an abbreviation, {@code b}
	 * opens with a lower-case word, a number, a name or a noun. */
	private static boolean continues(AnalyzedText text, Sentence a, Sentence b) {
		if (a.paragraph() != b.paragraph() || b.firstToken() >= b.endToken() || a.index() + 1 != b.index()) {
			return false;
		}
		if (!ABBREVIATION.matcher(text.body().substring(Math.max(a.begin(), a.end() - TAIL), a.end())).find()) {
			return false;
		}
		String first = text.tokens().get(b.firstToken()).text();
		if (first.isEmpty() || Character.isLowerCase(first.charAt(0)) || Character.isDigit(first.charAt(0))) {
			return true;
		}
		String pos = text.pos(b.firstToken());
		return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM");
	}
}
