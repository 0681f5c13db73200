package org.sourcebench.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.core.scoring.ScoringExportWriter;

/**
 * Writes the evaluation export ({@code shared/eval/SCORING.md}) from the job's Parquet tables, read back, by the
 * rules of {@link ScoringExportWriter} (the desktop's JSON export uses the same writer, so the two can be compared
 * line by line): this class only turns the tables' rows into its records. Collects the tables on the driver: meant
 * for samples and evaluation batches, not for a firehose. Written through the one atomic writer.
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
			ScoringExportWriter export = new ScoringExportWriter(out);
			for (Row source : sources) {
				String id = source.getAs("source_id");
				Map<String, List<Row>> mentionsOf = new HashMap<>();
				for (Row m : mentions.getOrDefault(id, List.of())) {
					mentionsOf.computeIfAbsent(m.getAs("entity_id"), k -> new ArrayList<>()).add(m);
				}
				export.add(source(source, actors.getOrDefault(id, List.of()), locations.getOrDefault(id, List.of()), mentionsOf,
						claims.getOrDefault(id, List.of()), relationships.getOrDefault(id, List.of())));
			}
			export.finish();
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

	private static ScoringExportWriter.Source source(Row source, List<Row> actors, List<Row> locations,
			Map<String, List<Row>> mentions, List<Row> claims, List<Row> relationships) {
		List<ScoringExportWriter.Entity> actorEntities = new ArrayList<>();
		for (Row actor : actors) {
			actorEntities.add(new ScoringExportWriter.Entity(actor.getAs("name"), actor.getAs("kind"), actor.getAs("country"),
					spans(mentions.getOrDefault(actor.<String>getAs("actor_id"), List.of()))));
		}
		List<ScoringExportWriter.Entity> locationEntities = new ArrayList<>();
		for (Row location : locations) {
			locationEntities.add(new ScoringExportWriter.Entity(location.getAs("name"), null, location.getAs("country"),
					spans(mentions.getOrDefault(location.<String>getAs("location_id"), List.of()))));
		}
		List<ScoringExportWriter.Claim> claimRecords = new ArrayList<>();
		for (Row claim : claims) {
			String text = claim.getAs("text");
			claimRecords.add(new ScoringExportWriter.Claim(claim.getAs("speaker"), claim.<Boolean>getAs("direct"), text,
					new ScoringExportWriter.Span(text, claim.getAs("start"), claim.getAs("end"))));
		}
		List<ScoringExportWriter.Relationship> relationshipRecords = new ArrayList<>();
		for (Row r : relationships) {
			relationshipRecords.add(new ScoringExportWriter.Relationship(r.getAs("from"), r.getAs("to"), r.getAs("cameo_code"),
					r.<Double>getAs("confidence"), "rejected".equals(r.getAs("status")),
					new ScoringExportWriter.Span(r.getAs("evidence"), r.getAs("start"), r.getAs("end"))));
		}
		return new ScoringExportWriter.Source(source.getAs("file"), source.getAs("source_id"), source.getAs("title"),
				source.getAs("published"), source.getAs("sha256"), source.getAs("body"), actorEntities, locationEntities,
				claimRecords, relationshipRecords);
	}

	private static List<ScoringExportWriter.Span> spans(List<Row> mentions) {
		return mentions.stream().map(m -> new ScoringExportWriter.Span(m.getAs("text"), m.getAs("start"), m.getAs("end"))).toList();
	}
}
