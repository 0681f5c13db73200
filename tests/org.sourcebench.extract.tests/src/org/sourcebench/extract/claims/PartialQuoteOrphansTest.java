package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * {@code claims.partial-quote-orphans} ({@link PartialQuotes}): a partial quotation whose verb's subject resolves to
 * no actor ("who protested the “...”": the relative pronoun) becomes an orphan of the document-level speakers
 * ({@link DocumentSpeakers}, learned, as shipped), which give it its speaker. A made-up article written for the test;
 * the test fails with the switch off ({@code -Dsourcebench.off=claims.partial-quote-orphans}): then no claim holds
 * the quoted words (no cue list has "protest ... the", and the learned claim cues leave this quotation).
 */
class PartialQuoteOrphansTest {

	@Test
	void aQuotationWhoseSubjectResolvesToNoActorGoesToTheDocumentLevelSpeakers() {
		DocumentExtraction d = extract("Drone crash in the Black Sea\n\nAssistant Secretary of State Karen Donfried said on "
				+ "Tuesday that a Russian fighter jet had struck an American drone over the Black Sea. Donfried said the "
				+ "drone had been flying in international airspace. Russian Ambassador Anatoly Antonov met with "
				+ "Donfried, who protested the \u201cunsafe and unprofessional intercept\u201d of the drone. Donfried "
				+ "said Washington would keep flying there.");
		assertTrue(d.claims().stream().anyMatch(c -> c.speaker().equals("Karen Donfried")
				&& c.text().equals("unsafe and unprofessional intercept") && c.cue().equals("protested")),
				d.claims().toString());
	}
}
