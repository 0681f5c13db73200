package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * "a violation of UN Security Council resolutions", "in accordance with the United Nations Charter": a body named
 * only right before a document it adopts (actor-words class instrument) names the document; it is no actor of the
 * story by that (mechanism {@code actors.instrumentNames}). An organisation or alliance whose every mention is
 * followed by such a word is dropped; one named any other way stays. Stateless.
 */
final class InstrumentNames {

	private InstrumentNames() {
	}

	static void drop(String t, DocActors actors) {
		if (!Mechanisms.on("actors.instrumentNames")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.ORGANISATION && a.kind() != ActorKind.ALLIANCE || a.spans().isEmpty()) {
				continue;
			}
			boolean onlyBefore = true;
			for (int[] s : a.spans()) {
				onlyBefore &= beforeInstrument(t, s[1]);
			}
			if (!onlyBefore) {
				continue;
			}
			for (ActorMention m : List.copyOf(actors.mentions())) {
				if (m.actor() == a) {
					actors.remove(m);
				}
			}
			Mechanisms.fired("actors.instrumentNames", 1);
		}
	}

	/** Whether the word after the space at {@code end} is of the class instrument. */
	private static boolean beforeInstrument(String t, int end) {
		if (end >= t.length() || t.charAt(end) != ' ') {
			return false;
		}
		int e = end + 1;
		while (e < t.length() && Character.isLetter(t.charAt(e))) {
			e++;
		}
		return e > end + 1 && ActorWords.get().is("instrument", t.substring(end + 1, e));
	}
}
