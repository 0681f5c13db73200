package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * One body named with and without a generic tail is one actor (mechanism {@code actors.headedNames}; GUIDELINES.md: one
 * actor per named body): "the Houthis ... Yemen's Houthi group", "Hamas ... the Hamas Movement", "PTV ... PTV News",
 * "the SBU ... the SBU Security Service". The tail is a phrase of
 * actor-words.tsv class name-tail after the other actor's name (a plural -s on either side is no difference: "Houthi
 * group" and "Houthis"); names that differ only in case, a leading "the", a possessive or a British / American
 * spelling ("Organisation" / "Organization", "Defence" / "Defense") are one actor as well. Persons and states are
 * left alone; the actor named without the tail keeps the mentions. Runs after the parse readers and again after the claim and
 * relation readers, which may name a described body ("the Houthi group said"). Stateless.
 */
public final class HeadedNames {

	private HeadedNames() {
	}

	/**
	 * Merges the actors; returns the names of the actors merged into another, each with the name it now goes by (for
	 * the claims and relations read before, which name the actor merged).
	 */
	public static Map<String, String> merge(DocActors actors) {
		Map<String, String> renamed = new HashMap<>();
		if (!Mechanisms.on("actors.headedNames")) {
			return renamed;
		}
		Map<String, DocActor> byKey = new HashMap<>();
		for (DocActor a : actors.actors()) {
			if (eligible(a)) {
				byKey.putIfAbsent(key(a.name()), a);
			}
		}
		for (DocActor b : List.copyOf(actors.actors())) {
			if (!eligible(b)) {
				continue;
			}
			String k = key(b.name());
			DocActor a = byKey.get(k);
			if (a == b) {
				a = null;
			}
			String base = a == null && b.kind() != ActorKind.PERSON ? withoutTail(k) : null;
			if (base != null) {
				a = byKey.get(base);
				if (a == null) {
					a = byKey.get(base.endsWith("s") ? base.substring(0, base.length() - 1) : base + "s");
				}
				if (a != null && a.kind() == ActorKind.PERSON) {
					a = null;
				}
			}
			if (a == null || a == b || a.spans().isEmpty()) {
				continue;
			}
			DocActor into = a.kind() == ActorKind.PERSON ? b : a;
			DocActor from = into == a ? b : a;
			actors.merge(from, into);
			for (int[] s : List.copyOf(from.spans())) {
				into.spans().add(s);
			}
			from.spans().clear();
			renamed.put(from.name(), into.name());
			if (byKey.get(key(from.name())) == from) {
				byKey.put(key(from.name()), into);
			}
			Mechanisms.fired("actors.headedNames", 1);
		}
		return renamed;
	}

	/** Bodies of any kind but states; a person only as a duplicate name ("The Red Crescent" read as a person). */
	private static boolean eligible(DocActor a) {
		return a.kind() != ActorKind.STATE && !a.spans().isEmpty() && !DocActor.isUnnamed(a.name());
	}

	/** The name without a tail of class name-tail, or null when it has none (or nothing else). */
	private static String withoutTail(String key) {
		String[] w = key.split(" ");
		for (int n = Math.min(2, w.length - 1); n >= 1; n--) {
			String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length));
			if (ActorWords.get().is("name-tail", tail)) {
				return String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - n));
			}
		}
		return null;
	}

	/** The name as compared: lower case, no leading "the", no possessive, one spelling of -isation and defence. */
	static String key(String name) {
		String k = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim();
		if (k.startsWith("the ")) {
			k = k.substring(4);
		}
		k = k.replace("'s ", " ");
		if (k.endsWith("'s")) {
			k = k.substring(0, k.length() - 2);
		}
		return k.replace("ization", "isation").replace("defense", "defence").replaceAll("\\s+", " ");
	}
}
