package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An agent dictionary in the PETRARCH format: substitution sets ({@code !PERSON! = MAN, MEN, WOMAN}) and
 * entries {@code PHRASE {IRREGULAR PLURALS} [~CODE]} whose phrase may hold a set ({@code CONGRESS!PERSON!}).
 * Regular plurals match through {@link PetrarchSource#key}. Immutable after construction.
 */
public final class PetrarchAgentDictionary {

	private final WordSequenceIndex<PetrarchAgent> index = new WordSequenceIndex<>();

	public PetrarchAgentDictionary(List<PetrarchSource> sources) {
		for (PetrarchSource s : sources) {
			read(s);
		}
		index.freeze();
	}

	/** The Phoenix agents shipped in this bundle, after our additions. */
	public static PetrarchAgentDictionary bundled() {
		return new PetrarchAgentDictionary(List.of(PetrarchSource.bundled("petrarch/sourcebench.agents.txt"),
				PetrarchSource.bundled("petrarch/Phoenix.agents.txt")));
	}

	public WordSequenceIndex<PetrarchAgent> index() {
		return index;
	}

	private void read(PetrarchSource source) {
		Map<String, List<String>> sets = new HashMap<>();
		for (PetrarchSource.Line line : source.lines()) {
			String t = line.text().trim();
			if (t.startsWith("!") && t.contains("=")) {
				int eq = t.indexOf('=');
				List<String> alts = new ArrayList<>();
				for (String a : t.substring(eq + 1).split(",")) {
					if (!a.isBlank()) {
						alts.add(a.trim().toUpperCase(Locale.ROOT));
					}
				}
				sets.put(t.substring(0, eq).trim().toUpperCase(Locale.ROOT), alts);
				continue;
			}
			int open = t.indexOf('[');
			int close = open < 0 ? -1 : t.indexOf(']', open + 1);
			if (open >= 0 && close < 0) {
				close = t.indexOf('}', open + 1); // Phoenix.agents.txt holds a "[~ENV}" typo
			}
			if (open < 0 || close < 0) {
				continue; // a phrase without a code ("ISLAMIC_EXTREMIST") codes nothing, as in PETRARCH
			}
			String code = t.substring(open + 1, close).trim().toUpperCase(Locale.ROOT);
			String head = t.substring(0, open).trim();
			List<String> phrases = new ArrayList<>();
			int brace = head.indexOf('{');
			if (brace >= 0) {
				int end = head.indexOf('}', brace);
				String plurals = head.substring(brace + 1, end < 0 ? head.length() : end);
				for (String p : plurals.trim().split("\\s+")) {
					if (!p.isBlank()) {
						phrases.add(p);
					}
				}
				head = head.substring(0, brace).trim();
			}
			phrases.add(0, head);
			boolean prefix = code.endsWith("~") && !code.startsWith("~");
			String bare = code.replace("~", "").trim();
			if (bare.isEmpty()) {
				continue;
			}
			for (String p : phrases) {
				for (String expanded : expand(p.toUpperCase(Locale.ROOT), sets)) {
					index.add(PetrarchSource.words(expanded), new PetrarchAgent(expanded, bare, prefix));
				}
			}
		}
	}

	private static List<String> expand(String phrase, Map<String, List<String>> sets) {
		int a = phrase.indexOf('!');
		int b = a < 0 ? -1 : phrase.indexOf('!', a + 1);
		if (b < 0) {
			return List.of(phrase);
		}
		List<String> alts = sets.getOrDefault(phrase.substring(a, b + 1), List.of());
		List<String> out = new ArrayList<>();
		for (String alt : alts) {
			out.addAll(expand(phrase.substring(0, a) + alt + phrase.substring(b + 1), sets));
		}
		return out;
	}
}
