package org.sourcebench.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.Fixture;
import org.sourcebench.analysis.timeline.Timeline.LaneMode;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

class TimelineTest {

	private final Fixture f = new Fixture();

	@Test
	void datedItemsAreInDateOrderAndUndatedOnesApart() {
		Actor zed = f.actor("Zed");
		Actor amy = f.actor("Amy");
		Actor nobody = f.actor("Nobody");
		Relationship late = f.relationship(zed, amy, "190", f.source("2024-05-02"));
		Relationship early = f.relationship(amy, zed, "042", f.source("2024-05-01"));
		Relationship undated = f.relationship(zed, nobody, "042", f.source(null));
		Source s = f.source("2024-04-30");
		Claim claim = Dossiers.newClaim(amy, "We met.");
		claim.setEvidence(Dossiers.newSpan(s, 0, 4));
		f.dossier.getClaims().add(claim);

		Timeline timeline = new Timeline(f.dossier);
		assertEquals(List.of(claim, early, late), timeline.dated().stream().map(TimelineItem::element).toList());
		assertEquals(List.of(undated), timeline.undated().stream().map(TimelineItem::element).toList());
		assertArrayEquals(new long[] { LocalDate.of(2024, 4, 30).toEpochDay(), LocalDate.of(2024, 5, 2).toEpochDay() }, timeline.span());

		// actor lanes: only actors with dated items, by name; an event sits in both its ends' lanes
		assertEquals(List.of("Amy", "Zed"), timeline.lanes(LaneMode.ACTOR).stream().map(Timeline.Lane::label).toList());
		assertEquals(List.of(zed, amy), Timeline.laneKeys(timeline.dated().get(2), LaneMode.ACTOR));
		// QuadClass lanes: the four classes and one for claims
		assertEquals(5, timeline.lanes(LaneMode.QUAD_CLASS).size());
		assertEquals(java.util.Collections.singletonList(QuadClass.MATERIAL_CONFLICT), Timeline.laneKeys(timeline.dated().get(2), LaneMode.QUAD_CLASS));
		assertEquals(java.util.Collections.singletonList(null), Timeline.laneKeys(timeline.dated().get(0), LaneMode.QUAD_CLASS));
	}
}
