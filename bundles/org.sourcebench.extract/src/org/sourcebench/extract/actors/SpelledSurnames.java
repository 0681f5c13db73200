package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * Lone family names written differently from the full name read before: "Rodriguez" after "Hugo Rodríguez",
 * "Lajcak" after "Miroslav Lajčák", "Juwaili" after "Osama al-Juwaili", "Locsin" after "Teodoro Locsin Jr". A
 * capitalised word standing alone (no capitalised word next to it) that no reader took is a mention of the one person
 * whose last name it spells up to accents, transliteration ({@link PersonNames#spelling}), an Arabic article and a
 * generational suffix (mechanism {@code actors.spelledSurnames}). Runs after every reader, so the persons of the
 * tagger's names count too. Immutable; safe to share.
 */
final class SpelledSurnames {

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}[\\p{L}'’-]{2,}(?![\\p{L}\\p{N}-])");
	private static final Set<String> SUFFIXES = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III");

	private SpelledSurnames() {
	}

	static void link(String t, DocActors actors) {
		if (!Mechanisms.on("actors.spelledSurnames")) {
			return;
		}
		Map<String, DocActor> byKey = new HashMap<>();
		Map<String, Boolean> shared = new HashMap<>();
		for (DocActor a : actors.actors()) {
			String[] w = a.name().split(" ");
			int last = w.length - 1;
			while (last > 0 && SUFFIXES.contains(w[last])) {
				last--;
			}
			if (a.kind() != ActorKind.PERSON || last < 1 || a.spans().isEmpty() || DocActor.isUnnamed(a.name())) {
				continue;
			}
			String key = key(w[last]);
			if (key.length() < 3) {
				continue;
			}
			DocActor prev = byKey.putIfAbsent(key, a);
			if (prev != null && prev != a) {
				shared.put(key, true);
			}
		}
		shared.keySet().forEach(byKey::remove);
		if (byKey.isEmpty()) {
			return;
		}
		Matcher m = WORD.matcher(t);
		int linked = 0;
		while (m.find()) {
			int b = m.start();
			int e = m.end();
			if (t.startsWith("'s", e - 2) || t.startsWith("\u2019s", e - 2)) {
				e -= 2;
			}
			DocActor a = byKey.get(key(t.substring(b, e)));
			if (a == null || actors.overlaps(b, e) || nextToName(t, b, m.end())) {
				continue;
			}
			actors.mention(a, b, e);
			linked++;
		}
		Mechanisms.fired("actors.spelledSurnames", linked);
	}

	/** The spelling key without an Arabic article: "al-Juwaili" and "Juwaili" alike. */
	private static String key(String word) {
		String w = word;
		int h = w.indexOf('-');
		if (h > 0 && h <= 3 && NameRun.isParticle(w.substring(0, h).toLowerCase(java.util.Locale.ROOT))) {
			w = w.substring(h + 1);
		}
		return PersonNames.spelling(w);
	}

	/** A capitalised word right before or after (one space between): part of a longer name. */
	private static boolean nextToName(String t, int b, int e) {
		if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) {
			return true;
		}
		if (b >= 2 && t.charAt(b - 1) == ' ') {
			int p = b - 1;
			while (p > 0 && !Character.isWhitespace(t.charAt(p - 1))) {
				p--;
			}
			String prev = t.substring(p, b - 1);
			return !prev.isEmpty() && Character.isUpperCase(prev.charAt(0))
					&& Character.isLetter(prev.charAt(prev.length() - 1));
		}
		return false;
	}
}
