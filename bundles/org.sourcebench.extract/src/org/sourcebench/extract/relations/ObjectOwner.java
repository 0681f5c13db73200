package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Whom a criticism or a rejection (CAMEO 11, 12) is aimed at when what it names is a thing, not an actor
 * ({@code relations.object-owner}): the guidelines enter "condemned X's strike" as 11 toward X, the author of what is
 * condemned. The parse reader already reads a possessor or a "by" phrase on an event noun; this adds the places the
 * author stands in that the reader did not search:
 * <ul>
 * <li>a "by" phrase the parse hung on the active verb instead of its object ("denounced the act of aggression by
 * X");</li>
 * <li>the agent of a participle or passive relative clause on the object ("the raids conducted by X", "a proposal
 * that was drafted by X");</li>
 * <li>a free relative "what" object: the phrase its clause describes it as ("condemned what it described as X's
 * plan"), or the verb's own open complement after it ("condemned what he said were provocations by X").</li>
 * </ul>
 * Stateless.
 */
final class ObjectOwner {

	static final String NAME = "relations.object-owner";

	private static final Set<String> ROOTS = Set.of("11", "12");

	private ObjectOwner() {
	}

	/** Whether an event with {@code code} is aimed at the author of what it names. */
	static boolean applies(String code) {
		return code.length() >= 2 && ROOTS.contains(code.substring(0, 2)) && Mechanisms.on(NAME);
	}

	/**
	 * The "by" phrases (nouns and names) the parse attached to the active verb {@code v} that has an object: they
	 * name the author of the object, as "by" on an active verb names no agent of its own.
	 */
	static List<Integer> verbAgents(ParsedSentence s, int v, boolean passive, List<Integer> objects) {
		List<Integer> out = new ArrayList<>();
		if (passive || objects.isEmpty()) {
			return out;
		}
		for (int c : s.children(v)) {
			if (s.deprel(c).startsWith("obl") && EventCoder.Clause.caseWord(s, c).equals("by") && c > objects.get(0)
					&& (s.pos(c).equals("NOUN") || s.pos(c).equals("PROPN"))) {
				out.add(c);
			}
		}
		return out;
	}

	/** The agents of the participles and relative clauses on the noun {@code n} ("the raids conducted by X"). */
	static List<Integer> clauseAgents(ParsedSentence s, int n) {
		List<Integer> out = new ArrayList<>();
		for (int c : s.children(n)) {
			if (!s.deprel(c).startsWith("acl") || !s.pos(c).equals("VERB")) {
				continue;
			}
			for (int a : s.children(c)) {
				if (s.deprel(a).startsWith("obl") && EventCoder.Clause.caseWord(s, a).equals("by")) {
					out.add(a);
				}
			}
		}
		return out;
	}

	/**
	 * The phrases that stand for a free relative "what" at {@code h}, in order: what its relative clause calls it
	 * ("as X's plan", "were provocations") and the open complement of the verb that takes it; empty for any other
	 * word.
	 */
	static List<Integer> described(ParsedSentence s, int h) {
		List<Integer> out = new ArrayList<>();
		if (!s.word(h).toLowerCase(Locale.ROOT).equals("what") || !s.pos(h).equals("PRON")) {
			return out;
		}
		for (int r : s.children(h, "acl:relcl")) {
			for (int c : s.children(r)) {
				if (c > r && (s.deprel(c).equals("xcomp") || s.deprel(c).startsWith("obl")
						&& EventCoder.Clause.caseWord(s, c).equals("as"))) {
					out.add(c);
				}
			}
		}
		int v = s.head(h);
		if (v >= 0 && s.deprel(h).equals("obj")) {
			for (int c : s.children(v, "xcomp")) {
				if (c > h && !s.pos(c).equals("VERB")) {
					out.add(c); // "condemned what he said were provocations by X": the parse's complement of the verb
				}
			}
		}
		return out;
	}
}
