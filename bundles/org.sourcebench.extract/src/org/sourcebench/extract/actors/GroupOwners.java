package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * "Yemen's Houthis", "Lebanon's Hezbollah": a state named only as the owner of an armed group is where the group is,
 * not an agent of the story, so a state whose every mention stands right before "'s" and a mention of an armed
 * group is no actor (mechanism {@code actors.groupOwners}). A state named anywhere else ("Yemen said", "Lebanon's
 * sovereignty", "South Korea's Joint Chiefs of Staff", an organ of the state) stays whole. Stateless.
 */
final class GroupOwners {

	private GroupOwners() {
	}

	static void drop(String t, DocActors actors) {
		if (!Mechanisms.on("actors.groupOwners")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.STATE || a.spans().isEmpty()) {
				continue;
			}
			List<ActorMention> own = actors.mentions().stream().filter(m -> m.actor() == a).toList();
			if (own.isEmpty() || !own.stream().allMatch(m -> ownsGroup(t, m, actors))) {
				continue;
			}
			own.forEach(actors::remove);
			Mechanisms.fired("actors.groupOwners", 1);
		}
	}

	/** Whether the mention is followed by "'s" and a mention of an armed group ("Yemen's Houthi group"). */
	private static boolean ownsGroup(String t, ActorMention m, DocActors actors) {
		int e = m.end();
		if (e + 3 >= t.length() || t.charAt(e) != '\'' && t.charAt(e) != '\u2019' || t.charAt(e + 1) != 's'
				|| t.charAt(e + 2) != ' ') {
			return false;
		}
		ActorMention next = actors.at(e + 3);
		return next != null && next.begin() == e + 3 && next.actor().kind() == ActorKind.ARMED_GROUP;
	}
}
