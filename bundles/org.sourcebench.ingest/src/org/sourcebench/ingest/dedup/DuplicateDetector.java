package org.sourcebench.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.ingest.RawFile;

/**
 * Recognises articles seen before, in the order they are registered.
 * <p>
 * <b>Exact duplicate</b>: the SHA-256 of the body with white space collapsed equals an earlier one's
 * (the same story saved twice, or once as .txt and once with different line ends).
 * <b>Near duplicate</b> (a reprint of the same agency story with a new headline, a cut paragraph, an
 * added sentence): Jaccard similarity of the sets of {@value #SHINGLE_WORDS}-word shingles (lower-cased
 * words) at least {@link #DEFAULT_REPRINT_THRESHOLD}. Two different stories on the same event share
 * names but hardly any 4-word sequences, so they stay well below it; a reprint with light edits keeps
 * most of them. The earliest, most similar article is named as the original.
 * <p>
 * Each new article is compared with every earlier one: fine for the hundreds of articles of a dossier.
 * (For tens of thousands, MinHash signatures would be the next step.)
 */
public final class DuplicateDetector {

	/** Similarity from which an article counts as a reprint. */
	public static final double DEFAULT_REPRINT_THRESHOLD = 0.5;
	static final int SHINGLE_WORDS = 4;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");

	private final double threshold;
	private final Map<String, String> keyByBodyHash = new HashMap<>();
	private final List<Entry> entries = new ArrayList<>();

	private record Entry(String key, Set<Long> shingles) {
	}

	/** A detector with the {@linkplain #DEFAULT_REPRINT_THRESHOLD default threshold}. */
	public DuplicateDetector() {
		this(DEFAULT_REPRINT_THRESHOLD);
	}

	/** @param threshold the Jaccard similarity from which an article counts as a reprint, in (0, 1] */
	public DuplicateDetector(double threshold) {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
		}
		this.threshold = threshold;
	}

	/**
	 * Compares a body with the registered ones without registering it.
	 *
	 * @param body an article body
	 * @return the verdict
	 */
	public DuplicateVerdict check(String body) {
		String exact = keyByBodyHash.get(bodyHash(body));
		if (exact != null) {
			return new DuplicateVerdict(DuplicateVerdict.Kind.EXACT, exact, 1.0);
		}
		Set<Long> shingles = shingles(body);
		Entry best = null;
		double bestSimilarity = 0;
		for (Entry entry : entries) {
			double similarity = jaccard(shingles, entry.shingles);
			if (similarity > bestSimilarity) {
				best = entry;
				bestSimilarity = similarity;
			}
		}
		if (best != null && bestSimilarity >= threshold) {
			return new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, best.key, bestSimilarity);
		}
		return DuplicateVerdict.UNIQUE;
	}

	/**
	 * Registers a body so that later ones are compared with it. A body whose exact duplicate is already
	 * registered keeps the first key.
	 *
	 * @param key what identifies the article to the caller (a path, a source id)
	 * @param body its body
	 */
	public void register(String key, String body) {
		keyByBodyHash.putIfAbsent(bodyHash(body), key);
		entries.add(new Entry(key, shingles(body)));
	}

	/**
	 * @param body an article body
	 * @return the SHA-256 of the body with white space collapsed and trimmed
	 */
	public static String bodyHash(String body) {
		return RawFile.sha256(body.replaceAll("\\s+", " ").strip());
	}

	/**
	 * @param a one body
	 * @param b another body
	 * @return their word-shingle Jaccard similarity, 0..1
	 */
	public static double similarity(String a, String b) {
		return jaccard(shingles(a), shingles(b));
	}

	static Set<Long> shingles(String body) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(body.toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		Set<Long> shingles = new HashSet<>();
		if (words.isEmpty()) {
			return shingles;
		}
		int n = Math.min(SHINGLE_WORDS, words.size());
		for (int i = 0; i + n <= words.size(); i++) {
			shingles.add(hash(words.subList(i, i + n)));
		}
		return shingles;
	}

	/** 64-bit FNV-1a over the shingle's words; collisions are negligible at article sizes. */
	private static long hash(List<String> words) {
		long h = 0xcbf29ce484222325L;
		for (String word : words) {
			for (int i = 0; i < word.length(); i++) {
				h ^= word.charAt(i);
				h *= 0x100000001b3L;
			}
			h ^= ' ';
			h *= 0x100000001b3L;
		}
		return h;
	}

	private static double jaccard(Set<Long> a, Set<Long> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<Long> smaller = a.size() <= b.size() ? a : b;
		Set<Long> larger = smaller == a ? b : a;
		int common = 0;
		for (Long shingle : smaller) {
			if (larger.contains(shingle)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}
}
