package org.sourcebench.extract.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.model.ActorKind;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.WordClasses;

/**
 * The word lists of claim reading (cues.tsv verbs, and claim-words.tsv: cognition and position verbs, position
 * nouns, unnamed-source heads), loaded once and shared by the word-window and the parse readers.
 */
final class ClaimWords {

	private static final ClaimWords INSTANCE = new ClaimWords();

	/** The classes of claim-words.tsv, by name. */
	private final WordClasses classes = WordClasses.read("claim-words.tsv", 0, 1);
	/** Source heads whose row names its switch in the third column (set before the word sets that read it). */
	private final Map<String, String> switched = new HashMap<>();
	/** Claim verbs: the single-word cues of cues.tsv and the cognition and position verbs of claim-words.tsv. */
	final Set<String> verbs = new HashSet<>();
	final Set<String> nouns = classes.words("noun");
	/** Position nouns that name a feeling or stance toward something ("concern", "support"): a reaction, no claim. */
	final Set<String> reactions = new HashSet<>();
	final Set<String> sources = gated("source");
	/** Forms of the speech cues of cues.tsv (not the cognition verbs): a cue inside a claim nests another claim. */
	final Set<String> cues = new HashSet<>();
	/** Nouns whose that-clause is a claim ("the announcement that ...", "Russia's claim that ..."). */
	final Set<String> claimNouns = classes.words("claim");
	/** Heads that speak for the actor named in their phrase ("Kremlin spokesman", "United Nations officials"). */
	final Set<String> members = gated("member");
	/** Channels whose owner speaks ("the Kremlin's website"). */
	final Set<String> outlets = classes.words("outlet");
	/** Institution heads and the kind of actor they name ("the health ministry"). */
	final Map<String, ActorKind> bodies = new HashMap<>();
	/** Determiners and quantifiers before an unnamed source ("two Egyptian security sources", "many locals"). */
	final Set<String> determiners = classes.words("determiner");
	/** Verbs whose claim is held by another complement than a clause: obj, of, to, obj-of. */
	final Map<String, String> frames = new HashMap<>();

	private ClaimWords() {
		for (String[] r : DataFile.rows("cues.tsv", 4)) {
			if (!r[0].contains(" ")) {
				verbs.add(r[0].trim());
				cues.add(r[0].trim());
				DataFile.list(DataFile.cell(r, 1)).forEach(cues::add);
			}
		}
		classes.values("verb").forEach((verb, frame) -> {
			verbs.add(verb);
			if (!frame.isEmpty()) {
				frames.put(verb, frame);
			}
		});
		classes.values("noun").forEach((noun, sense) -> {
			if (sense.equals("reaction")) {
				reactions.add(noun);
			}
		});
		classes.values("body").forEach((body, kind) -> bodies.put(body, ActorKind.get(kind.toUpperCase(Locale.ROOT))));
	}

	/**
	 * Whether a noun (lemma, lower case) as the object of a claim verb states the speaker's position ("reaffirmed its
	 * commitment to ..."); a reaction noun does not ("expressed deep concern over ...": a reaction with no content,
	 * switch claims.reaction-nouns).
	 */
	boolean isPositionNoun(String lemma) {
		if (!nouns.contains(lemma)) {
			return false;
		}
		if (reactions.contains(lemma) && Mechanisms.on("claims.reaction-nouns")) {
			Mechanisms.fired("claims.reaction-nouns", 1);
			return false;
		}
		return true;
	}

	/**
	 * The words of a class of claim-words.tsv whose third column names no switch or a switch that is on (rows added
	 * by a measured mechanism: "report	source	claims.report-sources").
	 */
	private Set<String> gated(String category) {
		Set<String> out = new HashSet<>();
		classes.values(category).forEach((word, mark) -> {
			if (!mark.startsWith("claims.")) {
				out.add(word);
			} else if (Mechanisms.on(mark)) {
				out.add(word);
				switched.put(word, mark);
			}
		});
		return out;
	}

	static ClaimWords get() {
		return INSTANCE;
	}

	/** The words of a class of claim-words.tsv; fails on a class the file lacks. */
	Set<String> list(String category) {
		return classes.words(category);
	}

	/** The words of a class as a regular-expression alternation, longest first. */
	String alternation(String category) {
		return classes.alternation(category);
	}

	/** Heads of "the statement said" (claim-words.tsv statement list). */
	Set<String> statements() {
		return list("statement");
	}

	/** Whether a lower-case word, singular or regular plural ("officials", "witnesses"), heads an unnamed source. */
	boolean isSource(String word) {
		String head = sourceHead(word);
		if (head != null && switched.containsKey(head)) {
			Mechanisms.fired(switched.get(head), 1);
		}
		return head != null;
	}

	/** The unnamed-source head a lower-case word is, singular or regular plural ("witnesses" → "witness"), or null. */
	String sourceHead(String word) {
		if (sources.contains(word)) {
			return word;
		}
		String es = word.endsWith("es") ? word.substring(0, word.length() - 2) : null;
		if (es != null && sources.contains(es)) {
			return es;
		}
		String s = word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
		return s != null && sources.contains(s) ? s : null;
	}
}
