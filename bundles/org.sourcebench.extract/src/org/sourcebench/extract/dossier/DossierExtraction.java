package org.sourcebench.extract.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.geo.CountryNames;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

/**
 * Runs the extraction engine on sources and records what it finds in the dossier, as one
 * {@link RecordExtractionCommand} on the editing domain.
 * <p>
 * The dossier holds each actor, location and relationship once for all sources: an actor or location whose
 * canonical name (case-insensitive) is already in the dossier gets the new mentions; a relationship with the
 * same from, to and event code gets the new evidence span (corroboration). Everything else is created.
 * Country names of the engine become ISO codes ({@link CountryNames}); extracted relationships have status
 * {@link RelationshipStatus#EXTRACTED} until an analyst reviews them.
 */
public final class DossierExtraction {

    private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;
    private static final SourcebenchPackage PACKAGE = SourcebenchPackage.eINSTANCE;

    private final ExtractionEngine engine;

    /** @param engine the extraction engine */
    public DossierExtraction(ExtractionEngine engine) {
        this.engine = engine;
    }

    /**
     * What an extraction run did.
     *
     * @param command the executed command, or {@code null} when nothing was found
     * @param failures the sources the engine failed on, with the error, in order
     */
    public record Outcome(Command command, Map<Source, RuntimeException> failures) {
    }

    /**
     * Extracts the sources and records the results. A source the engine fails on is reported in the
     * outcome and left without results; the others are recorded.
     *
     * @param domain the dossier's editing domain
     * @param dossier the dossier holding the sources
     * @param sources the sources to extract, in order
     * @param progress told (index from 1, source) before each source is extracted
     * @return the command and the failures
     */
    public Outcome run(EditingDomain domain, Dossier dossier, List<Source> sources, BiConsumer<Integer, Source> progress) {
        Records records = new Records(dossier);
        Map<Source, RuntimeException> failures = new LinkedHashMap<>();
        int index = 0;
        for (Source source : sources) {
            progress.accept(++index, source);
            if (source.getBody() == null || source.getBody().isBlank()) {
                continue;
            }
            DocumentExtraction extraction;
            try {
                // the publication date resolves the actor dictionary's date-restricted roles
                extraction = engine.extract(source.getBody(),
                        source.getPublished() == null ? null : source.getPublished().toLocalDate());
            } catch (RuntimeException e) {
                failures.put(source, e);
                continue;
            }
            records.add(source, extraction);
        }
        Command command = records.command(domain, dossier);
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return new Outcome(command, failures);
    }

    /** The new objects and the additions to existing ones, collected before any command runs. */
    private static final class Records {
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, Location> locations = new HashMap<>();
        private final Map<String, Relationship> relationships = new HashMap<>();
        private final List<Actor> newActors = new ArrayList<>();
        private final List<Location> newLocations = new ArrayList<>();
        private final List<Claim> newClaims = new ArrayList<>();
        private final List<Relationship> newRelationships = new ArrayList<>();
        private final Map<Actor, List<Span>> actorMentions = new LinkedHashMap<>();
        private final Map<Actor, Set<String>> actorAliases = new LinkedHashMap<>();
        private final Map<Location, List<Span>> locationMentions = new LinkedHashMap<>();
        private final Map<Relationship, List<Span>> relationshipEvidence = new LinkedHashMap<>();

        Records(Dossier dossier) {
            dossier.getActors().forEach(a -> actors.putIfAbsent(key(a.getCanonicalName()), a));
            dossier.getLocations().forEach(l -> locations.putIfAbsent(key(l.getName()), l));
            dossier.getRelationships().forEach(r -> relationships.putIfAbsent(triple(r), r));
        }

        void add(Source source, DocumentExtraction extraction) {
            for (ExtractedActor extracted : extraction.actors()) {
                Actor actor = actor(extracted.name(), extracted.kind(), extracted.country());
                for (TextSpan mention : extracted.mentions()) {
                    mentionsOf(actor).add(span(source, mention));
                    if (!mention.text().equals(actor.getCanonicalName()) && !actor.getAliases().contains(mention.text())) {
                        aliasesOf(actor).add(mention.text());
                    }
                }
            }
            for (ExtractedLocation extracted : extraction.locations()) {
                Location location = location(extracted);
                for (TextSpan mention : extracted.mentions()) {
                    locationMentions.computeIfAbsent(location, l -> new ArrayList<>()).add(span(source, mention));
                }
            }
            for (ExtractedClaim extracted : extraction.claims()) {
                Claim claim = FACTORY.createClaim();
                Dossiers.withId(claim);
                claim.setSpeaker(extracted.speaker() == null ? null : actor(extracted.speaker(), null, null));
                claim.setText(extracted.text());
                claim.setDirectQuote(extracted.direct());
                claim.setCue(extracted.cue());
                if (extracted.evidence() != null) {
                    claim.setEvidence(span(source, extracted.evidence()));
                }
                newClaims.add(claim);
            }
            for (ExtractedRelationship extracted : extraction.relationships()) {
                Actor from = actor(extracted.from(), null, null);
                Actor to = actor(extracted.to(), null, null);
                String triple = key(from.getCanonicalName()) + "\u0000" + key(to.getCanonicalName()) + "\u0000"
                        + extracted.cameoCode();
                Relationship relationship = relationships.get(triple);
                if (relationship == null) {
                    relationship = Dossiers.withId(FACTORY.createRelationship());
                    relationship.setFrom(from);
                    relationship.setTo(to);
                    relationship.setEventCode(extracted.cameoCode());
                    relationship.setConfidence(extracted.confidence());
                    relationship.setStatus(RelationshipStatus.EXTRACTED);
                    relationships.put(triple, relationship);
                    newRelationships.add(relationship);
                }
                if (extracted.evidence() != null) {
                    relationshipEvidence.computeIfAbsent(relationship, r -> new ArrayList<>())
                            .add(span(source, extracted.evidence()));
                }
            }
        }

        Command command(EditingDomain domain, Dossier dossier) {
            // New objects get their spans directly (they are not in the dossier yet); existing ones through
            // commands, so that undo takes the spans away again.
            List<Command> commands = new ArrayList<>();
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
            addIfAny(commands, domain, dossier, PACKAGE.getDossier_Actors(), newActors);
            addIfAny(commands, domain, dossier, PACKAGE.getDossier_Locations(), newLocations);
            addIfAny(commands, domain, dossier, PACKAGE.getDossier_Claims(), newClaims);
            addIfAny(commands, domain, dossier, PACKAGE.getDossier_Relationships(), newRelationships);
            actorMentions.forEach((actor, spans) -> {
                if (!newActors.contains(actor)) {
                    addIfAny(commands, domain, actor, PACKAGE.getActor_Mentions(), spans);
                    addIfAny(commands, domain, actor, PACKAGE.getActor_Aliases(),
                            new ArrayList<>(actorAliases.getOrDefault(actor, Set.of())));
                }
            });
            locationMentions.forEach((location, spans) -> {
                if (!newLocations.contains(location)) {
                    addIfAny(commands, domain, location, PACKAGE.getLocation_Mentions(), spans);
                }
            });
            relationshipEvidence.forEach((relationship, spans) -> {
                if (!newRelationships.contains(relationship)) {
                    addIfAny(commands, domain, relationship, PACKAGE.getRelationship_Evidence(), spans);
                }
            });
            return commands.isEmpty() ? null : new RecordExtractionCommand(commands);
        }

        private Actor actor(String name, ActorKind kind, String country) {
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

        private Location location(ExtractedLocation extracted) {
            Location location = locations.get(key(extracted.name()));
            if (location == null) {
                location = Dossiers.withId(FACTORY.createLocation());
                location.setName(extracted.name());
                location.setKind(locationKind(extracted.kind()));
                location.setCountryCode(CountryNames.code(extracted.country()));
                location.setLatitude(Double.isNaN(extracted.lat()) ? null : extracted.lat());
                location.setLongitude(Double.isNaN(extracted.lon()) ? null : extracted.lon());
                location.setGeoNamesId(extracted.geonamesId() > 0 ? Long.toString(extracted.geonamesId()) : null);
                locations.put(key(extracted.name()), location);
                newLocations.add(location);
            }
            return location;
        }

        private List<Span> mentionsOf(Actor actor) {
            return actorMentions.computeIfAbsent(actor, a -> new ArrayList<>());
        }

        private Set<String> aliasesOf(Actor actor) {
            return actorAliases.computeIfAbsent(actor, a -> new LinkedHashSet<>());
        }
    }

    private static void addIfAny(List<Command> commands, EditingDomain domain, Object owner,
            org.eclipse.emf.ecore.EStructuralFeature feature, List<?> values) {
        if (!values.isEmpty()) {
            commands.add(new AddCommand(domain, (org.eclipse.emf.ecore.EObject) owner, feature, values));
        }
    }

    private static Span span(Source source, TextSpan span) {
        return Dossiers.newSpan(source, span.begin(), span.end());
    }

    /** The engine's location kinds (country, city, region, province, river, site, sea) in the model's terms. */
    static LocationKind locationKind(String kind) {
        if (kind == null) {
            return LocationKind.OTHER;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "country" -> LocationKind.COUNTRY;
            case "city", "town", "village" -> LocationKind.CITY;
            case "region", "province", "district" -> LocationKind.REGION;
            case "river", "sea", "lake", "strait" -> LocationKind.WATER;
            case "site", "base", "airport", "port", "crossing" -> LocationKind.SITE;
            default -> LocationKind.OTHER;
        };
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String triple(Relationship r) {
        return key(r.getFrom() == null ? null : r.getFrom().getCanonicalName()) + "\u0000"
                + key(r.getTo() == null ? null : r.getTo().getCanonicalName()) + "\u0000" + r.getEventCode();
    }
}
