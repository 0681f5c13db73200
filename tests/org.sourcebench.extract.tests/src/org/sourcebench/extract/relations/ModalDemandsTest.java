package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A speaker whose words say what another actor must or should do demands it of that actor, 10
 * ({@code speech.modal-demands}, {@link SpeechActs}), on hand-written parses of sentences made up for these tests
 * (tokens {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~} glues a token to the one before it).
 */
class ModalDemandsTest {

	@Test
	void whatAnotherActorMustDoIsADemandOnIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark "
				+ "Russia/Russia/PROPN/6/nsubj must/must/AUX/6/aux withdraw/withdraw/VERB/2/ccomp "
				+ "its/its/PRON/8/nmod:poss troops/troop/NOUN/6/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "10"), show(d));
	}

	@Test
	void whatAnotherActorShouldDoIsADemandOnIt() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/6/mark "
				+ "Russia/Russia/PROPN/6/nsubj should/should/AUX/6/aux return/return/VERB/2/ccomp "
				+ "to/to/ADP/8/case talks/talk/NOUN/6/obl ~././PUNCT/2/punct");
		assertTrue(has(d, "Moldova", "Russia", "10"), show(d));
	}

	@Test
	void whatAnActorsThingMustDoIsNoDemandOnTheActor() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/8/mark "
				+ "Russia/Russia/PROPN/6/nmod:poss ~'s/'s/PART/4/case troops/troop/NOUN/8/nsubj must/must/AUX/8/aux "
				+ "leave/leave/VERB/2/ccomp ~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "10"), show(d));
	}

	@Test
	void aConditionalObligationIsNoDemand() {
		DocumentExtraction d = extract("Moldova/Moldova/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/11/mark "
				+ "if/if/SCONJ/7/mark Russia/Russia/PROPN/7/nsubj must/must/AUX/7/aux leave/leave/VERB/11/advcl "
				+ "~,/,/PUNCT/7/punct talks/talk/NOUN/11/nsubj will/will/AUX/11/aux end/end/VERB/2/ccomp "
				+ "~././PUNCT/2/punct");
		assertFalse(has(d, "Moldova", "Russia", "10"), show(d));
	}
}
