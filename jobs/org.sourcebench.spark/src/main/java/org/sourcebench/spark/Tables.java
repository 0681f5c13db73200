package org.sourcebench.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's input and of its output tables. Every output row carries {@code source_id} (the
 * article's id in the input: the JSON Lines {@code id}, or the file name), so the tables join on it; offsets are
 * 0-based, end-exclusive UTF-16 indexes into {@code sources.body}, as in the desktop's JSON export.
 */
public final class Tables {

	public static final String SOURCES = "sources";
	public static final String ACTORS = "actors";
	public static final String MENTIONS = "mentions";
	public static final String LOCATIONS = "locations";
	public static final String CLAIMS = "claims";
	public static final String RELATIONSHIPS = "relationships";
	public static final String REJECTS = "rejects";
	public static final String WARNINGS = "warnings";

	/** The tables written for extracted articles, in the order the job writes them. */
	public static final String[] RESULT_TABLES = {SOURCES, ACTORS, MENTIONS, LOCATIONS, CLAIMS, RELATIONSHIPS};

	/** One input article: JSON Lines fields, or a file's name and bytes. {@code corrupt} holds an unreadable line. */
	public static final StructType INPUT = schema(
			text("id"), text("url"), text("outlet"), text("published"), text("title"), text("body"),
			text("file"), field("content", DataTypes.BinaryType), text("corrupt"));

	public static final StructType SOURCE = schema(
			text("source_id"), text("file"), text("url"), text("outlet"), text("title"), text("published"),
			text("language"), text("format"), text("sha256"), text("body"));

	public static final StructType ACTOR = schema(
			text("source_id"), text("actor_id"), text("name"), text("kind"), text("country"),
			field("aliases", DataTypes.createArrayType(DataTypes.StringType)));

	/** A mention of an actor ({@code entity_type} "actor") or a location ("location"), in text order. */
	public static final StructType MENTION = schema(
			text("source_id"), text("entity_type"), text("entity_id"), text("text"), integer("start"), integer("end"));

	public static final StructType LOCATION = schema(
			text("source_id"), text("location_id"), text("name"), text("kind"), text("country"),
			field("latitude", DataTypes.DoubleType), field("longitude", DataTypes.DoubleType), text("geonames_id"));

	public static final StructType CLAIM = schema(
			text("source_id"), text("claim_id"), text("speaker"), field("direct", DataTypes.BooleanType), text("text"),
			text("cue"), integer("start"), integer("end"), text("evidence"));

	public static final StructType RELATIONSHIP = schema(
			text("source_id"), text("relationship_id"), text("from"), text("to"), text("cameo_code"),
			text("event_label"), field("quad_class", DataTypes.IntegerType), field("goldstein", DataTypes.DoubleType),
			field("confidence", DataTypes.DoubleType), text("status"), text("evidence"), integer("start"),
			integer("end"));

	public static final StructType REJECT = schema(text("source_id"), text("file"), text("reason"));

	/**
	 * A stage of the engine that failed on an article extracted in part: its rows in the other tables are what the other
	 * stages found. {@code message} is the line the command line prints ("FILE: extraction stage "claims" failed (…);
	 * the article keeps the other stages' results").
	 */
	public static final StructType WARNING = schema(text("source_id"), text("file"), text("stage"), text("message"));

	/**
	 * What one article gives: its source row (null when rejected), the rows of each table and the warnings of an article
	 * extracted in part, or a reject.
	 */
	public static final StructType ARTICLE = schema(
			field("source", SOURCE),
			field("actors", DataTypes.createArrayType(ACTOR)),
			field("mentions", DataTypes.createArrayType(MENTION)),
			field("locations", DataTypes.createArrayType(LOCATION)),
			field("claims", DataTypes.createArrayType(CLAIM)),
			field("relationships", DataTypes.createArrayType(RELATIONSHIP)),
			field("reject", REJECT),
			field("warnings", DataTypes.createArrayType(WARNING)));

	private Tables() {
	}

	private static StructType schema(StructField... fields) {
		return DataTypes.createStructType(fields);
	}

	private static StructField text(String name) {
		return field(name, DataTypes.StringType);
	}

	private static StructField integer(String name) {
		return field(name, DataTypes.IntegerType);
	}

	private static StructField field(String name, DataType type) {
		return DataTypes.createStructField(name, type, true);
	}
}
