package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The learned claim-stance layer ({@code relations.claimStances}, {@link ClaimStances}, the shipped model
 * {@code data/claim-stances.tsv}): a speaker whose claim speaks badly of another actor disapproves of it (11), on
 * hand-written parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it).
 */
class ClaimStancesTest {

	@Test
	void aClaimThatAnotherActorIsNoBetterIsDisapproval() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root "
				+ "Russia/Russia/PROPN/6/nsubj was/be/AUX/6/cop no/no/DET/6/det different/different/ADJ/2/ccomp "
				+ "~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "11"), show(d));
	}

	@Test
	void aClaimThatAnotherActorIsAGoodPartnerIsNoDisapproval() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root "
				+ "Russia/Russia/PROPN/6/nsubj was/be/AUX/6/cop a/a/DET/6/det good/good/ADJ/7/amod "
				+ "partner/partner/NOUN/2/ccomp ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "11"), show(d));
	}
}
