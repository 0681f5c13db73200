package org.sourcebench.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossiers;

class ElementLabelsTest {

	@Test
	void cameoLabelsInCapitalsReadAsSentences() {
		assertEquals("Express intent to cooperate", ElementLabels.sentenceCase("EXPRESS INTENT TO COOPERATE"));
		assertEquals("Make a visit", ElementLabels.sentenceCase("Make a visit"));
		assertEquals("", ElementLabels.sentenceCase(null));
	}

	@Test
	void relationshipsReadFromEventTo() {
		var russia = Dossiers.newActor("Russia", ActorKind.STATE);
		var syria = Dossiers.newActor("Syria", ActorKind.STATE);
		// CAMEO root code 04 is CONSULT.
		assertEquals("Russia \u2192 04 Consult \u2192 Syria", ElementLabels.text(Dossiers.newRelationship(russia, syria, "04")));
		assertEquals("(unknown) \u2192 04 Consult \u2192 Syria", ElementLabels.text(Dossiers.newRelationship(null, syria, "04")));
		assertEquals("Russia \u2192 999 \u2192 Syria", ElementLabels.text(Dossiers.newRelationship(russia, syria, "999")));
	}
}
