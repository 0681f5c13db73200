package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The front of a coordinated list of sides that the parse broke off ({@code relations.broken-lists}): "Presidents
 * A, B and C met" parsed with A inside the title's phrase and only B and C as subjects. Read top to bottom: the
 * sides found are already a list (two or more); going left from the first of them, each comma preceded by a mention
 * of an actor of the same kind as that first side, whose phrase is not a prepositional one, adds that actor ("In
 * Moscow, Putin and Lavrov met": Moscow is no person and sits in a prepositional phrase). Stateless.
 */
final class CoordinatedSides {

	private CoordinatedSides() {
	}

	/**
	 * The actors of the list members before {@code first} (the first token of the first side's phrase), nearest
	 * last; {@code sides} the sides found, in order. Empty unless there are two or more sides.
	 */
	static List<ActorMention> brokenFront(ParsedSentence s, int first, List<ActorMention> sides, DocActors actors) {
		List<ActorMention> out = new ArrayList<>();
		if (sides.size() < 2 || !Mechanisms.on("relations.broken-lists")) {
			return out;
		}
		int at = first;
		while (at >= 2 && s.word(at - 1).equals(",")) {
			ActorMention m = actors.at(s.start(at - 2));
			if (m == null || m.end() != s.end(at - 2) || m.actor().kind() != sides.get(0).actor().kind()
					|| sides.stream().anyMatch(x -> x.actor() == m.actor())
					|| out.stream().anyMatch(x -> x.actor() == m.actor())) {
				break;
			}
			int begin = at - 2;
			while (begin > 0 && s.end(begin - 1) > m.begin()) {
				begin--;
			}
			boolean prepositional = begin > 0 && s.pos(begin - 1).equals("ADP");
			for (int t = begin; t <= at - 2 && !prepositional; t++) {
				prepositional = !s.children(t, "case").isEmpty();
			}
			if (prepositional) {
				break;
			}
			out.add(0, m);
			Firings.count("relations.broken-lists");
			at = begin;
		}
		return out;
	}
}
