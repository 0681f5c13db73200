package org.sourcebench.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import org.sourcebench.model.geo.CountryNames;

/**
 * Loads a selection of the Spark extraction job's output into a dossier as one undoable command ("Import
 * Batch"), the way an extraction run records its results: sources are added (an article whose SHA-256 is already
 * in the dossier is skipped); actors and locations are matched to the dossier's by canonical name
 * (case-insensitive) and get the new mentions, or are created; a relationship with the same ends and event code
 * gets the new evidence (corroboration), or is created with status "extracted"; claims are added.
 */
public final class BatchImport {

    private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;
    private static final SourcebenchPackage PACKAGE = SourcebenchPackage.eINSTANCE;

    private final EditingDomain domain;
    private final Dossier dossier;

    public BatchImport(EditingDomain domain, Dossier dossier) {
        this.domain = domain;
        this.dossier = dossier;
    }

    /**
     * What an import did.
     *
     * @param command the command, executed on the domain's stack, or {@code null} when nothing was selected
     * @param selected the articles the selection accepted
     * @param added the sources added
     * @param duplicates the selected articles already in the dossier (same SHA-256), skipped
     */
    public record Outcome(Command command, int selected, int added, int duplicates) {
    }

    /** Reads the selection from {@code folder} and executes the import on the domain's command stack. */
    public Outcome run(Path folder, BatchSelection selection) throws BatchException {
        BatchTables tables = new BatchTables(folder);
        tables.check();
        Map<String, Set<String>> actorNames = new HashMap<>();
        if (selection.needsActors()) {
            for (Map<String, Object> a : tables.rows("actors", r -> true)) {
                actorNames.computeIfAbsent(text(a, "source_id"), k -> new HashSet<>()).add(key(text(a, "name")));
            }
        }
        Set<String> known = new HashSet<>();
        dossier.getSources().forEach(s -> known.add(s.getSha256()));
        Map<String, Source> chosen = new LinkedHashMap<>();
        int selected = 0;
        int duplicates = 0;
        for (Map<String, Object> row : tables.rows("sources", r -> true)) {
            String id = text(row, "source_id");
            if (!selection.accepts(row, actorNames.getOrDefault(id, Set.of()))) {
                continue;
            }
            selected++;
            String sha = text(row, "sha256");
            if (sha != null && !known.add(sha)) {
                duplicates++;
                continue;
            }
            chosen.put(id, source(row));
        }
        if (chosen.isEmpty()) {
            return new Outcome(null, selected, 0, duplicates);
        }
        Records records = new Records(dossier, chosen);
        Map<String, Actor> actorsById = new HashMap<>();
        for (Map<String, Object> a : tables.rows("actors", r -> chosen.containsKey(text(r, "source_id")))) {
            Actor actor = records.actor(text(a, "name"), text(a, "kind"), text(a, "country"));
            actorsById.put(text(a, "actor_id"), actor);
        }
        Map<String, Location> locationsById = new HashMap<>();
        for (Map<String, Object> l : tables.rows("locations", r -> chosen.containsKey(text(r, "source_id")))) {
            locationsById.put(text(l, "location_id"), records.location(l));
        }
        for (Map<String, Object> m : tables.rows("mentions", r -> chosen.containsKey(text(r, "source_id")))) {
            Source source = chosen.get(text(m, "source_id"));
            Span span = span(source, m, "start", "end");
            String entity = text(m, "entity_id");
            if ("actor".equals(text(m, "entity_type")) && actorsById.containsKey(entity)) {
                records.mention(actorsById.get(entity), span);
            } else if (locationsById.containsKey(entity)) {
                records.mention(locationsById.get(entity), span);
            }
        }
        for (Map<String, Object> c : tables.rows("claims", r -> chosen.containsKey(text(r, "source_id")))) {
            records.claim(chosen.get(text(c, "source_id")), c);
        }
        for (Map<String, Object> r : tables.rows("relationships", row -> chosen.containsKey(text(row, "source_id")))) {
            records.relationship(chosen.get(text(r, "source_id")), r);
        }
        Command command = records.command(domain, dossier);
        domain.getCommandStack().execute(command);
        return new Outcome(command, selected, chosen.size(), duplicates);
    }

    /** The new objects and the additions to existing ones, collected before the command runs. */
    private static final class Records {
        private final List<Source> sources;
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, Location> locations = new HashMap<>();
        private final Map<String, Relationship> relationships = new HashMap<>();
        private final List<Actor> newActors = new ArrayList<>();
        private final List<Location> newLocations = new ArrayList<>();
        private final List<Claim> newClaims = new ArrayList<>();
        private final List<Relationship> newRelationships = new ArrayList<>();
        private final Map<EObject, List<Span>> spans = new LinkedHashMap<>();
        private final Map<Actor, Set<String>> aliases = new LinkedHashMap<>();

        Records(Dossier dossier, Map<String, Source> chosen) {
            sources = new ArrayList<>(chosen.values());
            dossier.getActors().forEach(a -> actors.putIfAbsent(key(a.getCanonicalName()), a));
            dossier.getLocations().forEach(l -> locations.putIfAbsent(key(l.getName()), l));
            dossier.getRelationships().forEach(r -> relationships.putIfAbsent(triple(r.getFrom(), r.getTo(),
                    r.getEventCode()), r));
        }

        Actor actor(String name, String kind, String country) {
            Actor actor = actors.get(key(name));
            if (actor == null) {
                actor = Dossiers.withId(FACTORY.createActor());
                actor.setCanonicalName(name);
                ActorKind k = kind == null ? null : ActorKind.getByName(kind.toUpperCase(Locale.ROOT));
                actor.setKind(k == null ? ActorKind.OTHER : k);
                actor.setCountry(CountryNames.code(country));
                actors.put(key(name), actor);
                newActors.add(actor);
            }
            return actor;
        }

        Location location(Map<String, Object> row) {
            String name = text(row, "name");
            Location location = locations.get(key(name));
            if (location == null) {
                location = Dossiers.withId(FACTORY.createLocation());
                location.setName(name);
                String kind = text(row, "kind");
                LocationKind k = kind == null ? null : LocationKind.getByName(kind.toUpperCase(Locale.ROOT));
                location.setKind(k == null ? LocationKind.OTHER : k);
                location.setCountryCode(CountryNames.code(text(row, "country")));
                location.setLatitude((Double) row.get("latitude"));
                location.setLongitude((Double) row.get("longitude"));
                location.setGeoNamesId(text(row, "geonames_id"));
                locations.put(key(name), location);
                newLocations.add(location);
            }
            return location;
        }

        void mention(Actor actor, Span span) {
            spans.computeIfAbsent(actor, a -> new ArrayList<>()).add(span);
            if (!span.getText().equals(actor.getCanonicalName()) && !actor.getAliases().contains(span.getText())) {
                aliases.computeIfAbsent(actor, a -> new LinkedHashSet<>()).add(span.getText());
            }
        }

        void mention(Location location, Span span) {
            spans.computeIfAbsent(location, l -> new ArrayList<>()).add(span);
        }

        void claim(Source source, Map<String, Object> row) {
            Claim claim = Dossiers.withId(FACTORY.createClaim());
            String speaker = text(row, "speaker");
            claim.setSpeaker(speaker == null ? null : actor(speaker, null, null));
            claim.setText(text(row, "text"));
            claim.setDirectQuote(Boolean.TRUE.equals(row.get("direct")));
            claim.setCue(text(row, "cue"));
            if (row.get("start") != null) {
                claim.setEvidence(span(source, row, "start", "end"));
            }
            newClaims.add(claim);
        }

        void relationship(Source source, Map<String, Object> row) {
            Actor from = actor(text(row, "from"), null, null);
            Actor to = actor(text(row, "to"), null, null);
            String code = text(row, "cameo_code");
            String triple = triple(from, to, code);
            Relationship relationship = relationships.get(triple);
            if (relationship == null) {
                relationship = Dossiers.withId(FACTORY.createRelationship());
                relationship.setFrom(from);
                relationship.setTo(to);
                relationship.setEventCode(code);
                relationship.setConfidence(row.get("confidence") instanceof Double d ? d : 0);
                relationship.setStatus(RelationshipStatus.EXTRACTED);
                relationships.put(triple, relationship);
                newRelationships.add(relationship);
            }
            spans.computeIfAbsent(relationship, r -> new ArrayList<>()).add(span(source, row, "start", "end"));
        }

        Command command(EditingDomain domain, Dossier dossier) {
            CompoundCommand command = new CompoundCommand(Messages.ImportBatchCommand_label,
                    Messages.ImportBatchCommand_description);
            // new objects get their spans directly (not in the dossier yet); existing ones through commands
            for (Actor actor : newActors) {
                actor.getMentions().addAll(spans.getOrDefault(actor, List.of()));
                actor.getAliases().addAll(aliases.getOrDefault(actor, Set.of()));
            }
            for (Location location : newLocations) {
                location.getMentions().addAll(spans.getOrDefault(location, List.of()));
            }
            for (Relationship relationship : newRelationships) {
                relationship.getEvidence().addAll(spans.getOrDefault(relationship, List.of()));
            }
            add(command, domain, dossier, PACKAGE.getDossier_Sources(), sources);
            add(command, domain, dossier, PACKAGE.getDossier_Actors(), newActors);
            add(command, domain, dossier, PACKAGE.getDossier_Locations(), newLocations);
            add(command, domain, dossier, PACKAGE.getDossier_Claims(), newClaims);
            add(command, domain, dossier, PACKAGE.getDossier_Relationships(), newRelationships);
            spans.forEach((owner, list) -> {
                if (owner instanceof Actor a && !newActors.contains(a)) {
                    add(command, domain, a, PACKAGE.getActor_Mentions(), list);
                    add(command, domain, a, PACKAGE.getActor_Aliases(),
                            new ArrayList<>(aliases.getOrDefault(a, Set.of())));
                } else if (owner instanceof Location l && !newLocations.contains(l)) {
                    add(command, domain, l, PACKAGE.getLocation_Mentions(), list);
                } else if (owner instanceof Relationship r && !newRelationships.contains(r)) {
                    add(command, domain, r, PACKAGE.getRelationship_Evidence(), list);
                }
            });
            return command;
        }
    }

    private static void add(CompoundCommand command, EditingDomain domain, EObject owner, EStructuralFeature feature,
            List<?> values) {
        if (!values.isEmpty()) {
            command.append(new AddCommand(domain, owner, feature, values));
        }
    }

    private static Source source(Map<String, Object> row) {
        Source source = Dossiers.newSource(text(row, "body"));
        source.setTitle(text(row, "title"));
        source.setOutlet(text(row, "outlet"));
        source.setUrl(text(row, "url"));
        source.setLanguage(text(row, "language"));
        source.setOriginalFileName(text(row, "file") != null ? text(row, "file") : text(row, "source_id"));
        source.setFormat(text(row, "format"));
        source.setSha256(text(row, "sha256"));
        String published = text(row, "published");
        if (published != null) {
            try {
                source.setPublished(OffsetDateTime.parse(published));
                source.setPublishedZoneKnown(true);
            } catch (DateTimeParseException withoutZone) {
                try {
                    source.setPublished(LocalDateTime.parse(published).atOffset(ZoneOffset.UTC));
                    source.setPublishedZoneKnown(false);
                } catch (DateTimeParseException e) {
                    // not a date the job writes; the source stays undated
                }
            }
        }
        return source;
    }

    private static Span span(Source source, Map<String, Object> row, String begin, String end) {
        return Dossiers.newSpan(source, ((Number) row.get(begin)).intValue(), ((Number) row.get(end)).intValue());
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String triple(Actor from, Actor to, String code) {
        return key(from == null ? null : from.getCanonicalName()) + "\u0000"
                + key(to == null ? null : to.getCanonicalName()) + "\u0000" + code;
    }
}
