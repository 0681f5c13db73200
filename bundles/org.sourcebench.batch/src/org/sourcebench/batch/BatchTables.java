package org.sourcebench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;

/**
 * Reads the Parquet tables the Spark extraction job writes ({@code sources}, {@code actors}, {@code mentions},
 * {@code locations}, {@code claims}, {@code relationships}: one folder of part files each) without Hadoop or
 * Spark. A row is a map from column name to value (strings, numbers, booleans; a list for an array column).
 */
public final class BatchTables {

	/** The tables an import reads. */
	public static final List<String> TABLES = List.of("sources", "actors", "mentions", "locations", "claims",
			"relationships");

	private final Path folder;

	/** @param folder the job's output folder, holding one sub-folder per table */
	public BatchTables(Path folder) {
		this.folder = folder;
	}

	/** Checks that every table is there, so a wrong folder is named before anything is read. */
	public void check() throws BatchException {
		if (!Files.isDirectory(folder)) {
			throw new BatchException(folder, "not a folder");
		}
		for (String table : TABLES) {
			if (!Files.isDirectory(folder.resolve(table))) {
				throw new BatchException(folder, "has no '" + table
						+ "' table: not the output folder of the Sourcebench Spark job");
			}
		}
	}

	/** The rows of {@code table} that {@code keep} accepts, in part-file order. */
	public List<Map<String, Object>> rows(String table, Predicate<Map<String, Object>> keep) throws BatchException {
		List<Path> parts;
		Path dir = folder.resolve(table);
		try (Stream<Path> files = Files.list(dir)) {
			parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
		} catch (IOException e) {
			throw new BatchException(dir, "cannot be listed (" + e.getMessage() + ")", e);
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (Path part : parts) {
			try (Stream<Map<String, Object>> rows = ParquetReader.streamContent(part.toFile(), new RowHydrator())) {
				rows.filter(keep).forEach(out::add);
			} catch (IOException | RuntimeException e) {
				throw new BatchException(part, "is not a readable Parquet file (" + e.getMessage() + ")", e);
			}
		}
		return out;
	}

	/** Builds a row map; a repeated (array) column's elements arrive one by one and are gathered into a list. */
	private static final class RowHydrator implements Hydrator<Map<String, Object>, Map<String, Object>, String[]> {

		@Override
		public Map<String, Object> start() {
			return new LinkedHashMap<>();
		}

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> add(Map<String, Object> row, String[] column, Object value) {
			if (column.length > 1) {
				((List<Object>) row.computeIfAbsent(column[0], k -> new ArrayList<>())).add(value);
			} else {
				row.put(column[0], value);
			}
			return row;
		}

		@Override
		public Map<String, Object> finish(Map<String, Object> row) {
			return row;
		}
	}
}
