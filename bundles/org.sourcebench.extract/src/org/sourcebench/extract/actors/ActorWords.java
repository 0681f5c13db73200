package org.sourcebench.extract.actors;

import java.util.Locale;

import org.sourcebench.extract.data.WordClasses;

/**
 * The closed word classes of {@code data/actor-words.tsv} (name particles, sentence openers, quantifiers, government
 * adjectives, participles, outlet descriptions, weekdays). Loaded once per JVM; immutable. Public for the claim
 * readers, which ask the same classes (a weekday is no speaker). A class the file lacks fails, naming it.
 */
public final class ActorWords {

	private static final ActorWords INSTANCE = new ActorWords();

	private final WordClasses classes = WordClasses.read("actor-words.tsv", 0, 1);
	private final WordClasses lowered = classes.lowered();

	private ActorWords() {
	}

	public static ActorWords get() {
		return INSTANCE;
	}

	/** Whether {@code word} (any case) is of the class. */
	public boolean is(String wordClass, String word) {
		return lowered.in(wordClass, word.toLowerCase(Locale.ROOT));
	}

	/** The words of a class as a regular-expression alternation, longest first (phrases keep their case). */
	String alternation(String wordClass) {
		return classes.alternation(wordClass);
	}
}
