package org.sourcebench.extract.actors;

import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * Burmese honorifics are no part of a person's name: "U Khaing Thukha" and "Daw Aye Aye" are named Khaing Thukha
 * and Aye Aye; the mention keeps the honorific as written, and a later "Khaing Thukha" read as a person of its own
 * joins (mechanism {@code actors.honorifics}). Only before two or more capitalised words ("U Thant" stays).
 * Stateless.
 */
final class Honorifics {

	private static final Set<String> WORDS = Set.of("U", "Daw");

	private Honorifics() {
	}

	static void drop(DocActors actors) {
		if (!Mechanisms.on("actors.honorifics")) {
			return;
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			String[] w = a.name().split(" ");
			if (a.kind() != ActorKind.PERSON || a.spans().isEmpty() || w.length < 3 || !WORDS.contains(w[0])) {
				continue;
			}
			boolean names = true;
			for (int i = 1; i < w.length; i++) {
				names &= !w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0));
			}
			if (!names) {
				continue;
			}
			DocActor into = actors.actor(a.name().substring(w[0].length() + 1), ActorKind.PERSON, a.iso(),
					a.confidence());
			if (into != a) {
				actors.absorb(a, into);
				Mechanisms.fired("actors.honorifics", 1);
			}
		}
	}
}
