package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Sides of fights and accusations the parse reader used to leave unattached, on hand-written parses of sentences made up for this test (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it): a passive act of force takes its agent from the attack it happened in ({@link AttackOwners}, switch
 * {@code relations.attack-owners}); an event noun's country adjective is its owner ({@link AdjectiveOwners}, switch
 * {@code relations.adjective-owners}); fight nouns the lists lacked (switch {@code relations.fight-nouns}, rows of
 * noun-events.tsv); an adjective predicate on the object completes a dictionary pattern ({@link SecondaryPredicates},
 * switch {@code relations.secondary-predicates}).
 */
class AttackOwnersTest {

	static final String OPENING = "Moldova/Moldova/PROPN/4/nsubj and/and/CCONJ/3/cc Georgia/Georgia/PROPN/1/conj "
			+ "quarrelled/quarrel/VERB/0/root ~././PUNCT/4/punct";

	static final String DESTROYED = "A/a/DET/3/det Georgian/Georgian/ADJ/3/amod drone/drone/NOUN/5/nsubj:pass "
			+ "was/be/AUX/5/aux:pass destroyed/destroy/VERB/0/root in/in/ADP/9/case a/a/DET/9/det "
			+ "Moldovan/Moldovan/ADJ/9/amod strike/strike/NOUN/5/obl ~././PUNCT/5/punct";

	static final String BY_NAME = "A/a/DET/3/det Georgian/Georgian/ADJ/3/amod patrol/patrol/NOUN/5/nsubj:pass "
			+ "was/be/AUX/5/aux:pass hit/hit/VERB/0/root during/during/ADP/8/case an/a/DET/8/det "
			+ "attack/attack/NOUN/5/obl by/by/ADP/10/case Moldova/Moldova/PROPN/8/nmod ~././PUNCT/5/punct";

	static final String SHOOTOUT = "A/a/DET/2/det shootout/shootout/NOUN/7/nsubj between/between/ADP/4/case "
			+ "Moldova/Moldova/PROPN/2/nmod and/and/CCONJ/6/cc Georgia/Georgia/PROPN/4/conj ended/end/VERB/0/root "
			+ "on/on/ADP/9/case Sunday/Sunday/PROPN/7/obl ~././PUNCT/7/punct";

	static final String HELD = "Moldova/Moldova/PROPN/2/nsubj held/hold/VERB/0/root Georgia/Georgia/PROPN/2/obj "
			+ "responsible/responsible/ADJ/2/xcomp for/for/ADP/7/case the/the/DET/7/det blast/blast/NOUN/4/obl "
			+ "~././PUNCT/2/punct";

	static final String CONDEMNED = "Georgia/Georgia/PROPN/2/nsubj condemned/condemn/VERB/0/root a/a/DET/5/det "
			+ "Moldovan/Moldovan/ADJ/5/amod strike/strike/NOUN/2/obj ~././PUNCT/2/punct";

	static final String STRIKES = "Moldovan/Moldovan/ADJ/2/amod strikes/strike/NOUN/5/nsubj on/on/ADP/4/case "
			+ "Georgia/Georgia/PROPN/2/nmod continued/continue/VERB/0/root ~././PUNCT/5/punct";

	@Test
	void aShootoutIsAFightBothWays() {
		DocumentExtraction d = extract(OPENING, SHOOTOUT);
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
		assertTrue(has(d, "Georgia", "Moldova", "19"), show(d));
	}

	@Test
	void holdingSomeoneResponsibleAccusesThem() {
		DocumentExtraction d = extract(OPENING, HELD);
		assertTrue(has(d, "Moldova", "Georgia", "11"), show(d));
	}

	@Test
	void theCountryAdjectiveOfAStrikeIsItsOwner() {
		assertTrue(has(extract(OPENING, CONDEMNED), "Georgia", "Moldova", "11"), show(extract(OPENING, CONDEMNED)));
		assertTrue(has(extract(OPENING, STRIKES), "Moldova", "Georgia", "19"), show(extract(OPENING, STRIKES)));
	}

	@Test
	void theAttackersAdjectiveIsTheAgent() {
		DocumentExtraction d = extract(OPENING, DESTROYED);
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
	}

	@Test
	void theAttacksByPhraseIsTheAgent() {
		DocumentExtraction d = extract(OPENING, BY_NAME);
		assertTrue(has(d, "Moldova", "Georgia", "19"), show(d));
	}

	private static DocumentExtraction extract(String... sentences) {
		List<ParsedSentence> parsed = HandParses.document(sentences);
		StringBuilder body = new StringBuilder();
		for (ParsedSentence s : parsed) {
			body.append(HandParses.body(s).substring(body.length()));
		}
		return ExtractionEngine.withParser(b -> parsed).extract(body.toString());
	}
}
