package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Bodies from the entity tagger's ORG spans that no dictionary reader claimed. The tagger also marks places, weapons
 * and events as ORG, so a span becomes a body only with evidence of its own: a name of capitalised words ending in a
 * head word of body-heads.tsv ("Ministry of the Navy", "Sinaloa Cartel"), or tagged twice in the document, or an
 * acronym defined by the name before it ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the name is the actor's, the
 * acronym its mention wherever it stands). Places, place heads ("Chin State"), lone words that are no acronym
 * ("Kingdom", "Gulf") and names that modify a noun ("IDF bases") are left alone. Immutable; safe to share.
 */
final class TaggedBodies {

	private static final int MAX_NAME_WORDS = 8;

	private final ExtractionData data;

	TaggedBodies(ExtractionData data) {
		this.data = data;
	}

	/** {@code spans}: {begin, end, 1 when a noun follows the span else 0}, in text order. */
	void read(String t, List<int[]> spans, DocActors actors) {
		Map<String, Integer> tagged = new HashMap<>();
		for (int[] s : spans) {
			tagged.merge(trimmed(t, s[0], s[1]), 1, Integer::sum);
		}
		Map<String, DocActor> byName = new HashMap<>();
		for (int[] s : spans) {
			int begin = nameStart(t, s[0], s[1]);
			if (begin >= s[1]) {
				continue;
			}
			String name = t.substring(begin, s[1]);
			if (s[2] == 1 || actors.overlaps(begin, s[1]) || !writtenAsName(name)
					|| isPlace(name)) {
				continue;
			}
			DocActor known = byName.get(name);
			if (known != null) {
				actors.mention(known, begin, s[1]);
				continue;
			}
			boolean acronym = isAcronym(name);
			int[] defined = acronym ? definingName(t, begin, s[1], name) : null;
			ActorKind head = headKind(name);
			boolean twice = tagged.getOrDefault(name, 0) >= 2;
			if (defined == null && !(name.contains(" ") && (head != null || twice))) {
				continue;
			}
			if (defined != null && actors.overlaps(defined[0], defined[1])) {
				continue;
			}
			String canonical = defined == null ? name : t.substring(defined[0], defined[1]);
			ActorKind kind = headKind(canonical);
			DocActor a = actors.actor(canonical, kind == null ? ActorKind.ORGANISATION : kind, "", 0.55);
			if (defined != null) {
				actors.mention(a, defined[0], defined[1]);
			}
			actors.mention(a, begin, s[1]);
			byName.put(name, a);
			if (acronym) {
				standingAlone(t, 0, name, a, actors);
			}
		}
	}

	/** The kind of the name's head word: its last word, or the last before "of" ("Ministry of the Navy"). */
	private static ActorKind headKind(String name) {
		ActorKind last = BodyHeads.get().kindOf(NameRun.lastWord(name));
		int of = name.indexOf(" of ");
		return last != null || of < 0 ? last : BodyHeads.get().kindOf(NameRun.lastWord(name.substring(0, of)));
	}

	/** Mentions every uncovered occurrence of the name from {@code from} on, as a word of its own, as {@code a}'s. */
	static void standingAlone(String t, int from, String name, DocActor a, DocActors actors) {
		for (int i : TextCursor.of(t).wholeWords(name, from)) {
			int e = i + name.length();
			if (!actors.overlaps(i, e)) {
				actors.mention(a, i, e);
			}
		}
	}

	/**
	 * The capitalised name right before " (ACR)" whose initials spell the acronym, as {@code {begin, end}}, or null.
	 * Initials count the capitals that open a word or a hyphenated part ("al-Islam" gives I), so Arabic article
	 * prefixes and joiners ("of", "wal-") spell nothing.
	 */
	private static int[] definingName(String t, int begin, int end, String acronym) {
		if (begin < 2 || !t.startsWith(" (", begin - 2) || !t.startsWith(")", end)) {
			return null;
		}
		int nameEnd = begin - 2;
		int b = nameEnd;
		int[] best = null;
		for (int words = 0; words < MAX_NAME_WORDS && b > 0 && t.charAt(b - 1) != '\n'; words++) {
			int space = t.lastIndexOf(' ', b - 2);
			int w = Math.max(space + 1, t.lastIndexOf('\n', b - 2) + 1);
			String word = t.substring(w, b).trim();
			if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || word.endsWith(",") || word.endsWith(".")) {
				break;
			}
			b = w;
			String initials = initials(t.substring(b, nameEnd));
			if (initials.equalsIgnoreCase(acronym) && Character.isUpperCase(t.charAt(b))) {
				best = new int[] {b, nameEnd};
			}
			if (initials.length() > acronym.length() || space < 0) {
				break;
			}
		}
		return best;
	}

	/** Capitals that open a word or a hyphen-joined part: "Jama'at Nusrat al-Islam wal-Muslimin" → "JNIM". */
	static String initials(String name) {
		StringBuilder b = new StringBuilder();
		for (String part : name.split("[\\s\u2010\u2011-]+")) {
			if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
				b.append(part.charAt(0));
			}
		}
		return b.toString();
	}

	private static boolean isAcronym(String name) {
		return name.length() >= 2 && name.length() <= 7 && !name.contains(" ")
				&& name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
				&& name.chars().filter(Character::isLetter).count() >= 2;
	}

	/** Leading possessive remains and "The" dropped ("’s Office", "The Youth Force"). */
	static int nameStart(String t, int begin, int end) {
		int b = begin;
		while (b < end && !Character.isLetter(t.charAt(b))) {
			b++;
		}
		if (t.startsWith("s ", b) && b > begin) {
			b += 2; // "’s Office": the tagger's span began at a possessive
		}
		if (t.startsWith("The ", b)) {
			b += 4;
		}
		return Math.min(b, end); // a span of only a quote mark and "The" ("“The court …") names nothing
	}

	static String trimmed(String t, int begin, int end) {
		return t.substring(nameStart(t, begin, end), end);
	}

	/** Every word capitalised, or a joiner or name particle inside ("Ministry of the Navy", "Bank of Korea"). */
	private static boolean writtenAsName(String name) {
		String[] ws = name.split(" ");
		for (int i = 0; i < ws.length; i++) {
			String w = ws[i];
			if (w.isEmpty()) {
				return false;
			}
			boolean cap = Character.isUpperCase(w.charAt(0));
			if (!cap && (i == 0 || i == ws.length - 1 || !ActorWords.get().is("joiner", w) && !NameRun.isParticle(w))) {
				return false;
			}
		}
		return true;
	}

	private boolean isPlace(String name) {
		String last = NameRun.lastWord(name);
		if (data.placeHeads().containsKey(last)) {
			return true;
		}
		return data.namesPlace(name);
	}
}
