package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Telephone calls and events among several parties, on hand-written parses of sentences written for this test
 * ({@code word/lemma/UPOS/head/relation}, head 1-based, as in {@link ParsedRelationReaderTest}).
 */
class CallsAndPartiesTest {

	@Test
	void ringingSomeoneUpIsACallBothWaysNotAnEncirclement() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj rang/ring/VERB/0/root Peru/Peru/PROPN/2/obj "
				+ "on/on/ADP/5/case Monday/Monday/PROPN/2/obl ./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "04"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "04"), d.relationships().toString());
		assertFalse(d.relationships().stream().anyMatch(r -> r.root().equals("19")), d.relationships().toString());
	}

	@Test
	void phoningIsACallBothWays() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj phoned/phone/VERB/0/root Peru/Peru/PROPN/2/obj "
				+ "./././2/punct");
		assertTrue(any(d, "Chile", "Peru") && any(d, "Peru", "Chile"), d.relationships().toString());
		assertTrue(d.relationships().stream().allMatch(r -> r.root().equals("04")), d.relationships().toString());
	}
}
