package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * A pronoun speaker whose remembered speaker last spoke before the coreference window goes to the antecedent the
 * salience model picks ({@link SpeakerCoref}, mechanism {@code coref.speakerMemory}); a recent speaker keeps it.
 */
class SpeakerCorefTest {

	@Test
	void heAfterANewPersonTookTheStageIsThatPersonNotTheLongAgoSpeaker() {
		DocumentExtraction d = extract("Omar Haddad said on Monday that the talks had failed. The delegation left "
				+ "the city on Tuesday. Farmers returned to their fields. Interior Minister Karim Nassar visited the "
				+ "camp on Wednesday. He said that aid would arrive within a week.");
		assertEquals(List.of("Omar Haddad", "Karim Nassar"), speakers(d));
	}

	@Test
	void itAfterAnotherBodyActedIsThatBodyNotTheLongAgoSpeaker() {
		DocumentExtraction d = extract("The Defence Ministry said on Monday that the border was calm. Heavy rain fell "
				+ "across the north. Farmers returned to their fields. The Syrian army shelled two villages on "
				+ "Wednesday. It said that the targets were militant depots.");
		assertEquals("Defence Ministry", speakers(d).get(0));
		assertNotEquals("Defence Ministry", speakers(d).get(1), speakers(d).toString());
	}

	@Test
	void heRightAfterAQuotationStaysWithItsSpeaker() {
		DocumentExtraction d = extract("Interior Minister Karim Nassar visited the camp on Wednesday. Omar Haddad "
				+ "said that the talks had failed. He said that the delegation would leave.");
		assertEquals(List.of("Omar Haddad", "Omar Haddad"), speakers(d));
	}

	@Test
	void aNameInsideTheQuotationIsNoAntecedentOfTheSpeakerAfterIt() {
		DocumentExtraction d = extract("Omar Haddad said on Monday that the talks had failed. Rain fell across the "
				+ "north. Farmers returned to their fields. \"President Sami Karam ordered the shelling of the "
				+ "villages,\" he said.");
		assertEquals(List.of("Omar Haddad", "Omar Haddad"), speakers(d));
	}

	private static List<String> speakers(DocumentExtraction d) {
		return d.claims().stream().map(ExtractedClaim::speaker).toList();
	}
}
