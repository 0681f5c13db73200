package org.sourcebench.extract.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes of a data file: each row names a word and its class, and may give the word a value in
 * its third column (a CAMEO code, a frame, a kind). The one reader of the word lists of the stages (event words,
 * actor words, claim words, location words). A class the file lacks is an error that names the class and the file,
 * never an empty list. Immutable once read.
 */
public final class WordClasses {

	private final String file;
	/** Class → word → value ("" when the row has none), in the order of the file. */
	private final Map<String, Map<String, String>> classes = new HashMap<>();

	/**
	 * The classes of {@code rows} of {@code data/NAME}: words in column {@code wordColumn}, classes in column
	 * {@code classColumn} (both trimmed). A word listed twice in a class keeps the value of its last row.
	 */
	public WordClasses(String name, List<String[]> rows, int wordColumn, int classColumn) {
		this.file = "data/" + name;
		for (String[] r : rows) {
			classes.computeIfAbsent(r[classColumn].trim(), k -> new HashMap<>()).put(r[wordColumn].trim(),
					DataFile.cell(r, 2).trim());
		}
	}

	/** Reads {@code data/NAME}, its words in column {@code wordColumn}, their classes in column {@code classColumn}. */
	public static WordClasses read(String name, int wordColumn, int classColumn) {
		return new WordClasses(name, DataFile.rows(name, Math.max(wordColumn, classColumn) + 1), wordColumn,
				classColumn);
	}

	/** The same classes with every word in lower case, for lookups that ignore case. */
	public WordClasses lowered() {
		WordClasses out = new WordClasses(file.substring("data/".length()), List.of(), 0, 1);
		classes.forEach((c, words) -> {
			Map<String, String> l = new HashMap<>();
			words.forEach((w, v) -> l.put(w.toLowerCase(Locale.ROOT), v));
			out.classes.put(c, l);
		});
		return out;
	}

	/** The words of a class (unmodifiable); fails on a class the file lacks. */
	public Set<String> words(String wordClass) {
		return Collections.unmodifiableSet(of(wordClass).keySet());
	}

	/** Whether {@code word} is of the class (as written); fails on a class the file lacks. */
	public boolean in(String wordClass, String word) {
		return of(wordClass).containsKey(word);
	}

	/** The value (third column) a class gives {@code word}: "" when it has none or the word is not of the class. */
	public String value(String wordClass, String word) {
		return of(wordClass).getOrDefault(word, "");
	}

	/** The words of a class with their values (unmodifiable); fails on a class the file lacks. */
	public Map<String, String> values(String wordClass) {
		return Collections.unmodifiableMap(of(wordClass));
	}

	private Map<String, String> of(String wordClass) {
		Map<String, String> words = classes.get(wordClass);
		if (words == null) {
			throw new IllegalArgumentException(file + " has no word class '" + wordClass + "'");
		}
		return words;
	}

	/** The words of a class as a regular-expression alternation, longest first (phrases keep their case). */
	public String alternation(String wordClass) {
		return DataFile.alternation(words(wordClass));
	}
}
