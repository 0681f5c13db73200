package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Where the sides of an event noun are when the parse does not hang them on the noun itself. Read top to bottom:
 * <ol>
 * <li><b>A stray "between"</b> ({@code relations.nominal-between}): a "between" phrase of two or more conjuncts
 * that the parse hangs on a word that names no event (a place or a date after the noun: "talks in Geneva between
 * X and Y") belongs to the nearest event noun a few words before it that has none of its own.</li>
 * <li><b>The clause on the noun</b> ({@code relations.nominal-clause}): a participle or relative clause of a light
 * verb ({@code event-words.tsv} class {@code light}) that reports the event: its agent or subject is the event's
 * source, its phrases in the noun's own target cases its targets ("the truce agreed by X and Y", "the accord X
 * signed with Y").</li>
 * </ol>
 * The noun's own dependents always come first; these only add. Stateless; safe to share between threads.
 */
final class NominalFrames {

	/** How many words after an event noun a stray "between" phrase may start. */
	private static final int BETWEEN_REACH = 6;
	/** A relative clause's pronoun subject is the noun itself ("talks that took place"), no side of it. */
	private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");

	private final EventWords words;

	NominalFrames(EventWords words) {
		this.words = words;
	}

	/**
	 * The phrases that act as dependents of the event noun at {@code n}: its own children, then a stray "between"
	 * phrase; {@code eventNoun} tells whether a token names an event.
	 */
	List<Integer> dependents(ParsedSentence s, int n, IntPredicate eventNoun) {
		List<Integer> out = new ArrayList<>(s.children(n));
		if (Mechanisms.on("relations.nominal-between") && out.stream()
				.noneMatch(c -> EventCoder.Clause.caseWord(s, c).equals("between"))) {
			int stray = strayBetween(s, n, eventNoun);
			if (stray >= 0) {
				out.add(stray);
				Firings.count("relations.nominal-between");
			}
		}
		return out;
	}

	/**
	 * Whether a phrase in case {@code prep} on an event noun names who acts: "by", and ({@code relations.nominal-from})
	 * "from" on a one-sided event that takes no "from" target ("backing from X", "criticism from X", "strikes from
	 * X").
	 */
	static boolean agentCase(String prep, EventWords.Nominal nominal) {
		if (prep.equals("by")) {
			return true;
		}
		boolean from = prep.equals("from") && !nominal.symmetric()
				&& !nominal.prepositions().contains("from") && Mechanisms.on("relations.nominal-from");
		if (from) {
			Firings.count("relations.nominal-from");
		}
		return from;
	}

	/**
	 * The head of a "between" phrase with two or more conjuncts after the noun at {@code n}, hung on a word that
	 * names no event, with no other event noun between the two; -1 if none.
	 */
	private static int strayBetween(ParsedSentence s, int n, IntPredicate eventNoun) {
		for (int t = n + 1; t < s.size() && t <= n + BETWEEN_REACH; t++) {
			if (t > n + 1 && eventNoun.test(t - 1) || s.pos(t).equals("VERB") || s.pos(t).equals("AUX")) {
				return -1; // another event noun or a clause starts before it
			}
			if (!s.word(t).equalsIgnoreCase("between") || !s.deprel(t).equals("case")) {
				continue;
			}
			int phrase = s.head(t);
			int host = phrase < 0 ? -1 : s.head(phrase);
			if (host == n || host >= 0 && eventNoun.test(host) || s.children(phrase, "conj").isEmpty()) {
				return -1;
			}
			return phrase;
		}
		return -1;
	}

	/**
	 * Adds the sides the clause on the noun at {@code n} gives it: the agents of a light verb's participle ("the
	 * truce agreed by X and Y"), the subject of its relative clause ("the accord X signed with Y"; not the relative
	 * pronoun, which is the noun itself) to {@code sources}; that clause's phrases in the noun's target cases to
	 * {@code targets}.
	 */
	void clauseSides(ParsedSentence s, int n, EventWords.Nominal nominal, IntFunction<String> lemma,
			List<Integer> sources, List<Integer> targets) {
		if (!Mechanisms.on("relations.nominal-clause")) {
			return;
		}
		for (int v : s.children(n)) {
			String rel = s.deprel(v);
			if (v < n || !s.pos(v).equals("VERB") || !(rel.equals("acl") || rel.equals("acl:relcl"))
					|| !words.light(lemma.apply(v))) {
				continue;
			}
			EventCoder.Clause frame = new EventCoder.Clause(s, v);
			Firings.count("relations.nominal-clause");
			if (!frame.agents.isEmpty()) {
				sources.addAll(frame.agents);
			} else if (rel.equals("acl:relcl") && !frame.passive) {
				for (int subj : frame.subjects) {
					if (!s.pos(subj).equals("PRON") || !RELATIVE.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
						sources.add(subj);
					}
				}
			}
			for (int[] pp : frame.preps) {
				String prep = EventCoder.Clause.caseWord(s, pp[1]);
				if (pp[1] != n && nominal.prepositions().contains(prep) && !frame.agents.contains(pp[1])) {
					targets.add(pp[1]);
				}
			}
		}
	}
}
