package org.sourcebench.analysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.edit.DossierEditingDomains;

/** A small dossier built in code, in a resource of an editing domain, so commands can run on it. */
public final class Fixture {

	public final Dossier dossier = Dossiers.newDossier("test");
	public final AdapterFactoryEditingDomain domain = DossierEditingDomains.createFor(dossier);

	public Actor actor(String name) {
		Actor actor = Dossiers.newActor(name, ActorKind.PERSON);
		dossier.getActors().add(actor);
		return actor;
	}

	/** A source published at noon UTC on {@code day} (null for no date). */
	public Source source(String day) {
		Source source = Dossiers.newSource("Text of a source published " + day + ". Some words follow here.");
		if (day != null) {
			source.setPublished(OffsetDateTime.of(LocalDate.parse(day).atTime(12, 0), ZoneOffset.UTC));
		}
		dossier.getSources().add(source);
		return source;
	}

	/** A relationship with one evidence span in each source. */
	public Relationship relationship(Actor from, Actor to, String code, Source... sources) {
		Relationship relationship = Dossiers.newRelationship(from, to, code);
		relationship.setStatus(RelationshipStatus.EXTRACTED);
		for (Source source : sources) {
			relationship.getEvidence().add(Dossiers.newSpan(source, 0, 4));
		}
		dossier.getRelationships().add(relationship);
		return relationship;
	}

	public Relationship confirmed(Actor from, Actor to, String code) {
		Relationship relationship = relationship(from, to, code);
		relationship.setStatus(RelationshipStatus.CONFIRMED);
		return relationship;
	}
}
