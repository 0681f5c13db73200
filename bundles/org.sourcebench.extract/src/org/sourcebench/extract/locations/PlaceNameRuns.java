package org.sourcebench.extract.locations;

import java.util.Locale;

import org.sourcebench.extract.text.TextCursor;

/** Runs of capitalised words that can form a place name ("Kyauktaw", "Deir al-Balah", "Central Darfur"). */
final class PlaceNameRuns {

	private final LocationData words;

	PlaceNameRuns(PlaceNames names) {
		this.words = names.words();
	}

	/** A run of name words ending at {@code end}: its start, or -1 ("Kyauktaw", "Deir al-Balah", "Central Darfur"). */
	int nameRunBefore(TextCursor c, int end) {
		int b = -1;
		int pos = end;
		for (int n = 0; n < 4; n++) {
			int s = c.previousWordStart(pos);
			if (s < 0) {
				break;
			}
			String w = c.text().substring(s, c.wordEnd(s));
			if (b >= 0 && joins(c, s, w)) {
				pos = s; // "Nioro du Sahel": a particle between two name words, kept once the word before it is
				continue;
			}
			if (!c.onlySpaces(s + w.length(), pos) || !isNameWord(w) || w.endsWith("'s")
					|| words.is("non-place", w)) {
				break;
			}
			b = s;
			pos = s;
		}
		while (b >= 0 && b < end && words.is("non-place", c.nextWord(b))) {
			int next = c.nextWordStart(c.wordEnd(b));
			b = next >= 0 && next < end ? next : -1;
		}
		return b;
	}

	/**
	 * Whether the word {@code w} at {@code s} is a particle of a place name ("Rio de Janeiro", "Dar es Salaam") with a
	 * name word right before it.
	 */
	boolean joins(TextCursor c, int s, String w) {
		if (!words.is("particle", w) || !c.onlySpaces(s + w.length(), c.nextWordStart(s + w.length()))) {
			return false;
		}
		int p = c.previousWordStart(s);
		return p >= 0 && c.onlySpaces(c.wordEnd(p), s) && isNameWord(c.text().substring(p, c.wordEnd(p)));
	}

	/**
	 * A word that can stand in a place name: capitalised but not an acronym, or an article joined to a capitalised
	 * word ("al-Balah").
	 */
	static boolean isNameWord(String w) {
		if (w.length() < 2) {
			return false;
		}
		if (Character.isUpperCase(w.charAt(0))) {
			int dash = w.lastIndexOf('-');
			// "Mazar-i-Sharif", "Port-au-Prince", "Pul-e" (the Persian joiner before the next word); not "Kurdish-majority"
			return !w.equals(w.toUpperCase(Locale.ROOT)) && (dash < 0 || dash + 1 < w.length()
					&& (Character.isUpperCase(w.charAt(dash + 1)) || w.length() - dash - 1 <= 2));
		}
		int dash = w.indexOf('-');
		return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
	}
}
