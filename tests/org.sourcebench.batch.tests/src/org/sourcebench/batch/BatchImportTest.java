package org.sourcebench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

class BatchImportTest {

	private static final String BODY_1 = "Russia said Syria must hold talks. Russian jets struck near Idlib.";
	private static final String BODY_2 = "Turkey and Russia met in Sochi. Russian jets struck near Idlib again.";

	@TempDir
	Path work;

	private final Dossier dossier = Dossiers.newDossier("test");
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	private Path batch() throws IOException {
		return new BatchTablesFixture(work.resolve("out"))
				.source("a1", "Wire", "2018-01-30T10:00+03:00", BODY_1)
				.actor("a1", "Russia", "state", "Russia", BODY_1, "Russia", "Russian")
				.actor("a1", "Syria", "state", "Syria", BODY_1, "Syria")
				.location("a1", "Idlib", "Syria", BODY_1, "Idlib")
				.claim("a1", "Russia", BODY_1, "Syria must hold talks")
				.relationship("a1", "Russia", "Syria", "190", BODY_1, "Russian jets struck near Idlib")
				.source("b2", "Gazette", "2018-03-02T09:00", BODY_2)
				.actor("b2", "Turkey", "state", "Turkey", BODY_2, "Turkey")
				.actor("b2", "Russia", "state", "Russia", BODY_2, "Russia", "Russian")
				.relationship("b2", "Russia", "Syria", "190", BODY_2, "Russian jets struck near Idlib again")
				.write();
	}

	@Test
	void theWholeBatchIsOneUndoableImport() throws Exception {
		BatchImport.Outcome outcome = new BatchImport(domain, dossier).run(batch(), BatchSelection.ALL);

		assertEquals(2, outcome.added());
		assertEquals(2, dossier.getSources().size());
		Actor russia = actor("Russia");
		assertEquals(ActorKind.STATE, russia.getKind());
		assertEquals(4, russia.getMentions().size(), "two mentions in each article, one actor");
		assertTrue(russia.getAliases().contains("Russian"));
		assertEquals(1, dossier.getRelationships().size(), "the same event in two articles is one relationship");
		Relationship strike = dossier.getRelationships().get(0);
		assertEquals(2, strike.getEvidence().size());
		assertEquals("Russian jets struck near Idlib", strike.getEvidence().get(0).getText());
		assertEquals("Syria must hold talks", dossier.getClaims().get(0).getEvidence().getText());
		assertEquals(russia, dossier.getClaims().get(0).getSpeaker());
		Source first = dossier.getSources().get(0);
		assertEquals("Wire", first.getOutlet());
		assertEquals("2018-01-30T10:00+03:00", first.getPublished().toString());
		assertTrue(first.isPublishedZoneKnown());
		assertEquals(false, dossier.getSources().get(1).isPublishedZoneKnown());
		assertEquals(1, dossier.getLocations().size());
		assertEquals("SY", dossier.getLocations().get(0).getCountryCode());

		assertEquals("Import Batch", domain.getCommandStack().getUndoCommand().getLabel());
		domain.getCommandStack().undo();
		assertTrue(dossier.getSources().isEmpty() && dossier.getActors().isEmpty()
				&& dossier.getRelationships().isEmpty() && dossier.getClaims().isEmpty());
		domain.getCommandStack().redo();
		assertEquals(2, dossier.getSources().size());
	}

	@Test
	void aSelectionTakesOneOutletADateRangeOrAnActor() throws Exception {
		Path out = batch();
		assertEquals(List.of("a1.txt"), files(importInto(out, new BatchSelection("wire", null, null, null))));
		assertEquals(List.of("b2.txt"), files(importInto(out, new BatchSelection(null, LocalDate.of(2018, 3, 1),
				LocalDate.of(2018, 3, 31), null))));
		assertEquals(List.of("b2.txt"), files(importInto(out, new BatchSelection(null, null, null, "turkey"))));
		assertEquals(List.of(), files(importInto(out, new BatchSelection("Wire", null, null, "Turkey"))));
	}

	@Test
	void existingActorsAndEventsGetTheNewMentionsAndEvidenceAndUndoTakesThemAway() throws Exception {
		Actor russia = Dossiers.newActor("russia", ActorKind.STATE);
		Actor syria = Dossiers.newActor("Syria", ActorKind.STATE);
		dossier.getActors().add(russia);
		dossier.getActors().add(syria);
		Relationship known = Dossiers.newRelationship(russia, syria, "190");
		dossier.getRelationships().add(known);

		new BatchImport(domain, dossier).run(batch(), new BatchSelection("Wire", null, null, null));

		assertEquals(2, dossier.getActors().size(), "matched by name, case aside");
		assertEquals(2, russia.getMentions().size());
		assertEquals(1, dossier.getRelationships().size());
		assertEquals(1, known.getEvidence().size());
		domain.getCommandStack().undo();
		assertEquals(0, russia.getMentions().size());
		assertEquals(0, known.getEvidence().size());
	}

	@Test
	void articlesAlreadyInTheDossierAreSkipped() throws Exception {
		Path out = batch();
		new BatchImport(domain, dossier).run(out, new BatchSelection("Wire", null, null, null));
		BatchImport.Outcome again = new BatchImport(domain, dossier).run(out, BatchSelection.ALL);
		assertEquals(2, again.selected());
		assertEquals(1, again.duplicates());
		assertEquals(1, again.added());
		assertEquals(2, dossier.getSources().size());
	}

	@Test
	void aFolderThatIsNotAJobOutputIsRefusedByName() throws Exception {
		Files.createDirectories(work.resolve("elsewhere/sources"));
		BatchException e = assertThrows(BatchException.class,
				() -> new BatchImport(domain, dossier).run(work.resolve("elsewhere"), BatchSelection.ALL));
		assertTrue(e.getMessage().startsWith(work.resolve("elsewhere") + ": has no 'actors' table"), e.getMessage());
		assertNull(domain.getCommandStack().getUndoCommand());

		Path out = batch();
		Files.writeString(out.resolve("actors/part-00000.parquet"), "not parquet");
		BatchException broken = assertThrows(BatchException.class,
				() -> new BatchImport(domain, dossier).run(out, BatchSelection.ALL));
		assertTrue(broken.getMessage().contains("part-00000.parquet: is not a readable Parquet file"),
				broken.getMessage());
	}

	private Dossier importInto(Path out, BatchSelection selection) throws BatchException {
		Dossier fresh = Dossiers.newDossier("selection");
		new BatchImport(domain, fresh).run(out, selection);
		return fresh;
	}

	private static List<String> files(Dossier d) {
		return d.getSources().stream().map(Source::getOriginalFileName).toList();
	}

	private Actor actor(String name) {
		return dossier.getActors().stream().filter(a -> a.getCanonicalName().equals(name)).findFirst().orElseThrow();
	}
}
