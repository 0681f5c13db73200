package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		if (defined.isEmpty() && byInitials.isEmpty()) {
			return;
		}
		Matcher m = ACRONYM.matcher(t);
		while (m.find()) {
			String acr = m.group();
			DocActor a = defined.containsKey(acr) ? defined.get(acr) : byInitials.get(acr);
			// acronyms do not overlap one another, so the mentions added in this loop never cover a later one
			if (a == null || skip.contains(m.start()) || actors.overlaps(m.start(), m.end())
					|| m.end() < t.length() && t.charAt(m.end()) == '.' && m.end() + 1 < t.length()
							&& Character.isLetter(t.charAt(m.end() + 1))) {
				continue;
			}
			actors.mention(a, m.start(), m.end());
		}
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
