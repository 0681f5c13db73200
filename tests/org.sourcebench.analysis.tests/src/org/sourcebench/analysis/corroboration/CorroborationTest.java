package org.sourcebench.analysis.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.Fixture;
import org.sourcebench.model.Actor;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

class CorroborationTest {

	private final Fixture f = new Fixture();
	private final Actor x = f.actor("X");
	private final Actor y = f.actor("Y");

	@Test
	void aReprintDoesNotCountAsASecondSource() {
		Source original = f.source("2024-03-01");
		Source reprint = f.source("2024-03-01");
		reprint.setNotes("Reprint of \u201CTalks\u201D (talks.txt, source " + original.getId() + "): 91% of its four-word sequences are shared.");
		Source other = f.source("2024-03-02");
		Relationship r = f.relationship(x, y, "042", original, reprint, other);
		assertEquals(3, r.corroboration(), "the model counts distinct sources");
		assertEquals(2, new CorroborationIndex(f.dossier).count(r), "independent sources: the reprint counts once");
	}

	@Test
	void oneWireStoryOrOneFileIsOneSource() {
		Source ap1 = f.source("2024-03-01");
		Source ap2 = f.source("2024-03-01");
		ap1.setStoryCode("MIDEAST-TALKS");
		ap2.setStoryCode("mideast-talks ");
		Source copy1 = f.source("2024-03-01");
		Source copy2 = f.source("2024-03-01");
		copy1.setSha256("ab12");
		copy2.setSha256("ab12");
		Relationship r = f.relationship(x, y, "042", ap1, ap2, copy1, copy2);
		Stories stories = new Stories(f.dossier.getSources());
		assertTrue(stories.sameStory(ap1, ap2));
		assertTrue(stories.sameStory(copy1, copy2));
		assertFalse(stories.sameStory(ap1, copy1));
		assertEquals(2, stories.independentSources(r.getEvidence()));
	}

	@Test
	void gradesAreThoseOfTheIndependentSourcesBestFirst() {
		Source c = f.source("2024-03-01");
		c.setReliability(AdmiraltyReliability.C);
		Source a = f.source("2024-03-01");
		a.setReliability(AdmiraltyReliability.A);
		Relationship r = f.relationship(x, y, "042", c, a);
		Relationship single = f.relationship(y, x, "042", c);
		CorroborationIndex index = new CorroborationIndex(f.dossier);
		assertEquals("A, C", index.grades(r));
		assertEquals(List.of(r, single), index.byCorroboration());
	}

	@Test
	void sameDyadSameRootWithinTheWindowIsOneEvent() {
		Relationship visit = dated(f.relationship(x, y, "042", f.source("2024-03-01")), "2024-03-01");
		Relationship host = dated(f.relationship(x, y, "043", f.source("2024-03-02"), f.source("2024-03-02")), "2024-03-02");
		dated(f.relationship(x, y, "042", f.source("2024-03-10")), "2024-03-10"); // outside the window
		dated(f.relationship(y, x, "042", f.source("2024-03-01")), "2024-03-01"); // other direction
		dated(f.relationship(x, y, "190", f.source("2024-03-01")), "2024-03-01"); // other root
		f.relationship(x, y, "040", f.source(null)); // undated
		List<CorroborationGroup> groups = new CorroborationFinder(CorroborationRule.DEFAULT).find(f.dossier);
		assertEquals(1, groups.size());
		assertSame(host, groups.get(0).survivor(), "the relationship with the most evidence stays");
		assertEquals(List.of(visit), groups.get(0).merged());
	}

	@Test
	void noGroupSpansMoreThanTheWindow() {
		Relationship d1 = f.relationship(x, y, "042", f.source("2024-03-01"));
		Relationship d3 = f.relationship(x, y, "042", f.source("2024-03-03"));
		Relationship d4 = f.relationship(x, y, "042", f.source("2024-03-04"));
		Relationship d5 = f.relationship(x, y, "042", f.source("2024-03-05"));
		List<CorroborationGroup> groups = new CorroborationFinder(new CorroborationRule(2)).find(f.dossier);
		assertEquals(2, groups.size());
		assertEquals(List.of(d1, d3), members(groups.get(0)));
		assertEquals(List.of(d4, d5), members(groups.get(1)));
		assertEquals(1, new CorroborationFinder(new CorroborationRule(4)).find(f.dossier).size());
		assertTrue(new CorroborationFinder(new CorroborationRule(0)).find(f.dossier).isEmpty());
	}

	@Test
	void mergingMovesTheEvidenceAndUndoRestoresTheDossier() {
		Source s1 = f.source("2024-03-01");
		Source s2 = f.source("2024-03-02");
		Source reprint = f.source("2024-03-02");
		reprint.setNotes("Reprint of source " + s2.getId());
		Relationship first = dated(f.relationship(x, y, "042", s1), "2024-03-01");
		Relationship second = f.relationship(x, y, "042", s2, reprint);
		List<CorroborationGroup> groups = new CorroborationFinder(CorroborationRule.DEFAULT).find(f.dossier);
		assertSame(second, groups.get(0).survivor());

		MergeCorroboratingRelationshipsCommand merge = new MergeCorroboratingRelationshipsCommand(f.domain, groups);
		assertTrue(merge.canExecute());
		f.domain.getCommandStack().execute(merge);
		assertEquals(List.of(second), f.dossier.getRelationships());
		assertEquals(3, second.getEvidence().size());
		assertEquals(LocalDate.of(2024, 3, 1), second.getDate(), "the stated date of the merged report is kept");
		assertEquals(2, new CorroborationIndex(f.dossier).count(second), "s1 and s2; the reprint counts once");
		assertEquals(MergeCorroboratingRelationshipsCommand.LABEL, f.domain.getCommandStack().getUndoCommand().getLabel());

		f.domain.getCommandStack().undo();
		assertEquals(List.of(first, second), f.dossier.getRelationships());
		assertEquals(1, first.getEvidence().size());
		assertEquals(2, second.getEvidence().size());
		assertEquals(null, second.getDate());
	}

	private static List<Relationship> members(CorroborationGroup group) {
		List<Relationship> all = new java.util.ArrayList<>(group.merged());
		all.add(group.survivor());
		all.sort(java.util.Comparator.comparing(r -> r.getEvidence().get(0).getSource().getPublished()));
		return all;
	}

	private static Relationship dated(Relationship relationship, String day) {
		relationship.setDate(LocalDate.parse(day));
		return relationship;
	}
}
