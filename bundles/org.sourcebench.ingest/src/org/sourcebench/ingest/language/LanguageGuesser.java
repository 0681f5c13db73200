package org.sourcebench.ingest.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses an article's language from its function words ("the", "of", "und", "в", "في" …), listed in
 * {@code data/function-words.tsv}. Enough to tell the analysts' usual languages apart and to warn that
 * extraction (English rules) will not work on a text; not a general language identifier.
 */
public final class LanguageGuesser {

	private static final String DATA = "/data/function-words.tsv";
	/** Below this many function-word hits the text is too short or too odd to say. */
	private static final int MIN_HITS = 5;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

	private static volatile Map<String, Set<String>> wordsByLanguage;

	/**
	 * @param text an article body
	 * @return an ISO 639-1 code, or {@code null} when no language stands out
	 */
	public String guess(String text) {
		Map<String, Set<String>> languages = load();
		Map<String, Integer> hits = new HashMap<>();
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		int words = 0;
		while (m.find() && words < 2000) {
			words++;
			String word = m.group();
			for (Map.Entry<String, Set<String>> language : languages.entrySet()) {
				if (language.getValue().contains(word)) {
					hits.merge(language.getKey(), 1, Integer::sum);
				}
			}
		}
		String best = null;
		int bestHits = 0;
		int second = 0;
		for (Map.Entry<String, Integer> entry : hits.entrySet()) {
			if (entry.getValue() > bestHits) {
				second = bestHits;
				best = entry.getKey();
				bestHits = entry.getValue();
			} else if (entry.getValue() > second) {
				second = entry.getValue();
			}
		}
		// The winner must stand out: shared words ("de", "la", "a") give close runners-up.
		return bestHits >= MIN_HITS && bestHits >= second * 3 / 2 ? best : null;
	}

	private static Map<String, Set<String>> load() {
		Map<String, Set<String>> loaded = wordsByLanguage;
		if (loaded != null) {
			return loaded;
		}
		loaded = new LinkedHashMap<>();
		try (InputStream in = LanguageGuesser.class.getResourceAsStream(DATA)) {
			if (in == null) {
				throw new IllegalStateException(DATA + " is missing from the ingest bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 2);
				Set<String> words = new HashSet<>();
				for (String word : columns[1].strip().split("\\s+")) {
					words.add(word);
				}
				loaded.put(columns[0].strip(), Set.copyOf(words));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		wordsByLanguage = loaded;
		return loaded;
	}
}
