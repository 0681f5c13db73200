package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.data.TitleTable;

/**
 * (mechanism {@code actors.innerTitles}) A title of titles.tsv, capitalised, inside a capitalised run after its first
 * word: "House Spokesperson Karoline Leavitt", "Department of State Spokesperson Tammy Bruce". The words before the
 * title name the office holder's body and the words after it the person, so a body's name ends before the title and
 * a person's name starts after it. Immutable; safe to share.
 */
final class InnerTitles {

	private final TitleTable titles;

	InnerTitles(TitleTable titles) {
		this.titles = titles;
	}

	/**
	 * The start of the last such title in {@code [begin, end)} that leaves at least {@code nameWords} capitalised
	 * words after it, or -1 (also when the mechanism is off).
	 */
	int start(String t, int begin, int end, int nameWords) {
		if (!Mechanisms.on("actors.innerTitles")) {
			return -1;
		}
		List<int[]> words = words(t, begin, end);
		int found = -1;
		for (int k = 1; k < words.size(); k++) {
			int b = words.get(k)[0];
			int after = Character.isUpperCase(t.charAt(b)) ? after(t, b, end) : -1;
			if (after < 0) {
				continue;
			}
			int left = 0;
			boolean names = true;
			for (int[] w : words) {
				if (w[0] >= after) {
					left++;
					names &= Character.isUpperCase(t.charAt(w[0]));
				}
			}
			if (left >= nameWords && names) {
				found = b;
			}
		}
		return found;
	}

	/** After the longest title at {@code b} that a space ends before {@code end}, or -1. */
	private int after(String t, int b, int end) {
		List<PhraseIndex.Match<Title>> ms = new ArrayList<>();
		titles.index().matchAt(t, b, ms);
		int after = -1;
		for (PhraseIndex.Match<Title> m : ms) {
			if (m.end() < end && t.charAt(m.end()) == ' ') {
				after = Math.max(after, m.end() + 1);
			}
		}
		return after;
	}

	/** The space-separated words of {@code [b, end)} as {begin, end} pairs. */
	private static List<int[]> words(String t, int b, int end) {
		List<int[]> out = new ArrayList<>();
		int i = b;
		while (i < end) {
			int e = t.indexOf(' ', i);
			e = e < 0 || e > end ? end : e;
			if (e > i) {
				out.add(new int[] {i, e});
			}
			i = e + 1;
		}
		return out;
	}
}
