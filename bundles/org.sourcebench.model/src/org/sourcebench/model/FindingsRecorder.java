package org.sourcebench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sourcebench.model.geo.CountryNames;

/**
 * Records what an extraction found into a dossier by name, before anything changes: the rule the desktop's
 * extraction and the Spark batch import share. The dossier holds each actor, location and relationship once for
 * all sources: an actor or location whose name (case-insensitive, trimmed) is already in the dossier, or was
 * found before, gets the new mentions (an actor's other surface strings become its aliases); a relationship with
 * the same from, to and event code gets the new evidence span (corroboration). Everything else is created; new
 * relationships have status {@link RelationshipStatus#EXTRACTED} until an analyst reviews them.
 * <p>
 * Nothing is added to the dossier here: {@link #additions} hands over what to add, and the caller turns each into
 * an EMF command on the editing domain, so that one undo takes all of it back. New objects get their spans directly
 * (they are not in the dossier yet); existing ones get them through those additions.
 */
public final class FindingsRecorder {

	/** Receives one addition: {@code values} to add to {@code owner}'s many-valued {@code feature}. */
	@FunctionalInterface
	public interface Additions {
		/** Adds {@code values} to {@code owner}'s {@code feature}. */
		void add(EObject owner, EStructuralFeature feature, List<?> values);
	}

	private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;
	private static final SourcebenchPackage PACKAGE = SourcebenchPackage.eINSTANCE;

	private final Dossier dossier;
	private final Map<String, Actor> actors = new HashMap<>();
	private final Map<String, Location> locations = new HashMap<>();
	private final Map<String, Relationship> relationships = new HashMap<>();
	private final List<Source> newSources = new ArrayList<>();
	private final List<Actor> newActors = new ArrayList<>();
	private final List<Location> newLocations = new ArrayList<>();
	private final List<Claim> newClaims = new ArrayList<>();
	private final List<Relationship> newRelationships = new ArrayList<>();
	private final Map<Actor, List<Span>> actorMentions = new LinkedHashMap<>();
	private final Map<Actor, Set<String>> actorAliases = new LinkedHashMap<>();
	private final Map<Location, List<Span>> locationMentions = new LinkedHashMap<>();
	private final Map<Relationship, List<Span>> relationshipEvidence = new LinkedHashMap<>();

	/** Starts from what {@code dossier} holds. */
	public FindingsRecorder(Dossier dossier) {
		this.dossier = dossier;
		dossier.getActors().forEach(a -> actors.putIfAbsent(key(a.getCanonicalName()), a));
		dossier.getLocations().forEach(l -> locations.putIfAbsent(key(l.getName()), l));
		dossier.getRelationships().forEach(r -> relationships.putIfAbsent(triple(r.getFrom(), r.getTo(), r.getEventCode()), r));
	}

	/** Adds a new source (the batch import brings its sources along). */
	public void source(Source source) {
		newSources.add(source);
	}

	/**
	 * @param kind the actor's kind, or null when not known (a bare claim speaker or relationship end)
	 * @param country the country's name as the engine gives it (becomes an ISO code), or null
	 * @return the actor of that name: the dossier's, one found before, or a new one
	 */
	public Actor actor(String name, ActorKind kind, String country) {
		Actor actor = actors.get(key(name));
		if (actor == null) {
			actor = Dossiers.withId(FACTORY.createActor());
			actor.setCanonicalName(name);
			actor.setKind(kind == null ? ActorKind.OTHER : kind);
			actor.setCountry(CountryNames.code(country));
			actors.put(key(name), actor);
			newActors.add(actor);
		} else if (newActors.contains(actor) && kind != null && actor.getKind() == ActorKind.OTHER) {
			// first seen as a bare claim speaker or relationship end, now with its kind
			actor.setKind(kind);
			actor.setCountry(CountryNames.code(country));
		}
		return actor;
	}

	/**
	 * @param initialise sets a new location's kind, country, coordinates (called only when it is new)
	 * @return the location of that name: the dossier's, one found before, or a new one
	 */
	public Location location(String name, Consumer<Location> initialise) {
		Location location = locations.get(key(name));
		if (location == null) {
			location = Dossiers.withId(FACTORY.createLocation());
			location.setName(name);
			initialise.accept(location);
			locations.put(key(name), location);
			newLocations.add(location);
		}
		return location;
	}

	/** Adds a mention; a surface string other than the actor's name or aliases becomes an alias. */
	public void mention(Actor actor, Span span) {
		actorMentions.computeIfAbsent(actor, a -> new ArrayList<>()).add(span);
		if (!span.getText().equals(actor.getCanonicalName()) && !actor.getAliases().contains(span.getText())) {
			actorAliases.computeIfAbsent(actor, a -> new LinkedHashSet<>()).add(span.getText());
		}
	}

	/** Adds a mention of a location. */
	public void mention(Location location, Span span) {
		locationMentions.computeIfAbsent(location, l -> new ArrayList<>()).add(span);
	}

	/** Adds a new claim (claims are never merged). */
	public void claim(Claim claim) {
		newClaims.add(claim);
	}

	/** @return the relationship from, to, event code: the dossier's, one found before, or a new one */
	public Relationship relationship(Actor from, Actor to, String eventCode, double confidence) {
		String triple = triple(from, to, eventCode);
		Relationship relationship = relationships.get(triple);
		if (relationship == null) {
			relationship = Dossiers.withId(FACTORY.createRelationship());
			relationship.setFrom(from);
			relationship.setTo(to);
			relationship.setEventCode(eventCode);
			relationship.setConfidence(confidence);
			relationship.setStatus(RelationshipStatus.EXTRACTED);
			relationships.put(triple, relationship);
			newRelationships.add(relationship);
		}
		return relationship;
	}

	/** Adds an evidence span to a relationship. */
	public void evidence(Relationship relationship, Span span) {
		relationshipEvidence.computeIfAbsent(relationship, r -> new ArrayList<>()).add(span);
	}

	/** @return whether nothing was recorded */
	public boolean isEmpty() {
		return newSources.isEmpty() && newActors.isEmpty() && newLocations.isEmpty() && newClaims.isEmpty()
				&& newRelationships.isEmpty() && actorMentions.isEmpty() && locationMentions.isEmpty()
				&& relationshipEvidence.isEmpty();
	}

	/**
	 * Gives the new objects their spans, then hands over what to add to the dossier: new sources, actors,
	 * locations, claims and relationships, then the new mentions, aliases and evidence of existing ones.
	 */
	public void additions(Additions additions) {
		for (Actor actor : newActors) {
			actor.getMentions().addAll(actorMentions.getOrDefault(actor, List.of()));
			actor.getAliases().addAll(actorAliases.getOrDefault(actor, Set.of()));
		}
		for (Location location : newLocations) {
			location.getMentions().addAll(locationMentions.getOrDefault(location, List.of()));
		}
		for (Relationship relationship : newRelationships) {
			relationship.getEvidence().addAll(relationshipEvidence.getOrDefault(relationship, List.of()));
		}
		addIfAny(additions, dossier, PACKAGE.getDossier_Sources(), newSources);
		addIfAny(additions, dossier, PACKAGE.getDossier_Actors(), newActors);
		addIfAny(additions, dossier, PACKAGE.getDossier_Locations(), newLocations);
		addIfAny(additions, dossier, PACKAGE.getDossier_Claims(), newClaims);
		addIfAny(additions, dossier, PACKAGE.getDossier_Relationships(), newRelationships);
		actorMentions.forEach((actor, spans) -> {
			if (!newActors.contains(actor)) {
				addIfAny(additions, actor, PACKAGE.getActor_Mentions(), spans);
				addIfAny(additions, actor, PACKAGE.getActor_Aliases(), new ArrayList<>(actorAliases.getOrDefault(actor, Set.of())));
			}
		});
		locationMentions.forEach((location, spans) -> {
			if (!newLocations.contains(location)) {
				addIfAny(additions, location, PACKAGE.getLocation_Mentions(), spans);
			}
		});
		relationshipEvidence.forEach((relationship, spans) -> {
			if (!newRelationships.contains(relationship)) {
				addIfAny(additions, relationship, PACKAGE.getRelationship_Evidence(), spans);
			}
		});
	}

	private static void addIfAny(Additions additions, EObject owner, EStructuralFeature feature, List<?> values) {
		if (!values.isEmpty()) {
			additions.add(owner, feature, values);
		}
	}

	private static String key(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}

	private static String triple(Actor from, Actor to, String eventCode) {
		return key(from == null ? null : from.getCanonicalName()) + "\u0000" + key(to == null ? null : to.getCanonicalName())
				+ "\u0000" + eventCode;
	}
}
