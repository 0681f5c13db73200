package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Measures one side takes against another by decree, named by a noun: sanctions, tariffs, embargoes (the nouns
 * {@code event-words.tsv} codes 16, "reduce relations"), switch {@code relations.sanctions}. Their sides are rarely
 * on the noun itself, so they are read from the clause around it:
 * <ol>
 * <li>The verb whose object the noun is imposes it, whatever verb it is ("slapped sanctions on X", "levied tariffs
 * on X"), unless that verb is an event of its own ("lifted sanctions": 08): its subject (passive agent) imposes, its
 * "on"/"against" phrase bears them.</li>
 * <li>A clause on the noun names them ("sanctions imposed by X on Y", "the tariffs X is levying on Y").</li>
 * <li>When the noun names who imposes ("US sanctions", "Britain's embargo") and not on whom, the subject of the
 * clause that has them bears them ("Y faces new US sanctions", "a commander who is under US sanctions").</li>
 * </ol>
 * Stateless; safe to share between threads.
 */
final class Sanctions {

	private static final String ROOT = "16";
	/** The prepositions of whom a measure is aimed at. */
	private static final Set<String> AIMED = Set.of("on", "against");
	private static final Set<String> RELATIVE = Set.of("which", "that");

	private Sanctions() {
	}

	/** Whether a nominal event of this code is a measure read here. */
	static boolean applies(String code) {
		return code.startsWith(ROOT) && Mechanisms.on("relations.sanctions");
	}

	/**
	 * Reads the sides from the verb {@code h} whose object the noun phrase {@code np} is, into sources and targets;
	 * false when it is no object or the verb is an event of its own ({@code ownEvent}).
	 */
	static boolean imposedBy(ParsedSentence s, int np, int h, boolean ownEvent, List<Integer> sources,
			List<Integer> targets) {
		if (!s.deprel(np).equals("obj") || ownEvent) {
			return false;
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, h);
		sources.addAll(frame.passive ? frame.agents : frame.subjects);
		for (int[] pp : frame.preps) {
			if (pp[0] >= 0 && pp[1] != np && AIMED.contains(s.word(pp[0]).toLowerCase(Locale.ROOT))) {
				targets.add(pp[1]);
			}
		}
		Mechanisms.fired("relations.sanctions", 1);
		return true;
	}

	/** Reads the sides from a participle or relative clause on the noun {@code n}, where it has none. */
	static void fromClause(ParsedSentence s, int n, List<Integer> sources, List<Integer> targets) {
		for (int c : s.children(n)) {
			if (!s.deprel(c).startsWith("acl") || !s.pos(c).equals("VERB")) {
				continue;
			}
			EventCoder.Clause frame = new EventCoder.Clause(s, c);
			List<Integer> by = new ArrayList<>(frame.agents);
			if (by.isEmpty() && !frame.passive) {
				for (int subj : frame.subjects) {
					if (!RELATIVE.contains(s.word(subj).toLowerCase(Locale.ROOT))) {
						by.add(subj);
					}
				}
			}
			if (sources.isEmpty()) {
				sources.addAll(by);
			}
			for (int[] pp : frame.preps) {
				if (pp[0] >= 0 && targets.isEmpty() && AIMED.contains(s.word(pp[0]).toLowerCase(Locale.ROOT))) {
					targets.add(pp[1]);
				}
			}
			Mechanisms.fired("relations.sanctions", by.isEmpty() ? 0 : 1);
		}
	}

	/**
	 * Who bears the measure of the noun phrase {@code np} when the noun names only who imposes it: the subject of the
	 * verb it is the object of, or of the noun itself under "under" ("who is under US sanctions"); -1 when none.
	 * Not under a verb that is an event of its own ({@code ownEvent}: "condemned US sanctions").
	 */
	static int bearer(ParsedSentence s, int np, boolean ownEvent) {
		int h = s.head(np);
		List<Integer> subjects = List.of();
		if (EventCoder.Clause.caseWord(s, np).equals("under")) {
			subjects = s.children(np, "nsubj"); // "X is under sanctions": the noun is the predicate
			if (subjects.isEmpty() && h >= 0) {
				subjects = s.children(h, "nsubj");
			}
		} else if (h >= 0 && s.deprel(np).equals("obj") && s.pos(h).equals("VERB") && !ownEvent) {
			subjects = s.children(h, "nsubj");
		}
		if (subjects.isEmpty()) {
			return -1;
		}
		Mechanisms.fired("relations.sanctions", 1);
		return subjects.get(0);
	}
}
