package org.sourcebench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;

/** Dossiers for tests. */
public final class TestDossiers {

	/** Body of the first source; spans in {@link #everyFeatureSet()} point into it. */
	public static final String BODY_1 = "Olaf Scholz said on Monday that Germany will send air defence systems to Ukraine. "
			+ "\"We stand with Kyiv\", Scholz told reporters in Berlin.";
	/** Body of the second source. */
	public static final String BODY_2 = "According to the Kremlin, Russia condemned the German decision.";

	private TestDossiers() {
	}

	/** @return a small dossier in which every feature of every class is set (and no default left) */
	public static Dossier everyFeatureSet() {
		Dossier dossier = Dossiers.newDossier("Air defence for Ukraine");
		dossier.setDescription("Who promised what, 2024");
		dossier.setCreated(Instant.parse("2024-05-01T08:00:00Z"));
		dossier.setModified(Instant.parse("2024-05-02T09:30:15.123Z"));

		Source first = Dossiers.newSource(BODY_1);
		first.setTitle("Germany to send air defence to Ukraine");
		first.setOutlet("Example Wire");
		first.setUrl("https://news.example.org/2024/05/air-defence");
		first.setPublished(OffsetDateTime.of(2024, 5, 6, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
		first.setPublishedZoneKnown(false);
		first.setRetrieved(Instant.parse("2024-05-06T13:00:00Z"));
		first.setLanguage("en");
		first.setOriginalFileName("air-defence.html");
		first.setFormat("html");
		first.setStoryCode("EXW-2024-0506-17");
		first.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		first.setCharset("windows-1252");
		first.setImportRepairs("2 bytes not valid UTF-8 read as windows-1252");
		first.setReliability(AdmiraltyReliability.B);
		first.setNotes("Wire copy, second edition.");
		first.setCharset("windows-1252");
		first.setImportRepairs("1 byte not valid UTF-8 read as windows-1252");
		Source second = Dossiers.newSource(BODY_2);
		second.setTitle("Kremlin condemns decision");
		second.setReliability(AdmiraltyReliability.D);
		dossier.getSources().add(first);
		dossier.getSources().add(second);

		Actor scholz = Dossiers.newActor("Olaf Scholz", ActorKind.PERSON);
		scholz.getAliases().add("Scholz");
		scholz.getAliases().add("the Chancellor");
		scholz.setCountry("DE");
		scholz.setExternalId("Q61053");
		scholz.setNotes("German chancellor 2021-2025");
		scholz.getMentions().add(Dossiers.newSpan(first, 0, 11));
		scholz.getMentions().add(Dossiers.newSpan(first, 104, 110));
		Actor germany = Dossiers.newActor("Germany", ActorKind.STATE);
		germany.setCountry("DE");
		germany.getMentions().add(Dossiers.newSpan(first, 32, 39));
		Actor ukraine = Dossiers.newActor("Ukraine", ActorKind.STATE);
		ukraine.getMentions().add(Dossiers.newSpan(first, 73, 80));
		Actor russia = Dossiers.newActor("Russia", ActorKind.STATE);
		russia.getAliases().add("the Kremlin");
		russia.getMentions().add(Dossiers.newSpan(second, 17, 24));
		russia.getMentions().add(Dossiers.newSpan(second, 26, 32));
		dossier.getActors().addAll(List.of(scholz, germany, ukraine, russia));

		Location berlin = Dossiers.newLocation("Berlin", LocationKind.CITY);
		berlin.setCountryCode("DE");
		berlin.setLatitude(52.52437);
		berlin.setLongitude(13.41053);
		berlin.setGeoNamesId("2950159");
		berlin.setNotes("Capital");
		berlin.getMentions().add(Dossiers.newSpan(first, 129, 135));
		Location kyiv = Dossiers.newLocation("Kyiv", LocationKind.CITY);
		kyiv.setCountryCode("UA");
		dossier.getLocations().addAll(List.of(berlin, kyiv));

		Claim quote = Dossiers.newClaim(scholz, "We stand with Kyiv");
		quote.setDirectQuote(true);
		quote.setCue("told");
		quote.setEvidence(Dossiers.newSpan(first, 83, 101));
		quote.setCredibility(ClaimCredibility.PROBABLY_TRUE);
		quote.getAboutActors().add(ukraine);
		quote.getAboutActors().add(germany);
		quote.getAboutLocations().add(kyiv);
		quote.setDateStated(LocalDate.of(2024, 5, 6));
		quote.setNotes("Direct quote");
		dossier.getClaims().add(quote);

		Relationship aid = Dossiers.newRelationship(germany, ukraine, "072");
		aid.getEvidence().add(Dossiers.newSpan(first, 0, 81));
		aid.getEvidence().add(Dossiers.newSpan(second, 26, 63));
		aid.setDate(LocalDate.of(2024, 5, 6));
		aid.setConfidence(0.85);
		aid.setStatus(RelationshipStatus.CONFIRMED);
		aid.setNotes("Second source only reports the reaction.");
		Relationship condemn = Dossiers.newRelationship(russia, germany, "111");
		condemn.getEvidence().add(Dossiers.newSpan(second, 0, 63));
		dossier.getRelationships().addAll(List.of(aid, condemn));

		EAnnotation diagram = EcoreFactory.eINSTANCE.createEAnnotation();
		diagram.setSource("urn:sourcebench:notation-placeholder");
		dossier.getDiagrams().add(diagram);
		return dossier;
	}

	/**
	 * @return the changeable, non-derived features of the Sourcebench classes that are not set on any object
	 *         of {@code dossier}; empty if the fixture exercises the whole model
	 */
	public static List<String> unsetFeatures(Dossier dossier) {
		List<String> unset = new ArrayList<>();
		List<EObject> objects = new ArrayList<>();
		objects.add(dossier);
		for (Iterator<EObject> it = dossier.eAllContents(); it.hasNext();) {
			objects.add(it.next());
		}
		for (EClassifier classifier : SourcebenchPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
				continue;
			}
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient()) {
					continue;
				}
				boolean set = objects.stream().anyMatch(object -> object.eClass() == eClass && object.eIsSet(feature));
				if (!set) {
					unset.add(eClass.getName() + "." + feature.getName());
				}
			}
		}
		return unset;
	}
}
