package org.sourcebench.extract.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a tab-separated data file of this bundle ({@code data/NAME}, a class-path resource of the bundle's own
 * class loader): lines starting with '#' are the header (source and license), empty fields are "".
 */
public final class DataFile {

	private DataFile() {
	}

	public static List<String[]> rows(String name, int columns) {
		String path = "data/" + name;
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("data file " + path + " is missing from org.sourcebench.extract");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = r.readLine()) != null;) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				rows.add(f.length >= columns ? f : Arrays.copyOf(fill(f), columns));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
		return rows;
	}

	private static String[] fill(String[] f) {
		return f;
	}

	/** Splits a '|' list; empty field → empty list. */
	public static List<String> list(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String s : field.split("\\|")) {
			if (!s.isBlank()) {
				out.add(s.trim());
			}
		}
		return out;
	}

	/** Replaces null cells (short rows) with "". */
	public static String cell(String[] row, int i) {
		return i < row.length && row[i] != null ? row[i] : "";
	}

	/** The words as a regular-expression alternation, longest first, each quoted (phrases keep their case). */
	public static String alternation(Collection<String> words) {
		List<String> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		return String.join("|", sorted.stream().map(Pattern::quote).toList());
	}
}
