package org.sourcebench.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;
import org.sourcebench.model.TestDossiers;

class DossierValidatorTest {

	private final Dossier dossier = TestDossiers.everyFeatureSet();

	@Test
	void aConsistentDossierHasNoDiagnostics() {
		Diagnostic result = DossierValidator.validate(dossier);

		assertEquals(Diagnostic.OK, result.getSeverity(), result.toString());
	}

	@Test
	void aSpanReachingBeyondTheBodyIsReported() {
		Span span = dossier.getActors().get(0).getMentions().get(0);
		span.setEnd(TestDossiers.BODY_1.length() + 5);

		Diagnostic problem = single(DossierValidator.SPAN_OUT_OF_BODY);
		assertSame(span, problem.getData().get(0));
		assertTrue(problem.getMessage().contains("Span \"Olaf Scholz\""), problem.getMessage());
		assertTrue(problem.getMessage().contains("outside the body"), problem.getMessage());
		assertTrue(problem.getMessage().contains(span.getId()), problem.getMessage());
	}

	@Test
	void twoObjectsWithOneIdAreReported() {
		String id = dossier.getActors().get(0).getId();
		dossier.getClaims().get(0).setId(id);

		Diagnostic result = DossierValidator.validate(dossier);
		List<Diagnostic> ours = result.getChildren().stream()
				.filter(d -> DossierValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
		assertEquals(List.of(DossierValidator.DUPLICATE_ID), codes(ours), result.toString());
		assertTrue(ours.get(0).getMessage().contains("\"" + id + "\""), ours.get(0).getMessage());
	}

	@Test
	void aSpanWithNegativeBeginIsReported() {
		dossier.getActors().get(0).getMentions().get(0).setBegin(-1);

		single(DossierValidator.SPAN_OUT_OF_BODY);
	}

	@Test
	void aSpanWhoseTextDiffersFromTheBodyIsReported() {
		Span span = dossier.getClaims().get(0).getEvidence();
		span.setText("We stand with Moscow");

		Diagnostic problem = single(DossierValidator.SPAN_TEXT_MISMATCH);
		assertTrue(problem.getMessage().contains("reads \"We stand with Kyiv\""), problem.getMessage());
		assertSame(SourcebenchPackage.Literals.SPAN__TEXT, problem.getData().get(1));
	}

	@Test
	void aSpanWithoutSourceIsReported() {
		dossier.getClaims().get(0).getEvidence().setSource(null);

		single(DossierValidator.SPAN_WITHOUT_SOURCE);
	}

	@Test
	void aRelationshipWithoutFromIsReported() {
		Relationship relationship = dossier.getRelationships().get(0);
		relationship.setFrom(null);

		Diagnostic problem = single(DossierValidator.RELATIONSHIP_END_MISSING);
		assertTrue(problem.getMessage().contains("no \"from\" actor"), problem.getMessage());
		assertSame(relationship, problem.getData().get(0));
	}

	@Test
	void aRelationshipWithoutToIsReported() {
		dossier.getRelationships().get(0).setTo(null);

		assertTrue(single(DossierValidator.RELATIONSHIP_END_MISSING).getMessage().contains("no \"to\" actor"));
	}

	@Test
	void twoActorsWithTheSameCanonicalNameAndKindAreReported() {
		Actor copy = Dossiers.newActor("  olaf   SCHOLZ ", ActorKind.PERSON);
		dossier.getActors().add(copy);

		Diagnostic problem = single(DossierValidator.DUPLICATE_ACTOR);
		assertSame(copy, problem.getData().get(0));
		assertTrue(problem.getMessage().contains("Olaf Scholz"), problem.getMessage());
	}

	@Test
	void actorsWithTheSameNameButDifferentKindsAreFine() {
		dossier.getActors().add(Dossiers.newActor("Germany", ActorKind.GOVERNMENT));

		assertEquals(Diagnostic.OK, DossierValidator.validate(dossier).getSeverity());
	}

	@Test
	void aReferenceToAnObjectOfAnotherDossierIsReported() {
		Dossier other = TestDossiers.everyFeatureSet();
		dossier.getClaims().get(0).setSpeaker(other.getActors().get(0));

		Diagnostic problem = single(DossierValidator.FOREIGN_REFERENCE);
		assertTrue(problem.getMessage().contains("speaker refers to Actor \"Olaf Scholz\""), problem.getMessage());
		assertTrue(problem.getMessage().contains("not in this dossier"), problem.getMessage());
	}

	@Test
	void aSpanPointingIntoASourceOutsideTheDossierIsReported() {
		dossier.getClaims().get(0).getEvidence().setSource(Dossiers.newSource(TestDossiers.BODY_1));

		single(DossierValidator.FOREIGN_REFERENCE);
	}

	@Test
	void registeringMakesEmfsDiagnosticianApplyTheRules() {
		DossierValidator.register();
		dossier.getRelationships().get(0).setTo(null);

		Diagnostic result = Diagnostician.INSTANCE.validate(dossier);

		assertEquals(List.of(DossierValidator.RELATIONSHIP_END_MISSING), codes(result));
	}

	private Diagnostic single(int code) {
		Diagnostic result = DossierValidator.validate(dossier);
		assertEquals(Diagnostic.ERROR, result.getSeverity(), result.toString());
		List<Diagnostic> problems = result.getChildren();
		assertEquals(List.of(code), codes(result), result.toString());
		Diagnostic problem = problems.get(0);
		assertEquals(DossierValidator.DIAGNOSTIC_SOURCE, problem.getSource());
		return problem;
	}

	private static List<Integer> codes(Diagnostic result) {
		return codes(result.getChildren());
	}

	private static List<Integer> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::getCode).toList();
	}
}
