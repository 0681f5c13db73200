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

	/** The subject of "denied" stands before an aside holding another cue ("according to"): the rules resolve none. */
	private static final String M23 = "The M23 rebels, backed by Rwanda according to United Nations experts, denied that "
			+ "their fighters had killed civilians in the town of Goma.";

	@Test
	void aCueWhoseSubjectTheRulesCannotResolveGetsTheDocumentsSpeaker() {
		// the rules leave "denied" without a speaker and make no claim; the model gives it to M23
		DocumentExtraction d = extract(M23);
		assertTrue(textsOf(d, "M23").contains("their fighters had killed civilians in the town of Goma"),
				d.claims().toString());
	}

	@Test
	void theDumpListsEveryActorAsACandidateOfAnOrphan() {
		List<LearnedRoots.Candidate> rows = new ArrayList<>();
		DocumentSpeakers.dumpTo(rows::add);
		try {
			extract(M23);
		} finally {
			DocumentSpeakers.dumpTo(null);
		}
		assertTrue(rows.stream().anyMatch(c -> c.from().equals("M23")), rows.toString());
		assertEquals(1, rows.stream().map(LearnedRoots.Candidate::to).distinct().count(), rows.toString());
	}
}
