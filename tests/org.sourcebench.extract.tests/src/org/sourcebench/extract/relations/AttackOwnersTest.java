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
 * A passive act of force takes its agent from the attack it happened in ({@link AttackOwners}, switch
 * {@code relations.attack-owners}), on hand-written parses of sentences made up for this test (tokens
 * {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
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
