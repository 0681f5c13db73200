package org.sourcebench.model.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

/**
 * Builds large, plausible dossiers for the scale test and the bench: sources with ~1,500-character bodies,
 * one actor per 100 claims, claims with evidence, relationships with evidence from two sources. Seeded, so
 * every run builds the same dossier.
 */
public final class SyntheticDossier {

	private static final String[] WORDS = { "minister", "said", "the", "government", "will", "send", "troops", "border",
			"talks", "according", "to", "officials", "on", "Monday", "ceasefire", "aid", "convoy", "reported", "statement",
			"agreement", "sanctions", "denied", "claims", "attack", "village", "president", "visit", "capital", "meeting" };

	private SyntheticDossier() {
	}

	/** @return a dossier with {@code sourceCount} sources and {@code claimCount} claims */
	public static Dossier create(int sourceCount, int claimCount) {
		Random random = new Random(42);
		Dossier dossier = Dossiers.newDossier("Synthetic " + sourceCount + "/" + claimCount);
		dossier.setDescription("Generated for the scale test and the bench");

		List<Source> sources = new ArrayList<>(sourceCount);
		for (int i = 0; i < sourceCount; i++) {
			Source source = Dossiers.newSource(body(random, 1500));
			source.setTitle("Report " + i);
			source.setOutlet("Outlet " + (i % 50));
			source.setUrl("https://news.example.org/" + i);
			source.setPublished(OffsetDateTime.of(2024, 1 + i % 12, 1 + i % 28, 10, 0, 0, 0, ZoneOffset.UTC));
			source.setRetrieved(Instant.parse("2024-12-01T00:00:00Z"));
			source.setLanguage("en");
			source.setFormat("html");
			source.setSha256(String.format("%064x", i));
			source.setReliability(AdmiraltyReliability.get(1 + i % 6));
			sources.add(source);
		}
		dossier.getSources().addAll(sources);

		int actorCount = Math.max(1, claimCount / 100);
		List<Actor> actors = new ArrayList<>(actorCount);
		for (int i = 0; i < actorCount; i++) {
			Actor actor = Dossiers.newActor("Actor " + i, ActorKind.get(i % ActorKind.VALUES.size()));
			actor.getAliases().add("A" + i);
			actor.setCountry("DE");
			for (int m = 0; m < 5; m++) {
				actor.getMentions().add(span(sources.get(random.nextInt(sourceCount)), random));
			}
			actors.add(actor);
		}
		dossier.getActors().addAll(actors);

		List<Location> locations = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			Location location = Dossiers.newLocation("Place " + i, LocationKind.CITY);
			location.setLatitude(-60 + i * 0.5);
			location.setLongitude(-120.0 + i);
			locations.add(location);
		}
		dossier.getLocations().addAll(locations);

		List<Claim> claims = new ArrayList<>(claimCount);
		for (int i = 0; i < claimCount; i++) {
			Source source = sources.get(i % sourceCount);
			Claim claim = Dossiers.newClaim(actors.get(i % actorCount), null);
			claim.setEvidence(span(source, random));
			claim.setText(claim.getEvidence().getText());
			claim.setDirectQuote(i % 3 == 0);
			claim.setCue("said");
			claim.setCredibility(ClaimCredibility.get(1 + i % 6));
			claim.getAboutActors().add(actors.get((i * 7 + 1) % actorCount));
			claim.getAboutLocations().add(locations.get(i % locations.size()));
			claim.setDateStated(LocalDate.of(2024, 1 + i % 12, 1 + i % 28));
			claims.add(claim);
		}
		dossier.getClaims().addAll(claims);

		List<Relationship> relationships = new ArrayList<>();
		for (int i = 0; i < claimCount / 10; i++) {
			Relationship relationship = Dossiers.newRelationship(actors.get(i % actorCount), actors.get((i + 1) % actorCount),
					i % 2 == 0 ? "042" : "190");
			relationship.getEvidence().add(span(sources.get(i % sourceCount), random));
			relationship.getEvidence().add(span(sources.get((i + 1) % sourceCount), random));
			relationship.setConfidence(0.5);
			relationships.add(relationship);
		}
		dossier.getRelationships().addAll(relationships);
		return dossier;
	}

	private static String body(Random random, int length) {
		StringBuilder text = new StringBuilder(length + 16);
		while (text.length() < length) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
		}
		return text.toString();
	}

	private static org.sourcebench.model.Span span(Source source, Random random) {
		int begin = random.nextInt(source.getBody().length() - 80);
		return Dossiers.newSpan(source, begin, begin + 20 + random.nextInt(60));
	}
}
