package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Sides of an event noun beyond its own possessor and prepositional phrases. A nationality adjective in front of it
 * names who acts ({@code relations.nominal-adjective}: "Israeli strikes on X"). A clause on the noun gives it sides
 * the parse hangs on that clause ({@code relations.nominal-clause}), read top to bottom:
 * <ol>
 * <li>who acts: the agent of a light verb's participle ("the truce agreed by X and Y"), the subject of a light verb's
 * relative clause ("the accord X signed with Y"; not the relative pronoun, which is the noun itself) — light verbs
 * are {@code event-words.tsv} class {@code light};</li>
 * <li>whom it is aimed at: the object of any participle on the noun ("strikes targeting X") and its phrases in the
 * noun's own target cases or "at"/"against" ("an ultimatum directed at X", "raids aimed at X"), and the light
 * relative clause's phrases in the noun's target cases ("signed with Y").</li>
 * </ol>
 * The noun's own dependents come first; this only adds. Stateless; safe to share between threads.
 */
final class NominalFrames {

	/** A relative clause's pronoun subject is the noun itself ("talks that took place"), no side of it. */
	private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");
	/** Cases in which a participle's phrase is whom the noun's event is aimed at, whatever the noun. */
	private static final Set<String> AIMED = Set.of("at", "against");

	private final EventWords words;

	NominalFrames(EventWords words) {
		this.words = words;
	}

	/**
	 * The capitalised adjectives in front of the event noun at {@code n} ({@code relations.nominal-adjective}): a
	 * nationality names who acts ("Israeli strikes", "Russian airstrikes"); the reader keeps those that name a
	 * country with a state actor in the document and drops the rest.
	 */
	List<Integer> adjectiveSources(ParsedSentence s, int n) {
		List<Integer> out = new ArrayList<>();
		if (!Mechanisms.on("relations.nominal-adjective")) {
			return out;
		}
		for (int c : s.children(n, "amod")) {
			if (c < n && s.pos(c).equals("ADJ") && Character.isUpperCase(s.word(c).charAt(0))) {
				out.add(c);
				Firings.count("relations.nominal-adjective");
			}
		}
		return out;
	}

	/**
	 * Adds the sides the clauses on the event noun at {@code n} give it to {@code sources} and {@code targets};
	 * {@code lemma} gives a token's lemma as the reader knows it.
	 */
	void clauseSides(ParsedSentence s, int n, EventWords.Nominal nominal, IntFunction<String> lemma,
			List<Integer> sources, List<Integer> targets) {
		if (!Mechanisms.on("relations.nominal-clause")) {
			return;
		}
		for (int v : s.children(n)) {
			String rel = s.deprel(v);
			if (v < n || !s.pos(v).equals("VERB") || !(rel.equals("acl") || rel.equals("acl:relcl"))) {
				continue;
			}
			boolean light = words.light(lemma.apply(v));
			boolean relative = rel.equals("acl:relcl");
			if (relative && !light) {
				continue; // "the talks that failed", "attacks which killed X": a new event, not this one's sides
			}
			EventCoder.Clause frame = new EventCoder.Clause(s, v);
			int before = sources.size() + targets.size();
			if (light && !frame.agents.isEmpty()) {
				sources.addAll(frame.agents);
			} else if (light && relative && !frame.passive) {
				for (int subj : frame.subjects) {
					if (!s.pos(subj).equals("PRON") || !RELATIVE.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
						sources.add(subj);
					}
				}
			}
			if (!relative) {
				targets.addAll(frame.objects); // "strikes targeting X"
			}
			for (int[] pp : frame.preps) {
				String prep = EventCoder.Clause.caseWord(s, pp[1]);
				boolean aimed = nominal.prepositions().contains(prep) || !relative && AIMED.contains(prep);
				if (pp[1] != n && aimed && !frame.agents.contains(pp[1])) {
					targets.add(pp[1]);
				}
			}
			if (sources.size() + targets.size() > before) {
				Firings.count("relations.nominal-clause");
			}
		}
	}
}
