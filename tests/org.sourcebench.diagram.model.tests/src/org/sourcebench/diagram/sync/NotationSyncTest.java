package org.sourcebench.diagram.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.SetBendpointsCommand;
import org.sourcebench.diagram.layout.ElkLayoutService;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationPackage;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.cameo.CameoTable;
import org.sourcebench.model.edit.commands.DeleteElementCommand;
import org.sourcebench.model.edit.commands.MergeActorsCommand;
import org.sourcebench.model.edit.commands.RenameCommand;
import org.sourcebench.model.store.DossierFormat;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.test.support.SeedDossier;

/** Diagrams of the seed article follow changes made to the dossier by ordinary dossier commands, and undo. */
class NotationSyncTest {

	private SeedDossier seed;
	private Diagram diagram;

	@BeforeEach
	void openSeedDiagram() {
		seed = SeedDossier.load();
		Command create = DiagramCommands.newDiagram(seed.domain(), seed.dossier(), List.of(seed.source()), new ElkLayoutService());
		seed.domain().getCommandStack().execute(create);
		diagram = (Diagram) seed.dossier().getDiagrams().get(0);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		seed.domain().getCommandStack().execute(command);
	}

	@Test
	void newDiagramShowsEveryRelationshipOfTheSourceWithBothEndsPlaced() {
		DiagramContents contents = DiagramContents.of(diagram);
		assertEquals(seed.dossier().getRelationships().size(), contents.relationships().size());
		for (Relationship relationship : contents.relationships()) {
			assertNotNull(contents.nodeOf(relationship.getFrom()), relationship.getFrom().getCanonicalName());
			assertNotNull(contents.nodeOf(relationship.getTo()), relationship.getTo().getCanonicalName());
		}
	}

	@Test
	void renamingAnActorNotifiesTheDiagramAndItsNodeShowsTheNewName() {
		List<Notification> seen = new ArrayList<>();
		DiagramSync.of(seed.domain().getResourceSet()).addListener(seen::add);
		Actor actor = diagram.getNodes().get(0).getActor();
		execute(new RenameCommand(seed.domain(), actor, "Renamed Actor"));

		assertTrue(seen.stream().anyMatch(n -> n.getNotifier() == actor));
		assertSame(actor, DiagramContents.of(diagram).nodeOf(actor).getActor());
		assertEquals("Renamed Actor", DiagramContents.of(diagram).nodeOf(actor).getActor().getCanonicalName());
	}

	@Test
	void deletingARelationshipRemovesItsEdgeAndUndoBringsItBack() {
		Relationship relationship = DiagramContents.of(diagram).relationships().get(0);
		execute(new SetBendpointsCommand(seed.domain(), diagram, relationship, List.of(new int[] { 400, 300 })));
		Edge edge = diagram.getEdges().get(0);

		execute(new DeleteElementCommand(seed.domain(), List.of(relationship)));
		assertFalse(DiagramContents.of(diagram).shows(relationship));
		assertNull(edge.getRelationship(), "the routing lost its relationship inside the delete command");

		seed.domain().getCommandStack().undo();
		assertTrue(DiagramContents.of(diagram).shows(relationship));
		assertSame(relationship, edge.getRelationship());
		assertSame(edge, DiagramContents.of(diagram).edgeOf(relationship));
	}

	@Test
	void actorsInNoRelationshipShownAreHiddenUntilTheDiagramShowsUnrelatedActorsAndHandDrawnOnesAlwaysShow() {
		DiagramContents contents = DiagramContents.of(diagram);
		List<Actor> unrelated = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			if (!contents.shows(node.getActor())) {
				unrelated.add(node.getActor());
			}
		}
		assertFalse(unrelated.isEmpty(), "the seed article mentions actors that take part in no relationship");
		assertEquals(unrelated.size(), contents.hiddenUnrelated());
		for (Actor actor : contents.actors()) {
			assertTrue(contents.relationships().stream().anyMatch(r -> r.getFrom() == actor || r.getTo() == actor), actor.getCanonicalName());
		}

		execute(DiagramCommands.setFilter(seed.domain(), diagram, NotationPackage.Literals.DIAGRAM__SHOW_UNRELATED_ACTORS, true));
		assertTrue(DiagramContents.of(diagram).actors().containsAll(unrelated), "the filter toggle shows them");
		assertEquals(0, DiagramContents.of(diagram).hiddenUnrelated());
		seed.domain().getCommandStack().undo();
		assertFalse(DiagramContents.of(diagram).shows(unrelated.get(0)), "undone: hidden again");

		execute(DiagramCommands.createActor(seed.domain(), diagram, "Drawn by hand", org.sourcebench.model.ActorKind.PERSON, 10, 10));
		Actor drawn = seed.dossier().getActors().get(seed.dossier().getActors().size() - 1);
		assertTrue(DiagramContents.of(diagram).shows(drawn), "an actor drawn on the diagram stays although it has no relationship yet");
	}

	@Test
	void aNewRelationshipAppearsWhenItPassesTheFilterOnly() {
		List<Actor> placed = DiagramContents.of(diagram).actors();
		Actor from = placed.get(0);
		Actor to = placed.get(1);
		execute(DiagramCommands.createRelationship(seed.domain(), seed.dossier(), from, to, CameoTable.getDefault().lookup("042")));
		Relationship visit = seed.dossier().getRelationships().get(seed.dossier().getRelationships().size() - 1);
		assertTrue(DiagramContents.of(diagram).shows(visit));

		execute(DiagramCommands.setFilter(seed.domain(), diagram, NotationPackage.Literals.DIAGRAM__QUAD_CLASSES,
				List.of(QuadClass.MATERIAL_CONFLICT)));
		assertFalse(DiagramContents.of(diagram).shows(visit), "a verbal-cooperation event is filtered out");
		seed.domain().getCommandStack().undo();
		assertTrue(DiagramContents.of(diagram).shows(visit));
		seed.domain().getCommandStack().undo();
		assertFalse(DiagramContents.of(diagram).shows(visit));
	}

	@Test
	void mergingActorsMovesTheMergedActorsEdgesToTheSurvivorsNodeAndUndoRestoresThem() {
		DiagramContents before = DiagramContents.of(diagram);
		Relationship relationship = before.relationships().get(0);
		Actor merged = relationship.getFrom();
		Actor survivor = before.actors().stream().filter(a -> a != merged && a != relationship.getTo()).findFirst().orElseThrow();
		Node mergedNode = before.nodeOf(merged);
		Node survivorNode = before.nodeOf(survivor);

		execute(new MergeActorsCommand(seed.domain(), survivor, merged));
		DiagramContents after = DiagramContents.of(diagram);
		assertFalse(after.shows(merged));
		assertTrue(after.shows(relationship));
		assertSame(survivor, relationship.getFrom());
		assertSame(survivorNode, after.nodeOf(survivor), "the edge now starts at the survivor's node");
		assertNull(mergedNode.getActor());

		seed.domain().getCommandStack().undo();
		DiagramContents undone = DiagramContents.of(diagram);
		assertSame(merged, mergedNode.getActor());
		assertSame(mergedNode, undone.nodeOf(merged));
		assertSame(merged, relationship.getFrom());
	}

	@Test
	void aDossierWithADiagramRoundTripsThroughTheStore(@TempDir Path folder) throws Exception {
		for (DossierFormat format : DossierFormat.values()) {
			Path file = folder.resolve("seed-" + format + ".sbx");
			new DossierStore().save(seed.dossier(), file, format);
			Dossier loaded = new DossierStore().load(file);

			Diagram copy = (Diagram) loaded.getDiagrams().get(0);
			assertEquals(diagram.getName(), copy.getName());
			assertEquals(diagram.getNodes().size(), copy.getNodes().size());
			for (int i = 0; i < copy.getNodes().size(); i++) {
				Node node = copy.getNodes().get(i);
				assertSame(loaded, node.getActor().eContainer(), format + ": the node refers to the loaded dossier's actor");
				assertEquals(diagram.getNodes().get(i).getActor().getId(), node.getActor().getId());
				assertEquals(diagram.getNodes().get(i).getX(), node.getX());
			}
			assertEquals(DiagramContents.of(diagram).relationships().size(), DiagramContents.of(copy).relationships().size());
		}
	}
}
