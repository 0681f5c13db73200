package org.sourcebench.analysis.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.analysis.Fixture;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

class EventPlacesTest {

	@Test
	void anEventIsWhereItsEvidenceNamesAPlace() {
		Fixture f = new Fixture();
		Actor turkey = f.actor("Turkey");
		Actor syria = f.actor("Syria");
		Source source = Dossiers.newSource("Turkey shelled positions near Aleppo. Talks resumed in Geneva. Syria protested.");
		f.dossier.getSources().add(source);
		Location aleppo = Dossiers.newLocation("Aleppo", LocationKind.CITY);
		aleppo.getMentions().add(Dossiers.newSpan(source, 30, 36));
		Location geneva = Dossiers.newLocation("Geneva", LocationKind.CITY);
		geneva.getMentions().add(Dossiers.newSpan(source, 55, 61));
		f.dossier.getLocations().addAll(List.of(aleppo, geneva));
		Relationship shelling = Dossiers.newRelationship(turkey, syria, "190");
		shelling.getEvidence().add(Dossiers.newSpan(source, 0, 14)); // "Turkey shelled": the place is later in the sentence
		Relationship talks = Dossiers.newRelationship(turkey, syria, "040");
		talks.getEvidence().add(Dossiers.newSpan(source, 38, 62));
		Relationship nowhere = Dossiers.newRelationship(syria, turkey, "010");
		nowhere.getEvidence().add(Dossiers.newSpan(source, 63, 78)); // a sentence naming no place
		f.dossier.getRelationships().addAll(List.of(shelling, talks, nowhere));

		EventPlaces places = new EventPlaces(f.dossier);
		assertEquals(List.of(shelling), places.at(aleppo));
		assertEquals(List.of(talks), places.at(geneva));
		assertEquals(List.of(geneva), places.of(talks));
		assertEquals(List.of(), places.of(nowhere));
	}
}
