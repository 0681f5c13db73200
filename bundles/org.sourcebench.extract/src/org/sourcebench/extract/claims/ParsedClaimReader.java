package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Sentences;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Attributed claims only the dependency parse finds, added to those of the word-window reader: a speech, cognition
 * or position verb (cues.tsv, claim-words.tsv) with a clausal complement ("insists that ..."), a position noun as its
 * object ("expressed concern over ...", "has repeated its opposition to ..."), or the complement its frame names
 * (claim-words.tsv: "denied any involvement", "warned of taking measures", "promised to end the war"); a claim noun
 * with a that-clause ("the announcement that ...", "Russia's claim that ..."). The claim text is the complement
 * exactly; the speaker is the verb's subject ({@link ParsedSpeaker}), for a claim noun its named possessor (no
 * possessor, no claim: "rejected the assertion that" is not the rejecter's). A cue the window reader already
 * read is skipped, a claim it holds is not repeated; a claim inside another speaker's claim is kept (nested
 * attribution: "the headquarters said: '... the Russian side stated that ...'"). Local to one document.
 */
final class ParsedClaimReader {

	private static final Set<String> STRIP = Set.of("that", ",", ".", ":", ";", "\"", "\u201c", "\u201d", "'", "''");
	private static final double CONFIDENCE = 0.6;
	/** A closing quotation mark after a comma or full stop, then the attribution ("...,\u201d the team said"). */
	private static final java.util.regex.Pattern QUOTE_THEN_ATTRIBUTION =
			java.util.regex.Pattern.compile("[,.?!][\"\u201d'] +[a-z]");

	private final String body;
	private final ParsedSpeaker speakers;
	private final ClaimWords words = ClaimWords.get();

	/** The document-level resolver that takes the claims left without a speaker ({@link DocumentSpeakers}), or null. */
	private DocumentSpeakers orphans;

	ParsedClaimReader(String body, ParsedSpeaker speakers) {
		this.body = body;
		this.speakers = speakers;
	}

	/** Passes the claims whose speaker resolves to no actor to {@code d} (null: drops them); returns this reader. */
	ParsedClaimReader orphansTo(DocumentSpeakers d) {
		this.orphans = d;
		return this;
	}

	/** Adds the parse's claims to {@code out} (the word-window reader's claims; {@code handled}: its cue offsets). */
	void read(List<ParsedSentence> sentences, Set<Integer> handled, List<ExtractedClaim> out) {
		Sentences.each(sentences, out, (s, si) -> { // a sentence the reader fails on costs that sentence only
			for (int v = 0; v < s.size(); v++) {
				if (handled.contains(s.start(v))) {
					continue; // the word-window reader made this cue's claim
				}
				if (s.word(v).equalsIgnoreCase("according") && v + 1 < s.size()
						&& s.word(v + 1).equalsIgnoreCase("to")) {
					accordingTo(s, v, out);
				} else if (s.pos(v).equals("VERB") && words.verbs.contains(lemma(s, v))
						&& !UnassertedCue.unasserted(s, v, !words.cues.contains(s.word(v).toLowerCase(Locale.ROOT)))) {
					claimOfVerb(s, v, out);
				} else if (s.pos(v).equals("NOUN") && words.claimNouns.contains(lemma(s, v))) {
					claimOfNoun(s, v, out);
				}
			}
		});
	}

	private void claimOfVerb(ParsedSentence s, int v, List<ExtractedClaim> out) {
		String lemma = lemma(s, v);
		int[] range = complement(s, v, lemma);
		if (range == null) {
			return;
		}
		int[] span = span(s, range, s.start(v), out);
		if (span == null || !accepts(span, null, s.word(v), s.start(v),
				words.cues.contains(s.word(v).toLowerCase(Locale.ROOT)), out)) {
			return; // decided before the speaker is resolved: resolving may add an actor to the document
		}
		SpeakerFinder.Found speaker = speakers.speakerOf(s, v);
		if (speaker != null) {
			add(s, range, speaker.actor(), s.word(v), s.start(v), out);
			for (DocActor also : speakers.conjoinedSubjects(s, v, speaker.actor())) {
				add(s, range, also, s.word(v), s.start(v), out);
			}
		} else if (orphans != null) {
			orphans.orphan(s.start(v), s.end(v), s.word(v), lemma, span);
		}
	}

	/** "According to X, <clause>" / "<clause>, according to X": X speaks the clause without the attribution. */
	private void accordingTo(ParsedSentence s, int t, List<ExtractedClaim> out) {
		int phrase = s.head(t);
		if (phrase < 0 || s.head(phrase) < 0) {
			return;
		}
		DocActor speaker = speakers.resolve(s, phrase, -1);
		int[] attribution = s.subtree(phrase);
		attribution[0] = Math.min(attribution[0], t);
		int[] whole = s.subtree(s.head(phrase));
		int[] range = attribution[0] <= whole[0] ? new int[] {attribution[1] + 1, whole[1]}
				: attribution[1] >= whole[1] ? new int[] {whole[0], attribution[0] - 1} : null;
		if (range == null) {
			return;
		}
		if (speaker != null) {
			add(s, range, speaker, "according to", s.start(t), out);
		} else if (orphans != null) {
			int[] span = span(s, range, s.start(t), out);
			if (span != null && accepts(span, null, "according to", s.start(t), false, out)) {
				orphans.orphan(s.start(t), s.end(t + 1), "according to", "according to", span);
			}
		}
	}

	/** The tokens of the claim of verb {@code v}, or null. */
	private int[] complement(ParsedSentence s, int v, String lemma) {
		List<Integer> ccomp = s.children(v, "ccomp");
		if (!ccomp.isEmpty() && ccomp.get(0) > v) {
			return s.subtree(ccomp.get(0));
		}
		for (int o : s.children(v, "obj")) {
			if (words.isPositionNoun(lemma(s, o))) {
				return withTrailingArguments(s, v, s.subtree(o));
			}
		}
		String frame = words.frames.get(lemma);
		if (frame == null) {
			return null;
		}
		switch (frame) {
			case "obj" -> {
				for (int o : s.children(v, "obj")) {
					if (o > v && !s.pos(o).equals("PRON") && !ContentlessObject.bare(s, o, words.claimNouns)) {
						return s.subtree(o);
					}
				}
			}
			case "to" -> {
				for (int x : s.children(v, "xcomp")) {
					if (x > v && x > 0 && s.word(x - 1).equalsIgnoreCase("to")) {
						int[] span = s.subtree(x);
						return new int[] {Math.min(span[0], x - 1), span[1]};
					}
				}
			}
			case "of" -> {
				for (int x : s.children(v)) {
					String rel = s.deprel(x);
					String prep = v + 1 < s.size() ? s.word(v + 1).toLowerCase(Locale.ROOT) : "";
					if (x > v + 1 && (prep.equals("of") || prep.equals("against"))
							&& (rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("nmod"))) {
						int[] span = s.subtree(x);
						return new int[] {v + 2, span[1]};
					}
				}
			}
			case "obj-of" -> {
				return objectAndOf(s, v);
			}
			default -> {
				return null;
			}
		}
		return null;
	}

	/**
	 * The object's span extended over what the parser hung on the verb right after it ("expressing commitment | to
	 * peace talks"), up to a comma or a conjoined clause.
	 */
	private static int[] withTrailingArguments(ParsedSentence s, int v, int[] object) {
		int end = object[1];
		for (int x : s.children(v)) {
			String rel = s.deprel(x);
			int[] span = s.subtree(x);
			if (span[0] == end + 1 && !rel.equals("conj") && !rel.equals("cc") && !rel.equals("punct")
					&& !s.word(span[0]).equals(",")) {
				end = span[1];
			}
		}
		return new int[] {object[0], end};
	}

	/**
	 * "accused the neighbouring governments of blocking the talks": the object and the of-complement, however the
	 * parser attached "of ..." (to the object or to the verb); null when no "of" follows the object.
	 */
	private static int[] objectAndOf(ParsedSentence s, int v) {
		for (int o : s.children(v, "obj")) {
			if (o < v) {
				continue;
			}
			int[] span = s.subtree(o);
			int end = span[1];
			for (int x : s.children(v)) {
				int[] xs = s.subtree(x);
				if (xs[0] == end + 1 && s.word(xs[0]).equalsIgnoreCase("of")) {
					end = xs[1];
				} else if (xs[0] > end && x > o && s.word(end + 1).equalsIgnoreCase("of") && xs[0] == end + 2) {
					end = xs[1];
				}
			}
			boolean of = false;
			for (int i = o + 1; i <= end; i++) {
				of |= s.word(i).equalsIgnoreCase("of") && i + 1 <= end && (s.deprel(i).equals("mark")
						|| s.pos(i + 1).equals("VERB") || i + 2 <= end && s.pos(i + 2).equals("VERB"));
			}
			return of && end > o ? new int[] {span[0], end} : null;
		}
		return null;
	}

	/** "a New Year's Eve announcement that a truce had been reached", "the suggestion that it could host talks". */
	private void claimOfNoun(ParsedSentence s, int n, List<ExtractedClaim> out) {
		int clause = -1;
		for (int c : s.children(n)) {
			if (c > n && (s.deprel(c).startsWith("acl") || s.deprel(c).equals("ccomp"))
					&& (hasThat(s, c, n) || thatOpens(s, c))) {
				clause = c;
				break;
			}
		}
		if (clause < 0) {
			clause = thatAfterPhrase(s, n);
		}
		for (int p : clause < 0 ? s.children(n) : List.<Integer>of()) {
			for (int c : p > n && s.deprel(p).startsWith("nmod") ? s.children(p) : List.<Integer>of()) {
				if (c > p && s.deprel(c).startsWith("acl") && thatOpens(s, c)) {
					clause = c; // "claims by the agency that ...": the parse hangs the content clause on the nearer noun
				}
			}
		}
		if (clause < 0) {
			return;
		}
		int[] span = span(s, s.subtree(clause), s.start(n), out);
		if (span == null || !accepts(span, null, s.word(n), s.start(n), true, out)) {
			return; // decided before the speaker is resolved: resolving may add an actor to the document
		}
		List<DocActor> speaking = new ArrayList<>();
		for (int p : s.children(n)) {
			if (p < n && (s.deprel(p).equals("nmod:poss") || s.word(p).endsWith("'s") || s.word(p).endsWith("’s"))) {
				DocActor a = speakers.resolve(s, p, -1); // "Moscow's assertion that": only a named possessor speaks
				if (a != null) {
					speaking.add(a);
				}
			} else if (p > n && p < clause && s.deprel(p).startsWith("nmod") && hasCase(s, p, "by")) {
				DocActor a = speakers.resolve(s, p, -1); // "reports by the Journal, CNN and Reuters that"
				if (a != null) {
					speaking.add(a);
					for (int c : s.children(p, "conj")) {
						DocActor other = speakers.resolve(s, c, -1);
						if (other != null && !speaking.contains(other)) {
							speaking.add(other);
						}
					}
				}
			}
		}
		for (DocActor a : speaking) {
			add(s, s.subtree(clause), a, s.word(n), s.start(n), true, out);
		}
	}

	/**
	 * "reports by the Journal and CNN that ...": a that-clause right after the noun's phrase, however the parser
	 * attached it; the clause's head, or -1.
	 */
	private static int thatAfterPhrase(ParsedSentence s, int n) {
		int[] phrase = s.subtree(n);
		int that = phrase[1] + 1;
		if (phrase[1] < n || that >= s.size() || !s.word(that).equalsIgnoreCase("that")
				|| !s.deprel(that).equals("mark")) {
			return -1;
		}
		int clause = s.head(that);
		return clause > that && !s.pos(clause).equals("PUNCT") ? clause : -1;
	}

	/**
	 * "reports by CNN that the US is preparing ...": the clause opens with "that" and has a subject of its own, so
	 * "that" is no relative pronoun standing for the noun, however the parser read it.
	 */
	private static boolean thatOpens(ParsedSentence s, int clause) {
		int first = s.subtree(clause)[0];
		if (!s.word(first).equalsIgnoreCase("that")) {
			return false;
		}
		for (int c : s.children(clause, "nsubj")) {
			if (c != first) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasCase(ParsedSentence s, int p, String preposition) {
		for (int c : s.children(p, "case")) {
			if (s.word(c).equalsIgnoreCase(preposition)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasThat(ParsedSentence s, int clause, int noun) {
		return noun + 1 < s.size() && s.word(noun + 1).equalsIgnoreCase("that") && s.head(noun + 1) == clause;
	}

	private void add(ParsedSentence s, int[] range, DocActor speaker, String cue, int cueOffset,
			List<ExtractedClaim> out) {
		add(s, range, speaker, cue, cueOffset, words.cues.contains(cue.toLowerCase(Locale.ROOT)), out);
	}

	/** {@code mayNest}: the claim may stand inside another speaker's claim that holds its cue (nested attribution). */
	private void add(ParsedSentence s, int[] range, DocActor speaker, String cue, int cueOffset, boolean mayNest,
			List<ExtractedClaim> out) {
		int[] span = span(s, range, cueOffset, out);
		if (span != null && accepts(span, speaker.name(), cue, cueOffset, mayNest, out)) {
			out.add(new ExtractedClaim(speaker.name(), body.substring(span[0], span[1]), false, cue,
					TextSpan.of(body, span[0], span[1]), CONFIDENCE));
		}
	}

	/**
	 * The first and last of tokens {@code range} once the words of {@code strip} are cut from either end (lower-cased);
	 * null if fewer than two tokens are left.
	 */
	static int[] trimmed(ParsedSentence s, int[] range, Set<String> strip) {
		int b = range[0];
		int e = range[1];
		while (b <= e && strip.contains(s.word(b).toLowerCase(Locale.ROOT))) {
			b++;
		}
		while (e >= b && strip.contains(s.word(e).toLowerCase(Locale.ROOT))) {
			e--;
		}
		return e - b < 1 ? null : new int[] {b, e};
	}

	/**
	 * The body offsets of the claim of tokens {@code range}: without a leading "that" or surrounding punctuation,
	 * ending with the quotation that holds the cue; null if nothing is left.
	 */
	private int[] span(ParsedSentence s, int[] range, int cueOffset, List<ExtractedClaim> out) {
		int[] tokens = trimmed(s, range, STRIP);
		if (tokens == null) {
			return null;
		}
		int begin = s.start(tokens[0]);
		int end = s.end(tokens[1]);
		for (ExtractedClaim c : out) {
			TextSpan ev = c.evidence();
			if (ev != null && ev.begin() <= cueOffset && cueOffset < ev.end() && end > ev.end()) {
				end = ev.end(); // a claim inside a quotation ends with it
				while (end > begin && ",.;:\"' ".indexOf(body.charAt(end - 1)) >= 0) {
					end--;
				}
			}
		}
		if (end <= begin) {
			return null; // the quotation holding the cue closes before the complement starts
		}
		java.util.regex.Matcher closing = QUOTE_THEN_ATTRIBUTION.matcher(body).region(begin, end);
		if (closing.find()) {
			end = closing.start(); // "... not ready for daily exchanges," the team said: the quotation ends the claim
		}
		return end <= begin ? null : new int[] {begin, end};
	}

	/**
	 * Whether a claim of {@code speaker} (null: a speaker not yet known, other than every claim's) at {@code span}
	 * is new: it overlaps no claim in {@code out}, or only one of another speaker that holds it with its cue (nested
	 * attribution), or one of another speaker with the same text and cue ("Peru and Bolivia vowed to ...").
	 */
	private boolean accepts(int[] span, String speaker, String cue, int cueOffset, boolean mayNest,
			List<ExtractedClaim> out) {
		int begin = span[0];
		int end = span[1];
		for (ExtractedClaim c : out) {
			TextSpan ev = c.evidence();
			if (ev == null || ev.begin() >= end || begin >= ev.end()) {
				continue;
			}
			boolean other = speaker == null || !c.speaker().equals(speaker);
			boolean same = ev.begin() == begin && ev.end() == end;
			boolean nested = mayNest && ev.begin() <= cueOffset && cueOffset < ev.end() && ev.begin() <= begin
					&& end <= ev.end() && other && !same;
			boolean coSpeaker = same && cue.equals(c.cue()) && other;
			if (!nested && !coSpeaker) {
				return false; // the window reader holds this claim
			}
		}
		return true;
	}

	private static String lemma(ParsedSentence s, int i) {
		String l = s.lemma(i);
		return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
	}
}
