package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A force noun owned by a possessive pronoun ("its forces", "their troops") is the armed forces of the pronoun's
 * antecedent as an event side (twenty-seventh session, helper "relations27"; {@code relations.possessed-forces}): a
 * state's forces are the document's military actor of that state, never the state. Hand-written parses of sentences
 * written for this test, in the format of {@link ParsedRelationReaderTest}. Fails with
 * {@code -Dsourcebench.off=relations.possessed-forces}.
 */
class PossessedForcesTest {

	private static final String ARMY = "The/the/DET/3/det Chilean/Chilean/ADJ/3/amod army/army/NOUN/5/nsubj "
			+ "is/be/AUX/5/cop ready/ready/ADJ/0/root ./././5/punct";
	/** "Chile said its forces attacked Peru." */
	private static final String SAYS = "Chile/Chile/PROPN/2/nsubj said/say/VERB/0/root its/its/PRON/4/nmod:poss "
			+ "forces/force/NOUN/5/nsubj attacked/attack/VERB/2/ccomp Peru/Peru/PROPN/5/obj ./././2/punct";

	@Test
	void aStatesForcesAreItsMilitary() {
		DocumentExtraction d = extract(ARMY, SAYS);
		assertTrue(has(d, "Chilean military", "Peru", "19"), show(d));
	}

	@Test
	void aStateWithoutAMilitaryActorNamesNobody() {
		DocumentExtraction d = extract(SAYS);
		assertFalse(has(d, "Chilean military", "Peru", "19"), show(d));
	}
}
