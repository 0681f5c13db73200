package org.sourcebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

class FindingsRecorderTest {

	private record Addition(EObject owner, EStructuralFeature feature, List<?> values) {
	}

	private static List<Addition> additions(FindingsRecorder findings) {
		List<Addition> out = new ArrayList<>();
		findings.additions((owner, feature, values) -> out.add(new Addition(owner, feature, List.copyOf(values))));
		return out;
	}

	@Test
	void anActorOfTheDossierIsFoundByNameAndGetsItsNewMentionsAndAliasesAsAdditions() {
		Dossier dossier = Dossiers.newDossier("d");
		Source source = Dossiers.newSource("Putin spoke. Vladimir Putin left.");
		dossier.getSources().add(source);
		Actor putin = Dossiers.withId(SourcebenchFactory.eINSTANCE.createActor());
		putin.setCanonicalName("Vladimir Putin");
		dossier.getActors().add(putin);

		FindingsRecorder findings = new FindingsRecorder(dossier);
		Actor found = findings.actor(" vladimir putin ", ActorKind.PERSON, "Russia");
		findings.mention(found, Dossiers.newSpan(source, 0, 5));
		findings.mention(found, Dossiers.newSpan(source, 13, 27));
		List<Addition> additions = additions(findings);

		assertSame(putin, found, "case and spaces do not make a new actor");
		assertTrue(putin.getMentions().isEmpty(), "nothing changes before the commands run");
		assertEquals(2, additions.size());
		assertEquals(SourcebenchPackage.Literals.ACTOR__MENTIONS, additions.get(0).feature());
		assertEquals(2, additions.get(0).values().size());
		assertEquals(List.of("Putin"), additions.get(1).values(), "another surface string becomes an alias");
	}

	@Test
	void newObjectsGetTheirSpansDirectlyAndOneRelationshipPerDyadAndCode() {
		Dossier dossier = Dossiers.newDossier("d");
		Source source = Dossiers.newSource("Russia and Turkey met. Russia met Turkey again.");
		FindingsRecorder findings = new FindingsRecorder(dossier);
		Actor bare = findings.actor("Russia", null, null);
		Actor russia = findings.actor("Russia", ActorKind.GOVERNMENT, "Russia");
		Actor turkey = findings.actor("Turkey", ActorKind.GOVERNMENT, "Turkey");
		Relationship first = findings.relationship(russia, turkey, "040", 0.8);
		Relationship again = findings.relationship(russia, turkey, "040", 0.5);
		findings.evidence(first, Dossiers.newSpan(source, 0, 22));
		findings.evidence(again, Dossiers.newSpan(source, 23, 46));
		findings.source(source);
		List<Addition> additions = additions(findings);

		assertSame(bare, russia);
		assertEquals(ActorKind.GOVERNMENT, russia.getKind(), "a bare speaker first, then with its kind");
		assertSame(first, again, "the same from, to and code is corroboration");
		assertEquals(RelationshipStatus.EXTRACTED, first.getStatus());
		assertEquals(2, first.getEvidence().size(), "a new relationship holds its spans already");
		assertEquals(List.of(SourcebenchPackage.Literals.DOSSIER__SOURCES, SourcebenchPackage.Literals.DOSSIER__ACTORS,
				SourcebenchPackage.Literals.DOSSIER__RELATIONSHIPS), additions.stream().map(Addition::feature).toList());
		assertEquals(2, additions.get(1).values().size());
	}
}
