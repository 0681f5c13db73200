package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A negative label one actor puts on another ({@code relations.negative-label}): a verb with an object and a second
 * predicate on that object ("called Tehran a regional menace", "described the move as illegal", "regards X's
 * violations as unacceptable", passive "groups considered terrorist by X") disapproves of the object (CAMEO 11)
 * when that predicate is negative. Read top to bottom:
 * <ol>
 * <li>the labelled phrase: the verb's object (its passive subject, or the noun a passive participle modifies);</li>
 * <li>the label: the verb's open complement, or its "as" phrase, after the labelled phrase;</li>
 * <li>negative: the label's head word or one of its adjectives or noun modifiers has a valence of -2 or below in
 * the AFINN-165 word list ({@code data/afinn-165.tsv}), and nothing negates it ("not a threat");</li>
 * <li>the holder: the verb's subject (its passive agent, or the label's "by" phrase where the parse put it).</li>
 * </ol>
 * The sides are mapped to actors as any event's ({@link ParsedRelationReader}: an event noun stands for its owner,
 * "the PLA's drills"). Immutable after construction; safe to share between threads.
 */
final class Labels {

	/** CAMEO 11: disapprove. */
	static final String CODE = "11";

	/** A label: the verb, the holders' and the labelled phrases' heads. */
	record Label(int verb, List<Integer> holders, List<Integer> labelled) {
	}

	private final Valence valence;
	private final EventWords words;

	Labels(EventWords words, Valence valence) {
		this.words = words;
		this.valence = valence;
	}

	/** The negative label the verb at {@code v} puts on its object, or null. */
	Label at(ParsedSentence s, int v) {
		if (!s.pos(v).equals("VERB") || s.deprel(v).startsWith("aux") || !Mechanisms.on("relations.negative-label")) {
			return null;
		}
		if (negativeLabel(s, v, -1) < 0) {
			return null; // most verbs: no negative second predicate at all, no frame to build
		}
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		List<Integer> labelled = new ArrayList<>(frame.passive ? frame.subjects : frame.objects);
		if (frame.passive && labelled.isEmpty() && s.deprel(v).startsWith("acl") && s.head(v) >= 0) {
			labelled.add(s.head(v)); // "groups considered terrorist organisations by X"
		}
		int label = labelled.isEmpty() ? -1 : negativeLabel(s, v, labelled.get(0));
		if (label < 0) {
			return null;
		}
		List<Integer> holders = new ArrayList<>(frame.passive ? frame.agents : frame.subjects);
		if (frame.passive && holders.isEmpty()) {
			holders.addAll(EventCoder.Clause.byPhrases(s, label)); // "considered a terrorist group by X": the parse put X there
		}
		if (holders.isEmpty()) {
			return null;
		}
		Mechanisms.fired("relations.negative-label", 1);
		return new Label(v, holders, labelled);
	}

	/** The verb's negative second predicate after the labelled phrase {@code o} (-1: anywhere), or -1. */
	private int negativeLabel(ParsedSentence s, int v, int o) {
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			String pos = s.pos(c);
			boolean predicate = pos.equals("NOUN") || pos.equals("ADJ");
			boolean second = rel.equals("xcomp") || rel.equals("obj") // "calling them a show of force"
					|| (rel.startsWith("obl") || rel.equals("advcl")) && as(s, c);
			if (c > o && predicate && second && negative(s, c)) {
				return c;
			}
		}
		return -1;
	}

	/** Whether the phrase headed by {@code c} opens with "as" ("as illegal", "as a provocation"). */
	private static boolean as(ParsedSentence s, int c) {
		for (int d : s.children(c)) {
			if (d < c && (s.deprel(d).equals("case") || s.deprel(d).equals("mark"))
					&& s.word(d).equalsIgnoreCase("as")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the head word or one of its modifiers in front ("a terrorist group") is negative, not negated. */
	private boolean negative(ParsedSentence s, int c) {
		boolean neg = bad(s, c);
		for (int d : s.children(c)) {
			if (words.in("negation", s.word(d).toLowerCase(Locale.ROOT))) {
				return false;
			}
			neg |= (s.deprel(d).equals("amod") || s.deprel(d).equals("compound") && d < c) && bad(s, d);
		}
		return neg;
	}

	private boolean bad(ParsedSentence s, int t) {
		return valence.negative(s, t);
	}
}
