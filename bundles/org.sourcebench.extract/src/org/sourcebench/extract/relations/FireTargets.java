package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Whom a side fires at ({@code relations.fire-targets}): "opened fire on X", "fired rockets at X's positions",
 * "launched missiles into X" — when the object of a verb of material conflict is a noun of what is fired (class
 * {@code projectile} of {@code event-words.tsv}: fire, shells, rockets, missiles ...), the phrase of "on", "upon",
 * "at", "into" or "against" on the verb or on that object names the target, ahead of the object itself (which names
 * no side, or the maker of the weapon: "fired Iranian drones at Y"). Stateless.
 */
final class FireTargets {

	static final String NAME = "relations.fire-targets";

	private static final Set<String> CASES = Set.of("on", "upon", "at", "into", "against");

	private FireTargets() {
	}

	/** The heads of the target phrases of the clause {@code frame}, in order; empty unless its object is fired. */
	static List<Integer> of(ParsedSentence s, EventCoder.Clause frame, IntFunction<String> lemma, EventWords words) {
		List<Integer> out = new ArrayList<>(1);
		if (!Mechanisms.on(NAME) || frame.passive) {
			return out;
		}
		boolean fired = false;
		for (int o : frame.objects) {
			fired |= s.pos(o).equals("NOUN") && (words.in("projectile", lemma.apply(o))
					|| words.in("projectile", s.word(o).toLowerCase(Locale.ROOT)));
		}
		if (!fired) {
			return out;
		}
		for (int[] pp : frame.preps) {
			if (pp[0] >= 0 && CASES.contains(s.word(pp[0]).toLowerCase(Locale.ROOT)) && !frame.agents.contains(pp[1])) {
				out.add(pp[1]);
			}
		}
		if (!out.isEmpty()) {
			Mechanisms.fired(NAME, 1);
		}
		return out;
	}
}
