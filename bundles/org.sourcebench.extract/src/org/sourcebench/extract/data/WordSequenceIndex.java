package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary phrases looked up in a sequence of words (tokens of a parsed sentence), longest first. Words compare
 * by {@link PetrarchSource#key} (upper case, regular plural removed), the way the PETRARCH dictionaries expect
 * their phrases to match. Indexed by first word; immutable after {@link #freeze()}.
 *
 * @param <T> what a phrase stands for
 */
public final class WordSequenceIndex<T> {

	/** A phrase found at words {@code [begin, end)}. */
	public record Match<T>(int begin, int end, T value) {
	}

	private record Entry<T>(String[] keys, T value) {
	}

	private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
	private int size;

	/** Adds a phrase given as its words; an earlier phrase with the same words wins. */
	public void add(List<String> words, T value) {
		if (words.isEmpty()) {
			return;
		}
		String[] keys = new String[words.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = PetrarchSource.key(words.get(i));
		}
		byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, value));
		size++;
	}

	public WordSequenceIndex<T> freeze() {
		for (List<Entry<T>> l : byFirst.values()) {
			l.sort(Comparator.comparingInt((Entry<T> e) -> -e.keys.length));
		}
		return this;
	}

	public int size() {
		return size;
	}

	/** The longest phrase starting at word {@code from} of {@code keys} (already keyed), or null. */
	public Match<T> longestAt(String[] keys, int from, int limit) {
		List<Entry<T>> cands = byFirst.get(keys[from]);
		if (cands == null) {
			return null;
		}
		for (Entry<T> e : cands) {
			int n = e.keys.length;
			if (from + n > limit) {
				continue;
			}
			boolean ok = true;
			for (int k = 1; k < n && ok; k++) {
				ok = e.keys[k].equals(keys[from + k]);
			}
			if (ok) {
				return new Match<>(from, from + n, e.value);
			}
		}
		return null;
	}

	/** Non-overlapping longest matches in {@code keys[from, limit)}, left to right. */
	public List<Match<T>> findAll(String[] keys, int from, int limit) {
		List<Match<T>> out = new ArrayList<>();
		for (int i = from; i < limit;) {
			Match<T> m = longestAt(keys, i, limit);
			if (m == null) {
				i++;
			} else {
				out.add(m);
				i = m.end();
			}
		}
		return out;
	}

	/** Keys of words, for {@link #longestAt}. */
	public static String[] keys(List<String> words) {
		String[] out = new String[words.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = PetrarchSource.key(words.get(i));
		}
		return out;
	}
}
