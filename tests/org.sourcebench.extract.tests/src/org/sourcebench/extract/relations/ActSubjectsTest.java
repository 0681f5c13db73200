package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The author of an act noun that is an event's subject is the event's source (twenty-ninth session, helper
 * "relends29"; {@code relations.act-subjects}): "A Chilean strike on Peru killed ..." is Chile's act, not Peru's (the
 * actor under the noun's aim), and "Chilean drones hit Bolivia" is Chile's though no actor is named in the subject.
 * Hand-written parses of sentences written for this test, in the format of {@link ParsedRelationReaderTest}. Both
 * fail with {@code -Dsourcebench.off=relations.act-subjects}.
 */
class ActSubjectsTest {

	private static final String CHILE = "Chile/Chile/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root "
			+ "./././3/punct";
	/** "A Chilean strike on Peru killed two Bolivian soldiers." */
	private static final String STRIKE = "A/a/DET/3/det Chilean/Chilean/ADJ/3/amod strike/strike/NOUN/6/nsubj "
			+ "on/on/ADP/5/case Peru/Peru/PROPN/3/nmod killed/kill/VERB/0/root two/two/NUM/9/nummod "
			+ "Bolivian/Bolivian/ADJ/9/amod soldiers/soldier/NOUN/6/obj ./././6/punct";
	/** "Chilean drones hit Bolivia." */
	private static final String DRONES = "Chilean/Chilean/ADJ/2/amod drones/drone/NOUN/3/nsubj hit/hit/VERB/0/root "
			+ "Bolivia/Bolivia/PROPN/3/obj ./././3/punct";

	@Test
	void theCountryOfAnActSubjectIsTheSourceNotItsAim() {
		DocumentExtraction d = extract(CHILE, STRIKE);
		assertTrue(d.relationships().stream().anyMatch(r -> r.from().equals("Chile") && r.root().equals("19")),
				show(d));
		assertFalse(d.relationships().stream().anyMatch(r -> r.from().equals("Peru")), show(d));
	}

	@Test
	void anActSubjectWithoutANamedActorHasItsCountryAsSource() {
		DocumentExtraction d = extract(CHILE, DRONES);
		assertTrue(has(d, "Chile", "Bolivia", "19"), show(d));
	}
}
