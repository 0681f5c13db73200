package org.sourcebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.UUID;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

class ModelTest {

	@Test
	void thePackageIsRegisteredUnderItsNamespace() {
		assertEquals("http://www.sourcebench.org/model/1.0", SourcebenchPackage.eNS_URI);
		assertEquals("sb", SourcebenchPackage.eNS_PREFIX);
		assertEquals(SourcebenchPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(SourcebenchPackage.eNS_URI));
	}

	@Test
	void createdObjectsHaveDistinctUuids() {
		String first = Dossiers.newActor("A", ActorKind.PERSON).getId();
		String second = Dossiers.newActor("A", ActorKind.PERSON).getId();

		assertEquals(first, UUID.fromString(first).toString());
		assertNotEquals(first, second);
	}

	@Test
	void aSourceBodyHasNoPublicSetter() {
		assertTrue(Arrays.stream(Source.class.getMethods()).noneMatch(method -> method.getName().equals("setBody")));
		assertEquals("text", Dossiers.newSource("text").getBody());
	}

	@Test
	void aNewSpanCopiesTheTextItCovers() {
		Source source = Dossiers.newSource(TestDossiers.BODY_2);
		Span span = Dossiers.newSpan(source, 17, 24);

		assertEquals("Kremlin", span.getText());
		assertEquals(source, span.getSource());
		assertThrows(IndexOutOfBoundsException.class, () -> Dossiers.newSpan(source, 50, 500));
	}

	@Test
	void corroborationCountsDistinctSourcesAmongTheEvidence() {
		Source first = Dossiers.newSource(TestDossiers.BODY_1);
		Source second = Dossiers.newSource(TestDossiers.BODY_2);
		Relationship relationship = Dossiers.newRelationship(null, null, "042");
		assertEquals(0, relationship.corroboration());

		relationship.getEvidence().add(Dossiers.newSpan(first, 0, 4));
		relationship.getEvidence().add(Dossiers.newSpan(first, 5, 11));
		assertEquals(1, relationship.corroboration());

		relationship.getEvidence().add(Dossiers.newSpan(second, 0, 9));
		assertEquals(2, relationship.corroboration());
	}

	@Test
	void defaultsAreTheHonestOnes() {
		assertEquals(AdmiraltyReliability.F, Dossiers.newSource("").getReliability());
		assertEquals(ClaimCredibility.CANNOT_BE_JUDGED, Dossiers.newClaim(null, "").getCredibility());
		assertEquals(RelationshipStatus.EXTRACTED, Dossiers.newRelationship(null, null, "01").getStatus());
		assertTrue(Dossiers.newSource("").isPublishedZoneKnown());
		assertNull(Dossiers.newLocation("x", LocationKind.CITY).getLatitude());
	}

	@Test
	void ratingsCarryTheirMeaning() {
		assertEquals("Completely reliable", Ratings.meaning(AdmiraltyReliability.A));
		assertEquals("Reliability cannot be judged", Ratings.meaning(AdmiraltyReliability.F));
		assertEquals("2 - Probably true", Ratings.label(ClaimCredibility.PROBABLY_TRUE));
		assertEquals("B2", Ratings.code(AdmiraltyReliability.B, ClaimCredibility.PROBABLY_TRUE));
		for (ClaimCredibility credibility : ClaimCredibility.VALUES) {
			assertTrue(!Ratings.meaning(credibility).isBlank());
		}
	}

	@Test
	void assignMissingIdsCoversTheWholeTree() {
		Dossier dossier = SourcebenchFactory.eINSTANCE.createDossier();
		Actor actor = SourcebenchFactory.eINSTANCE.createActor();
		Span mention = SourcebenchFactory.eINSTANCE.createSpan();
		actor.getMentions().add(mention);
		dossier.getActors().add(actor);

		Dossiers.assignMissingIds(dossier);

		assertTrue(dossier.getId() != null && actor.getId() != null && mention.getId() != null);
		assertEquals(dossier, Dossiers.dossierOf(mention));
	}
}
