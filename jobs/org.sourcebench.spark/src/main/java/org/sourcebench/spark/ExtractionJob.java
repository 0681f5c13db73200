package org.sourcebench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Sourcebench extraction engine as a Spark batch job.
 *
 * <pre>
 * ExtractionJob INPUT OUTPUT_DIR [--files] [--partitions N] [--json FILE]
 * </pre>
 *
 * INPUT is JSON Lines of articles ({@code id}, {@code url}, {@code outlet}, {@code published}, {@code title},
 * {@code body}), or with {@code --files} a folder (read recursively) of article files in the formats the desktop
 * reads (.txt, .html, .htm, .pdf, .docx). OUTPUT_DIR receives one Parquet table per folder: {@code sources},
 * {@code actors}, {@code mentions}, {@code locations}, {@code claims}, {@code relationships}, {@code rejects}
 * (articles that could not be read or extracted, with the reason; among them an article stopped at the time limit per
 * article: the executors' system property {@code sourcebench.extract.time-limit}, whole seconds, default 60) and
 * {@code warnings} (one row per failed stage of an article extracted in part); {@code --json} also writes the evaluation
 * export of {@code shared/eval/SCORING.md}, built from the Parquet tables read back. One bad article never stops
 * the job. The engine is built once per executor JVM and applied in {@code mapPartitions}.
 */
public final class ExtractionJob {

	/** Extensions of the article files the desktop reads. */
	static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf", ".docx");

	private ExtractionJob() {
	}

	/** What the command line asked for. */
	record Options(String input, String output, boolean files, int partitions, String json) {

		static Options parse(String[] args) {
			List<String> positional = new ArrayList<>();
			boolean files = false;
			int partitions = 0;
			String json = null;
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--files" -> files = true;
					case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
					case "--json" -> json = value(args, ++i, "--json");
					default -> {
						if (args[i].startsWith("--")) {
							throw new IllegalArgumentException("unknown option " + args[i]);
						}
						positional.add(args[i]);
					}
				}
			}
			if (positional.size() != 2) {
				throw new IllegalArgumentException(
						"usage: ExtractionJob INPUT OUTPUT_DIR [--files] [--partitions N] [--json FILE]");
			}
			return new Options(positional.get(0), positional.get(1), files, partitions, json);
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[i];
		}
	}

	public static void main(String[] args) throws IOException {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("sourcebench-spark: " + e.getMessage());
			System.exit(2);
			return;
		}
		SparkSession.Builder builder = SparkSession.builder().appName("sourcebench-extract");
		if (!new org.apache.spark.SparkConf().contains("spark.master")) {
			builder.master("local[*]"); // run straight from a plain JVM: local mode on every core
		}
		try (SparkSession spark = builder.getOrCreate()) {
			Summary summary = run(spark, options);
			System.err.println("sourcebench-spark: " + summary.articles() + " articles extracted, "
					+ summary.rejects() + " rejected; tables in " + options.output());
			summary.firstRejects().forEach(r -> System.err.println("sourcebench-spark: rejected " + r));
		}
	}

	/** Counts of a run. */
	public record Summary(long articles, long rejects, List<String> firstRejects) {
	}

	/** How many reject reasons the summary names (all are in the rejects table). */
	private static final int FIRST_REJECTS_SHOWN = 5;

	/** Runs the job in {@code spark}: reads, extracts, writes every table (and the JSON export when asked). */
	public static Summary run(SparkSession spark, Options options) throws IOException {
		Dataset<Row> input = options.files() ? readFiles(spark, options.input()) : readJsonLines(spark, options.input());
		if (options.partitions() > 0) {
			input = input.repartition(options.partitions());
		}
		Dataset<Row> articles = input.mapPartitions(
				(MapPartitionsFunction<Row, Row>) ExtractionJob::extractAll, Encoders.row(Tables.ARTICLE))
				.persist(StorageLevel.MEMORY_AND_DISK());
		try {
			Dataset<Row> sources = articles.where(col("source").isNotNull()).select("source.*");
			write(sources, options.output(), Tables.SOURCES);
			for (String table : new String[] {Tables.ACTORS, Tables.MENTIONS, Tables.LOCATIONS, Tables.CLAIMS,
					Tables.RELATIONSHIPS}) {
				write(articles.select(explode(col(table)).as("row")).select("row.*"), options.output(), table);
			}
			Dataset<Row> rejects = articles.where(col("reject").isNotNull()).select("reject.*");
			write(rejects, options.output(), Tables.REJECTS);
			write(articles.select(explode(col(Tables.WARNINGS)).as("row")).select("row.*"), options.output(),
					Tables.WARNINGS);
			Dataset<Row> written = spark.read().parquet(table(options.output(), Tables.REJECTS));
			List<String> firstRejects = new ArrayList<>();
			for (Row r : written.limit(FIRST_REJECTS_SHOWN).collectAsList()) {
				firstRejects.add(r.getAs("source_id") + ": " + r.getAs("reason"));
			}
			Summary summary = new Summary(spark.read().parquet(table(options.output(), Tables.SOURCES)).count(),
					written.count(), firstRejects);
			if (options.json() != null) {
				ScoringExport.write(spark, options.output(), Path.of(options.json()));
			}
			return summary;
		} finally {
			articles.unpersist();
		}
	}

	/** Lazily: one article at a time, so a partition never holds more than one article's results in flight. */
	private static Iterator<Row> extractAll(Iterator<Row> rows) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public Row next() {
				return ArticleExtraction.extract(rows.next());
			}
		};
	}

	static String table(String output, String name) {
		return output.endsWith("/") ? output + name : output + "/" + name;
	}

	private static void write(Dataset<Row> rows, String output, String name) {
		rows.write().mode(SaveMode.Overwrite).parquet(table(output, name));
	}

	/** JSON Lines in the {@link Tables#INPUT} shape; a line that is not a JSON object becomes a reject. */
	static Dataset<Row> readJsonLines(SparkSession spark, String path) {
		StructType schema = new StructType().add("id", DataTypes.StringType).add("url", DataTypes.StringType)
				.add("outlet", DataTypes.StringType).add("published", DataTypes.StringType)
				.add("title", DataTypes.StringType).add("body", DataTypes.StringType)
				.add("_corrupt_record", DataTypes.StringType);
		Dataset<Row> raw = spark.read().schema(schema).option("mode", "PERMISSIVE")
				.option("columnNameOfCorruptRecord", "_corrupt_record").json(path);
		return raw.select(col("id"), col("url"), col("outlet"), col("published"), col("title"), col("body"),
				lit(null).cast(DataTypes.StringType).as("file"), lit(null).cast(DataTypes.BinaryType).as("content"),
				col("_corrupt_record").as("corrupt"));
	}

	/** Article files under a folder (recursively), each as one row with its relative path as id and its bytes. */
	static Dataset<Row> readFiles(SparkSession spark, String folder) {
		JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
		sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
		String root = (folder.endsWith("/") ? folder : folder + "/").replaceFirst("^file:", "");
		JavaRDD<Row> rows = sc.binaryFiles(folder)
				.filter(file -> isArticle(file._1()))
				.map(file -> {
					String path = file._1();
					int at = path.indexOf(root);
					String id = at >= 0 ? path.substring(at + root.length()) : path.substring(path.lastIndexOf('/') + 1);
					String name = path.substring(path.lastIndexOf('/') + 1);
					return RowFactory.create(id, null, null, null, null, null, name, file._2().toArray(), null);
				});
		return spark.createDataFrame(rows, Tables.INPUT);
	}

	static boolean isArticle(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return ARTICLE_EXTENSIONS.stream().anyMatch(lower::endsWith);
	}
}
