package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Mediation (CAMEO 045, under 04): a third party between two sides meets each of them. Read top to bottom:
 * <ol>
 * <li>the sides: the conjuncts of the "between" phrase of an event noun ("talks between X and Y", "mediation
 * between X and Y");</li>
 * <li>the mediator: the possessor or "by" phrase of a noun that is not itself mutual ("Z's mediation between X and
 * Y"), or the subject of a mediating verb ({@code event-words.tsv} class {@code mediate}) whose object the noun is
 * ("Z brokered talks between X and Y", "Z, involved in brokering talks between X and Y").</li>
 * </ol>
 * The mutual event itself (X and Y talk) stays with the nominal reader. Stateless; safe to share.
 */
final class Mediation {

	/** The mediation: the token the event is gated at, the mediators' phrase heads and the sides'. */
	record Mediated(int anchor, List<Integer> mediators, List<Integer> sides) {
	}

	static final String CODE = "045";

	private final EventWords words;

	Mediation(EventWords words) {
		this.words = words;
	}

	/** The mediation the event noun at {@code n} (lemma {@code lemma}) reports, or null. */
	Mediated at(ParsedSentence s, int n, String lemma, String verbLemma) {
		EventWords.Nominal nominal = words.nominal(lemma);
		if (nominal == null) {
			return null;
		}
		List<Integer> sides = new ArrayList<>();
		List<Integer> mediators = new ArrayList<>();
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			String prep = EventCoder.Clause.caseWord(s, c);
			if (rel.startsWith("nmod") && prep.equals("between")) {
				EventCoder.Clause.withConj(s, c, sides);
			} else if (!nominal.symmetric() && (rel.equals("nmod:poss") || rel.startsWith("nmod") && prep.equals("by"))) {
				EventCoder.Clause.withConj(s, c, mediators);
			}
		}
		if (sides.size() < 2) {
			return null;
		}
		if (!mediators.isEmpty()) {
			return new Mediated(n, mediators, sides);
		}
		int h = s.head(n);
		if (h >= 0 && s.deprel(n).equals("obj") && words.in("mediate", verbLemma)) {
			EventCoder.Clause frame = new EventCoder.Clause(s, h);
			if (!frame.passive && !frame.subjects.isEmpty()) {
				return new Mediated(h, frame.subjects, sides);
			}
		}
		return null;
	}

	/**
	 * Removes the relationships that read a mediation backwards (a side meeting its mediator, as word windows read
	 * "Z brokered talks between X and Y"): {@code mediated} holds "mediator|side|offset" of the mediation events read.
	 */
	static void dropMirrors(List<ExtractedRelationship> out, List<String> mediated) {
		if (mediated.isEmpty() || !Mechanisms.on("relations.mediation")) {
			return;
		}
		out.removeIf(r -> !r.cameoCode().equals(CODE) && r.root().equals(CODE.substring(0, 2))
				&& mediated.stream().anyMatch(m -> {
					String[] f = m.split("\\|");
					int at = Integer.parseInt(f[2]);
					return f[0].equals(r.to()) && f[1].equals(r.from()) && r.evidence().begin() <= at
							&& at < r.evidence().end();
				}));
	}
}
