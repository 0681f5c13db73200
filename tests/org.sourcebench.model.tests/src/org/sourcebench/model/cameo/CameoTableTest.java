package org.sourcebench.model.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;

class CameoTableTest {

	private final CameoTable table = CameoTable.getDefault();

	@Test
	void allTwentyRootCodesAreListed() {
		for (int root = 1; root <= 20; root++) {
			String code = String.format("%02d", root);
			assertTrue(table.find(code).isPresent(), code);
		}
		assertEquals(20, table.events().stream().filter(CameoEvent::isRoot).count());
	}

	@Test
	void everyRootHasItsThreeDigitUnspecifiedCode() {
		for (int root = 1; root <= 20; root++) {
			String code = String.format("%02d0", root);
			assertTrue(table.find(code).isPresent(), code);
		}
	}

	@Test
	void aThreeDigitCodeHasItsLabelGoldsteinAndQuadClass() {
		CameoEvent visit = table.lookup("042");

		assertEquals("Make a visit", visit.label());
		assertEquals(1.9, visit.goldstein());
		assertEquals(QuadClass.VERBAL_COOPERATION, visit.quadClass());
		assertEquals("04", visit.root());
	}

	@Test
	void quadClassFollowsTheRoot() {
		assertEquals(QuadClass.VERBAL_COOPERATION, table.quadClass("05"));
		assertEquals(QuadClass.MATERIAL_COOPERATION, table.quadClass("073"));
		assertEquals(QuadClass.VERBAL_CONFLICT, table.quadClass("112"));
		assertEquals(QuadClass.MATERIAL_CONFLICT, table.quadClass("193"));
	}

	@Test
	void anUnlistedFourDigitCodeFallsBackToItsNearestListedAncestor() {
		assertTrue(table.find("0429").isEmpty());
		assertEquals("042", table.lookup("0429").code());
		assertEquals("Accuse of war crimes", table.label("1124"));
	}

	@Test
	void codesAreTextNotNumbers() {
		assertEquals("Make statement, not specified below", table.label("010"));
		assertEquals("DEMAND", table.label("10"));
	}

	@Test
	void malformedCodesHaveNoEntry() {
		assertNull(table.lookup("21"));
		assertNull(table.lookup("00"));
		assertNull(table.lookup("4"));
		assertNull(table.lookup("04211"));
		assertNull(table.lookup(null));
		assertFalse(CameoTable.isWellFormed("x42"));
		assertEquals("19", CameoTable.root("1931"));
		assertNull(CameoTable.root("abc"));
	}

	@Test
	void goldsteinValuesStayOnTheScale() {
		for (CameoEvent event : table.events()) {
			assertTrue(event.goldstein() >= -10 && event.goldstein() <= 10, event.code());
		}
	}

	@Test
	void aRelationshipDerivesLabelQuadClassAndGoldsteinFromItsCode() {
		Relationship relationship = Dossiers.newRelationship(null, null, "190");

		assertEquals("Use conventional military force, not specified below", relationship.getEventLabel());
		assertEquals(QuadClass.MATERIAL_CONFLICT, relationship.getQuadClass());
		assertEquals(-10.0, relationship.getGoldstein());

		relationship.setEventCode("nonsense");
		assertNull(relationship.getEventLabel());
		assertNull(relationship.getQuadClass());
		assertNull(relationship.getGoldstein());
	}
}
