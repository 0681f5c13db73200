package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.hasClaim;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * A cue that follows its clause (twenty-eighth session, helper claims28), on sentences written for the test. Switch
 * {@code claims.title-break}: lower-case title words between the comma and the speaker's name ("..., government
 * spokesman X said at a news conference.") still mark the cue as following its clause. Switch {@code claims.long-tail}:
 * a prepositional adjunct after the cue longer than 50 characters ("said on Friday during a visit by ...") is no
 * content. Each test fails with its switch off ({@code -Dsourcebench.off=...}): the engine then takes the adjunct
 * after the cue for what was said.
 */
class Claims28Test {

	@Test
	void titleWordsBeforeTheNameStillFollowTheClause() {
		DocumentExtraction d = extract("Nine soldiers were also killed in the clashes near the border, government "
				+ "spokesman Ahmad Karimi said at a news conference in the capital.");
		assertTrue(hasClaim(d, "Ahmad Karimi", "Nine soldiers were also killed in the clashes near the border"),
				d.claims().toString());
	}

	@Test
	void aLongPrepositionalTailIsNoContent() {
		DocumentExtraction d = extract("Kenya will send 600 more police officers to Haiti in November, President "
				+ "William Ruto said on Friday during a visit by the Haitian prime minister intended to speed up the "
				+ "deployment.");
		assertTrue(hasClaim(d, "William Ruto", "Kenya will send 600 more police officers to Haiti in November"),
				d.claims().toString());
	}
}
