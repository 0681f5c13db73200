package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A definite description headed by the last word of a named body's name refers back to that body
 * ({@code ends.name-heads}, eighteenth session, family "ends"): "the International Court of Justice ... calls from
 * the court", "the Mainland Affairs Council ... the council's position", "the International Atomic Energy Agency ...
 * cooperation with the agency". The head is the last word of the name of an actor that is no person (a name of two
 * words or more, the word of four letters or more); the description is "the", at most two lowercase modifiers and
 * the head in lower case, not followed by "of" or a capitalised word (another body: "the council of ministers", "the
 * court Justice X"); it refers to the last actor so named before it. Runs before the descriptions table, so a
 * head the table gives to another kind ("the agency": a news agency) goes to the named body when one precedes.
 * Stateless.
 */
final class NameHeads {

	static final String NAME = "ends.name-heads";
	/**
	 * Heads that name a state's organ or armed force of whichever country the sentence is about ("the federal
	 * government", "the police", "the navy"): the descriptions table and the country rules read those.
	 */
	private static final java.util.Set<String> ORGANS = java.util.Set.of("government", "administration", "police",
			"navy", "army", "military", "guard", "ministry", "parliament", "authority", "service", "department",
			"office", "cabinet", "presidency", "force", "command", "regime", "junta", "state", "republic", "kingdom");
	private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he ");
	/** A lowercase word at the start of a region. */
	private static final Pattern WORD = Pattern.compile("[a-z]+\\b");

	private NameHeads() {
	}

	static void resolve(String t, DocActors actors) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		Map<String, Boolean> heads = new HashMap<>();
		for (DocActor a : actors.actors()) {
			String name = a.name();
			int of = name.indexOf(" of ");
			String before = of > 0 ? name.substring(0, of) : name; // "International Court of Justice": court
			int sp = before.lastIndexOf(' ');
			String head = before.substring(sp + 1);
			if (a.kind() != ActorKind.PERSON && a.kind() != ActorKind.MEDIA && sp > 0 && head.length() >= 4
					&& head.chars().allMatch(Character::isLetter) && Character.isUpperCase(head.charAt(0))
					&& !head.endsWith("s") && !ORGANS.contains(head.toLowerCase(Locale.ROOT))) {
				heads.put(head.toLowerCase(Locale.ROOT), Boolean.TRUE);
			}
		}
		if (heads.isEmpty()) {
			return;
		}
		Matcher m = DEFINITE.matcher(t);
		Matcher w = WORD.matcher(t);
		while (m.find()) {
			int at = m.end();
			String head = null;
			for (int k = 0; k < 3 && at < t.length() && w.region(at, t.length()).lookingAt(); k++) {
				if (heads.containsKey(w.group())) {
					head = w.group();
					at = w.end();
					break;
				}
				at = w.end() + 1;
				if (at > t.length() || t.charAt(at - 1) != ' ') {
					break;
				}
			}
			if (head == null || followedByNameOrOf(t, at) || actors.overlaps(m.start(), at)) {
				continue;
			}
			String tail = " " + head;
			ActorMention last = actors.lastBefore(m.start(), a -> a.kind() != ActorKind.PERSON
					&& headOf(a.name()).equals(tail.trim()));
			if (last != null) {
				actors.mention(last.actor(), m.start(), at);
				Mechanisms.fired(NAME, 1);
			}
		}
	}

	/** The head word of a name, lower case: its last word, or the last before "of". */
	private static String headOf(String name) {
		int of = name.indexOf(" of ");
		String before = of > 0 ? name.substring(0, of) : name;
		return before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean followedByNameOrOf(String t, int end) {
		int k = end;
		while (k < t.length() && t.charAt(k) == ' ') {
			k++;
		}
		if (k == end || k >= t.length()) {
			return false;
		}
		return Character.isUpperCase(t.charAt(k)) || t.startsWith("of ", k);
	}
}
