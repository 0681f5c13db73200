package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A rebuttal of an accusation whose author the sentence does not name answers the accuser ({@code speech.rebuttals}):
 * the guidelines code rejecting an allegation as 12 toward whoever made it. "X denied the accusations", "a charge
 * that X rejects", "claims denied by X", "X has denied responsibility": when the charge has no possessor, "by" agent
 * or "of" phrase naming an actor, the rebutter X rejects (12) every actor already read as accusing or criticising
 * it (11 toward X) in the document. Words from {@code data/speech-words.tsv} (classes {@code rebut}, {@code charge}).
 * Immutable after construction; safe to share between threads.
 */
final class Rebuttals {

	/** The switch. */
	static final String NAME = "speech.rebuttals";

	private static final String REJECT = "12";
	private static final String ACCUSE = "11";

	private final Set<String> rebut = new HashSet<>();
	private final Set<String> charges = new HashSet<>();
	private final EventWords words;

	Rebuttals(EventWords words) {
		this.words = words;
		for (String[] r : DataFile.rows("speech-words.tsv", 2)) {
			if (r[1].trim().equals("rebut")) {
				rebut.add(r[0].trim());
			} else if (r[1].trim().equals("charge")) {
				charges.add(r[0].trim());
			}
		}
	}

	/** Adds the rebuttals of the sentences to {@code out}, skipping (from, to, root) keys in seen. */
	void read(String body, List<ParsedSentence> sentences, DocActors actors, Set<String> seen,
			List<ExtractedRelationship> out) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		int before = out.size();
		for (ParsedSentence s : sentences) {
			for (int n = 0; n < s.size(); n++) {
				if (!s.pos(n).equals("NOUN") || !charges.contains(lemma(s, n)) || owned(s, n, actors)) {
					continue;
				}
				int v = rebuttingVerb(s, n);
				if (v < 0 || negated(s, v)) {
					continue;
				}
				for (int side : rebutters(s, n, v)) {
					ActorMention m = s.pos(side).equals("PRON") ? null : actors.at(s.start(side));
					if (m != null) {
						answer(body, s, m, actors, seen, out);
					}
				}
			}
		}
		Mechanisms.fired(NAME, out.size() - before);
	}

	/** The rebutting verb of the charge: the verb it is the object of, or a relative or participle clause on it. */
	private int rebuttingVerb(ParsedSentence s, int n) {
		int h = s.head(n);
		if (h >= 0 && s.deprel(n).equals("obj") && rebut.contains(lemma(s, h))) {
			return h; // "denied the accusations"
		}
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("acl") && rebut.contains(lemma(s, c))) {
				return c; // "a charge that X rejects", "claims denied by X"
			}
		}
		return -1;
	}

	/** Who rebuts: the verb's subject (for a relative clause on the charge), else its passive agent. */
	private static List<Integer> rebutters(ParsedSentence s, int n, int v) {
		List<Integer> out = new ArrayList<>();
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		if (frame.passive || s.deprel(v).equals("acl")) {
			out.addAll(frame.agents);
		}
		for (int c : frame.subjects) {
			if (c != n && !s.word(c).equalsIgnoreCase("that") && !s.word(c).equalsIgnoreCase("which")) {
				out.add(c);
			}
		}
		return out;
	}

	/** Whether the charge names whose it is ("Russia's claim", "the claim by X", "the accusations of X"). */
	private static boolean owned(ParsedSentence s, int n, DocActors actors) {
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			if (rel.equals("nmod:poss") || rel.startsWith("nmod") && actors.at(s.start(c)) != null
					|| rel.equals("compound") && actors.at(s.start(c)) != null) {
				return true;
			}
		}
		return false;
	}

	private boolean negated(ParsedSentence s, int v) {
		for (int c : s.children(v)) {
			String w = s.word(c).toLowerCase(Locale.ROOT);
			if (words.negation(w) || s.deprel(c).startsWith("aux") && words.modal(w)) {
				return true;
			}
		}
		return false;
	}

	/** 12 from the rebutter to every actor read as accusing it (11 toward it) in {@code out}. */
	private static void answer(String body, ParsedSentence s, ActorMention m, DocActors actors, Set<String> seen,
			List<ExtractedRelationship> out) {
		DocActor rebutter = m.actor();
		List<String> accusers = new ArrayList<>();
		for (ExtractedRelationship r : out) {
			if (r.cameoCode().startsWith(ACCUSE) && r.to().equals(rebutter.name()) && !r.from().equals(rebutter.name())
					&& !accusers.contains(r.from())) {
				accusers.add(r.from());
			}
		}
		for (String a : accusers) {
			if (actors.byName(a) != null && seen.add(rebutter.name() + "|" + a + "|" + REJECT)) {
				out.add(new ExtractedRelationship(rebutter.name(), a, REJECT,
						TextSpan.of(body, s.start(0), s.end(s.size() - 1)), 0.5));
			}
		}
	}

	private static String lemma(ParsedSentence s, int t) {
		String l = s.lemma(t);
		return (l == null ? s.word(t) : l).toLowerCase(Locale.ROOT);
	}
}
