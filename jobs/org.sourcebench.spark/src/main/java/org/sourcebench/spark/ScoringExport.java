package org.sourcebench.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.core.json.JsonWriter;

/**
 * Writes the evaluation export ({@code shared/eval/SCORING.md}) from the job's Parquet tables, read back: per
 * source, the actors and locations mentioned in it (by first mention; mentions as distinct strings with the
 * offsets of their first occurrence), its claims (by evidence offset) and one relationship per (from, to, CAMEO
 * root) with its first evidence, rejected ones left out — the same rules as the desktop's JSON export, so the two
 * can be compared line by line. Collects the tables on the driver: meant for samples and evaluation batches, not
 * for a firehose. Written through the one atomic writer.
 */
public final class ScoringExport {

    private ScoringExport() {
    }

    public static void write(SparkSession spark, String output, Path file) throws IOException {
        Map<String, List<Row>> actors = bySource(spark, output, Tables.ACTORS);
        Map<String, List<Row>> mentions = bySource(spark, output, Tables.MENTIONS);
        Map<String, List<Row>> locations = bySource(spark, output, Tables.LOCATIONS);
        Map<String, List<Row>> claims = bySource(spark, output, Tables.CLAIMS);
        Map<String, List<Row>> relationships = bySource(spark, output, Tables.RELATIONSHIPS);
        List<Row> sources = spark.read().parquet(ExtractionJob.table(output, Tables.SOURCES))
                .orderBy("source_id").collectAsList();

        AtomicFileWriter.write(file, false, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("sources").beginArray();
            for (Row source : sources) {
                String id = source.getAs("source_id");
                Map<String, List<Row>> mentionsOf = new HashMap<>();
                for (Row m : mentions.getOrDefault(id, List.of())) {
                    mentionsOf.computeIfAbsent(m.getAs("entity_id"), k -> new ArrayList<>()).add(m);
                }
                writeSource(json, source, actors.getOrDefault(id, List.of()), locations.getOrDefault(id, List.of()),
                        mentionsOf, claims.getOrDefault(id, List.of()), relationships.getOrDefault(id, List.of()));
            }
            json.endArray().endObject().finish();
            out.flush();
        });
    }

    private static Map<String, List<Row>> bySource(SparkSession spark, String output, String table) {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row row : spark.read().parquet(ExtractionJob.table(output, table)).collectAsList()) {
            out.computeIfAbsent(row.getAs("source_id"), k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static void writeSource(JsonWriter json, Row source, List<Row> actors, List<Row> locations,
            Map<String, List<Row>> mentions, List<Row> claims, List<Row> relationships) {
        String body = source.getAs("body");
        json.beginObject();
        json.name("file").value((String) source.getAs("file"));
        json.name("id").value((String) source.getAs("source_id"));
        json.name("title").value((String) source.getAs("title"));
        json.name("published").value((String) source.getAs("published"));
        json.name("sha256").value((String) source.getAs("sha256"));
        json.name("body").value(body);

        json.name("actors").beginArray();
        for (Entity actor : entities(actors, "actor_id", mentions)) {
            json.beginObject().name("name").value(actor.name()).name("kind").value((String) actor.row().getAs("kind"))
                    .name("country").value((String) actor.row().getAs("country"));
            mentions(json, body, actor.mentions());
            json.endObject();
        }
        json.endArray();

        json.name("locations").beginArray();
        for (Entity location : entities(locations, "location_id", mentions)) {
            json.beginObject().name("name").value(location.name())
                    .name("country").value((String) location.row().getAs("country"));
            mentions(json, body, location.mentions());
            json.endObject();
        }
        json.endArray();

        json.name("claims").beginArray();
        List<Row> sortedClaims = new ArrayList<>(claims);
        sortedClaims.removeIf(c -> c.getAs("start") == null);
        sortedClaims.sort(Comparator.comparingInt((Row c) -> c.<Integer>getAs("start"))
                .thenComparing(c -> String.valueOf(c.<String>getAs("text"))));
        for (Row claim : sortedClaims) {
            String text = claim.getAs("text");
            json.beginObject().name("speaker").value((String) claim.getAs("speaker"))
                    .name("direct").value((boolean) claim.<Boolean>getAs("direct"))
                    .name("text").value(text);
            offsets(json, body, claim.getAs("start"), claim.getAs("end"), text);
            json.endObject();
        }
        json.endArray();

        json.name("relationships").beginArray();
        for (Row r : relationships(relationships)) {
            String evidence = r.getAs("evidence");
            json.beginObject().name("from").value((String) r.getAs("from")).name("to").value((String) r.getAs("to"))
                    .name("cameo").value(root(r.getAs("cameo_code")))
                    .name("confidence").value((double) r.<Double>getAs("confidence"));
            json.name("evidence").beginObject().name("text").value(evidence);
            offsets(json, body, r.getAs("start"), r.getAs("end"), evidence);
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private record Entity(Row row, String name, List<Row> mentions) {
    }

    private static List<Entity> entities(List<Row> rows, String idColumn, Map<String, List<Row>> mentions) {
        List<Entity> out = new ArrayList<>();
        for (Row row : rows) {
            List<Row> spans = mentions.getOrDefault(row.<String>getAs(idColumn), List.of());
            if (!spans.isEmpty()) {
                List<Row> sorted = new ArrayList<>(spans);
                sorted.sort(Comparator.comparingInt((Row m) -> m.<Integer>getAs("start"))
                        .thenComparingInt(m -> m.<Integer>getAs("end")));
                out.add(new Entity(row, row.getAs("name"), sorted));
            }
        }
        out.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).<Integer>getAs("start"))
                .thenComparing(e -> String.valueOf(e.name())));
        return out;
    }

    /** Per (from, to, root): the evidence that comes first; rejected relationships left out. */
    private static List<Row> relationships(List<Row> rows) {
        Map<String, Row> byTriple = new LinkedHashMap<>();
        for (Row r : rows) {
            if ("rejected".equals(r.getAs("status"))) {
                continue;
            }
            String triple = r.getAs("from") + "\u0000" + r.getAs("to") + "\u0000" + root(r.getAs("cameo_code"));
            Row existing = byTriple.get(triple);
            if (existing == null || r.<Integer>getAs("start") < existing.<Integer>getAs("start")) {
                byTriple.put(triple, r);
            }
        }
        List<Row> out = new ArrayList<>(byTriple.values());
        out.sort(Comparator.comparingInt((Row r) -> r.<Integer>getAs("start"))
                .thenComparing(r -> String.valueOf(r.<String>getAs("from")))
                .thenComparing(r -> String.valueOf(r.<String>getAs("to")))
                .thenComparing(r -> String.valueOf(root(r.getAs("cameo_code")))));
        return out;
    }

    private static void mentions(JsonWriter json, String body, List<Row> spans) {
        json.name("mentions").beginArray();
        Set<String> seen = new HashSet<>();
        for (Row span : spans) {
            String text = span.getAs("text");
            if (text != null && seen.add(text)) {
                json.beginObject().name("text").value(text);
                offsets(json, body, span.getAs("start"), span.getAs("end"), text);
                json.endObject();
            }
        }
        json.endArray();
    }

    private static void offsets(JsonWriter json, String body, Integer begin, Integer end, String text) {
        if (text != null && begin != null && end != null && 0 <= begin && begin <= end && end <= body.length()
                && body.substring(begin, end).equals(text)) {
            json.name("start").value(begin).name("end").value(end);
        }
    }

    /** The two-digit CAMEO root of an event code: "0421" gives "04". */
    static String root(String eventCode) {
        if (eventCode == null) {
            return null;
        }
        String code = eventCode.strip();
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }
}
