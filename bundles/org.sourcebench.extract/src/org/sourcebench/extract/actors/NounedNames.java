package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;

/**
 * Person names that a description rather than a title introduces, where the entity tagger reads no person.
 * <ul>
 * <li>{@code actors.nounedNames}: a lower-case noun that describes a person (person-nouns.tsv, actor-words.tsv class
 * {@code name-noun}) written right before a capitalised run of two to four name words opens that person's name
 * ("his Ruritanian counterpart Jane Roe", "the minister's son-in-law Jane Roe"); the caller applies the checks
 * of an untitled name (no country, place, body or dictionary actor).</li>
 * <li>{@code actors.jurisdictionNames}: after a title and " to "/" in "/" for ", a country or gazetteer place
 * followed by two or more name words is the post, not the start of the name ("ambassador to Ruritania Jane Roe",
 * "Deputy Ambassador in Zenda Jane Roe"): the post ends at the place.</li>
 * </ul>
 * Immutable; safe to share.
 */
final class NounedNames {

	private static final Set<String> NOUNS = new HashSet<>();

	static {
		for (String[] r : DataFile.rows("person-nouns.tsv", 1)) {
			NOUNS.add(r[0].trim());
		}
	}

	private final ExtractionData data;

	NounedNames(ExtractionData data) {
		this.data = data;
	}

	/** The name runs ({@code [begin, end]}) of two or more words that follow a person noun in {@code t}. */
	List<int[]> runs(String t) {
		List<int[]> out = new ArrayList<>();
		if (!Mechanisms.on("actors.nounedNames")) {
			return out;
		}
		int i = 0;
		while (i < t.length()) {
			char c = t.charAt(i);
			if (!Character.isLowerCase(c) || i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1))
					|| t.charAt(i - 1) == '-')) {
				i++;
				continue;
			}
			int e = i;
			while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) {
				e++;
			}
			String w = t.substring(i, e);
			if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1)) && noun(w)) {
				int[] run = NameRun.after(t, e + 1);
				if (run != null && run[0] == e + 1 && NameRun.wordCount(t.substring(run[0], run[1])) >= 2) {
					out.add(run);
				}
			}
			i = e;
		}
		return out;
	}

	private static boolean noun(String w) {
		String lower = w.toLowerCase(Locale.ROOT);
		return NOUNS.contains(lower) || ActorWords.get().is("name-noun", lower);
	}

	/**
	 * The end of the post when the place run {@code [b, e)} after a title's " to "/" in " is a country or gazetteer
	 * place followed by two or more name words; else -1.
	 */
	int placeBeforeName(String t, int b, int e) {
		if (!Mechanisms.on("actors.jurisdictionNames")) {
			return -1;
		}
		int placeEnd = -1;
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, b, cs);
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			placeEnd = Math.max(placeEnd, c.end());
		}
		List<PhraseIndex.Match<Place>> ps = new ArrayList<>();
		data.gazetteer().index().matchAt(t, b, ps);
		for (PhraseIndex.Match<Place> p : ps) {
			placeEnd = Math.max(placeEnd, p.end());
		}
		if (placeEnd <= b || placeEnd >= e || t.charAt(placeEnd) != ' ') {
			return -1;
		}
		int[] name = NameRun.after(t, placeEnd + 1);
		if (name == null || name[0] != placeEnd + 1 || name[1] != e
				|| NameRun.wordCount(t.substring(name[0], name[1])) < 2) {
			return -1;
		}
		Mechanisms.fired("actors.jurisdictionNames", 1);
		return placeEnd;
	}
}
