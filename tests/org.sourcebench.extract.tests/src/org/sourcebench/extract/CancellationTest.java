package org.sourcebench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@link ExtractionEngine#extract(String, ExtractionOptions, java.util.function.BooleanSupplier)} looks at the caller's
 * cancellation signal before each stage (and each sentence of the sentence readers) and ends with an
 * {@link ExtractionCancelledException} naming the document once it is set; an unset signal changes nothing.
 */
class CancellationTest {

	private static final String BODY = "Russia's deputy UN ambassador Dmitry Polyansky said on Monday that the United "
			+ "States had attacked Iran. Polyansky said Moscow condemned the strikes on Tehran.";

	@Test
	void aCancelledExtractionEndsAtTheNextStage() {
		int[] asked = { 0 };
		ExtractionCancelledException e = assertThrows(ExtractionCancelledException.class, () -> ExtractionFixture.ENGINE
				.extract(BODY, ExtractionOptions.DEFAULT.withDocument("kcna.txt"), () -> ++asked[0] >= 4));
		assertEquals("kcna.txt: extraction cancelled", e.getMessage());
		assertEquals("kcna.txt", e.document());
		assertEquals(4, asked[0], "nothing runs after the signal is seen");
		assertThrows(ExtractionCancelledException.class,
				() -> ExtractionFixture.ENGINE.extract(BODY, ExtractionOptions.DEFAULT, () -> true));
	}

	@Test
	void anUnsetSignalChangesNothing() {
		DocumentExtraction plain = ExtractionFixture.ENGINE.extract(BODY);
		DocumentExtraction signalled = ExtractionFixture.ENGINE.extract(BODY, ExtractionOptions.DEFAULT, () -> false);
		assertEquals(plain.actors(), signalled.actors());
		assertEquals(plain.locations(), signalled.locations());
		assertEquals(plain.claims(), signalled.claims());
		assertEquals(plain.relationships(), signalled.relationships());
	}
}
