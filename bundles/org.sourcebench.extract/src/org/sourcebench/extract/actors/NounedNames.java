package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;

/**
 * Person names that a description rather than a title introduces, where the entity tagger reads no person
 * ({@code actors.nounedNames}): a lower-case noun that describes a person (person-nouns.tsv, actor-words.tsv class
 * {@code name-noun}) written right before a capitalised run of two to four name words opens that person's name ("his
 * Ruritanian counterpart Jane Roe", "the minister's son-in-law Jane Roe"); the caller applies the checks of an
 * untitled name (no country, place, body or dictionary actor). (Its sibling {@code actors.jurisdictionNames}, revived
 * in the sixteenth session, lost on study and was removed again.) Immutable; safe to share.
 */
final class NounedNames {

	private static final Set<String> NOUNS = new HashSet<>();

	static {
		for (String[] r : DataFile.rows("person-nouns.tsv", 1)) {
			NOUNS.add(r[0].trim());
		}
	}

	NounedNames() {
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
}
