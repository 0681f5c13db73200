package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.ActorKind;

/**
 * The armed-force actors of the seventeenth session on issue 11 (forces17: {@link ForceNames}), on sentences written
 * for the test; each assertion fails with its mechanism switched off.
 */
class ForceNamesTest {

	@Test
	void aNameBeforeFightersIsAnArmedGroup() {
		// forces.namedFighters: "Zelkor fighters", the name used again inside a sentence
		DocumentExtraction d = ExtractionFixture.extract("Government troops clashed with Zelkor fighters near the town "
				+ "on Monday. Officials said Zelkor had lost ground, and Zelkor fighters later withdrew.");
		assertTrue(actor(d, "Zelkor").filter(a -> a.kind() == ActorKind.ARMED_GROUP).isPresent(),
				d.actors().toString());
	}

	@Test
	void theForcesOfARulingGroupAreItsMilitary() {
		// forces.rulingGroups: the text calls the Taliban a government, so "Taliban forces" are its armed forces
		DocumentExtraction d = ExtractionFixture.extract("The Taliban government said on Monday that Taliban forces "
				+ "had repelled an attack near the border.");
		assertTrue(actor(d, "Taliban forces").filter(a -> a.kind() == ActorKind.MILITARY).isPresent(),
				d.actors().toString());
	}

	@Test
	void aGroupOfAnotherCountryIsAnotherGroup() {
		// forces.adjectiveGroups: "Pakistani" before the Taliban (of Afghanistan) names another group
		DocumentExtraction d = ExtractionFixture.extract("The attacks are often attributed to the Pakistani Taliban, "
				+ "while the Taliban in Kabul deny any role.");
		assertTrue(actor(d, "Pakistani Taliban").isPresent(), d.actors().toString());
	}

	@Test
	void pluralDescriptionsOfAnUnnamedGroupAreOneActor() {
		// forces.groupDescriptions: no armed group named, "the insurgents" twice
		DocumentExtraction d = ExtractionFixture.extract("The insurgents attacked the town of Mocimboa on Monday. "
				+ "Officials said the insurgents burned dozens of houses before leaving.");
		assertTrue(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.ARMED_GROUP
				&& mentionTexts(a).contains("insurgents")), d.actors().toString());
	}

	@Test
	void bareSoldiersBelongToTheOnlyArmy() {
		// forces.bareSoldiers: the story names one military actor
		DocumentExtraction d = ExtractionFixture.extract("The Nigerian army said on Sunday that the attack on its "
				+ "base killed six soldiers.");
		assertTrue(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.MILITARY
				&& mentionTexts(a).contains("soldiers")), d.actors().toString());
	}
}
