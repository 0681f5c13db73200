package org.sourcebench.extract.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.model.ActorKind;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;

/**
 * The word lists of claim reading (cues.tsv verbs, and claim-words.tsv: cognition and position verbs, position
 * nouns, unnamed-source heads), loaded once and shared by the word-window and the parse readers.
 */
final class ClaimWords {

	private static final ClaimWords INSTANCE = new ClaimWords();

	final Set<String> verbs = new HashSet<>();
	final Set<String> nouns = new HashSet<>();
	/** Position nouns that name a feeling or stance toward something ("concern", "support"): a reaction, no claim. */
	final Set<String> reactions = new HashSet<>();
	final Set<String> sources = new HashSet<>();
	/** Forms of the speech cues of cues.tsv (not the cognition verbs): a cue inside a claim nests another claim. */
	final Set<String> cues = new HashSet<>();
	/** Nouns whose that-clause is a claim ("the announcement that ...", "Russia's claim that ..."). */
	final Set<String> claimNouns = new HashSet<>();
	/** Heads that speak for the actor named in their phrase ("Kremlin spokesman", "United Nations officials"). */
	final Set<String> members = new HashSet<>();
	/** Channels whose owner speaks ("the Kremlin's website"). */
	final Set<String> outlets = new HashSet<>();
	/** Institution heads and the kind of actor they name ("the health ministry"). */
	final Map<String, ActorKind> bodies = new HashMap<>();
	/** Determiners and quantifiers before an unnamed source ("two Egyptian security sources", "many locals"). */
	final Set<String> determiners = new HashSet<>();
	/** The other word lists, by category (relative, continuation, connector, title, ...). */
	private final Map<String, Set<String>> lists = new HashMap<>();
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
		for (String[] r : DataFile.rows("claim-words.tsv", 3)) {
			String w = r[0].trim();
			String extra = DataFile.cell(r, 2).trim();
			switch (r[1].trim()) {
				case "verb" -> {
					verbs.add(w);
					if (!extra.isEmpty()) {
						frames.put(w, extra);
					}
				}
				case "noun" -> {
					nouns.add(w);
					if (extra.equals("reaction")) {
						reactions.add(w);
					}
				}
				case "claim" -> claimNouns.add(w);
				case "source" -> sources.add(w);
				case "member" -> members.add(w);
				case "determiner" -> determiners.add(w);
				case "outlet" -> outlets.add(w);
				case "body" -> bodies.put(w, ActorKind.get(extra.toUpperCase(Locale.ROOT)));
				default -> lists.computeIfAbsent(r[1].trim(), k -> new HashSet<>()).add(w);
			}
		}
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

	static ClaimWords get() {
		return INSTANCE;
	}

	/** The words of a list category of claim-words.tsv; fails on a category the file lacks. */
	Set<String> list(String category) {
		Set<String> l = lists.get(category);
		if (l == null) {
			throw new IllegalStateException("claim-words.tsv has no " + category + " words");
		}
		return java.util.Collections.unmodifiableSet(l);
	}

	/** The words of a list category as a regular-expression alternation, longest first. */
	String alternation(String category) {
		return DataFile.alternation(list(category));
	}

	/** Heads of "the statement said" (claim-words.tsv statement list). */
	Set<String> statements() {
		return list("statement");
	}

	/** Whether a lower-case word, singular or regular plural ("officials", "witnesses"), heads an unnamed source. */
	boolean isSource(String word) {
		return sources.contains(word)
				|| word.endsWith("es") && sources.contains(word.substring(0, word.length() - 2))
				|| word.endsWith("s") && sources.contains(word.substring(0, word.length() - 1));
	}
}
