package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.PetrarchAgent;
import org.sourcebench.extract.data.PetrarchAgentDictionary;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.data.TitleTable;
import org.sourcebench.extract.data.WordSequenceIndex;

/**
 * The titles that open a capitalised run before a person's name, so that the name is the run without them
 * (annotators leave the title out of a person's mention). Three sources, tried in turn until none matches:
 * <ol>
 * <li>titles.tsv as written ("Major General", "Gen.");</li>
 * <li>(mechanism {@code actors.leadingTitles}) an abbreviated title of titles.tsv written without its full stops or
 * with its words joined by a hyphen ("Gen Ali", "Maj-Gen Ali", "Lt Col Ali" for "Gen.", "Maj. Gen.", "Lt." and
 * "Col."), and an office or rank of the PETRARCH agent dictionary capitalised as a title ("Cabinet Secretary Ali
 * Hassan", "Police Commissioner Ali Hassan"; not a civilian role, which may be a given name) when two name words stay
 * after it.</li>
 * </ol>
 * Immutable; safe to share.
 */
final class LeadingTitles {

	/** Undotted abbreviations: "gen", "maj gen", "lt" (lower case, words joined by one space). */
	private final Set<String> abbreviations = new HashSet<>();
	private final TitleTable titles;
	private final PetrarchAgentDictionary agents;

	LeadingTitles(TitleTable titles, PetrarchAgentDictionary agents) {
		this.titles = titles;
		this.agents = agents;
		for (Title title : titles.titles()) {
			if (title.title().contains(".")) {
				abbreviations.add(key(title.title()));
			}
		}
	}

	/** A title's words without full stops, lower case, hyphens and spaces as one space: "Maj-Gen" → "maj gen". */
	private static String key(String words) {
		return String.join(" ", words.replace(".", "").toLowerCase(Locale.ROOT).trim().split("[\\s-]+"));
	}

	/**
	 * The start of the name in the run {@code [begin, end)} of {@code t}: {@code begin} after the titles that open it
	 * (a title that fills the rest of the run stays: "Director General" is no name, which the caller decides).
	 */
	int nameStart(String t, int begin, int end) {
		int b = begin;
		for (int guard = 0; guard < 3 && b < end; guard++) {
			int after = afterTable(t, b, end);
			if (after < 0 && Mechanisms.on("actors.rankTitles")) {
				after = afterRank(t, b, end);
				if (after >= 0) {
					Mechanisms.fired("actors.rankTitles", 1);
				}
			}
			if (after < 0 && Mechanisms.on("actors.leadingTitles")) {
				after = afterAbbreviation(t, b, end);
				if (after < 0) {
					after = afterAgent(t, b, end);
				}
				if (after >= 0) {
					Mechanisms.fired("actors.leadingTitles", 1);
				}
			}
			if (after < 0) {
				break;
			}
			b = after;
		}
		return Mechanisms.on("actors.innerTitles") ? afterInnerTitle(t, b, end) : b;
	}

	/**
	 * "White House Spokesperson Jane Roe", "Junta leader Senior General Jane Roe": a title of titles.tsv inside the
	 * run, not at its start, that two capitalised words follow and that all words before it lead to (capitalised, no
	 * comma) also ends what comes before the name (mechanism {@code actors.innerTitles}); the last such title counts.
	 */
	private int afterInnerTitle(String t, int b, int end) {
		List<int[]> words = words(t, b, end, 8);
		int start = b;
		for (int k = 1; k + 2 <= words.size(); k++) {
			int after = afterTable(t, words.get(k)[0], end);
			if (after < 0 && Mechanisms.on("actors.rankTitles")) {
				after = afterRank(t, words.get(k)[0], end);
			}
			if (after < 0) {
				continue;
			}
			int rest = 0;
			boolean name = true;
			for (int[] w : words) {
				if (w[0] >= after) {
					rest++;
					name &= Character.isUpperCase(t.charAt(w[0])) && afterTable(t, w[0], end) < 0
							&& !titles.index().findAll(t.substring(w[0], w[1])).stream()
									.anyMatch(m -> m.begin() == 0 && m.end() == w[1] - w[0]);
				}
			}
			boolean run = true;
			for (int j = 0; j < k; j++) {
				run &= Character.isUpperCase(t.charAt(words.get(j)[0])) && t.charAt(words.get(j)[1] - 1) != ',';
			}
			if (rest >= 2 && name && run) {
				start = after;
			}
		}
		if (start > b) {
			Mechanisms.fired("actors.innerTitles", 1);
		}
		return start;
	}

	/** After the longest title of titles.tsv at {@code b} that a space ends before {@code end}, or -1. */
	private int afterTable(String t, int b, int end) {
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

	/**
	 * After a military or police rank at {@code b} that two capitalised name words follow, or -1 (mechanism
	 * {@code actors.rankTitles}): titles.tsv's titles or dotted abbreviations joined by a hyphen into one word
	 * ("Lieutenant-Colonel", "Major-General", "Lt-Col"), or a rank of actor-words.tsv's class "rank" ("Pvt",
	 * "Detective Superintendent", "Field Marshal", "Commodore"), one or two words.
	 */
	private int afterRank(String t, int b, int end) {
		List<int[]> words = words(t, b, end, 4);
		for (int n = Math.min(2, words.size() - 2); n >= 1; n--) {
			boolean names = true;
			for (int k = n; k < n + 2; k++) {
				names &= Character.isUpperCase(t.charAt(words.get(k)[0]));
			}
			String written = t.substring(b, words.get(n - 1)[1]);
			if (!names || !Character.isUpperCase(written.charAt(0))) {
				continue;
			}
			String key = written.toLowerCase(Locale.ROOT);
			key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
			if (ActorWords.get().is("rank", key) || n == 1 && hyphenedTitles(written)) {
				return words.get(n)[0];
			}
		}
		return -1;
	}

	/** "Lieutenant-Colonel", "Lt-Col": two or three titles of titles.tsv (or their undotted abbreviations). */
	private boolean hyphenedTitles(String word) {
		String[] parts = word.split("-");
		if (parts.length < 2 || parts.length > 3) {
			return false;
		}
		for (String p : parts) {
			if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
				return false;
			}
			if (!titles.index().hasWhole(p) && !abbreviations.contains(key(p))) {
				return false;
			}
		}
		return true;
	}

	/** After one to three capitalised words at {@code b} that spell an undotted abbreviated title, or -1. */
	private int afterAbbreviation(String t, int b, int end) {
		List<int[]> words = words(t, b, end, 3);
		for (int n = words.size(); n >= 1; n--) {
			int e = words.get(n - 1)[1];
			String written = t.substring(b, e);
			if (e < end && Character.isUpperCase(written.charAt(0)) && abbreviations.contains(key(written))) {
				return e + 1;
			}
		}
		return -1;
	}

	/** After a capitalised role of the agent dictionary at {@code b} that leaves two words of the run, or -1. */
	private int afterAgent(String t, int b, int end) {
		List<int[]> words = words(t, b, end, 8);
		if (words.size() < 3) {
			return -1;
		}
		String[] keys = new String[words.size()];
		for (int k = 0; k < keys.length; k++) {
			keys[k] = PetrarchSource.key(t.substring(words.get(k)[0], words.get(k)[1]));
		}
		WordSequenceIndex.Match<PetrarchAgent> m = agents.index().longestAt(keys, 0, keys.length);
		if (m == null || m.end() > keys.length - 2 || m.value().code().contains("CVL")) {
			return -1; // civilian roles ("Hunter", "Farmer") are also given names
		}
		for (int k = 0; k < m.end(); k++) {
			if (!Character.isUpperCase(t.charAt(words.get(k)[0]))) {
				return -1;
			}
		}
		return words.get(m.end())[0];
	}

	/** Up to {@code max} space-separated words of {@code [b, end)} as {begin, end} pairs. */
	private static List<int[]> words(String t, int b, int end, int max) {
		List<int[]> out = new ArrayList<>();
		int i = b;
		while (i < end && out.size() < max) {
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
