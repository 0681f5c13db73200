package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * An acronym defined in brackets fixes the extent of the name before it: in "Islamic State West Africa Province
 * (ISWAP)", "African Union Transition Mission in Somalia (ATMIS)" or "Tehreek-e-Taliban Pakistan (TTP)" the whole
 * capitalised name whose initials spell the acronym is one body, so the shorter actors a reader found inside it
 * ("Islamic State", "African Union Transition Mission", "Pakistan") are no mentions there. The name becomes an actor
 * of its own with the acronym as its mention wherever it stands alone (mechanism {@code actors.acronymExtents}).
 * A name no reader touched is left to the tagger's bodies ({@link TaggedBodies}); one a mention covers exactly is
 * left to {@link AcronymLinker}. Immutable; safe to share.
 */
final class AcronymExtents {

	private static final Pattern DEFINED = Pattern.compile(" \\(([A-Z][A-Za-z0-9-]{1,9})\\)");
	private static final int MAX_WORDS = 10;
	/** The official name of a state ("Democratic People's Republic of Korea (DPRK)"): the country readers' part. */
	private static final Pattern STATE_FORM = Pattern.compile("\\b(?:Republic|Kingdom|Emirates?|Sultanate)\\b");

	private final ExtractionData data;

	AcronymExtents(ExtractionData data) {
		this.data = data;
	}

	/** Makes each bracket-defined acronym's whole name in {@code t} one actor, in place of the actors inside it. */
	void fix(String t, DocActors actors) {
		if (!Mechanisms.on("actors.acronymExtents")) {
			return;
		}
		Matcher m = DEFINED.matcher(t);
		while (m.find()) {
			String acr = m.group(1);
			if (acr.chars().filter(Character::isUpperCase).count() < 2) {
				continue;
			}
			int end = m.start();
			if (t.startsWith("'s", end - 2) || t.startsWith("\u2019s", end - 2)) {
				end -= 2; // "the International Atomic Energy Agency's (IAEA)"
			}
			int begin = nameStart(t, end, acr);
			if (begin < 0 || isPlace(t.substring(begin, end)) || STATE_FORM.matcher(t.substring(begin, end)).find()) {
				continue;
			}
			List<ActorMention> inside = new ArrayList<>();
			boolean crossing = false;
			for (ActorMention x : actors.mentions()) {
				if (x.begin() < end && begin < x.end()) {
					if (x.begin() < begin || x.end() > end || x.begin() == begin && x.end() == end) {
						crossing = true;
					}
					inside.add(x);
				}
			}
			if (crossing || inside.isEmpty()) {
				continue;
			}
			String name = t.substring(begin, end);
			ActorKind kind = headKind(name);
			if (kind == null) {
				ActorKind found = inside.get(0).actor().kind();
				kind = found == ActorKind.PERSON || found == ActorKind.STATE ? ActorKind.ORGANISATION : found;
			}
			List<DocActor> parts = new ArrayList<>();
			for (ActorMention x : inside) {
				parts.add(x.actor());
				actors.remove(x);
			}
			DocActor a = actors.actor(name, kind, "", 0.55);
			actors.mention(a, begin, end);
			for (int i : TextCursor.of(t).wholeWords(acr, 0)) {
				int e = i + acr.length();
				ActorMention at = actors.at(i);
				if (at != null && at.begin() == i && at.end() == e
						&& (parts.contains(at.actor()) || at.actor().name().equals(acr))) {
					actors.remove(at); // "ISWAP" read as a body of its own or linked to the cut name
				}
				if (!actors.overlaps(i, e)) {
					actors.mention(a, i, e);
				}
			}
			Mechanisms.fired("actors.acronymExtents", 1);
		}
	}

	/**
	 * The start of the longest capitalised name (at most ten words, joiners and lowercase hyphen parts inside)
	 * that ends at {@code end} and whose initials spell {@code acr}, or -1.
	 */
	private static int nameStart(String t, int end, String acr) {
		int best = -1;
		int wordEnd = end;
		for (int words = 0; words < MAX_WORDS && wordEnd > 0; words++) {
			int w = wordEnd;
			while (w > 0 && !Character.isWhitespace(t.charAt(w - 1))) {
				w--;
			}
			String word = t.substring(w, wordEnd);
			if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || word.endsWith(",") || word.endsWith(".")
					|| word.endsWith(";") || word.endsWith(":")) {
				break;
			}
			boolean cap = Character.isUpperCase(word.charAt(0));
			if (!cap && !lowerInside(word)) {
				break;
			}
			if (cap && spells(acr.replace("-", "").toLowerCase(Locale.ROOT), 0, parts(t.substring(w, end)), 0,
					acr.length() >= 4 ? 1 : 0)) {
				best = w;
			}
			if (w == 0 || t.charAt(w - 1) != ' ') {
				break; // a line break ends the name
			}
			wordEnd = w - 1;
		}
		return best;
	}

	/** A lowercase word that may stand inside a body's name: a joiner, a name particle ("al-Islam", "wal-"). */
	private static boolean lowerInside(String word) {
		return ActorWords.get().is("joiner", word) || NameRun.isParticle(word) || word.contains("-")
				&& word.chars().anyMatch(Character::isUpperCase);
	}

	private static String[] parts(String name) {
		return name.split("[\\s\u2010\u2011-]+");
	}

	/**
	 * Whether the words from {@code w} spell {@code acr} from {@code at}: a capitalised word gives its first letter
	 * and maybe further letters of it in order ("Observer" gives O, "Southeast" SE), a lowercase word or part its
	 * first letter or nothing ("in", "e" of "Tehreek-e-Taliban", "wal"); up to {@code skips} capitalised words after
	 * the first give nothing ("Union" of "African Union Mission in Somalia", AMISOM).
	 */
	private static boolean spells(String acr, int at, String[] words, int w, int skips) {
		if (w == words.length) {
			return at == acr.length();
		}
		String word = words[w].toLowerCase(Locale.ROOT);
		if (word.isEmpty()) {
			return spells(acr, at, words, w + 1, skips);
		}
		boolean lower = !Character.isUpperCase(words[w].charAt(0));
		if (lower && spells(acr, at, words, w + 1, skips)
				|| !lower && w > 0 && skips > 0 && spells(acr, at, words, w + 1, skips - 1)) {
			return true;
		}
		if (at >= acr.length() || acr.charAt(at) != word.charAt(0)) {
			return false;
		}
		if (lower) {
			return spells(acr, at + 1, words, w + 1, skips);
		}
		return AcronymLinker.spellsOn(acr, at, word, next -> spells(acr, next, words, w + 1, skips));
	}

	/** The kind of the name's head word: its last word, or the last before "of" or "in" ("Mission in Somalia"). */
	private static ActorKind headKind(String name) {
		ActorKind last = BodyHeads.get().kindOf(NameRun.lastWord(name));
		if (last != null) {
			return last;
		}
		for (String joiner : new String[] {" of ", " in "}) {
			int at = name.indexOf(joiner);
			if (at > 0) {
				ActorKind k = BodyHeads.get().kindOf(NameRun.lastWord(name.substring(0, at)));
				if (k != null) {
					return k;
				}
			}
		}
		return null;
	}

	private boolean isPlace(String name) {
		return data.namesPlace(name);
	}
}
