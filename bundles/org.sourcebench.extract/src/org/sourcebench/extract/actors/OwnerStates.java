package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * "Yemen's Houthis", "Lebanon's Hezbollah", "the country's Iran-backed rebels": a country named only as the owner of
 * an armed group places the group; it is no actor of the story by that (mechanism {@code actors.ownerStates}). A
 * state whose every mention is a possessive right before a mention of an armed group (up to three words between) is
 * dropped. A state named any other way, or before its own forces or a person ("Israel's army", "Spain's foreign
 * minister"), stays. Stateless.
 */
final class OwnerStates {

	private static final int MAX_WORDS_BETWEEN = 3;

	private OwnerStates() {
	}

	static void drop(String t, DocActors actors) {
		if (!Mechanisms.on("actors.ownerStates")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.STATE || a.spans().isEmpty()) {
				continue;
			}
			boolean onlyOwner = true;
			for (int[] s : a.spans()) {
				onlyOwner &= ownsAnArmedGroup(t, s[1], actors);
			}
			if (!onlyOwner) {
				continue;
			}
			for (ActorMention m : List.copyOf(actors.mentions())) {
				if (m.actor() == a) {
					actors.remove(m);
				}
			}
			Mechanisms.fired("actors.ownerStates", 1);
		}
	}

	/** Whether a possessive ends at {@code end} and an armed group's mention follows within the noun phrase. */
	private static boolean ownsAnArmedGroup(String t, int end, DocActors actors) {
		if (end + 2 >= t.length() || t.charAt(end) != '\'' && t.charAt(end) != '\u2019' || t.charAt(end + 1) != 's'
				|| t.charAt(end + 2) != ' ') {
			return false;
		}
		int p = end + 3;
		for (int words = 0; words <= MAX_WORDS_BETWEEN && p < t.length(); words++) {
			ActorMention next = actors.at(p);
			if (next != null) {
				return next.begin() == p && next.actor().kind() == ActorKind.ARMED_GROUP;
			}
			int space = t.indexOf(' ', p);
			if (space < 0 || !t.substring(p, space).matches("[\\p{L}\\p{N}'’-]+")) {
				return false;
			}
			p = space + 1;
		}
		return false;
	}
}
