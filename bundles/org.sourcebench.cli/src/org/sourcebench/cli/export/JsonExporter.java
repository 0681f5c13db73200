package org.sourcebench.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sourcebench.core.json.JsonWriter;
import org.sourcebench.model.geo.CountryNames;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Writes a dossier in the export schema of {@code shared/eval/SCORING.md}: one entry per source with its
 * body and the actors, locations, claims and relationships evidenced in it.
 * <p>
 * The dossier keeps actors, locations and relationships once for all sources; the export lists, per
 * source, those with a mention or an evidence span in that source, with only that source's spans.
 * Mentions are distinct surface strings with the offsets of their first occurrence. Offsets are UTF-16
 * indexes into the exported {@code body} and are written only where they point at the text (a span whose
 * text no longer matches the body is exported as text alone). Rejected relationships are left out.
 * <p>
 * Ordering is stable: sources in dossier order; actors and locations by their first mention; claims and
 * relationships by their evidence offset, then by name. Fields beyond the schema ({@code id},
 * {@code title}, {@code published}, {@code sha256}, {@code confidence}) are ignored by the scorer and help
 * a reader find the dossier objects again.
 */
public final class JsonExporter {

    /**
     * Writes the export as UTF-8.
     *
     * @param dossier the dossier
     * @param out the stream; flushed, not closed
     * @throws IOException when writing fails
     */
    public void write(Dossier dossier, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            JsonWriter json = new JsonWriter(writer);
            json.beginObject().name("sources").beginArray();
            for (Source source : dossier.getSources()) {
                writeSource(json, dossier, source);
            }
            json.endArray().endObject().finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private void writeSource(JsonWriter json, Dossier dossier, Source source) {
        String body = source.getBody() == null ? "" : source.getBody();
        json.beginObject();
        json.name("file").value(source.getOriginalFileName());
        json.name("id").value(source.getId());
        json.name("title").value(source.getTitle());
        json.name("published").value(published(source));
        json.name("sha256").value(source.getSha256());
        json.name("body").value(body);

        json.name("actors").beginArray();
        for (Entity<Actor> actor : entities(dossier.getActors(), source, Actor::getMentions, Actor::getCanonicalName)) {
            json.beginObject().name("name").value(actor.object.getCanonicalName())
                    .name("kind").value(actor.object.getKind() == null ? null
                            : actor.object.getKind().getName().toLowerCase(Locale.ROOT))
                    .name("country").value(CountryNames.name(actor.object.getCountry()));
            mentions(json, body, actor.spans);
            json.endObject();
        }
        json.endArray();

        json.name("locations").beginArray();
        for (Entity<Location> location : entities(dossier.getLocations(), source, Location::getMentions, Location::getName)) {
            json.beginObject().name("name").value(location.object.getName())
                    .name("country").value(CountryNames.name(location.object.getCountryCode()));
            mentions(json, body, location.spans);
            json.endObject();
        }
        json.endArray();

        json.name("claims").beginArray();
        List<Claim> claims = new ArrayList<>();
        for (Claim claim : dossier.getClaims()) {
            if (claim.getEvidence() != null && claim.getEvidence().getSource() == source) {
                claims.add(claim);
            }
        }
        claims.sort(Comparator.comparingInt((Claim c) -> c.getEvidence().getBegin())
                .thenComparing(c -> String.valueOf(c.getText())));
        for (Claim claim : claims) {
            Span evidence = claim.getEvidence();
            String text = claim.getText() != null ? claim.getText() : evidence.getText();
            json.beginObject().name("speaker").value(claim.getSpeaker() == null ? null : claim.getSpeaker().getCanonicalName())
                    .name("direct").value(claim.isDirectQuote())
                    .name("text").value(text);
            offsets(json, body, evidence, text);
            json.endObject();
        }
        json.endArray();

        json.name("relationships").beginArray();
        for (Related related : relationships(dossier, source)) {
            Relationship r = related.relationship;
            json.beginObject().name("from").value(r.getFrom() == null ? null : r.getFrom().getCanonicalName())
                    .name("to").value(r.getTo() == null ? null : r.getTo().getCanonicalName())
                    .name("cameo").value(root(r.getEventCode()))
                    .name("confidence").value(r.getConfidence());
            json.name("evidence").beginObject().name("text").value(related.evidence.getText());
            offsets(json, body, related.evidence, related.evidence.getText());
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** An actor or location with its spans in one source, ordered by position. */
    private record Entity<T>(T object, List<Span> spans) {
    }

    private record Related(Relationship relationship, Span evidence) {
    }

    private static <T> List<Entity<T>> entities(List<T> all, Source source,
            Function<T, List<Span>> mentions, Function<T, String> name) {
        List<Entity<T>> out = new ArrayList<>();
        for (T object : all) {
            List<Span> spans = new ArrayList<>();
            for (Span span : mentions.apply(object)) {
                if (span.getSource() == source) {
                    spans.add(span);
                }
            }
            if (!spans.isEmpty()) {
                spans.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
                out.add(new Entity<>(object, spans));
            }
        }
        out.sort(Comparator.comparingInt((Entity<T> e) -> e.spans.get(0).getBegin())
                .thenComparing(e -> String.valueOf(name.apply(e.object))));
        return out;
    }

    private static List<Related> relationships(Dossier dossier, Source source) {
        Map<String, Related> byTriple = new LinkedHashMap<>();
        for (Relationship r : dossier.getRelationships()) {
            if (r.getStatus() == RelationshipStatus.REJECTED) {
                continue;
            }
            Span first = null;
            for (Span span : r.getEvidence()) {
                if (span.getSource() == source && (first == null || span.getBegin() < first.getBegin())) {
                    first = span;
                }
            }
            if (first == null) {
                continue;
            }
            String triple = name(r.getFrom()) + "\u0000" + name(r.getTo()) + "\u0000" + root(r.getEventCode());
            Related existing = byTriple.get(triple);
            if (existing == null || first.getBegin() < existing.evidence.getBegin()) {
                byTriple.put(triple, new Related(r, first));
            }
        }
        List<Related> out = new ArrayList<>(byTriple.values());
        out.sort(Comparator.comparingInt((Related r) -> r.evidence.getBegin())
                .thenComparing(r -> name(r.relationship.getFrom()))
                .thenComparing(r -> name(r.relationship.getTo()))
                .thenComparing(r -> String.valueOf(root(r.relationship.getEventCode()))));
        return out;
    }

    private static void mentions(JsonWriter json, String body, List<Span> spans) {
        json.name("mentions").beginArray();
        Set<String> seen = new HashSet<>();
        for (Span span : spans) {
            String text = span.getText();
            if (text != null && seen.add(text)) {
                json.beginObject().name("text").value(text);
                offsets(json, body, span, text);
                json.endObject();
            }
        }
        json.endArray();
    }

    /** Writes start/end only when they point at {@code text} in {@code body}. */
    private static void offsets(JsonWriter json, String body, Span span, String text) {
        int begin = span.getBegin();
        int end = span.getEnd();
        if (text != null && 0 <= begin && begin <= end && end <= body.length()
                && body.substring(begin, end).equals(text)) {
            json.name("start").value(begin).name("end").value(end);
        }
    }

    /** ISO 8601; without offset when the source gave none (the model then holds UTC only as a placeholder). */
    private static String published(Source source) {
        if (source.getPublished() == null) {
            return null;
        }
        return source.isPublishedZoneKnown() ? source.getPublished().toString()
                : source.getPublished().toLocalDateTime().toString();
    }

    /** The two-digit CAMEO root of an event code: "0421" gives "04". */
    static String root(String eventCode) {
        if (eventCode == null) {
            return null;
        }
        String code = eventCode.strip();
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    private static String name(Actor actor) {
        return actor == null ? "" : String.valueOf(actor.getCanonicalName());
    }
}
