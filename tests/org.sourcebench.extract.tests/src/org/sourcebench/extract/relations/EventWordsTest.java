package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The word classes of {@code data/event-words.tsv} by class name ({@link EventWords}): a class the file lists
 * answers for its words, a class it lacks fails loudly, naming the class and the file.
 */
class EventWordsTest {

	@Test
	void classesAnswerForTheirWords() {
		EventWords w = EventWords.get();
		assertTrue(w.in("halt", "suspend"));
		assertTrue(w.in("modal", "would"));
		assertFalse(w.in("modal", "suspend"));
		assertTrue(w.words("cooperation").contains("cooperation"));
		assertEquals("05", w.code("role", "ally"));
		assertEquals("", w.code("role", "suspend"));
	}

	@Test
	void anUnknownClassFailsNamingTheClassAndTheFile() {
		EventWords w = EventWords.get();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.in("halts", "suspend"));
		assertTrue(e.getMessage().contains("'halts'"), e.getMessage());
		assertTrue(e.getMessage().contains("data/event-words.tsv"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> w.words("no-such-class"));
		assertThrows(IllegalArgumentException.class, () -> w.code("no-such-class", "ally"));
	}
}
