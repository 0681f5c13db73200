package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * Acronyms of the bodies a document names: one defined right after a name ("Rapid Support Forces (RSF)",
 * "National Liberation Army, or ELN", "Rapid Support Forces RSF") or spelling the initials of a body's name
 * ("JCS" for "Joint Chiefs of Staff", "AA" for "Arakan Army") is a mention of that body wherever it stands alone.
 */
final class AcronymLinker {

	private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9-]{1,6}\\b");
	/** Right after a name: " (RSF)", ", or RSF", " RSF". */
	private static final Pattern DEFINITION = Pattern.compile("\\G(?: \\(([A-Z][A-Za-z0-9-]{1,7})\\)"
			+ "|,? or ([A-Z][A-Z0-9-]{1,6})\\b"
			+ "| ([A-Z][A-Z0-9-]{1,6})\\b)");

	private AcronymLinker() {
	}

	/** Links acronyms; one starting at an offset of {@code skip} ("UN" in "UN envoy") stays no mention. */
	static void link(String t, DocActors actors, Set<Integer> skip) {
		Map<String, DocActor> defined = new HashMap<>();
		Map<String, DocActor> byInitials = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (ActorMention m : actors.mentions()) {
			DocActor a = m.actor();
			if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE) {
				continue;
			}
			String surface = t.substring(m.begin(), m.end());
			String initials = initials(surface);
			if (initials.length() >= 2) {
				DocActor prev = byInitials.putIfAbsent(initials, a);
				if (prev != null && prev != a) {
					ambiguous.add(initials);
				}
			}
			Matcher d = DEFINITION.matcher(t);
			d.region(m.end(), t.length());
			if (d.lookingAt()) {
				String acr = d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : d.group(3);
				if (d.group(3) == null || acr.equals(initials)) {
					defined.putIfAbsent(acr, a);
				}
			}
		}
		ambiguous.forEach(byInitials::remove);
		boolean spelled = Mechanisms.on("actors.acronymMerge");
		if (spelled) {
			Mechanisms.fired("actors.acronymMerge", mergeAbbreviations(t, actors, defined));
		}
		if (defined.isEmpty() && byInitials.isEmpty() && !spelled) {
			return;
		}
		Matcher m = ACRONYM.matcher(t);
		while (m.find()) {
			String acr = m.group();
			DocActor a = defined.containsKey(acr) ? defined.get(acr) : byInitials.get(acr);
			if (a == null && spelled && !actors.overlaps(m.start(), m.end())) {
				a = spelledFrom(acr, actors); // "ECOWAS" after "Economic Community of West African States"
				Mechanisms.fired("actors.acronymMerge", a == null ? 0 : 1);
			}
			// acronyms do not overlap one another, so the mentions added in this loop never cover a later one
			if (a == null || skip.contains(m.start()) || actors.overlaps(m.start(), m.end())
					|| m.end() < t.length() && t.charAt(m.end()) == '.' && m.end() + 1 < t.length()
							&& Character.isLetter(t.charAt(m.end() + 1))) {
				continue;
			}
			actors.mention(a, m.start(), m.end());
		}
	}

	/**
	 * One body read twice, once by its acronym and once by its name: "ASEAN" (a dictionary entry) and "Association of
	 * Southeast Asian Nations", "ECOWAS" and "Economic Community of West African States". An actor every mention of
	 * which is written as the same acronym joins the actor whose name that acronym abbreviates ({@link #abbreviates})
	 * or which defined it in brackets; nothing is merged when two names fit. Returns the number of merges.
	 */
	private static int mergeAbbreviations(String t, DocActors actors, Map<String, DocActor> defined) {
		int merged = 0;
		for (DocActor a : actors.actors()) {
			String acr = writtenAs(t, a);
			if (acr == null) {
				continue;
			}
			DocActor into = defined.get(acr) != a ? defined.get(acr) : null;
			if (into == null) {
				into = onlyAbbreviated(acr, actors, a, true);
			}
			if (into != null && into.kind() != ActorKind.PERSON && !into.spans().isEmpty()) {
				actors.absorb(a, into);
				merged++;
			}
		}
		return merged;
	}

	/** The one body (not a person or state) whose name {@code acr} {@link #abbreviates}, or null. */
	private static DocActor spelledFrom(String acr, DocActors actors) {
		return onlyAbbreviated(acr, actors, null, false);
	}

	/**
	 * The one mentioned actor other than {@code except}, no person (and, unless {@code states}, no state), whose
	 * name {@code acr} {@link #abbreviates}; null when none or two fit.
	 */
	private static DocActor onlyAbbreviated(String acr, DocActors actors, DocActor except, boolean states) {
		DocActor found = null;
		for (DocActor b : actors.actors()) {
			if (b != except && b.kind() != ActorKind.PERSON && (states || b.kind() != ActorKind.STATE)
					&& !b.spans().isEmpty() && abbreviates(acr, b.name())) {
				if (found != null) {
					return null;
				}
				found = b;
			}
		}
		return found;
	}

	/** The acronym every mention of {@code a} is written as ("ASEAN"), or null (a person, a state, other text). */
	private static String writtenAs(String t, DocActor a) {
		if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE || a.spans().isEmpty()) {
			return null;
		}
		String acr = null;
		for (int[] s : a.spans()) {
			String w = t.substring(s[0], s[1]);
			if (!ACRONYM.matcher(w).matches() || acr != null && !acr.equals(w)) {
				return null;
			}
			acr = w;
		}
		return acr;
	}

	/**
	 * Whether {@code acronym} abbreviates {@code name}: every capitalised word gives its first letter and maybe more
	 * of its letters in order ("Southeast" gives "SE", "Community" "CO"), a joiner ("of", "the") gives its first
	 * letter or nothing, and together they spell the acronym (ignoring case and hyphens).
	 */
	static boolean abbreviates(String acronym, String name) {
		String acr = acronym.replace("-", "").toLowerCase(java.util.Locale.ROOT);
		String[] words = name.split("[\\s-]+");
		if (words.length < 2 || acr.length() < 2) {
			return false;
		}
		return spells(acr, 0, words, 0);
	}

	private static boolean spells(String acr, int at, String[] words, int w) {
		if (w == words.length) {
			return at == acr.length();
		}
		String word = words[w].toLowerCase(java.util.Locale.ROOT);
		boolean joiner = ActorWords.get().is("joiner", words[w]) || NameRun.isParticle(words[w]);
		if (word.isEmpty() || joiner && spells(acr, at, words, w + 1)) {
			return word.isEmpty() ? spells(acr, at, words, w + 1) : true;
		}
		if (!joiner && !Character.isUpperCase(words[w].charAt(0)) || at >= acr.length()
				|| acr.charAt(at) != word.charAt(0)) {
			return false;
		}
		return spellsOn(acr, at, word, next -> spells(acr, next, words, w + 1));
	}

	/**
	 * Whether a word whose first letter gave the acronym's letter at {@code at} lets the rest spell it: {@code rest}
	 * accepts the acronym's position after that first letter, or after one of the further acronym letters found in
	 * order inside the word ("Southeast" gives "S", then maybe "E"). {@code word} is in lower case, as {@code acr}.
	 */
	static boolean spellsOn(String acr, int at, String word, IntPredicate rest) {
		int next = at + 1;
		int inWord = 1;
		if (rest.test(next)) {
			return true;
		}
		while (next < acr.length()) {
			int found = word.indexOf(acr.charAt(next), inWord);
			if (found < 0) {
				return false;
			}
			inWord = found + 1;
			next++;
			if (rest.test(next)) {
				return true;
			}
		}
		return false;
	}

	/** First letters of the capitalised words: "Joint Chiefs of Staff" → "JCS". */
	static String initials(String name) {
		StringBuilder b = new StringBuilder();
		for (String w : name.split("[\\s-]+")) {
			if (w.isEmpty() || ActorWords.get().is("joiner", w) || NameRun.isParticle(w)) {
				continue;
			}
			if (!Character.isUpperCase(w.charAt(0))) {
				return "";
			}
			b.append(w.charAt(0));
		}
		return b.toString();
	}
}
