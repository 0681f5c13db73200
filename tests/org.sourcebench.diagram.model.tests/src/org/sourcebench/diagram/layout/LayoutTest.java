package org.sourcebench.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.diagram.commands.ApplyLayoutCommand;
import org.sourcebench.diagram.commands.DiagramCommands;
import org.sourcebench.diagram.commands.PlaceNodeCommand;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Relationship;
import org.sourcebench.test.support.SeedDossier;

/** ELK layout of the seed article's diagram and of larger random graphs. */
class LayoutTest {

	private final ElkLayoutService service = new ElkLayoutService();
	private SeedDossier seed;
	private Diagram diagram;

	@BeforeEach
	void openSeedDiagram() {
		seed = SeedDossier.load();
		seed.domain().getCommandStack().execute(DiagramCommands.newDiagram(seed.domain(), seed.dossier(), List.of(seed.source()), service));
		diagram = (Diagram) seed.dossier().getDiagrams().get(0);
	}

	static void assertNoOverlaps(List<NodeBounds> bounds) {
		for (int i = 0; i < bounds.size(); i++) {
			assertTrue(bounds.get(i).width() > 0 && bounds.get(i).height() > 0);
			for (int j = i + 1; j < bounds.size(); j++) {
				assertFalse(bounds.get(i).intersects(bounds.get(j)), bounds.get(i) + " overlaps " + bounds.get(j));
			}
		}
	}

	private static List<NodeBounds> boundsOf(DiagramContents contents) {
		List<NodeBounds> all = new ArrayList<>();
		for (Actor actor : contents.actors()) {
			int[] b = contents.boundsOf(actor);
			all.add(new NodeBounds(b[0], b[1], b[2], b[3]));
		}
		return all;
	}

	@Test
	void bothStylesLayOutTheSeedDiagramWithoutOverlapsAndEveryEdgeHasBothEnds() {
		for (LayoutService.Style style : LayoutService.Style.values()) {
			seed.domain().getCommandStack().execute(ApplyLayoutCommand.layout(seed.domain(), diagram, service, style));
			DiagramContents contents = DiagramContents.of(diagram);
			assertTrue(contents.actors().size() > 2);
			assertNoOverlaps(boundsOf(contents));
			for (Relationship relationship : contents.relationships()) {
				assertNotNull(contents.nodeOf(relationship.getFrom()), style + ": " + relationship.getFrom().getCanonicalName());
				assertNotNull(contents.nodeOf(relationship.getTo()), style + ": " + relationship.getTo().getCanonicalName());
			}
		}
	}

	@Test
	void pinnedNodesKeepTheirPlaceAndOthersAvoidThem() {
		Actor actor = diagram.getNodes().get(0).getActor();
		seed.domain().getCommandStack().execute(new PlaceNodeCommand(seed.domain(), diagram, actor, new NodeBounds(150, 40, 180, 64), true, "pin"));
		seed.domain().getCommandStack().execute(ApplyLayoutCommand.layout(seed.domain(), diagram, service, LayoutService.Style.LAYERED));

		Node node = PlaceNodeCommand.nodeOf(diagram, actor);
		assertEquals(List.of(150, 40, 180, 64), List.of(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
		assertNoOverlaps(boundsOf(DiagramContents.of(diagram)));
	}

	@Test
	void undoingALayoutRestoresEveryNode() {
		Node node = diagram.getNodes().get(0);
		seed.domain().getCommandStack().execute(new PlaceNodeCommand(seed.domain(), diagram, node.getActor(), new NodeBounds(2000, 2000, 150, 64)));
		seed.domain().getCommandStack().execute(ApplyLayoutCommand.layout(seed.domain(), diagram, service, LayoutService.Style.LAYERED));
		assertNotEquals(2000, node.getX());
		seed.domain().getCommandStack().undo();
		assertEquals(2000, node.getX());
		assertEquals(2000, node.getY());
	}

	@Test
	void aLargeRandomGraphHasNoOverlapsInEitherStyle() {
		Random random = new Random(7);
		LayoutGraph<Integer> graph = new LayoutGraph<>();
		for (int i = 0; i < 200; i++) {
			if (i % 25 == 0) {
				graph.pinned(i, random.nextInt(2000), random.nextInt(2000), 150, 64);
			} else {
				graph.node(i, 120 + random.nextInt(100), 64);
			}
		}
		for (int i = 0; i < 600; i++) {
			graph.edge(random.nextInt(200), random.nextInt(200));
		}
		for (LayoutService.Style style : LayoutService.Style.values()) {
			Map<Integer, NodeBounds> result = service.layout(graph, style);
			assertEquals(200, result.size());
			assertNoOverlaps(new ArrayList<>(result.values()));
			for (LayoutGraph.LayoutNode<Integer> node : graph.nodes()) {
				if (node.pinned()) {
					assertEquals(new NodeBounds(node.x(), node.y(), node.width(), node.height()), result.get(node.key()));
				}
			}
		}
	}
}
