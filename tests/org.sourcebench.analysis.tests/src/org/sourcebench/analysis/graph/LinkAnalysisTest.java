package org.sourcebench.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.Fixture;
import org.sourcebench.model.Actor;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;

class LinkAnalysisTest {

	private static final double EPS = 1e-3;
	private final Fixture f = new Fixture();

	@Test
	void theCentreOfAStarIsOnEveryShortestPath() {
		Actor centre = f.actor("centre");
		List<Actor> leaves = List.of(f.actor("l1"), f.actor("l2"), f.actor("l3"), f.actor("l4"));
		leaves.forEach(leaf -> f.relationship(centre, leaf, "042"));
		f.relationship(leaves.get(0), centre, "043"); // a second relationship, other direction: still one link
		Centralities c = new Centralities(new ActorGraph(f.dossier, RelationshipFilter.ALL));
		assertEquals(4, c.of(centre).degree());
		assertEquals(1.0, c.of(centre).betweenness(), EPS);
		assertEquals(1, c.of(leaves.get(0)).degree());
		assertEquals(0.0, c.of(leaves.get(0)).betweenness(), EPS);
	}

	@Test
	void betweennessOnAChainCountsThePairsBridged() {
		// a - b - c - d: b lies on the shortest paths a-c and a-d, 2 of the 3 pairs without b
		Actor a = f.actor("a"), b = f.actor("b"), c = f.actor("c"), d = f.actor("d");
		f.relationship(a, b, "042");
		f.relationship(b, c, "042");
		f.relationship(c, d, "042");
		Centralities scores = new Centralities(new ActorGraph(f.dossier, RelationshipFilter.ALL));
		assertEquals(2.0 / 3, scores.of(b).betweenness(), EPS);
		assertEquals(2.0 / 3, scores.of(c).betweenness(), EPS);
		assertEquals(0.0, scores.of(a).betweenness(), EPS);
	}

	@Test
	void eigenvectorCentralityOfATriangleWithATail() {
		// Triangle a, b, c with d hanging off c. Leading eigenvector of the adjacency matrix (numpy):
		// a = b = 0.5227, c = 0.6116, d = 0.2818 (unit length, eigenvalue 2.1701).
		Actor a = f.actor("a"), b = f.actor("b"), c = f.actor("c"), d = f.actor("d");
		f.relationship(a, b, "042");
		f.relationship(b, c, "042");
		f.relationship(c, a, "042");
		f.relationship(c, d, "042");
		Centralities scores = new Centralities(new ActorGraph(f.dossier, RelationshipFilter.ALL));
		assertEquals(0.5227, scores.of(a).eigenvector(), 2e-3);
		assertEquals(0.5227, scores.of(b).eigenvector(), 2e-3);
		assertEquals(0.6116, scores.of(c).eigenvector(), 2e-3);
		assertEquals(0.2818, scores.of(d).eigenvector(), 2e-3);
	}

	@Test
	void anIsolatedActorScoresZeroAndRejectedRelationshipsDoNotCount() {
		Actor a = f.actor("a"), b = f.actor("b"), alone = f.actor("alone");
		f.relationship(a, b, "042");
		f.relationship(a, alone, "042").setStatus(RelationshipStatus.REJECTED);
		Centralities scores = new Centralities(new ActorGraph(f.dossier, RelationshipFilter.ALL));
		assertEquals(Centralities.Scores.NONE, scores.of(alone));
		assertEquals(1, scores.of(a).degree());
	}

	@Test
	void shortestPathHonoursTheFilter() {
		Actor a = f.actor("a"), b = f.actor("b"), c = f.actor("c"), d = f.actor("d"), x = f.actor("x");
		Relationship ab = f.confirmed(a, b, "190");
		Relationship bc = f.confirmed(c, b, "190"); // direction does not matter for a connection
		Relationship cd = f.confirmed(c, d, "190");
		Relationship ax = f.relationship(a, x, "042");
		Relationship xd = f.relationship(x, d, "190");

		List<PathFinder.Step> any = new PathFinder(new ActorGraph(f.dossier, RelationshipFilter.ALL)).shortestPath(a, d);
		assertEquals(List.of(new PathFinder.Step(a, x, List.of(ax)), new PathFinder.Step(x, d, List.of(xd))), any);

		List<PathFinder.Step> confirmed = new PathFinder(new ActorGraph(f.dossier, new RelationshipFilter(true, null))).shortestPath(a, d);
		assertEquals(List.of(ab, bc, cd), confirmed.stream().map(s -> s.relationships().get(0)).toList());
		assertEquals(List.of(a, b, c), confirmed.stream().map(PathFinder.Step::from).toList());

		List<PathFinder.Step> cooperation = new PathFinder(new ActorGraph(f.dossier,
				new RelationshipFilter(false, QuadClass.VERBAL_COOPERATION))).shortestPath(a, d);
		assertNull(cooperation, "only a-x is verbal cooperation");
		assertEquals(List.of(), new PathFinder(new ActorGraph(f.dossier, RelationshipFilter.ALL)).shortestPath(a, a));
	}

	@Test
	void componentsAreNumberedLargestFirst() {
		Actor a = f.actor("a"), b = f.actor("b");
		Actor p = f.actor("p"), q = f.actor("q"), r = f.actor("r");
		Actor alone = f.actor("alone");
		f.relationship(a, b, "042");
		f.relationship(p, q, "042");
		f.relationship(q, r, "042");
		Components components = new Components(new ActorGraph(f.dossier, RelationshipFilter.ALL));
		assertEquals(3, components.all().size());
		assertEquals(Set.of(p, q, r), components.all().get(0));
		assertEquals(1, components.numberOf(q));
		assertEquals(2, components.numberOf(a));
		assertEquals(3, components.numberOf(alone));
		assertTrue(components.numberOf(f.actor("not in the graph")) == 0);
	}
}
