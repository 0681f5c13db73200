package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.relations.LearnedRoots;

/**
 * The learned claim speakers of the twenty-fourth session (helper speakers24, switch {@code claims.learned-speakers},
 * model {@code data/claim-speakers24.tsv}), on paragraphs written for the test and read by the default engine with its
 * parser; the claim test fails with the switch off ({@code -Dsourcebench.off=claims.learned-speakers}).
 */
class LearnedSpeakersTest {

	private static List<String> textsOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> c.speaker().equals(speaker)).map(ExtractedClaim::text).toList();
	}

	/** A second paragraph that is only a quotation of the first paragraph's speaker, with a claim nested in it. */
	private static final String BARZANI = "The Iraqi government said on Monday it would not pay the salaries. Baghdad "
			+ "continues to impose conditions that obstruct timely salary payments, Kurdistan Region Prime Minister "
			+ "Masrour Barzani said.\n\n\"They have added a clause saying they will not send salaries unless they "
			+ "receive the full 230,000 barrels. But terrorists are attacking our oil fields,\" he said.";

	private static final String NESTED = "they will not send salaries unless they receive the full 230,000 barrels";

	@Test
	void aClaimNestedInTheSecondParagraphsQuotationGoesToTheFirstParagraphsSpeaker() {
		// the rules give "saying ..." to Iraq, the state of "they"; the model gives it to the quotation's speaker
		DocumentExtraction d = extract(BARZANI);
		assertTrue(textsOf(d, "Masrour Barzani").contains(NESTED), d.claims().toString());
		assertFalse(textsOf(d, "Iraq").contains(NESTED), d.claims().toString());
	}

	@Test
	void theDumpListsTheRuleSpeakerFirstForEveryClaim() {
		List<LearnedRoots.Candidate> rows = new ArrayList<>();
		LearnedSpeakers.dumpTo(rows::add);
		try {
			extract(BARZANI);
		} finally {
			LearnedSpeakers.dumpTo(null);
		}
		List<LearnedRoots.Candidate> nested = rows.stream()
				.filter(c -> c.features().contains("cur=true") && c.from().equals("Iraq")
						&& BARZANI.substring(c.begin(), c.end()).equals(NESTED))
				.toList();
		assertEquals(1, nested.size(), rows.toString());
		assertTrue(rows.stream().anyMatch(c -> c.to().equals(nested.get(0).to()) && c.from().equals("Masrour Barzani")),
				rows.toString());
	}
}
