package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Bad deeds and bad names in a speaker's words, which the annotation guidelines code as disapproval (CAMEO 11,
 * "criticism, accusation") of the actor they are pinned on; found on the parse, beside {@link NegativeStatements}.
 * <ul>
 * <li><b>A bad deed</b> ({@code speech.negative-deeds}): the actor is the subject of a verb whose object is negative
 * ("X shelters criminals", "X implements a reckless agenda", "X executed the massacre") or of an adjective that
 * makes it answerable for something negative ("X is responsible for the attack"). Not a verb that acts against what
 * its object names or reports it ({@code data/speech-words.tsv} class {@code counter}: "fight terrorism", "end the
 * war", "investigate the crimes"), nor a speech act (CAMEO 09-13).</li>
 * </ul>
 * Negative: a valence of -2 or below in AFINN-165 ({@link Valence}) on the phrase's head or a modifier in front of it,
 * not negated, not a word of suffering ({@code event-words.tsv} class {@code experiencer}). Immutable after
 * construction; safe to share between threads.
 */
final class NegativeDeeds {

	/** The switch of the bad-deed reading. */
	static final String DEEDS = "speech.negative-deeds";
	/** The switch of the reading by nearness. */
	static final String WINDOW = "speech.negative-window";
	/** How many tokens after an actor's mention a negative word may stand to be said of it. */
	private static final int REACH = 12;
	/** How many tokens before a negative word a negation or a countering verb takes it back. */
	private static final int TAKEN_BACK = 2;

	private final Set<String> counters = new HashSet<>();
	private final Set<String> culpable = new HashSet<>();
	private final Valence valence;
	private final EventWords words;

	NegativeDeeds(EventWords words, Valence valence) {
		this.words = words;
		this.valence = valence;
		for (String[] r : DataFile.rows("speech-words.tsv", 2)) {
			switch (r[1].trim()) {
				case "counter" -> counters.add(r[0].trim());
				case "culpable" -> culpable.add(r[0].trim());
				case "charge", "rebut" -> {
					// read by Rebuttals
				}
				default -> throw new IllegalStateException("data/speech-words.tsv: unknown class '" + r[1] + "' of " + r[0]);
			}
		}
	}

	/**
	 * Whether the predicate at {@code p} charges its subject with a bad deed: a verb (CAMEO root {@code root}, 0 if
	 * none) with a negative object, or an answerable adjective with a negative "for" or "of" phrase.
	 */
	boolean badDeed(ParsedSentence s, int p, int root) {
		if (!Mechanisms.on(DEEDS)) {
			return false;
		}
		String lemma = lemma(s, p);
		if (s.pos(p).equals("ADJ") && culpable.contains(lemma)) {
			for (int c : s.children(p)) {
				String prep = EventCoder.Clause.caseWord(s, c);
				if (s.deprel(c).startsWith("obl") && (prep.equals("for") || prep.equals("of")) && negativePhrase(s, c)) {
					return true;
				}
			}
			return false;
		}
		if (!s.pos(p).equals("VERB") || root >= 9 && root <= 13 || counters.contains(lemma) || experiencer(s, p)) {
			return false;
		}
		for (int o : s.children(p, "obj")) {
			if (negativePhrase(s, o)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first negative word within {@link #REACH} tokens after the mention ending at token {@code last}, before
	 * {@code limit} and before the end of its clause (";", ":" or a dash), that no negation, hedge or countering verb
	 * just before it takes back ("X's hostile attitude", "X fired drones at civilians", not "X fought the terrorists");
	 * -1 if none ({@code speech.negative-window}).
	 */
	int negativeAfter(ParsedSentence s, int last, int limit) {
		if (!Mechanisms.on(WINDOW)) {
			return -1;
		}
		for (int k = last + 1; k < Math.min(limit, last + 1 + REACH); k++) {
			String w = s.word(k);
			if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("\u2014")) {
				return -1;
			}
			if (!valence.negative(s, k) || experiencer(s, k)
					|| s.pos(k).equals("ADJ") && s.word(k).toLowerCase(Locale.ROOT).endsWith("ed")) {
				continue; // "remains worried": a feeling, not a deed
			}
			boolean takenBack = false;
			for (int j = Math.max(last + 1, k - TAKEN_BACK); j < k; j++) {
				String b = s.word(j).toLowerCase(Locale.ROOT);
				takenBack |= words.negation(b) || words.hedge(b) || counters.contains(lemma(s, j)) || experiencer(s, j);
			}
			if (!takenBack && !counters.contains(lemma(s, k))) {
				return k;
			}
		}
		return -1;
	}

	private String lemma(ParsedSentence s, int t) {
		String l = s.lemma(t);
		return (l == null ? s.word(t) : l).toLowerCase(Locale.ROOT);
	}

	/** Whether the phrase's head or an adjective or noun in front of it is negative, not negated, no suffering. */
	private boolean negativePhrase(ParsedSentence s, int c) {
		if (negated(s, c) || experiencer(s, c)) {
			return false;
		}
		if (valence.negative(s, c)) {
			return true;
		}
		for (int d : s.children(c)) {
			if ((s.deprel(d).equals("amod") || s.deprel(d).equals("compound") && d < c) && valence.negative(s, d)
					&& !experiencer(s, d) && !negated(s, d)) {
				return true;
			}
		}
		return false;
	}

	private boolean negated(ParsedSentence s, int c) {
		for (int d : s.children(c)) {
			String w = s.word(d).toLowerCase(Locale.ROOT);
			if (words.negation(w) || words.hedge(w)) {
				return true;
			}
		}
		return false;
	}

	private boolean experiencer(ParsedSentence s, int t) {
		return words.experiencer(lemma(s, t)) || words.experiencer(s.word(t).toLowerCase(Locale.ROOT));
	}
}
