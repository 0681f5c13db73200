package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The loop of the rules that read the parse reader's relationships again at its end and correct their codes
 * ({@link RootRules}, {@link ConflictSenses}, {@link CooperationRoots}): each selected relationship is handed with the sentence holding the start
 * of its evidence (null when none) to the rule, which answers with a new code, {@link #DROP}, or null (or the same
 * code) to leave it; a new code whose pair already has a relationship of that root drops it instead. Also the token
 * tests these rules share (a token's lemma, a token inside the evidence). Stateless.
 */
final class Recoding {

	/** The answer of a rule that removes the relationship. */
	static final String DROP = "-";

	/** A correcting rule: the new code of {@code r}, {@link #DROP}, or null to leave it. */
	interface Rule {
		String code(ParsedSentence s, ExtractedRelationship r);
	}

	private Recoding() {
	}

	/**
	 * Recodes or removes, in place, the relationships of {@code out} that {@code selected} accepts, as {@code rule}
	 * answers, counting each change as a firing of {@code mechanism}.
	 */
	static void apply(List<ParsedSentence> sentences, List<ExtractedRelationship> out, String mechanism,
			Predicate<ExtractedRelationship> selected, Rule rule) {
		Set<String> keys = new HashSet<>();
		out.forEach(r -> keys.add(r.from() + "|" + r.to() + "|" + r.root()));
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			if (!selected.test(r)) {
				continue;
			}
			String code = rule.code(sentenceOf(sentences, r.evidence().begin()), r);
			if (code == null || code.equals(r.cameoCode())) {
				continue;
			}
			Mechanisms.fired(mechanism, 1);
			if (code.equals(DROP) || !keys.add(r.from() + "|" + r.to() + "|" + code.substring(0, 2))) {
				out.remove(i);
			} else {
				out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
			}
		}
	}

	/** The lower-case lemma of token {@code t}, as the word classes of {@code event-words.tsv} list lemmas. */
	static String lemma(ParsedSentence s, int t) {
		return s.lemma(t).toLowerCase(Locale.ROOT);
	}

	/** Whether token {@code t} of {@code s} lies inside the evidence of {@code r}. */
	static boolean inEvidence(ParsedSentence s, int t, ExtractedRelationship r) {
		return s.start(t) >= r.evidence().begin() && s.end(t) <= r.evidence().end();
	}

	/** Whether a token of the evidence of {@code r} has a lemma of the {@code event-words.tsv} class. */
	static boolean evidenceHas(ParsedSentence s, ExtractedRelationship r, String wordClass) {
		EventWords words = EventWords.get();
		for (int t = 0; t < s.size(); t++) {
			if (inEvidence(s, t, r) && words.in(wordClass, lemma(s, t))) {
				return true;
			}
		}
		return false;
	}

	/** The sentence whose text holds {@code offset}, or null. */
	private static ParsedSentence sentenceOf(List<ParsedSentence> sentences, int offset) {
		for (ParsedSentence s : sentences) {
			if (s.size() > 0 && s.start(0) <= offset && offset < s.end(s.size() - 1)) {
				return s;
			}
		}
		return null;
	}
}
