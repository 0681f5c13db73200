package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The author of an act a criticism or a rejection names by a definite noun only ({@code relations.act-authors}):
 * "the accusations", "the attack", "these strikes" with no owner in the phrase refer to the act of that kind the
 * document told before, and the criticism (11) or rejection (12) is aimed at who did it ("Gondor accused Mordor of
 * arming raiders. Mordor denied the accusations": 12 Mordor → Gondor; "Rohan shelled the border post. Gondor condemned
 * the attack": 11 Gondor → Rohan). The act of that kind is the parse reader's last earlier event with an agent whose
 * root is the noun's (an accusation noun of {@code event-words.tsv}'s class "assertion": 11; a force noun of class
 * "force" or a nominal of root 14 and above: any of 14–20) and whose target, when the criticising side is one, is
 * that side or of its country; its agents must not include the criticising side. One document's memory; not shared
 * between threads.
 */
final class ActAuthors {

	static final String NAME = "relations.act-authors";
	/** Determiners that make the act noun definite (anaphoric). */
	private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those", "such");
	/** Roots of the criticisms and rejections that may be aimed at an act's author. */
	private static final Set<String> AIMED = Set.of("11", "12");
	/** How far back (characters) the act may have been told. */
	private static final int WINDOW = Integer.getInteger("sourcebench.actAuthors.window", 3000);
	/** Whether the act's target must be the criticising side (else any act of the kind). */
	private static final boolean SIDE = !Boolean.getBoolean("sourcebench.actAuthors.anySide");

	/** An event the reader entered: where, its root, its agents and targets. */
	private record Act(int at, int root, List<DocActor> agents, List<DocActor> targets) {
	}

	private final List<Act> acts = new ArrayList<>();

	/** Remembers an event with agents ({@code root} two digits). */
	void told(int at, String code, List<ActorMention> agents, List<ActorMention> targets) {
		if (agents.isEmpty()) {
			return;
		}
		List<DocActor> a = new ArrayList<>();
		agents.forEach(m -> a.add(m.actor()));
		List<DocActor> t = new ArrayList<>();
		targets.forEach(m -> t.add(m.actor()));
		acts.add(new Act(at, ParsedRelationReader.root(code), a, t));
	}

	/**
	 * The authors of the act the object noun {@code n} of the criticism or rejection {@code code} names, as mentions
	 * on the noun; empty when the noun is no definite act noun without an owner, or no such act was told.
	 *
	 * @param family the root of the noun's kind: 11 for accusations, 19 for force, 0 when it is no act noun
	 */
	List<ActorMention> authors(ParsedSentence s, int n, String code, int family, List<ActorMention> sources,
			boolean owned) {
		if (!Mechanisms.on(NAME) || family == 0 || owned || !AIMED.contains(code.substring(0, 2))
				|| sources.isEmpty() || !definite(s, n)) {
			return List.of();
		}
		int at = s.start(n);
		for (int i = acts.size() - 1; i >= 0; i--) {
			Act a = acts.get(i);
			if (a.at() >= at) {
				continue;
			}
			if (a.at() < at - WINDOW) {
				break;
			}
			boolean kind = family >= 14 ? a.root() >= 14 && a.root() <= 20 : a.root() == family;
			if (!kind || a.agents().stream().anyMatch(x -> sides(x, sources))) {
				continue;
			}
			if (SIDE && a.targets().stream().noneMatch(x -> sides(x, sources))) {
				continue;
			}
			List<ActorMention> out = new ArrayList<>();
			for (DocActor x : a.agents()) {
				out.add(new ActorMention(s.start(n), s.end(n), x));
			}
			Mechanisms.fired(NAME, 1);
			return out;
		}
		return List.of();
	}

	/** Whether {@code a} is one of {@code side} or shares a country with one of them. */
	private static boolean sides(DocActor a, List<ActorMention> side) {
		for (ActorMention m : side) {
			DocActor b = m.actor();
			if (a == b || !a.iso().isEmpty() && a.iso().equals(b.iso())) {
				return true;
			}
		}
		return false;
	}

	private static boolean definite(ParsedSentence s, int n) {
		for (int c : s.children(n, "det")) {
			if (DEFINITE.contains(s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}
}
