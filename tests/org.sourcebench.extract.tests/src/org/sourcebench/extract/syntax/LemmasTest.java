package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The lemmas of verbs the treebank table has never seen: the final "e" an "-ed" or "-ing" suffix swallowed comes
 * back, a doubled consonant goes, and a stem that is complete as it stands keeps its form.
 */
class LemmasTest {

	private final Lemmas lemmas = Lemmas.get();

	@Test
	void unseenVerbsGetTheirSilentEBack() {
		assertEquals("impose", lemmas.lemma("imposed", "VERB"));
		assertEquals("impose", lemmas.lemma("imposing", "VERB"));
		assertEquals("blame", lemmas.lemma("blamed", "VERB"));
		assertEquals("besiege", lemmas.lemma("besieging", "VERB"));
		assertEquals("reiterate", lemmas.lemma("reiterated", "VERB"));
		assertEquals("denounce", lemmas.lemma("denounced", "VERB"));
	}

	@Test
	void doubledConsonantsAndCompleteStemsStayWithoutE() {
		assertEquals("shun", lemmas.lemma("shunned", "VERB"));
		assertEquals("attack", lemmas.lemma("attacked", "VERB"));
		assertEquals("target", lemmas.lemma("targeted", "VERB"));
		assertEquals("riot", lemmas.lemma("rioting", "VERB"));
	}

	@Test
	void spellingRuleDecidesOnlyWhereTheStemCannotEndAsItIs() {
		assertTrue(Lemmas.silentE("combin"));
		assertTrue(Lemmas.silentE("pursu"));
		assertTrue(Lemmas.silentE("escalat"));
		assertTrue(Lemmas.silentE("invok"));
		assertFalse(Lemmas.silentE("defeat"));
		assertFalse(Lemmas.silentE("claim"));
		assertFalse(Lemmas.silentE("monitor"));
		assertFalse(Lemmas.silentE("develop"));
		assertFalse(Lemmas.silentE("martyr"));
	}
}
