package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The event nouns of {@code noun-events.tsv} ({@code relations.noun-events}), read by the nominal reader, on
 * hand-written parses of sentences written for this test (format of {@link HandParses}).
 */
class NounEventsTest {

	@Test
	void aCallHeldWithAPartnerIsAMeetingBothWays() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj held/hold/VERB/0/root a/a/DET/5/det "
				+ "phone/phone/NOUN/5/compound call/call/NOUN/2/obj with/with/ADP/7/case Peru/Peru/PROPN/5/nmod "
				+ "./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "04"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "04"), d.relationships().toString());
	}

	@Test
	void aCallBetweenTwoSidesIsAMeetingOfBoth() {
		DocumentExtraction d = extract("The/the/DET/2/det call/call/NOUN/7/nsubj between/between/ADP/4/case "
				+ "Chile/Chile/PROPN/2/nmod and/and/CCONJ/6/cc Peru/Peru/PROPN/4/conj lasted/last/VERB/0/root "
				+ "an/a/DET/9/det hour/hour/NOUN/7/obl:unmarked ./././7/punct");
		assertTrue(has(d, "Chile", "Peru", "04") && has(d, "Peru", "Chile", "04"), d.relationships().toString());
	}
}
