package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A plural that refers back to a list of actors in its own sentence ({@code relations.plural-anaphora}): "they",
 * "them", "their", and a plural noun counted as two or both ("the two sides", "both countries") stand for every
 * member of the nearest coordination before them whose members name two or more actors ("A and B said they had
 * agreed", "A and B met to follow up on their talks with C"). Read top to bottom: is the word such a plural; the
 * nearest coordination before it; its members' actors. Stateless.
 */
final class PluralAnaphora {

	private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs");
	/** Counting words that make a plural noun refer to a pair or group already named ("the two sides", "both"). */
	private static final Set<String> COUNTS = Set.of("two", "three", "both", "all");

	private PluralAnaphora() {
	}

	/** The actors the plural at {@code g} stands for, in order; empty if it is none or has no list before it. */
	static List<ActorMention> antecedents(ParsedSentence s, int g, DocActors actors) {
		if (!Mechanisms.on("relations.plural-anaphora") || !plural(s, g)) {
			return List.of();
		}
		for (int c = g - 1; c >= 0; c--) {
			if (s.children(c, "conj").isEmpty() || s.dominates(c, g)) {
				continue;
			}
			List<Integer> group = new ArrayList<>();
			EventCoder.Clause.withConj(s, c, group);
			List<ActorMention> out = new ArrayList<>();
			for (int k : group) {
				ActorMention m = k < g ? actors.at(s.start(k)) : null;
				if (m != null && out.stream().noneMatch(x -> x.actor() == m.actor())) {
					out.add(m);
				}
			}
			if (out.size() >= 2) {
				Firings.count("relations.plural-anaphora");
				return out;
			}
		}
		return List.of();
	}

	private static boolean plural(ParsedSentence s, int g) {
		String w = s.word(g).toLowerCase(Locale.ROOT);
		if (PRONOUNS.contains(w)) {
			return true;
		}
		if (!s.pos(g).equals("NOUN") || !w.endsWith("s")) {
			return false;
		}
		for (int c : s.children(g)) {
			if ((s.deprel(c).equals("nummod") || s.deprel(c).startsWith("det"))
					&& COUNTS.contains(s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}
}
