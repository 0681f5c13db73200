package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasRelation;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PetrarchVerb;
import org.sourcebench.extract.data.PetrarchVerbDictionary;

/**
 * A verb line marked {@code [---]} in a CAMEO verb block codes nothing on its own (mechanism
 * {@code relations.no-code-verbs}): only the block's patterns code it. Before, the reader took the block's code
 * for the bare verb, so "held a phone call with X" came out as coercion (170, the block of "confine").
 */
class NoCodeVerbsTest {

	private static final String BLOCK = """
			---  DETAIN   [170]  ---
			DETAIN
			RETAIN {RETAINS RETAINED RETAINING } [---]
			- * ACCOUNTABLE                                   [112]         # RETAIN
			""";

	private static PetrarchVerb verb(PetrarchVerbDictionary d, String form) {
		List<PetrarchVerb> found = d.verbs(form);
		assertEquals(1, found.size(), form + ": " + found);
		return found.get(0);
	}

	@Test
	void aVerbMarkedWithoutCodeHasNoBareEventButKeepsItsPatterns() throws IOException {
		PetrarchVerbDictionary d = new PetrarchVerbDictionary(
				List.of(PetrarchSource.read("block.txt", new StringReader(BLOCK))));
		assertNull(verb(d, "retained").isolatedCode(), "a bare 'retained' is no event");
		assertEquals("170", verb(d, "detained").isolatedCode(), "an unmarked verb takes its block's code");
		assertEquals(1, verb(d, "retains").block().patterns().size());
		assertEquals("112", verb(d, "retains").block().patterns().get(0).code());
	}

	@Test
	void holdingACallIsNoCoercion() {
		DocumentExtraction d = extract("Saudi Arabia held a long phone call with Qatar on Monday.");
		assertTrue(hasRelation(d, "Saudi Arabia", "Qatar", "04"), d.relationships().toString());
		assertFalse(d.relationships().stream().anyMatch(r -> r.root().equals("17")), d.relationships().toString());
	}
}
