package org.sourcebench.analysis.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.Fixture;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

class EventDatingTest {

	private final Fixture f = new Fixture();
	private final Actor a = f.actor("A");
	private final Actor b = f.actor("B");

	@Test
	void aStatedDateWinsOverPublication() {
		Relationship r = f.relationship(a, b, "042", f.source("2024-03-05"));
		r.setDate(LocalDate.of(2024, 3, 1));
		assertEquals(new EventDate(LocalDate.of(2024, 3, 1), DateBasis.STATED), EventDating.of(r));
	}

	@Test
	void withoutAStatedDateTheEarliestPublicationDayIsUsed() {
		Relationship r = f.relationship(a, b, "042", f.source("2024-03-05"), f.source("2024-03-03"), f.source(null));
		assertEquals(new EventDate(LocalDate.of(2024, 3, 3), DateBasis.PUBLISHED), EventDating.of(r));
	}

	@Test
	void thePublicationDayIsTheDayWhereTheSourceWasPublished() {
		Source tokyo = f.source(null);
		tokyo.setPublished(OffsetDateTime.of(2024, 3, 5, 1, 0, 0, 0, ZoneOffset.ofHours(9))); // 4 March in UTC
		Relationship r = f.relationship(a, b, "042", tokyo);
		assertEquals(LocalDate.of(2024, 3, 5), EventDating.of(r).date());
	}

	@Test
	void anEventWithNeitherIsUndated() {
		Relationship r = f.relationship(a, b, "042", f.source(null));
		assertEquals(EventDate.UNDATED, EventDating.of(r));
		assertFalse(EventDating.of(r).isDated());
		assertEquals(EventDate.UNDATED, EventDating.of(f.relationship(a, b, "042")));
	}

	@Test
	void claimsAreDatedTheSameWay() {
		Source source = f.source("2024-02-10");
		Claim stated = Dossiers.newClaim(a, "We will talk.");
		stated.setDateStated(LocalDate.of(2024, 2, 1));
		stated.setEvidence(Dossiers.newSpan(source, 0, 4));
		Claim unstated = Dossiers.newClaim(a, "We talked.");
		unstated.setEvidence(Dossiers.newSpan(source, 0, 4));
		Claim bare = Dossiers.newClaim(a, "No evidence.");
		assertEquals(new EventDate(LocalDate.of(2024, 2, 1), DateBasis.STATED), EventDating.of(stated));
		assertEquals(new EventDate(LocalDate.of(2024, 2, 10), DateBasis.PUBLISHED), EventDating.of(unstated));
		assertEquals(EventDate.UNDATED, EventDating.of(bare));
	}
}
