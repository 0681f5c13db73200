package org.sourcebench.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.model.ActorKind;

/**
 * The last word on the names of the persons of a document, after every reader has added its people. Two steps, each
 * switchable ({@link Mechanisms}):
 * <ol>
 * <li>{@code actors.honorifics}: a rank, form of address or honorific of {@code data/honorifics.tsv} at the start of a
 * person's name is no part of it ("Gen Qamar Bajwa", "Maj-Gen Zaw Min Tun", "U Khaing Thukha"): the person is named
 * by what follows (its mentions keep the honorific: the parse's head of "Gen Qamar Bajwa" is "Gen"), and it joins a person of that name (or, one word left,
 * the one person whose name ends with it: "Amb Wells" after "Alice Wells").</li>
 * <li>{@code actors.variants}: spellings of one name are one person — the same family name and given names that differ
 * only in transliteration ("Sergei"/"Sergey", "Zelensky"/"Zelenskyy"), and a lone family name that is the last name
 * of exactly one person named in full ("Umerov" after "Rustem Umerov").</li>
 * </ol>
 * Stateless; the honorific list is loaded once per JVM.
 */
final class PersonNames {

	/** Honorific word sequences, each word without a trailing full stop, keyed by their first word. */
	private static final Map<String, List<String[]>> HONORIFICS = load();

	private PersonNames() {
	}

	private static Map<String, List<String[]>> load() {
		Map<String, List<String[]>> out = new HashMap<>();
		for (String[] r : DataFile.rows("honorifics.tsv", 2)) {
			String[] words = words(r[0].trim()).toArray(String[]::new);
			if (words.length > 0) {
				out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
			}
		}
		out.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
		return out;
	}

	/** The words of a name split at spaces and hyphens, each without a trailing full stop. */
	private static List<String> words(String name) {
		List<String> out = new ArrayList<>();
		for (String w : name.split("[ \\-]+")) {
			String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
			if (!bare.isEmpty()) {
				out.add(bare);
			}
		}
		return out;
	}

	static void settle(DocActors actors) {
		if (Mechanisms.on("actors.honorifics")) {
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.PERSON && !a.spans().isEmpty()) {
					withoutHonorific(a, actors);
				}
			}
		}
		if (Mechanisms.on("actors.variants")) {
			variants(actors);
		}
	}

	/**
	 * The offset in {@code name} where the name proper starts after leading honorifics ("Maj-Gen Zaw Min Tun" → 8), 0
	 * when none leads it or nothing capitalised would be left.
	 */
	static int nameStart(String name) {
		int at = 0;
		for (int guard = 0; guard < 4; guard++) {
			int next = afterOne(name, at);
			if (next < 0) {
				break;
			}
			at = next;
		}
		return at < name.length() && Character.isUpperCase(name.charAt(at)) ? at : 0;
	}

	/** The offset after one honorific at {@code from} and its separator, or -1. */
	private static int afterOne(String name, int from) {
		int end = from;
		List<int[]> spans = new ArrayList<>(); // words from here: [begin, end without full stop, end]
		while (end < name.length() && spans.size() < 5) {
			int b = end;
			while (end < name.length() && name.charAt(end) != ' ' && name.charAt(end) != '-') {
				end++;
			}
			spans.add(new int[] {b, name.charAt(end - 1) == '.' ? end - 1 : end, end});
			if (end < name.length()) {
				end++;
			}
		}
		if (spans.isEmpty()) {
			return -1;
		}
		String first = name.substring(spans.get(0)[0], spans.get(0)[1]);
		for (String[] h : HONORIFICS.getOrDefault(first, List.of())) {
			if (h.length >= spans.size()) {
				continue; // a name must be left after it
			}
			boolean same = true;
			for (int i = 1; i < h.length && same; i++) {
				same = name.substring(spans.get(i)[0], spans.get(i)[1]).equals(h[i]);
			}
			if (same) {
				int after = spans.get(h.length - 1)[2];
				return after < name.length() ? after + 1 : -1;
			}
		}
		return -1;
	}

	private static void withoutHonorific(DocActor a, DocActors actors) {
		int start = nameStart(a.name());
		if (start == 0) {
			return;
		}
		String name = a.name().substring(start);
		DocActor into = actors.byName(name);
		if (into == null || into.kind() != ActorKind.PERSON) {
			into = name.contains(" ") ? null : actors.person(name);
		}
		if (into == null) {
			into = actors.actor(name, ActorKind.PERSON, a.iso(), a.confidence());
		}
		actors.absorb(a, into);
		Firings.fired("actors.honorifics");
	}

	private static void variants(DocActors actors) {
		List<DocActor> people = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON && !a.spans().isEmpty()) {
				people.add(a);
			}
		}
		people.sort((x, y) -> Integer.compare(firstOffset(x), firstOffset(y)));
		for (int i = 0; i < people.size(); i++) {
			for (int j = 0; j < people.size(); j++) {
				DocActor a = people.get(i);
				DocActor b = people.get(j);
				if (j == i || a.spans().isEmpty() || b.spans().isEmpty() || !sameCountry(a, b)) {
					continue;
				}
				if (lastNameOfOnly(a, b, people)) {
					actors.absorb(a, b); // "Umerov" into "Rustem Umerov"
					Firings.fired("actors.variants");
				} else if (j > i && sameFullName(a, b)) {
					// the name read first stays, unless the later one comes from a dictionary of higher confidence
					boolean later = b.confidence() > a.confidence();
					actors.absorb(later ? a : b, later ? b : a);
					Firings.fired("actors.variants");
				}
			}
		}
	}

	/** Both named in full with the same words up to spelling ("Sergei Lavrov", "Sergey Lavrov"), not identical. */
	private static boolean sameFullName(DocActor a, DocActor b) {
		String[] x = a.name().split(" ");
		String[] y = b.name().split(" ");
		if (x.length < 2 || x.length != y.length) {
			return false;
		}
		for (int k = 0; k < x.length; k++) {
			if (!spelling(x[k]).equals(spelling(y[k]))) {
				return false;
			}
		}
		return true;
	}

	/** {@code lone} is one word, the last name (up to spelling) of {@code full} and of no other person. */
	private static boolean lastNameOfOnly(DocActor lone, DocActor full, List<DocActor> people) {
		if (lone.name().contains(" ") || lone.name().length() < 4 || !full.name().contains(" ")) {
			return false;
		}
		String key = spelling(lone.name());
		int fits = 0;
		for (DocActor p : people) {
			if (p != lone && p.name().contains(" ") && !p.spans().isEmpty()
					&& spelling(NameRun.lastWord(p.name())).equals(key)) {
				fits++;
			}
		}
		return fits == 1 && spelling(NameRun.lastWord(full.name())).equals(key);
	}

	/**
	 * A spelling key of a name word: accents dropped, lower case, the common variants of transliteration folded ("ee",
	 * "ie" and "y" as "i", "ph" as "f", "ou" as "u") and doubled letters single.
	 */
	static String spelling(String word) {
		String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
				.replace('\u2019', '\'').replace("ee", "i").replace("ie", "i").replace("ph", "f").replace("ou", "u")
				.replace('y', 'i');
		StringBuilder out = new StringBuilder();
		for (int k = 0; k < s.length(); k++) {
			if (k == 0 || s.charAt(k) != s.charAt(k - 1)) {
				out.append(s.charAt(k));
			}
		}
		return out.toString();
	}

	private static boolean sameCountry(DocActor a, DocActor b) {
		return a.iso().isEmpty() || b.iso().isEmpty() || a.iso().equals(b.iso());
	}

	private static int firstOffset(DocActor a) {
		int first = Integer.MAX_VALUE;
		for (int[] s : a.spans()) {
			first = Math.min(first, s[0]);
		}
		return first;
	}
}
