package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Partial quotations (switch {@code claims.partial-quotes}): a quoted fragment inside a sentence of the narrator's
 * that no claim covers ("warned of “a widening conflagration”", "ridiculing Seoul for its “delusional” hopes",
 * "condemned the strike as a “flagrant violation of Resolution 1701”", "called on the M23 to “immediately stop ...”")
 * is a direct claim of the speaker the text attributes it to (DECISIONS.md C3: a quoted word or phrase the text
 * attributes to a named or unnamed speaker is a direct claim of that speaker). The speaker is the subject of the
 * nearest verb above the quotation in the parse that has one resolving to an actor ({@link ParsedSpeaker#speakerOf}),
 * walking up through the clauses the quotation stands in (at most {@link #MAX_UP} steps); the text is the quoted
 * words without a trailing comma. When no subject resolves, the quotation becomes an orphan of the document-level
 * speakers ({@link DocumentSpeakers}, when on) at the first verb above it with a subject (switch
 * {@code claims.partial-quote-orphans}), which may give it one. Not taken: a quotation that is the whole sentence
 * (the rule readers' "“...,” he said"), one spanning sentences, one whose words are all capitalised (names:
 * "Operation “Iron Swords”", titles), scare quotes after "so-called" and one that a claim or an orphan's text
 * already overlaps. Deterministic; immutable.
 */
final class PartialQuotes {

	static final String NAME = "claims.partial-quotes";
	/** A partial quotation whose subject resolves to no actor goes to the document-level speakers. */
	static final String ORPHANS = "claims.partial-quote-orphans";
	/** The confidence of a claim of this reader (below the rule readers' 0.6). */
	private static final double CONFIDENCE = 0.5;
	/** How many heads the walk from the quotation to its speaker's verb may climb. */
	private static final int MAX_UP = 4;
	/** Relations a walk does not climb: the quotation is then in a clause of its own the narrator asserts. */
	private static final Set<String> STOP = Set.of("parataxis", "root", "list", "appos", "dep");

	/** "so-called" right before the opening mark: the narrator's scare quotes, nobody's statement. */
	private static final Pattern SO_CALLED = Pattern.compile("\\bso[- ]called\\s*$", Pattern.CASE_INSENSITIVE);
	/** Lower-case words a name or title may hold ("Ministry of Defence", "Day of the Dead"). */
	private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "in", "on", "to", "a");

	private PartialQuotes() {
	}

	/** {@code claims} with a direct claim for each partial quotation no claim overlaps whose speaker resolves. */
	static List<ExtractedClaim> read(String body, List<ParsedSentence> parsed, ParsedSpeaker speakers,
			List<ExtractedClaim> claims, DocumentSpeakers document) {
		if (parsed.isEmpty() || !Mechanisms.on(NAME)) {
			return claims;
		}
		List<ExtractedClaim> out = null;
		for (Quote q : QuoteFinder.find(QuoteFinder.marks(body))) {
			int b = q.contentBegin();
			int e = q.contentEnd();
			while (b < e && Character.isWhitespace(body.charAt(b))) {
				b++;
			}
			while (e > b && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
				e--;
			}
			if (e - b < 3 || allCapitalised(body.substring(b, e)) || SO_CALLED.matcher(body)
					.region(Math.max(0, q.open() - 12), q.open()).find()) {
				continue; // a name, or the narrator's scare quotes ("a so-called “de-confliction zone”")
			}
			int[] span = {b, e};
			if (LearnedClaims.overlaps(span, claims) || out != null && LearnedClaims.overlaps(span, out)
					|| document != null && document.holds(span)) {
				continue;
			}
			ExtractedClaim c = claim(body, parsed, speakers, q, span, document);
			if (c != null) {
				if (out == null) {
					out = new ArrayList<>(claims);
				}
				out.add(c);
			}
		}
		if (out == null) {
			return claims;
		}
		Mechanisms.fired(NAME, out.size() - claims.size());
		return out;
	}

	/** The claim of quotation {@code q} (text {@code span}), or null when it is not a partial one or has no speaker. */
	private static ExtractedClaim claim(String body, List<ParsedSentence> parsed, ParsedSpeaker speakers, Quote q,
			int[] span, DocumentSpeakers document) {
		for (ParsedSentence s : parsed) {
			if (s.size() == 0 || s.start(0) > q.open() || s.end(s.size() - 1) < q.open()) {
				continue;
			}
			if (s.end(s.size() - 1) < q.close()) {
				return null; // the quotation runs past its sentence
			}
			int first = -1;
			int last = -1;
			boolean outside = false;
			for (int i = 0; i < s.size(); i++) {
				if (s.start(i) >= span[0] && s.end(i) <= span[1]) {
					first = first < 0 ? i : first;
					last = i;
				} else if (s.start(i) < q.open() || s.start(i) > q.close()) {
					outside |= !s.pos(i).equals("PUNCT");
				}
			}
			if (first < 0 || !outside) {
				return null;
			}
			int head = s.headOf(span[0], span[1]);
			int[] verb = {-1};
			String name = speaker(s, head < 0 ? first : head, first, last, speakers, verb);
			if (name == null) {
				if (document != null && verb[0] >= 0 && Mechanisms.on(ORPHANS)) { // the document level may find one
					int v = verb[0];
					String lemma = s.lemma(v) == null || s.lemma(v).equals("_") ? s.word(v) : s.lemma(v);
					document.orphan(s.start(v), s.end(v), s.word(v), lemma.toLowerCase(Locale.ROOT), span);
					Mechanisms.fired(ORPHANS, 1);
				}
				return null;
			}
			return new ExtractedClaim(name, body.substring(span[0], span[1]), true, "partial-quote",
					TextSpan.of(body, span[0], span[1]), CONFIDENCE);
		}
		return null;
	}

	/**
	 * The actor's name of the nearest verb above token {@code x} (outside the quotation's tokens first..last) whose
	 * subject resolves, or null; {@code verb[0]} receives the first verb passed that has a subject (-1: none).
	 */
	private static String speaker(ParsedSentence s, int x, int first, int last, ParsedSpeaker speakers, int[] verb) {
		int v = x;
		for (int up = 0; up <= MAX_UP && v >= 0; up++) {
			if ((v < first || v > last) && (s.pos(v).equals("VERB") || s.pos(v).equals("ADJ"))) {
				SpeakerFinder.Found f = speakers.speakerOf(s, v);
				if (f != null) {
					return f.actor().name();
				}
				if (verb[0] < 0 && speakers.subjectToken(s, v) >= 0) {
					verb[0] = v; // the first verb with a subject: an orphan's cue when none resolves
				}
			}
			String rel = s.deprel(v);
			int colon = rel.indexOf(':');
			if (STOP.contains(colon < 0 ? rel : rel.substring(0, colon))) {
				return null;
			}
			v = s.head(v);
		}
		return null;
	}

	/** Whether every word of {@code text} with a letter begins with a capital (a name or a title). */
	private static boolean allCapitalised(String text) {
		for (String w : text.split("[\\s\u2013\u2014-]+")) {
			if (!w.isEmpty() && w.chars().anyMatch(Character::isLetter)) {
				int c = w.codePointAt(0);
				if (Character.isLetter(c) && !Character.isUpperCase(c)
						&& !NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
					return false;
				}
			}
		}
		return true;
	}
}
