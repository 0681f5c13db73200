package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.data.DataFile;

/**
 * The closed word classes of {@code data/actor-words.tsv} (name particles, sentence openers, quantifiers, government
 * adjectives, participles, outlet descriptions, weekdays). Loaded once per JVM; immutable. Public for the claim
 * readers, which ask the same classes (a weekday is no speaker).
 */
public final class ActorWords {

	private static final ActorWords INSTANCE = new ActorWords();

	private final Map<String, Set<String>> classes = new HashMap<>();
	private final Map<String, Set<String>> lowered = new HashMap<>();

	private ActorWords() {
		Map<String, List<String>> lists = new HashMap<>();
		for (String[] r : DataFile.rows("actor-words.tsv", 2)) {
			lists.computeIfAbsent(r[1].trim(), k -> new ArrayList<>()).add(r[0].trim());
		}
		lists.forEach((k, v) -> {
			classes.put(k, Set.copyOf(v));
			lowered.put(k, Set.copyOf(v.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
		});
	}

	public static ActorWords get() {
		return INSTANCE;
	}

	/** Whether {@code word} (any case) is of the class. */
	public boolean is(String wordClass, String word) {
		return lowered.getOrDefault(wordClass, Set.of()).contains(word.toLowerCase(Locale.ROOT));
	}

	/** The words of a class as a regular-expression alternation, longest first (phrases keep their case). */
	String alternation(String wordClass) {
		return DataFile.alternation(classes.getOrDefault(wordClass, Set.of()));
	}
}
