package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * Sides of fights the parse reader used to leave unattached (the force-root family of the sixteenth session), on
 * hand-written parses of sentences made up for this test (tokens {@code word/lemma/UPOS/head/relation}, head
 * 1-based; a leading {@code ~} glues a token to the one before it). Each test fails with its switch off:
 * {@code relations.adjective-owners} ({@link AdjectiveOwners}: an event noun's country adjective is its owner, and
 * the word windows' other source of that event is dropped) and {@code relations.claimed-attacks}
 * ({@link ClaimedAttacks}: "X claimed responsibility for the attack on Y").
 */
class ForceRootsTest {

	static final String OPENING = "Moldova/Moldova/PROPN/4/nsubj and/and/CCONJ/3/cc Georgia/Georgia/PROPN/1/conj "
			+ "quarrelled/quarrel/VERB/0/root ~././PUNCT/4/punct";

	static final String STRIKES = "Moldovan/Moldovan/ADJ/2/amod strikes/strike/NOUN/5/nsubj on/on/ADP/4/case "
			+ "Georgia/Georgia/PROPN/2/nmod continued/continue/VERB/0/root ~././PUNCT/5/punct";

	static final String ARMENIA = "Armenia/Armenia/PROPN/2/nsubj spoke/speak/VERB/0/root ~././PUNCT/2/punct";

	static final String CONDEMNED = "Armenia/Armenia/PROPN/2/nsubj condemned/condemn/VERB/0/root a/a/DET/5/det "
			+ "Moldovan/Moldovan/ADJ/5/amod strike/strike/NOUN/2/obj on/on/ADP/7/case Georgia/Georgia/PROPN/5/nmod "
			+ "~././PUNCT/2/punct";

	static final String CLAIMED = "Moldova/Moldova/PROPN/2/nsubj claimed/claim/VERB/0/root "
			+ "responsibility/responsibility/NOUN/2/obj for/for/ADP/6/case the/the/DET/6/det attack/attack/NOUN/3/nmod "
			+ "on/on/ADP/8/case Georgia/Georgia/PROPN/6/nmod ~././PUNCT/2/punct";

	static final String DENIED = "Moldova/Moldova/PROPN/3/nsubj never/never/ADV/3/advmod "
			+ "claimed/claim/VERB/0/root responsibility/responsibility/NOUN/3/obj for/for/ADP/7/case the/the/DET/7/det "
			+ "attack/attack/NOUN/4/nmod on/on/ADP/9/case Georgia/Georgia/PROPN/7/nmod ~././PUNCT/3/punct";

	@Test
	void theCountryAdjectiveOfAStrikeIsItsOwner() { // relations.adjective-owners
		DocumentExtraction d = extract(OPENING, STRIKES);
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
	}

	@Test
	void whoCondemnsAStrikeDidNotStrike() { // relations.adjective-owners with the windows' overrule
		DocumentExtraction d = extract(OPENING, ARMENIA, CONDEMNED);
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
		assertFalse(has(d, "Armenia", "Georgia", "19"), show(d));
	}

	@Test
	void claimingAnAttackIsDoingIt() { // relations.claimed-attacks
		assertTrue(has(extract(OPENING, CLAIMED), "Moldova", "Georgia", "19"), show(extract(OPENING, CLAIMED)));
		assertFalse(has(extract(OPENING, DENIED), "Moldova", "Georgia", "19"), show(extract(OPENING, DENIED)));
	}
}
