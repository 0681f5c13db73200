package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.relations.LearnedRoots;

/**
 * The document-level claim speakers of the twenty-second session (helper speakers22, switch
 * {@code claims.document-speakers}, model {@code data/claim-speakers22.tsv}), on sentences written for the test and
 * read by the default engine with its parser; the claim test fails with the switch off ({@code -Dsourcebench.off=...}).
 */
class DocumentSpeakersTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	@Test
	void aClaimVerbConjoinedToAnotherVerbTakesThatVerbsSubject() {
		// the rules find no subject of "denied" (conjoined to "met"); the model gives the claim to Orban
		DocumentExtraction d = extract("Hungarian Prime Minister Viktor Orban met the European delegation in Budapest "
				+ "on Monday but denied that his government would block the aid package for Ukraine.");
		assertTrue(textsOf(d, "Viktor Orban").contains("his government would block the aid package for Ukraine"),
				d.claims().toString());
	}

	@Test
	void theDumpListsEveryActorAsACandidateOfAnOrphan() {
		List<LearnedRoots.Candidate> rows = new ArrayList<>();
		DocumentSpeakers.dumpTo(rows::add);
		try {
			extract("Hungarian Prime Minister Viktor Orban met the European delegation in Budapest on Monday but "
					+ "denied that his government would block the aid package for Ukraine.");
		} finally {
			DocumentSpeakers.dumpTo(null);
		}
		assertTrue(rows.stream().anyMatch(c -> c.from().equals("Viktor Orban")), rows.toString());
		assertEquals(1, rows.stream().map(LearnedRoots.Candidate::to).distinct().count(), rows.toString());
	}
}
