package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary phrases in a text at word boundaries, longest first. Phrases are indexed by their first word,
 * so a lookup costs one hash probe per word of the text. Case-sensitive phrases still match with a capitalised
 * first letter (sentence start: "al-Qaeda" / "Al-Qaeda"). Immutable after {@link #freeze()}.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

	/** A phrase found at {@code [begin, end)}. */
	public record Match<T>(int begin, int end, String phrase, T value) {
	}

	private record Entry<T>(String phrase, T value, boolean caseSensitive) {
	}

	private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

	public void add(String phrase, T value, boolean caseSensitive) {
		String p = org.sourcebench.extract.nlp.AnalyzedText.straighten(phrase.trim());
		if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
			return;
		}
		byFirstWord.computeIfAbsent(firstWord(p, 0), k -> new ArrayList<>()).add(new Entry<>(p, value,
				caseSensitive));
	}

	public PhraseIndex<T> freeze() {
		for (List<Entry<T>> l : byFirstWord.values()) {
			l.sort(Comparator.comparingInt((Entry<T> e) -> -e.phrase().length()));
		}
		return this;
	}

	/** Every match starting at a word start of {@code text} (overlaps included), in text order. */
	public List<Match<T>> findAll(String text) {
		List<Match<T>> out = new ArrayList<>();
		Words words = Words.of(text);
		for (int w = 0; w < words.starts.length; w++) {
			List<Entry<T>> cands = byFirstWord.get(words.lowered[w]);
			if (cands != null) {
				matchAt(text, words.starts[w], cands, out);
			}
		}
		return out;
	}

	/** The values of the matches that span the whole of {@code text}, in {@link #findAll} order. */
	public List<T> whole(String text) {
		List<T> out = new ArrayList<>();
		for (Match<T> m : findAll(text)) {
			if (m.begin() == 0 && m.end() == text.length()) {
				out.add(m.value());
			}
		}
		return out;
	}

	/** Whether a phrase of the index spans the whole of {@code text}. */
	public boolean hasWhole(String text) {
		return !whole(text).isEmpty();
	}

	/** Adds the matches starting at {@code pos} (longest first) to {@code out}. */
	public void matchAt(String text, int pos, List<Match<T>> out) {
		List<Entry<T>> cands = byFirstWord.get(firstWord(text, pos));
		if (cands != null) {
			matchAt(text, pos, cands, out);
		}
	}

	private void matchAt(String text, int pos, List<Entry<T>> cands, List<Match<T>> out) {
		for (Entry<T> e : cands) {
			int end = pos + e.phrase().length();
			if (end > text.length() || (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
					&& Character.isLetterOrDigit(text.charAt(end - 1)))) {
				continue;
			}
			if (matches(text, pos, e)) {
				out.add(new Match<>(pos, end, e.phrase(), e.value()));
			}
		}
	}

	private static boolean matches(String text, int pos, Entry<?> e) {
		String p = e.phrase();
		if (!e.caseSensitive()) {
			return text.regionMatches(true, pos, p, 0, p.length());
		}
		if (text.startsWith(p, pos)) {
			return true;
		}
		char first = p.charAt(0);
		return Character.isLowerCase(first) && text.charAt(pos) == Character.toUpperCase(first)
				&& text.regionMatches(pos + 1, p, 1, p.length() - 1);
	}

	public static boolean isWordStart(String text, int i) {
		return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
	}

	/**
	 * The word starts of a text and their lowercased words, computed once per text: every dictionary scans the
	 * same document, so the last text's words are kept per thread (no shared mutable state).
	 */
	private static final class Words {
		private static final ThreadLocal<Words> LAST = new ThreadLocal<>();

		final String text;
		final int[] starts;
		final String[] lowered;

		private Words(String text) {
			this.text = text;
			List<Integer> s = new ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				if (isWordStart(text, i)) {
					s.add(i);
				}
			}
			starts = new int[s.size()];
			lowered = new String[s.size()];
			for (int w = 0; w < starts.length; w++) {
				starts[w] = s.get(w);
				lowered[w] = firstWord(text, starts[w]);
			}
		}

		static Words of(String text) {
			Words last = LAST.get();
			if (last != null && last.text == text) { // identity: the same document string
				return last;
			}
			Words w = new Words(text);
			LAST.set(w);
			return w;
		}
	}

	private static String firstWord(String s, int pos) {
		int e = pos;
		while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
			e++;
		}
		return s.substring(pos, e).toLowerCase(Locale.ROOT);
	}
}
