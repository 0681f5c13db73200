package org.sourcebench.extract.claims;

import java.util.HashSet;
import java.util.Set;

import org.sourcebench.extract.data.DataFile;

/**
 * The word lists of claim reading (cues.tsv verbs, and claim-words.tsv: cognition and position verbs, position
 * nouns, unnamed-source heads), loaded once and shared by the word-window and the parse readers.
 */
final class ClaimWords {

    private static final ClaimWords INSTANCE = new ClaimWords();

    final Set<String> verbs = new HashSet<>();
    final Set<String> nouns = new HashSet<>();
    final Set<String> sources = new HashSet<>();

    private ClaimWords() {
        for (String[] r : DataFile.rows("cues.tsv", 4)) {
            if (!r[0].contains(" ")) {
                verbs.add(r[0].trim());
            }
        }
        for (String[] r : DataFile.rows("claim-words.tsv", 2)) {
            switch (r[1].trim()) {
                case "verb" -> verbs.add(r[0].trim());
                case "noun" -> nouns.add(r[0].trim());
                default -> sources.add(r[0].trim());
            }
        }
    }

    static ClaimWords get() {
        return INSTANCE;
    }

    /** Whether a lower-case word, singular or regular plural ("officials", "witnesses"), heads an unnamed source. */
    boolean isSource(String word) {
        return sources.contains(word)
                || word.endsWith("es") && sources.contains(word.substring(0, word.length() - 2))
                || word.endsWith("s") && sources.contains(word.substring(0, word.length() - 1));
    }
}
