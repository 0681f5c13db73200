package org.sourcebench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import blue.strategic.parquet.ParquetWriter;

/**
 * Writes small tables in the shape of the Spark job's output (same table and column names and types, one part
 * file each, through Parquet's own writer), so the import is tested on real Parquet files.
 */
final class BatchTablesFixture {

	private final Path folder;
	private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

	BatchTablesFixture(Path folder) {
		this.folder = folder;
		for (String table : BatchTables.TABLES) {
			tables.put(table, new ArrayList<>());
		}
	}

	BatchTablesFixture source(String id, String outlet, String published, String body) {
		return row("sources", "source_id", id, "file", id + ".txt", "outlet", outlet, "title", "Title of " + id,
				"published", published, "language", "en", "format", "txt", "sha256", "sha-" + id, "body", body);
	}

	/** An actor of a source with one mention per surface string found in the body. */
	BatchTablesFixture actor(String source, String name, String kind, String country, String body, String... surfaces) {
		String id = source + "#a" + tables.get("actors").size();
		row("actors", "source_id", source, "actor_id", id, "name", name, "kind", kind, "country", country);
		for (String surface : surfaces) {
			int at = body.indexOf(surface);
			row("mentions", "source_id", source, "entity_type", "actor", "entity_id", id, "text", surface,
					"start", at, "end", at + surface.length());
		}
		return this;
	}

	BatchTablesFixture location(String source, String name, String country, String body, String surface) {
		String id = source + "#l" + tables.get("locations").size();
		row("locations", "source_id", source, "location_id", id, "name", name, "kind", "country", "country", country,
				"latitude", 35.0, "longitude", 38.0, "geonames_id", "163843");
		int at = body.indexOf(surface);
		return row("mentions", "source_id", source, "entity_type", "location", "entity_id", id, "text", surface,
				"start", at, "end", at + surface.length());
	}

	BatchTablesFixture claim(String source, String speaker, String body, String text) {
		int at = body.indexOf(text);
		return row("claims", "source_id", source, "claim_id", source + "#c0", "speaker", speaker, "direct", false,
				"text", text, "cue", "said", "start", at, "end", at + text.length(), "evidence", text);
	}

	BatchTablesFixture relationship(String source, String from, String to, String code, String body, String evidence) {
		int at = body.indexOf(evidence);
		return row("relationships", "source_id", source, "relationship_id", source + "#r0", "from", from, "to", to,
				"cameo_code", code, "event_label", "label", "quad_class", 1, "goldstein", 1.0, "confidence", 0.5,
				"status", "extracted", "evidence", evidence, "start", at, "end", at + evidence.length());
	}

	private BatchTablesFixture row(String table, Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		tables.get(table).add(row);
		return this;
	}

	Path write() throws IOException {
		for (Map.Entry<String, List<Map<String, Object>>> table : tables.entrySet()) {
			Path dir = Files.createDirectories(folder.resolve(table.getKey()));
			List<Map<String, Object>> rows = table.getValue();
			if (rows.isEmpty()) {
				continue; // a folder without part files: a table with no rows
			}
			try (ParquetWriter<Map<String, Object>> writer = ParquetWriter.writeFile(schema(rows.get(0)),
					dir.resolve("part-00000.parquet").toFile(), (row, values) -> row.forEach(values::write))) {
				for (Map<String, Object> row : rows) {
					writer.write(row);
				}
			}
		}
		return folder;
	}

	private static MessageType schema(Map<String, Object> row) {
		Types.MessageTypeBuilder b = Types.buildMessage();
		row.forEach((name, value) -> {
			if (value instanceof Integer) {
				b.optional(PrimitiveTypeName.INT32).named(name);
			} else if (value instanceof Double) {
				b.optional(PrimitiveTypeName.DOUBLE).named(name);
			} else if (value instanceof Boolean) {
				b.optional(PrimitiveTypeName.BOOLEAN).named(name);
			} else {
				b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
			}
		});
		return b.named("spark_schema");
	}
}
