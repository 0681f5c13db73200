package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Cue;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Sentence;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Reads attributed statements. Every cue verb outside quotations ("said", "told Reuters that", "according to")
 * with a resolvable speaker opens a claim: after the cue ("X said that ...") up to the next cue of the sentence,
 * or before it when the cue follows its content ("..., X confirmed", "“...,” he said" - then the whole quotation,
 * even across sentences). Participles ("adding that", "while noting") and "but added" continue with the same
 * speaker. A group subject ("both sides said", "the three leaders stressed") speaks for the actors of the list of
 * that many actors just before it, each the same claim. A claim is direct when its content is exactly one
 * quotation. Quoted labels ("branding ... as “continuing aggression”") are direct claims of the sentence subject.
 * Immutable; safe to share.
 */
public final class ClaimExtractor {

	private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
	private static final Set<String> RELATIVES = ClaimWords.get().list("relative");
	private static final Set<String> CONTINUATION = ClaimWords.get().list("continuation");
	private static final Set<String> PREPOSITIONS = ClaimWords.get().list("preposition");
	private static final Set<String> STATEMENTS = ClaimWords.get().statements();
	/** A sentence opening "In a (joint) statement issued by / released by / from ...". */
	private static final Pattern ISSUED_BY = Pattern.compile(
			"\\s*(?:In|in) an? (?:[\\w-]+ )?statement (?:(?:issued|released|published) )?(?:by|from) ");
	/** Cues of an outlet reporting ("reported", "quoted"): they may report another speaker's attributed statement. */
	private static final Set<String> REPORTING = ClaimWords.get().list("reporting");
	/** Participles naming the source of the claim just made ("..., the agency said, citing officials"). */
	private static final Set<String> SOURCE_CUES = ClaimWords.get().list("citing");
	/** A sentence the splitter ended at a title's full stop ("Mr.", "Gen."). */
	private static final Pattern ABBREVIATION_END = Pattern.compile("\\b[A-Z][a-z]{0,3}\\.\\s*$");
	/** Cue forms in -s that are also plural nouns ("reports", "claims"): only these may be read as nouns. */
	private static final Set<String> NOMINAL_FORMS = ClaimWords.get().list("nominal");
	/** A group subject right before a cue: "both sides", "The two countries also", "the three leaders". */
	private static final Pattern GROUP = Pattern.compile("(?:^|[,.;] |\\n|\\b(?:[Bb]ut|[Aa]nd|[Tt]hen) )"
			+ "(?:[Bb]oth|[Tt]he (two|three)|[Aa]ll (three)) (?:" + ClaimWords.get().alternation("group")
			+ ")(?: (?:also|have|had|jointly|both|later|then))* $");
	/** Between two items of a list of actors: ", ", " and ", ", and the ". */
	private static final Pattern LIST_GAP = Pattern.compile("(?:, |,? and )(?:the )?");
	/**
	 * A label verb and its quoted label ("branding the raid as “aggression”"): the stems of claim-words.tsv's label
	 * list (claims.label-verbs; switched off, the six stems of brand, call, describe, dub, label, term).
	 */
	private static final Pattern LABEL = Mechanisms.on("claims.label-verbs")
			? Pattern.compile("\\b(?:" + ClaimWords.get().alternation("label")
					+ ")(?:s|es|e|ed|d|ing|y|ies|ied|ying|med|ming)?\\b(?! on\\b| for\\b)[^\"\\n.;]{0,90}?(?:\\bas )?"
					+ "(?:an? |the )?(\"[^\"\\n]{2,80}\")")
			: Pattern.compile("\\b(?:brand|call|describ|dub|label|term)(?:s|ed|ing|e|es)?\\b(?! on\\b| for\\b)"
					+ "[^\"\\n.;]{0,90}?(?:\\bas )?(?:an? |the )?(\"[^\"\\n]{2,80}\")");
	private static final Pattern SIX_LABEL_STEMS = Pattern.compile("brand|call|describ|dub|label|term");
	/** The phrase after "according to", up to the next comma, full stop, semicolon or line end. */
	private static final Pattern STATEMENT_PHRASE = Pattern.compile("[^,.;\n]*");
	/** A short time or place adjunct between the cue (and its addressee) and "that". */
	private static final Pattern ADJUNCT_THEN_THAT = Pattern.compile(
			"(?:on|in|at|during|last|this|earlier|late|after|before|over)\\b[^,.;:\"\\n]{1,50}? that ");
	/** "said in a statement", "said on Friday in a written statement": later "the statement" is this speaker's. */
	/** A sentence opening "In a (joint) statement, ", "In their statement on Monday, ": the subject issued it. */
	private static final Pattern OPENS_WITH_STATEMENT = Pattern.compile(
			"\\s*(?:In|in) (?:an?|its|their|his|her) (?:[\\w-]+ )?statement(?: on \\w+)?, ");
	private static final Pattern IN_A_STATEMENT = Pattern.compile(
			" (?:\\w+ ){0,3}?in (?:an?|its|his|her|their) (?:\\w+ )?statement\\b");
	/** "according to a report", "according to reports": a report word the phrase may name the author of. */
	private static final Pattern A_REPORT = Pattern.compile("\\s+(?:(?:a|the|some|several|various|news|media|press) )*"
			+ "reports?\\b");
	/** Between two quotations of one speaker: the closing mark's attribution and the sentence end ("," he said. "). */
	private static final Pattern SHORT_ATTRIBUTION = Pattern.compile("[\"]?[^\"\n]{0,50}[.:]\\s*");
	/** Nothing but spaces and punctuation between two quotations. */
	private static final Pattern PUNCTUATION_GAP = Pattern.compile("[\\s.,;:]*");
	private static final double CONFIDENCE_DIRECT = 0.85;
	/** A "Quote:" label opening a quotation at the start of a line. */
	private static final Pattern QUOTE_LABEL = Pattern.compile("(?m)^Quote:\\s*[\"\u201c]");
	private static final int MAX_QUOTED_PARAGRAPHS = 6;
	/** Words of a title between a closing quotation mark and the speaker's name. */
	private static final int MAX_TITLE_WORDS = 6;
	private static final double CONFIDENCE_REPORTED = 0.7;

	/** An "according to" cue whose sentence holds another speaker's cue after it, its speaker and sentence. */
	private record NestedSource(CueHit cue, DocActor speaker, Sentence sentence) {
	}

	/** A stretch of text already attributed, and to whom. */
	private record ClaimedSpan(int begin, int end, DocActor speaker) {
	}

	private final ExtractionData data;

	public ClaimExtractor(ExtractionData data) {
		this.data = data;
	}

	public List<ExtractedClaim> read(AnalyzedText text, DocActors actors) {
		return read(text, actors, List.of());
	}

	/**
	 * Reads the claims of {@code text}; where {@code parsed} (the body's dependency parse, may be empty) has the cue
	 * verb, its subject is the speaker ({@link ParsedSpeaker}).
	 */
	public List<ExtractedClaim> read(AnalyzedText text, DocActors actors, List<ParsedSentence> parsed) {
		return read(text, actors, parsed, null);
	}

	/**
	 * Reads the claims as {@link #read(AnalyzedText, DocActors, List)} does; {@code sink}, when not null, receives the
	 * candidates of the learned claim detector ({@link LearnedClaims}: its trainer's dump).
	 */
	public List<ExtractedClaim> read(AnalyzedText text, DocActors actors, List<ParsedSentence> parsed,
			org.sourcebench.extract.relations.LearnedRoots.Sink sink) {
		String t = QuoteFinder.marks(text.matchText());
		List<Quote> quotes = QuoteFinder.find(QuoteFinder.marks(text.body()));
		SpeakerFinder speakers = new SpeakerFinder(t, actors);
		speakers.coref(new SpeakerCoref(text.body(), parsed, actors));
		ParsedSpeaker parsedSpeakers = new ParsedSpeaker(text.body(), actors, speakers);
		ParsedTokens tokens = new ParsedTokens(parsed);
		SentenceSubject subjects = new SentenceSubject(t, actors, speakers);
		List<CueHit> hits = hits(text, t, quotes, actors, tokens);
		for (Quote q : quotes) {
			speakers.statementAfterQuote(q.close() + 1); // records the statements named after quotations
		}
		issuedStatements(parsed, parsedSpeakers, speakers);
		DocumentSpeakers document = DocumentSpeakers.active()
				? new DocumentSpeakers(text, t, quotes, actors, speakers, parsedSpeakers, tokens) : null;
		Set<Integer> handled = new HashSet<>();
		List<ExtractedClaim> out = new ArrayList<>();
		List<ClaimedSpan> claimed = new ArrayList<>();
		List<NestedSource> nestedSources = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			CueHit h = hits.get(i);
			Sentence s = text.sentenceOf(h.begin);
			for (int j = i; j < hits.size() && hits.get(j).begin < s.end(); j++) {
				if (!hits.get(j).located) {
					locateSpeaker(t, hits.get(j), speakers, parsedSpeakers, tokens, actors);
				}
			}
			if (h.participle && SOURCE_CUES.contains(h.form.toLowerCase(Locale.ROOT))) {
				citedSource(text, t, h, s, speakers, quotes, claimed, out);
				continue;
			}
			DocActor speaker = speakerOf(t, h, hits, i, s, subjects);
			DocActor inSentence = earlierPersonSpeaker(hits, i, s);
			if (inSentence != null && !speakers.genders().agrees(inSentence, pronounBefore(t, h))) {
				inSentence = null; // "Kim told him that ..., she said": not the man
			}
			if (inSentence != null && (isPronounSubject(t, h) || h.speaker != null && !h.inverted
					&& isPersonalPronoun(TextCursor.of(t).nextWord(h.speaker.phraseBegin())))) {
				speaker = inSentence; // "Peskov told reporters that Moscow regretted the step, which he said ..."
				if (h.speaker != null) {
					h.speaker = new SpeakerFinder.Found(inSentence, h.speaker.phraseBegin()); // later cues see it
				}
			}
			if (speaker == null) {
				int before = out.size();
				groupClaims(text, t, h, hits, i, s, quotes, actors, claimed, out);
				if (document != null && out.size() == before) { // no speaker: the document-level resolver's orphan
					document.orphan(h, orphanSpan(text, t, h, hits, i, s, quotes, actors, claimed), s);
				}
				continue;
			}
			speaker = SpeakerNames.sharedSurname(text.body(), actors, speakers, h, speaker);
			int[] span = h.cue.isAccordingTo() ? accordingTo(text, t, h, hits, s, claimed)
					: content(t, h, hits, i, s, quotes, actors);
			if (span == null) {
				if (h.cue.isAccordingTo()) {
					nestedSources.add(new NestedSource(h, speaker, s)); // "According to X, Y said ...": X too
				}
				h.noContent = true;
				continue;
			}
			handled.add(h.begin);
			speakers.spoke(speaker, h.begin);
			List<DocActor> others = new ArrayList<>(conjoined(t, actors, s, h, speaker, parsedSpeakers, tokens));
			if (IN_A_STATEMENT.matcher(t).region(h.end, Math.min(t.length(), h.end + 40)).lookingAt()) {
				speakers.issuedStatement(speaker, h.begin);
			} else if (!h.cue.isAccordingTo() && Mechanisms.on("claims.statement-issuers")
					&& OPENS_WITH_STATEMENT.matcher(t).region(s.begin(), h.begin).lookingAt()) {
				speakers.issuedStatement(speaker, others, h.begin); // "In a joint statement, Cairo and Doha said"
				Mechanisms.fired("claims.statement-issuers", 1);
			}
			for (DocActor co : speakers.coIssuers(speaker, h.begin)) {
				if (co != speaker && !others.contains(co) && statementSpeaker(t, h)) {
					others.add(co); // "the statement added": each issuer of the joint statement
					Mechanisms.fired("claims.statement-issuers", 1);
				}
			}
			DocActor issuer = statementIssuer(t, actors, s, h);
			if (issuer != null && issuer != speaker && !others.contains(issuer)) {
				others.add(issuer); // "In a statement issued by the ministry, the minister stressed ..."
			}
			for (int[] part : ClaimText.propositions(t, span, quotes)) {
				emit(text, quotes, speaker, h.form, part, true, h.outer, claimed, out);
				for (DocActor also : others) {
					emit(text, quotes, also, h.form, part, true, h.outer, claimed, out); // "Peru and Bolivia said"
				}
			}
		}
		nestedSources(text, quotes, hits, nestedSources, claimed, out);
		continuedQuotations(text, t, quotes, speakers, claimed, out);
		labelledQuotations(text, t, actors, claimed, out);
		labels(text, quotes, subjects, parsedSpeakers, tokens, claimed, out);
		new ParsedClaimReader(text.body(), parsedSpeakers).orphansTo(document).read(parsed, handled, out);
		LearnedClaims.read(text.body(), parsed, parsedSpeakers, out, sink);
		List<ExtractedClaim> resolved = NationalOfficials.resolve(text.body(), actors,
				SpokesBodies.resolve(text.body(), actors, SpeakerNames.resolve(text.body(), actors, out)));
		resolved = PartialQuotes.read(text.body(), parsed, parsedSpeakers, resolved, document);
		resolved = LearnedCues.read(text.body(), parsed, parsedSpeakers, resolved, document);
		resolved = LearnedSpeakers.rerank(text, actors, speakers, parsedSpeakers, tokens, resolved);
		resolved = document == null ? resolved : document.resolve(resolved);
		return OutletReports.add(text.body(), actors, resolved);
	}

	/**
	 * The text the rules would attribute at cue {@code h} whose speaker resolves to no actor ({@link DocumentSpeakers}):
	 * after "according to" as {@link #accordingTo} reads it, else as {@link #content} reads it with the clause starting
	 * at the parsed subject ("..., the ministry said": the text before the subject); null when there is none.
	 */
	private int[] orphanSpan(AnalyzedText text, String t, CueHit h, List<CueHit> hits, int i, Sentence s,
			List<Quote> quotes, DocActors actors, List<ClaimedSpan> claimed) {
		if (h.cue.isAccordingTo()) {
			return accordingTo(text, t, h, hits, s, claimed);
		}
		int saved = h.clauseStart;
		boolean inverted = h.inverted; // a speaker after the cue the parse overruled: none is left
		if (h.subjectBegin >= s.begin() && h.subjectBegin < h.begin) {
			h.clauseStart = h.subjectBegin;
		}
		h.inverted = false;
		try {
			return content(t, h, hits, i, s, quotes, actors);
		} finally {
			h.clauseStart = saved;
			h.inverted = inverted;
		}
	}

	/** Verbs whose object statement is issued by their subject ("Hezbollah issued a statement condemning ..."). */
	private static final Set<String> ISSUE_VERBS = Set.of("issue", "release", "publish", "post");

	/**
	 * Records the statements the parse names as issued ("X issued / released a statement", "Fano forces released a
	 * statement on Monday"): the subject's named actor, with its conjuncts, issued it, so that a later "the
	 * statement said" or "according to the statement" is theirs (mechanism {@code claims.statement-issuers}).
	 */
	private static void issuedStatements(List<ParsedSentence> parsed, ParsedSpeaker parsedSpeakers,
			SpeakerFinder speakers) {
		if (!Mechanisms.on("claims.statement-issuers")) {
			return;
		}
		for (ParsedSentence s : parsed) {
			for (int v = 0; v < s.size(); v++) {
				String lemma = s.lemma(v) == null || s.lemma(v).equals("_") ? s.word(v) : s.lemma(v);
				if (!s.pos(v).equals("VERB") || !ISSUE_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
					continue;
				}
				int object = -1;
				for (int o : s.children(v, "obj")) {
					if (o > v && STATEMENTS.contains(s.word(o).toLowerCase(Locale.ROOT))) {
						object = o;
					}
				}
				int subject = -1;
				for (int c : s.children(v, "nsubj")) {
					subject = c < v ? c : subject;
				}
				DocActor issuer = object < 0 || subject < 0 ? null : parsedSpeakers.namedHead(s, subject);
				if (issuer == null) {
					continue;
				}
				List<DocActor> others = new ArrayList<>();
				for (int c : s.children(subject, "conj")) {
					DocActor a = parsedSpeakers.namedHead(s, c);
					if (a != null && a != issuer && !others.contains(a)) {
						others.add(a);
					}
				}
				speakers.issuedStatement(issuer, others, s.start(object));
				Mechanisms.fired("claims.statement-issuers", 1);
			}
		}
	}

	/** Whether the speaker phrase of cue {@code h} is a statement ("the statement said", "according to the statement"). */
	private static boolean statementSpeaker(String t, CueHit h) {
		if (h.speaker == null) {
			return false;
		}
		int b = h.speaker.phraseBegin();
		String first = TextCursor.of(t).nextWord(b).toLowerCase(Locale.ROOT);
		int next = TextCursor.of(t).skipSpaces(b + first.length());
		String second = TextCursor.of(t).nextWord(next).toLowerCase(Locale.ROOT).replace(",", "");
		if (second.equals("joint")) {
			second = TextCursor.of(t).nextWord(TextCursor.of(t).skipSpaces(next + 5)).toLowerCase(Locale.ROOT)
					.replace(",", "");
		}
		return first.equals("the") && STATEMENTS.contains(second);
	}

	/**
	 * "Ukraine and Russia held talks on Thursday. Both sides said there had been no breakthrough": a group subject
	 * of a cue ("both sides", "the two countries", "the three leaders") speaks for the actors of the last
	 * coordination of that many actors before it ("A and B", "A, B and C"), in its sentence or the two before; each
	 * speaks the claim.
	 */
	private void groupClaims(AnalyzedText text, String t, CueHit h, List<CueHit> hits, int i, Sentence s,
			List<Quote> quotes, DocActors actors, List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		if (!Mechanisms.on("claims.group-speakers") || h.cue.isAccordingTo() || h.participle) {
			return;
		}
		Matcher g = GROUP.matcher(t).region(Math.max(s.begin(), h.begin - 60), h.begin);
		if (!g.find()) {
			return;
		}
		int n = "three".equalsIgnoreCase(g.group(1)) || "three".equalsIgnoreCase(g.group(2)) ? 3 : 2;
		int from = s.begin();
		for (int k = 0; k < 2 && from > 0; k++) {
			from = text.sentenceOf(from - 1).begin();
		}
		List<DocActor> group = lastCoordination(t, actors.within(from, g.start()), n);
		if (group.isEmpty()) {
			return;
		}
		int[] span = content(t, h, hits, i, s, quotes, actors);
		if (span == null) {
			return;
		}
		int before = out.size();
		for (int[] part : ClaimText.propositions(t, span, quotes)) {
			for (DocActor a : group) {
				emit(text, quotes, a, h.form, part, true, false, claimed, out);
			}
		}
		Mechanisms.fired("claims.group-speakers", out.size() - before);
	}

	/** The actors of the last list of actors joined by ", " and "and" when it has exactly {@code n}, or none. */
	private static List<DocActor> lastCoordination(String t, List<ActorMention> ms, int n) {
		for (int last = ms.size() - 1; last >= 1; last--) {
			if (!isAndGap(t, ms, last - 1)) {
				continue;
			}
			int first = last - 1;
			while (first > 0 && LIST_GAP.matcher(gap(t, ms, first - 1)).matches() && !isAndGap(t, ms, first - 1)) {
				first--;
			}
			List<DocActor> out = new ArrayList<>();
			for (int k = first; k <= last; k++) {
				if (!out.contains(ms.get(k).actor())) {
					out.add(ms.get(k).actor());
				}
			}
			return out.size() == n ? out : List.of();
		}
		return List.of();
	}

	/**
	 * The speakers conjoined to {@code speaker} at cue {@code h} in the parse: "according to locals and the group",
	 * "Peru and Bolivia have said" (each speaks the claim).
	 */
	private static List<DocActor> conjoined(String t, DocActors actors, Sentence s, CueHit h, DocActor speaker,
			ParsedSpeaker parsedSpeakers, ParsedTokens tokens) {
		ParsedTokens.At at = tokens.at(h.begin);
		if (h.cue.isAccordingTo()) {
			return parsedSpeakers.conjoined(at, speaker);
		}
		if (at != null && at.sentence().pos(at.token()).equals("VERB")) {
			List<DocActor> parsed = parsedSpeakers.conjoinedSubjects(at.sentence(), at.token(), speaker);
			if (!parsed.isEmpty()) {
				return parsed;
			}
		}
		return h.inverted ? List.of() : listedWith(t, actors, speaker, s.begin(), h.begin);
	}

	/**
	 * The body that issued the statement a sentence opens with ("In a statement issued by the Saudi Foreign
	 * Ministry, Bin Farhan emphasized ..."), when the cue follows that opening; null otherwise.
	 */
	private static DocActor statementIssuer(String t, DocActors actors, Sentence s, CueHit h) {
		Matcher m = ISSUED_BY.matcher(t).region(s.begin(), Math.min(h.begin, s.end()));
		if (!m.lookingAt()) {
			return null;
		}
		int comma = t.indexOf(',', m.end());
		if (comma < 0 || comma > h.begin) {
			return null;
		}
		List<ActorMention> named = actors.within(m.end(), comma);
		return named.isEmpty() ? null : named.get(named.size() - 1).actor();
	}

	/**
	 * The actors listed with {@code speaker} before the cue in its sentence ("Peru, Bolivia and Ecuador cut ties
	 * with Chile, alleging ..."): the mentions joined to the speaker's last mention by commas and "and", when the
	 * list does not follow a preposition ("ties with Chile, Peru and ..." is no subject).
	 */
	private static List<DocActor> listedWith(String t, DocActors actors, DocActor speaker, int from, int cue) {
		List<ActorMention> ms = actors.within(from, cue);
		int k = -1;
		for (int i = 0; i < ms.size(); i++) {
			if (ms.get(i).actor() == speaker) {
				k = i;
			}
		}
		if (k < 0) {
			return List.of();
		}
		// the list ends with the item after "and": "Saudi Arabia, Jordan, and Egypt, Putin said" lists no Putin
		int first = k;
		if (k > 0 && isAndGap(t, ms, k - 1)) {
			first = k - 1;
		}
		while (first > 0 && LIST_GAP.matcher(gap(t, ms, first - 1)).matches() && !isAndGap(t, ms, first - 1)) {
			first--;
		}
		int last = k;
		if (first == k || !isAndGap(t, ms, k - 1)) {
			while (last + 1 < ms.size() && LIST_GAP.matcher(gap(t, ms, last)).matches()) {
				last++;
				if (isAndGap(t, ms, last - 1)) {
					break;
				}
			}
		}
		int b = ms.get(first).begin();
		String prev = TextCursor.of(t).previousWord(b);
		if (prev.equals("the")) {
			prev = TextCursor.of(t).previousWord(TextCursor.of(t).previousWordStart(b));
		}
		if (first == last || PREPOSITIONS.contains(prev) || !t.substring(ms.get(first).end(), ms.get(last).begin())
				.contains(" and ")) {
			return List.of();
		}
		List<DocActor> out = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			DocActor a = ms.get(i).actor();
			if (a != speaker && !out.contains(a)) {
				out.add(a);
			}
		}
		return out;
	}

	private static boolean isAndGap(String t, List<ActorMention> ms, int i) {
		String g = gap(t, ms, i);
		return LIST_GAP.matcher(g).matches() && g.contains("and");
	}

	/** The text between mention {@code i} and the next. */
	private static String gap(String t, List<ActorMention> ms, int i) {
		return t.substring(ms.get(i).end(), ms.get(i + 1).begin());
	}

	private List<CueHit> hits(AnalyzedText text, String t, List<Quote> quotes, DocActors actors,
			ParsedTokens parsed) {
		List<CueHit> hits = new ArrayList<>();
		for (PhraseIndex.Match<Cue> m : data.cues().index().findAll(t)) {
			if (insideQuote(quotes, m.begin())) {
				continue;
			}
			int tok = text.tokenAt(m.begin());
			boolean capitalised = Character.isUpperCase(t.charAt(m.begin()));
			ParsedTokens.At at = parsed.at(m.begin());
			if (!m.value().isAccordingTo() && !capitalised && tok >= 0 && mayBeNominal(m.phrase())
					&& isNominal(text, tok, at)) {
				continue;
			}
			if (at != null && m.phrase().endsWith("ed") && at.sentence().deprel(at.token()).equals("amod")
					&& at.sentence().head(at.token()) > at.token()) {
				continue; // "the alleged drone attack": a participle used as an adjective
			}
			if (at != null && !m.value().isAccordingTo() && UnassertedCue.unasserted(at.sentence(), at.token(), true)) {
				continue; // "did not say whether ...", "is accused of ...": the subject states nothing
			}
			if (!hits.isEmpty() && hits.get(hits.size() - 1).end > m.begin() || actors.at(m.begin()) != null) {
				continue;
			}
			if (capitalised && !m.value().isAccordingTo() && inName(t, m.begin())) {
				continue; // "United States", "Arakan State", "Secretary of State": a word of a name, no cue
			}
			hits.add(new CueHit(m.begin(), m.end(), text.body().substring(m.begin(), m.end()), m.value()));
		}
		return hits;
	}

	/**
	 * Whether a capitalised cue form at {@code begin} stands inside a sentence, not at its start or after a quotation
	 * mark or colon: there it is a word of a name ("the United States", "Chin State"), which is no cue.
	 */
	private static boolean inName(String t, int begin) {
		int i = TextCursor.of(t).skipSpacesBack(begin);
		if (i == 0 || ".!?\n\":;(-\u2013\u2014".indexOf(t.charAt(i - 1)) >= 0 || !Mechanisms.on("claims.name-word-cue")) {
			return false;
		}
		Mechanisms.fired("claims.name-word-cue", 1);
		return true;
	}

	/** The parser's tag where it has the word ("The statement notes that"), else the tagger's. */
	private static boolean isNominal(AnalyzedText text, int tok, ParsedTokens.At parsed) {
		return parsed != null ? NOMINAL_TAGS.contains(parsed.sentence().pos(parsed.token()))
				: NOMINAL_TAGS.contains(text.pos(tok));
	}

	/**
	 * Whether a cue form can be read as a noun ("the report", "claims", "a warning"), so that only those cost a
	 * part-of-speech lookup: past forms ("said", "stressed", "told") and third-person "says" cannot.
	 */
	private static boolean mayBeNominal(String form) {
		String f = form.toLowerCase(Locale.ROOT);
		if (f.endsWith("s") && !f.endsWith("ss") && !NOMINAL_FORMS.contains(f)) {
			return false; // "insists", "warns": a third-person verb, however the tagger read it
		}
		return !(f.endsWith("ed") || f.equals("said") || f.equals("told") || f.equals("wrote")
				|| f.equals("according to") || f.contains(" "));
	}

	private static boolean insideQuote(List<Quote> quotes, int offset) {
		for (Quote q : quotes) {
			if (q.contains(offset)) {
				return true;
			}
		}
		return false;
	}

	private void locateSpeaker(String t, CueHit h, SpeakerFinder speakers, ParsedSpeaker parsedSpeakers,
			ParsedTokens tokens, DocActors actors) {
		h.located = true;
		String prev = TextCursor.of(t).previousWord(h.begin);
		boolean afterComma = precededBy(t, h.begin, ',') || commaInClosingQuote(t, h.begin);
		h.participle = participleForm(h) && (afterComma || CONTINUATION.contains(prev) || isClauseStart(t, h.begin)
				|| STATEMENTS.contains(prev)); // "released a statement saying": the subject's statement
		if (h.cue.isAccordingTo()) {
			if (A_REPORT.matcher(t).region(h.end, t.length()).lookingAt() && Mechanisms.on("claims.report-sources")) {
				h.speaker = statementSource(t, h, actors, true); // "according to a report ... of the ministry"
				if (h.speaker != null) {
					return;
				}
			}
			h.speaker = speakers.after(h.end);
			if (h.speaker == null) {
				h.speaker = statementSource(t, h, actors, false);
			}
			return;
		}
		ParsedTokens.At cueToken = tokens.at(h.begin);
		h.clausal = cueToken != null && ParsedSpeaker.takesClause(cueToken.sentence(), cueToken.token());
		if (h.participle && cueToken != null) {
			ParsedComplement.locate(cueToken.sentence(), cueToken.token(), h); // "saying ..., but appeared to"
		}
		if (!h.participle) {
			h.speaker = speakers.before(h.begin);
			if (h.speaker == null && !CONTINUATION.contains(prev) && (afterComma || precededBy(t, h.begin, '"'))) {
				h.speaker = speakers.after(h.end);
				h.inverted = h.speaker != null;
			}
			ParsedTokens.At at = cueToken;
			if (at != null) {
				ParsedComplement.locate(at.sentence(), at.token(), h);
				h.subjectBegin = ParsedSpeaker.subjectBegin(at.sentence(), at.token());
				h.adjunctTail = ParsedComplement.onlyAdjunctsAfter(at.sentence(), at.token(), h.cue.addressee());
			}
			if (at != null && at.sentence().pos(at.token()).equals("VERB")) {
				boolean misread = h.speaker != null
						&& (parsedSpeakers.inPrepositionOfSubject(at.sentence(), at.token(), h.speaker.actor())
								|| h.inverted && ParsedSpeaker.subjectBefore(at.sentence(), at.token()));
				SpeakerFinder.Found parsed = h.speaker == null || misread
						|| parsedSpeakers.namesBetter(at.sentence(), at.token(), h.speaker.actor())
								? parsedSpeakers.speakerOf(at.sentence(), at.token()) : null;
				if (parsed != null) {
					h.speaker = parsed;
					h.inverted = parsed.phraseBegin() > h.begin;
				} else if (misread) {
					h.speaker = null; // a wrong speaker costs more than a missing claim
				}
			}
		}
		if (h.speaker != null && !h.inverted) {
			h.clauseStart = h.speaker.phraseBegin();
			h.titleBegin = titleAfterComma(t, tokens, h.clauseStart);
		} else if (CONTINUATION.contains(prev)) {
			h.clauseStart = TextCursor.of(t).previousWordStart(h.begin);
		}
	}

	/**
	 * "according to a Reuters report", "according to a letter from the embassy", "according to a statement published
	 * on the ministry's website": the document actor first named in a statement phrase after "according to" (up to
	 * the next comma or the sentence end), or null; {@code namedOnly}: not an unnamed source ("a report").
	 */
	private static SpeakerFinder.Found statementSource(String t, CueHit h, DocActors actors, boolean namedOnly) {
		if (!Mechanisms.on("claims.according-statement")) {
			return null;
		}
		Matcher phrase = STATEMENT_PHRASE.matcher(t).region(h.end, Math.min(t.length(), h.end + 120));
		if (!phrase.lookingAt()) {
			return null;
		}
		boolean statement = false;
		for (String w : phrase.group().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			statement |= STATEMENTS.contains(w);
		}
		List<ActorMention> named = statement ? actors.within(h.end, phrase.end()) : List.of();
		if (namedOnly) {
			named = named.stream().filter(m -> m.actor() == null || !DocActor.isUnnamed(m.actor().name()))
					.toList();
		}
		if (named.isEmpty()) {
			return null;
		}
		Mechanisms.fired("claims.according-statement", 1);
		return new SpeakerFinder.Found(named.get(0).actor(), named.get(0).begin());
	}

	private static DocActor earlierPersonSpeaker(List<CueHit> hits, int i, Sentence s) {
		for (int j = i - 1; j >= 0 && hits.get(j).begin >= s.begin(); j--) {
			CueHit o = hits.get(j);
			if (o.speaker != null && o.speaker.actor().kind() == ActorKind.PERSON) {
				return o.speaker.actor();
			}
		}
		return null;
	}

	/** The pronoun subject of cue {@code h} ("he said", "said she"), or "". */
	private static String pronounBefore(String t, CueHit h) {
		String w = h.speaker != null && !h.inverted ? TextCursor.of(t).nextWord(h.speaker.phraseBegin())
				: TextCursor.of(t).previousWord(h.begin);
		w = w.toLowerCase(Locale.ROOT);
		return isPersonalPronoun(w) ? w : "";
	}

	private static boolean isPersonalPronoun(String w) {
		return w.equals("he") || w.equals("she");
	}

	private static boolean isPronounSubject(String t, CueHit h) {
		String prev = TextCursor.of(t).previousWord(h.begin);
		return !h.inverted && (prev.equals("he") || prev.equals("she"));
	}

	/** The speaker: found at the cue, else (continuations) the previous speaker of the sentence or its subject. */
	private DocActor speakerOf(String t, CueHit h, List<CueHit> hits, int i, Sentence s, SentenceSubject subjects) {
		if (h.speaker != null) {
			return h.speaker.actor();
		}
		if (isClauseStart(t, h.begin) && h.participle) {
			for (int j = i + 1; j < hits.size() && hits.get(j).begin < s.end(); j++) {
				if (hits.get(j).speaker != null) {
					return hits.get(j).speaker.actor();
				}
			}
			return null;
		}
		String prev = TextCursor.of(t).previousWord(h.begin);
		if (h.participle) {
			for (int j = 0; j < i; j++) { // the main clause's speaker: "X said that Y claimed ..., stressing"
				if (hits.get(j).begin >= s.begin() && hits.get(j).speaker != null) {
					return hits.get(j).speaker.actor();
				}
			}
		}
		if (h.participle || prev.equals("but") || prev.equals("and")) {
			for (int j = i - 1; j >= 0 && hits.get(j).begin >= s.begin(); j--) {
				if (hits.get(j).speaker != null) {
					return hits.get(j).speaker.actor();
				}
			}
			return subjects.subjectOf(s, h.begin);
		}
		return null;
	}

	private int[] content(String t, CueHit h, List<CueHit> hits, int i, Sentence s, List<Quote> quotes,
			DocActors actors) {
		int phraseBegin = h.inverted ? h.begin : h.clauseStart;
		boolean titled = false;
		if (!h.inverted && h.titleBegin >= 0 && Mechanisms.on(TITLE_BREAK)) {
			phraseBegin = h.titleBegin; // "..., government spokesman Zabihullah Mujahid said at a news conference."
			titled = true;
		}
		int quoteEnd = afterClosingQuote(t, phraseBegin);
		boolean beforeIsBreak = precededBy(t, phraseBegin, ',') || precededBy(t, phraseBegin, '"') || quoteEnd >= 0;
		int after = TextCursor.of(t).skipSpaces(h.end);
		if (h.inverted) {
			after = TextCursor.of(t).skipSpaces(h.speaker.phraseBegin() + 1);
			after = TextCursor.of(t).nextWord(after).isEmpty() ? after : after;
		}
		if (!h.inverted && h.cue.addressee()) {
			after = TextCursor.of(t).skipSpaces(skipAddressee(t, actors, after)); // "“...,” Bali told Rudaw."
		}
		char next = after < t.length() ? t.charAt(after) : '.';
		if (next == ',' && quotationAfterComma(t, after)) {
			next = '"'; // "said, “We remain convinced ...”": the quotation after the comma is what was said
		}
		boolean post = !h.participle && beforeIsBreak && !t.startsWith("that ", after)
				&& (h.inverted || next == ',' || next == '.' || next == '\n' || next == ';'
						|| onlyAdjunctFollows(t, after, s.end()) || h.speaker != null && closesQuotation(t, phraseBegin)
						|| adjunctTail(h));
		int complement = post ? ClaimBounds.complementAfter(t, h, s.begin(), s.end(), phraseBegin) : -1;
		post &= complement < 0;
		if (titled && post) {
			Mechanisms.fired(TITLE_BREAK, 1);
		}
		if (post) {
			int end = quoteEnd >= 0 ? quoteEnd : phraseBegin;
			int begin = s.begin();
			Quote q = quoteEndingAt(t, quotes, end);
			if (q != null && q.open() < begin) {
				begin = q.open();
			}
			if (begin > end) {
				return null; // "..., he | said.": the speaker ends the piece before a cut sentence, none of it precedes
			}
			for (int j = i - 1; j >= 0; j--) {
				CueHit o = hits.get(j);
				if (o.end > begin && o.end <= end && !o.cue.isAccordingTo()) {
					if (o.noContent && Mechanisms.on("claims.emptyEarlierCue")) {
						Mechanisms.fired("claims.emptyEarlierCue", 1);
						continue; // "X informed Y about ..., the ministry said": the earlier cue read no content
					}
					if (h.speaker == null || o.speaker != null && o.speaker.actor() == h.speaker.actor()
							|| !REPORTING.contains(h.cue.lemma())) {
						return null; // content belongs to the earlier cue of the sentence
					}
					h.outer = true; // "Kim said ..., KCNA reported": the outlet reports the whole attributed statement
				}
			}
			begin = ClaimText.skipLeadingAdverbial(t, ClaimText.skipDateline(t, begin, end), end);
			return ClaimText.trim(t, begin, end);
		}
		int begin = h.end;
		if (h.cue.addressee()) {
			begin = skipAddressee(t, actors, TextCursor.of(t).skipSpaces(begin));
		}
		begin = TextCursor.of(t).skipSpaces(begin);
		if (begin > s.end()) {
			return null; // the cue ends a sentence cut without an end mark (an over-long run): nothing follows it
		}
		if (complement > begin) {
			begin = complement; // "Later, X told the media, “...”": the quotation after the cue's adjuncts
		}
		Matcher adjunct = ADJUNCT_THEN_THAT.matcher(t).region(begin, s.end());
		if (adjunct.lookingAt()) {
			begin = adjunct.end() - 5; // "warned Ankara on Thursday that ...", "said in a statement that ..."
		}
		if (h.cue.clauseOnly() && !h.clausal && !t.startsWith("that ", begin) && !t.startsWith("\"", begin)
				&& !t.startsWith(":", begin)) {
			// "announcing Washington's intent for ...": a position noun as the object is the claim
			if (h.positionBegin >= begin && h.positionBegin - begin <= 40) {
				return ClaimText.trim(t, h.positionBegin, h.positionEnd);
			}
			if (!ObjectCue.reportsObject(t, h, begin)) {
				return null;
			}
		}
		if (t.startsWith("that ", begin)) {
			begin += 5;
		}
		if (h.onlyAdjunctsBefore && h.complementBegin > begin && h.complementBegin - begin <= 40
				&& t.substring(begin, h.complementBegin).indexOf('"') < 0) {
			begin = h.complementBegin; // "said on Monday it had ...", "told a regular briefing that ..."
		}
		int end = s.end();
		if (h.contrastBegin > begin && h.contrastBegin < end) {
			end = h.contrastBegin; // "claimed its forces had repelled the attacks, but the claim could not be ..."
		}
		for (int j = i + 1; j < hits.size() && hits.get(j).begin < end; j++) {
			CueHit n = hits.get(j);
			if (n.speaker != null && h.speaker != null && n.speaker.actor() == h.speaker.actor()
					&& isPronounSubject(t, n) && RELATIVES.contains(
							TextCursor.of(t).previousWord(TextCursor.of(t).previousWordStart(n.begin)))) {
				continue; // "... the step, which he said would ...": the same speaker's aside, one claim
			}
			boolean continuation = CONTINUATION.contains(TextCursor.of(t).previousWord(n.begin));
			int stop = n.cue.isAccordingTo() || n.participle || continuation ? commaBefore(t, n.begin)
					: n.speaker != null && !n.inverted ? n.clauseStart
					: n.subjectBegin; // "..., while the rebels insisted that": another clause, unknown speaker
			if (stop > begin) {
				end = Math.min(end, stop);
				break;
			}
		}
		for (Quote q : quotes) {
			if (q.open() >= begin && q.open() < end && q.close() >= end) {
				end = q.close() + 1;
			}
		}
		if (begin > end) {
			return null; // "... said that" ends a sentence cut without an end mark: the content lies past its end
		}
		return ClaimText.withoutGloss(t, ClaimText.trim(t, begin, end), quotes);
	}

	private int skipAddressee(String t, DocActors actors, int b) {
		int i = b;
		String w = TextCursor.of(t).nextWord(i);
		int guard = 0;
		if (w.endsWith(".")) {
			w = w.substring(0, w.length() - 1); // "told reporters."
		}
		ActorMention named = actors.at(TextCursor.of(t).skipSpaces(i));
		if (named != null && named.begin() == TextCursor.of(t).skipSpaces(i)) {
			i = named.end(); // "told Kurdistan 24 on Sunday": the addressee is a named actor
			w = TextCursor.of(t).nextWord(i);
			if (w.endsWith(".")) {
				w = w.substring(0, w.length() - 1);
			}
		}
		while (!w.isEmpty() && !w.equals("that") && guard++ < 5 && (Character.isUpperCase(w.charAt(0))
				|| w.equals("the") || w.equals("reporters") || w.equals("journalists") || w.equals("a")
				|| w.equals("news") || w.equals("agency") || w.equals("newspaper") || w.equals("him")
				|| w.equals("her") || w.equals("them") || w.equals("us"))) {
			i = TextCursor.of(t).skipSpaces(i) + w.length();
			w = TextCursor.of(t).nextWord(i);
			if (w.endsWith(".")) {
				w = w.substring(0, w.length() - 1);
			}
		}
		return i;
	}

	private int[] accordingTo(AnalyzedText text, String t, CueHit h, List<CueHit> hits, Sentence sentence,
			List<ClaimedSpan> claimed) {
		Sentence s = sentence;
		int before = commaBefore(t, h.begin);
		if (before <= s.begin() + 1 && s.begin() > 0 && t.charAt(before) == ',') {
			Sentence prev = text.sentenceOf(s.begin() - 1); // "... 5:30 a.m., according to": cut at "a.m."
			s = new Sentence(prev.index(), prev.begin(), sentence.end(), prev.firstToken(), sentence.endToken(),
					prev.paragraph());
		}
		for (CueHit o : hits) {
			if (o != h && o.begin >= s.begin() && o.begin < s.end() && o.speaker != null && !o.cue.isAccordingTo()) {
				return reportedClaim(t, h, o, hits, s, claimed);
			}
		}
		// "... terror!” According to the minister, ...": the sentence's start is a clause start after any end mark
		if (isClauseStart(t, h.begin) || h.begin == s.begin()) {
			int comma = t.indexOf(',', h.end);
			if (comma > s.end() && ABBREVIATION_END.matcher(t.substring(h.end, s.end())).find()) {
				s = text.sentenceOf(comma); // "According to Mr. Smith's spokesperson, ...": no sentence ends at "Mr."
			}
			return comma < 0 || comma >= s.end() ? null : ClaimText.trim(t, comma + 1, s.end());
		}
		int stop = commaBefore(t, h.begin);
		int end = stop < 0 ? h.begin : stop;
		return ClaimText.trim(t, ClaimText.skipLeadingAdverbial(t, ClaimText.skipDateline(t, s.begin(), end), end),
				end);
	}

	/**
	 * "According to Taiwan News, Hsieh said the agency ...", "she, according to Reuters, said that ...": the source
	 * named after "according to" reports the statement of a later cue of its sentence with a speaker of its own, and
	 * speaks the same text (DECISIONS.md C1: both levels, the innermost content), each claim that cue made after
	 * "according to" in the sentence (mechanism {@code claims.according-nested}).
	 */
	private void nestedSources(AnalyzedText text, List<Quote> quotes, List<CueHit> hits, List<NestedSource> sources,
			List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		if (!Mechanisms.on("claims.according-nested")) {
			return;
		}
		for (NestedSource n : sources) {
			Sentence s = n.sentence();
			CueHit o = hits.stream().filter(x -> x.begin > n.cue().end && x.begin < s.end() && x.speaker != null
					&& !x.cue.isAccordingTo()).findFirst().orElse(null);
			if (o == null || o.speaker.actor() == n.speaker()) {
				continue;
			}
			for (ClaimedSpan c : List.copyOf(claimed)) {
				if (c.speaker() == o.speaker.actor() && c.begin() > n.cue().end && c.end() <= s.end()) {
					emit(text, quotes, n.speaker(), n.cue().form, new int[] {c.begin(), c.end()}, true, true, claimed,
							out);
					Mechanisms.fired("claims.according-nested", 1);
				}
			}
		}
	}

	/**
	 * "Min Aung Hlaing said his administration is ..., according to the newspaper": a trailing "according to" after
	 * another cue of its sentence names who reports that speaker's statement; the source speaks the same text (the
	 * claim made for the earlier cue, ending at the comma before "according to"), each as its own claim (mechanism
	 * {@code claims.according-outer}). Null when the earlier cue made no claim that ends there, or another cue stands
	 * between it and its claim ("..., the source said, while noting that ..., according to the news agency": the
	 * agency's report is the whole).
	 */
	private static int[] reportedClaim(String t, CueHit h, CueHit o, List<CueHit> hits, Sentence s,
			List<ClaimedSpan> claimed) {
		if (!Mechanisms.on("claims.according-outer") || o.begin > h.begin || isClauseStart(t, h.begin)) {
			return null;
		}
		int stop = commaBefore(t, h.begin);
		if (stop < 0) {
			return null;
		}
		int begin = -1;
		int end = -1;
		for (ClaimedSpan c : claimed) {
			if (c.begin() >= s.begin() && c.begin() > o.begin && c.end() <= stop && c.speaker() == o.speaker.actor()
					&& hits.stream().noneMatch(x -> x != o && x.begin > o.begin && x.begin < c.begin())) {
				begin = begin < 0 ? c.begin() : Math.min(begin, c.begin());
				end = Math.max(end, c.end());
			}
		}
		if (begin < 0 || !t.substring(end, stop).trim().replaceAll("[\"\u201d.,]", "").isEmpty()) {
			return null; // the earlier claim does not reach the comma: "according to" attributes something else
		}
		Mechanisms.fired("claims.according-outer", 1);
		return new int[] {begin, end};
	}

	private void emit(AnalyzedText text, List<Quote> quotes, DocActor speaker, String cue, int[] span, boolean mayNest,
			List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		emit(text, quotes, speaker, cue, span, mayNest, false, claimed, out);
	}

	/** {@code outer}: the claim may hold claims of other speakers (an outlet reporting an attributed statement). */
	private void emit(AnalyzedText text, List<Quote> quotes, DocActor speaker, String cue, int[] span, boolean mayNest,
			boolean outer, List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		String t = QuoteFinder.marks(text.matchText());
		if (span[1] - span[0] < 8 || TextCursor.of(t).nextWord(span[0]).isEmpty() && t.charAt(span[0]) != '"') {
			return;
		}
		if (t.charAt(span[0]) == '"' && TextCursor.of(t).previousWord(span[0]).equals("so-called")) {
			return; // scare quotes ("a so-called “de-confliction zone”") are nobody's statement
		}
		for (ClaimedSpan c : claimed) {
			boolean nested = mayNest && c.begin() < span[0] && span[1] <= c.end() && c.speaker() != speaker
					|| c.begin() == span[0] && c.end() == span[1] && c.speaker() != speaker // two speakers, one text
					|| outer && span[0] <= c.begin() && c.end() <= span[1] && c.speaker() != speaker;
			if (span[0] < c.end() && c.begin() < span[1] && !nested) {
				return; // overlaps a claim already made; only another speaker's statement inside it is kept
			}
		}
		claimed.add(new ClaimedSpan(span[0], span[1], speaker));
		Quote q = ClaimText.wholeQuote(quotes, span[0], span[1]);
		boolean direct = q != null && t.charAt(span[0]) == '"';
		int[] content = direct ? ClaimText.quoteContent(t, q) : span;
		if (content[1] <= content[0]) {
			return;
		}
		TextSpan ev = TextSpan.of(text.body(), content[0], content[1]);
		out.add(new ExtractedClaim(speaker.name(), ev.text(), direct, cue, ev,
				direct ? CONFIDENCE_DIRECT : CONFIDENCE_REPORTED));
	}

	/**
	 * "“We all know who lives there,” he said. “That means this was a deliberate attack.”": a quotation of
	 * sentences with no attribution of its own, right after a quotation and its short attribution (or opening the
	 * next paragraph), continues that speaker's direct speech; so does one opening the sentence right after the
	 * sentence that ends the previous claim, however long its attribution ({@link #attributionSentence}). A
	 * quotation followed by a statement phrase naming its source ("“...,” a statement from the ministry read") is
	 * that source's.
	 */
	private void continuedQuotations(AnalyzedText text, String t, List<Quote> quotes, SpeakerFinder speakers,
			List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		for (Quote q : quotes) {
			ClaimedSpan previous = null;
			boolean taken = false;
			for (ClaimedSpan c : claimed) {
				taken |= c.begin() <= q.close() && q.open() <= c.end();
				if (c.end() <= q.open() && (previous == null || c.end() > previous.end())) {
					previous = c;
				}
			}
			SpeakerFinder.Found statement = taken ? null : speakers.statementAfterQuote(q.close() + 1);
			if (statement != null) {
				// "“...,” a statement from the Kremlin read": the statement's source, whoever spoke before
				emit(text, quotes, statement.actor(), "statement", new int[] {q.open(), q.close() + 1}, false, claimed,
						out);
				continue;
			}
			boolean opensParagraph = q.open() > 0 && t.charAt(q.open() - 1) == '\n';
			if (taken || previous == null
					|| !Character.isUpperCase(t.charAt(Math.min(q.contentBegin(), t.length() - 1)))
					|| ClaimText.wordCount(t, q.contentBegin(), q.contentEnd()) < 4) {
				continue;
			}
			boolean shortAttribution = (t.charAt(previous.begin()) == '"' || opensParagraph)
					&& q.open() - previous.end() <= 60
					&& SHORT_ATTRIBUTION.matcher(t.substring(previous.end(), q.open())).matches();
			boolean sentenceAttribution = !shortAttribution && attributionSentence(text, t, previous, q);
			if (!shortAttribution && !sentenceAttribution) {
				continue;
			}
			int before = out.size();
			emit(text, quotes, previous.speaker(), "continued quotation", new int[] {q.open(), q.close() + 1}, false,
					claimed, out);
			if (sentenceAttribution) {
				Mechanisms.fired("claims.continued-after-sentence", out.size() - before);
			}
		}
	}

	/**
	 * "“...,” said Jane Doe, a teacher who lost her job last year. “Many people are suffering.”", "He said the
	 * talks had failed. “We have no partner.”": the quotation opens the sentence right after the one that ends the
	 * previous claim (its attribution or the claim itself), in its paragraph or the next, or right after the
	 * previous quotation ("“...” “...”"); other quotations between are claimed already (the previous claim would
	 * be theirs).
	 */
	private static boolean attributionSentence(AnalyzedText text, String t, ClaimedSpan previous, Quote q) {
		if (!Mechanisms.on("claims.continued-after-sentence") || q.open() <= previous.end()) {
			return false;
		}
		String gap = t.substring(previous.end(), q.open());
		if (gap.length() > 200 || gap.strip().indexOf('\n') >= 0) {
			return false;
		}
		if (t.charAt(previous.begin()) == '"' && PUNCTUATION_GAP.matcher(gap).matches()) {
			return true; // "“The talks failed.” “We have no partner.”": one quotation after the other
		}
		int last = q.open() - 1;
		while (last > previous.end() && Character.isWhitespace(t.charAt(last))) {
			last--;
		}
		if (last < previous.end() || ".:".indexOf(t.charAt(last)) < 0) {
			return false;
		}
		return text.sentenceOf(last).begin() <= previous.end() && text.sentenceOf(q.open()).begin() > previous.end();
	}

	/**
	 * "..., the news agency said, citing a senior security source": the cited source speaks the claim made just
	 * before in the sentence too (nested attribution, both entered).
	 */
	private void citedSource(AnalyzedText text, String t, CueHit h, Sentence s, SpeakerFinder speakers,
			List<Quote> quotes, List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		SpeakerFinder.Found source = speakers.after(h.end);
		ClaimedSpan last = claimed.isEmpty() ? null : claimed.get(claimed.size() - 1);
		if (source == null || last == null || last.begin() < s.begin() || last.end() > h.begin
				|| last.speaker() == source.actor()) {
			return;
		}
		emit(text, quotes, source.actor(), h.form, new int[] {last.begin(), last.end()}, true, claimed, out);
	}

	/**
	 * The "Source: ... / Quote: “...”" layout of some outlets: the quotation after a "Quote:" label is the direct
	 * speech of the first actor named on the "Source:" line above it; a quotation left open at the end of its
	 * paragraph continues through the next paragraphs up to its closing mark, one claim per paragraph.
	 */
	private void labelledQuotations(AnalyzedText text, String t, DocActors actors, List<ClaimedSpan> claimed,
			List<ExtractedClaim> out) {
		Matcher m = QUOTE_LABEL.matcher(t);
		while (m.find()) {
			DocActor speaker = sourceLineSpeaker(t, actors, m.start());
			if (speaker == null) {
				continue;
			}
			int b = m.end();
			for (int paragraphs = 0; paragraphs < MAX_QUOTED_PARAGRAPHS && b < t.length(); paragraphs++) {
				int lineEnd = t.indexOf('\n', b);
				lineEnd = lineEnd < 0 ? t.length() : lineEnd;
				int close = closingMark(t, b, lineEnd);
				int e = close >= 0 ? close : lineEnd;
				int[] span = ClaimText.trim(t, b, e);
				if (span != null && span[1] > span[0] && free(claimed, span)) {
					claimed.add(new ClaimedSpan(span[0], span[1], speaker));
					TextSpan ev = TextSpan.of(text.body(), span[0], span[1]);
					out.add(new ExtractedClaim(speaker.name(), ev.text(), true, "Quote:", ev, CONFIDENCE_DIRECT));
				}
				if (close >= 0 || lineEnd >= t.length()) {
					break;
				}
				b = lineEnd + 1;
			}
		}
	}

	/** The first actor named on a "Source:" line within the two lines before {@code labelBegin}, or null. */
	private static DocActor sourceLineSpeaker(String t, DocActors actors, int labelBegin) {
		int lineBegin = labelBegin;
		for (int lines = 0; lines < 2 && lineBegin > 0; lines++) {
			int end = lineBegin - 1;
			lineBegin = t.lastIndexOf('\n', end - 1) + 1;
			if (t.startsWith("Source:", lineBegin)) {
				List<ActorMention> named = actors.within(lineBegin, end);
				return named.isEmpty() ? null : named.get(0).actor();
			}
		}
		return null;
	}

	/** The first closing quotation mark in {@code [from, to)}: a curly one, or a straight one ending the line. */
	private static int closingMark(String t, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (c == '\u201d' || c == '"' && (i + 1 == to || t.substring(i + 1, to).isBlank())) {
				return i;
			}
		}
		return -1;
	}

	private static boolean free(List<ClaimedSpan> claimed, int[] span) {
		for (ClaimedSpan c : claimed) {
			if (span[0] < c.end() && c.begin() < span[1]) {
				return false;
			}
		}
		return true;
	}

	private void labels(AnalyzedText text, List<Quote> quotes, SentenceSubject subjects, ParsedSpeaker parsedSpeakers,
			ParsedTokens tokens, List<ClaimedSpan> claimed, List<ExtractedClaim> out) {
		String t = QuoteFinder.marks(text.matchText());
		Matcher m = LABEL.matcher(t);
		while (m.find()) {
			Sentence s = text.sentenceOf(m.start());
			DocActor subject = labelSubject(parsedSpeakers, tokens.at(m.start()));
			if (subject == null) {
				subject = subjects.subjectOf(s, m.start());
			}
			if (subject == null) {
				continue;
			}
			int[] span = {m.start(1), m.end(1)};
			int before = out.size();
			emit(text, quotes, subject, "label", span, false, claimed, out);
			if (out.size() == before && insideClaim(claimed, m.start(), span) && sharesSubject(t, m.start())
					&& Mechanisms.on("claims.nested-labels")) {
				claimed.add(new ClaimedSpan(span[0], span[1], subject));
				emitLabel(text, quotes, subject, span, out);
				Mechanisms.fired("claims.nested-labels", out.size() - before);
			}
			if (!SIX_LABEL_STEMS.matcher(m.group()).lookingAt()) {
				Mechanisms.fired("claims.label-verbs", out.size() - before);
			}
		}
	}

	/**
	 * Whether the label verb at {@code verb} and its quotation {@code label} lie inside one claim already made and no
	 * claim of its own covers the quotation: "Ruto said the mission was improving security, calling the fight “the
	 * battle that we can win”", "Mali's government said ..., denouncing a “flagrant violation” ...". GUIDELINES.md
	 * counts a quoted label as a claim of the labeller even inside a reported clause (mechanism
	 * {@code claims.nested-labels}); the enclosing claim keeps its text.
	 */
	private static boolean insideClaim(List<ClaimedSpan> claimed, int verb, int[] label) {
		boolean inside = false;
		for (ClaimedSpan c : claimed) {
			if (c.begin() == label[0] && c.end() == label[1]) {
				return false;
			}
			inside |= c.begin() < verb && label[1] <= c.end() + 1;
		}
		return inside;
	}

	/**
	 * Whether the label verb continues the enclosing claim's speaker: a participle after a comma ("..., calling the
	 * fight “...”") or a verb after "and" ("..., and condemned the actions as “...”"); not "what it called “...”"
	 * or a noun ("Pashinyan's call for a “...”"), whose labeller the enclosing claim does not give.
	 */
	private static boolean sharesSubject(String t, int verb) {
		String form = TextCursor.of(t).nextWord(verb).toLowerCase(Locale.ROOT);
		String prev = TextCursor.of(t).previousWord(verb).toLowerCase(Locale.ROOT);
		return form.endsWith("ing") && precededBy(t, verb, ',') || prev.equals("and") && form.endsWith("ed");
	}

	/** Emits a quoted label as a direct claim of {@code speaker}: the quoted words without their marks. */
	private static void emitLabel(AnalyzedText text, List<Quote> quotes, DocActor speaker, int[] span,
			List<ExtractedClaim> out) {
		Quote q = ClaimText.wholeQuote(quotes, span[0], span[1]);
		if (q == null) {
			return;
		}
		int[] content = ClaimText.quoteContent(QuoteFinder.marks(text.matchText()), q);
		if (content[1] <= content[0]) {
			return;
		}
		TextSpan ev = TextSpan.of(text.body(), content[0], content[1]);
		out.add(new ExtractedClaim(speaker.name(), ev.text(), true, "label", ev, CONFIDENCE_DIRECT));
	}

	/**
	 * The named actor the parse gives as the subject of a label verb ("Secretary of State Mike Pompeo described him
	 * as ...", "a deployment Hegseth called a ...", "Aoun said ..., calling the strike ..."): the verb's own subject,
	 * or the subject a participle shares with its verb, when a mention of the document heads it (mechanism
	 * {@code claims.label-subject}); null otherwise (the sentence's first actor is taken then).
	 */
	private static DocActor labelSubject(ParsedSpeaker parsedSpeakers, ParsedTokens.At at) {
		if (at == null || !Mechanisms.on("claims.label-subject") || !at.sentence().pos(at.token()).equals("VERB")) {
			return null;
		}
		int subject = parsedSpeakers.subjectToken(at.sentence(), at.token());
		DocActor a = subject < 0 ? null : parsedSpeakers.namedHead(at.sentence(), subject);
		if (a != null) {
			Mechanisms.fired("claims.label-subject", 1);
		}
		return a;
	}

	private static Quote quoteEndingAt(String t, List<Quote> quotes, int offset) {
		int i = offset;
		while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == ',')) {
			i--;
		}
		for (Quote q : quotes) {
			if (q.close() == i - 1) {
				return q;
			}
		}
		return null;
	}

	/**
	 * "“...,” militia commander Ahmad Hamo told", "“...,” European Union foreign policy chief Kaja Kallas said": a
	 * title of a few words between the quotation and the name. Returns the offset just after the closing mark, or
	 * -1.
	 */
	private static int afterClosingQuote(String t, int offset) {
		int i = offset;
		for (int words = 0; words < MAX_TITLE_WORDS; words++) {
			i = TextCursor.of(t).skipSpacesBack(i);
			if (i >= 2 && t.charAt(i - 1) == '"' && t.charAt(i - 2) == ',') {
				return words > 0 ? i : -1;
			}
			int s = TextCursor.of(t).previousWordStart(i);
			if (s < 0 || !isTitleWord(TextCursor.of(t).previousWord(i))) {
				return -1;
			}
			i = s;
		}
		return -1;
	}

	/** A word of a title before a name: letters, with inner hyphens or full stops ("U.S.", "vice-president"). */
	private static boolean isTitleWord(String w) {
		if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (!Character.isLetter(c) && c != '-' && c != '.') {
				return false;
			}
		}
		return true;
	}

	/** "“...,” Putin said after three hours of talks": a quotation closing right before the speaker is the content. */
	private static boolean closesQuotation(String t, int phraseBegin) {
		int i = TextCursor.of(t).skipSpacesBack(phraseBegin);
		return i >= 2 && t.charAt(i - 1) == '"' && ",.?!".indexOf(t.charAt(i - 2)) >= 0;
	}

	/**
	 * Whether a cue's form is a present participle: "noting", and with mechanism {@code claims.phrase-participle} also
	 * a phrase whose first word is one ("pointing out that ...": the cue index matches the whole phrase), not
	 * "according to".
	 */
	private static boolean participleForm(CueHit h) {
		String form = h.form;
		if (form.endsWith("ing")) {
			return true;
		}
		int space = form.indexOf(' ');
		if (space > 0 && !h.cue.isAccordingTo() && form.substring(0, space).endsWith("ing")
				&& Mechanisms.on("claims.phrase-participle")) {
			Mechanisms.fired("claims.phrase-participle", 1);
			return true;
		}
		return false;
	}

	/**
	 * Whether a comma closes the quotation that ends right before {@code offset} ("... wall of shame,” noting that
	 * ...": the comma of the sentence stands inside the closing mark), so that a participle cue after it continues
	 * the speaker as one after a plain comma does (mechanism {@code claims.participle-after-quote}).
	 */
	private static boolean commaInClosingQuote(String t, int offset) {
		int i = TextCursor.of(t).skipSpacesBack(offset);
		if (i < 2 || t.charAt(i - 1) != '"' && t.charAt(i - 1) != '\u201d' || t.charAt(i - 2) != ','
				|| !Mechanisms.on("claims.participle-after-quote")) {
			return false;
		}
		Mechanisms.fired("claims.participle-after-quote", 1);
		return true;
	}

	private static boolean precededBy(String t, int offset, char c) {
		int i = TextCursor.of(t).skipSpacesBack(offset);
		return i > 0 && t.charAt(i - 1) == c;
	}

	private static boolean isClauseStart(String t, int offset) {
		int i = TextCursor.of(t).skipSpacesBack(offset);
		return i == 0 || t.charAt(i - 1) == '\n' || t.charAt(i - 1) == '.';
	}

	private static int commaBefore(String t, int offset) {
		int i = offset;
		String prev = TextCursor.of(t).previousWord(i);
		if (CONTINUATION.contains(prev)) {
			i = TextCursor.of(t).previousWordStart(i);
		}
		i = TextCursor.of(t).skipSpacesBack(i);
		return i > 0 && t.charAt(i - 1) == ',' ? i - 1 : i;
	}

	/**
	 * "..., Lai said yesterday.", "..., the minister said this evening, adding ...": the parse has only adjuncts of
	 * the cue verb after it (up to a comma or the sentence end), so what was said stands before the cue.
	 */
	private static boolean adjunctTail(CueHit h) {
		if (!h.adjunctTail || !Mechanisms.on("claims.adjunct-tail")) {
			return false;
		}
		Mechanisms.fired("claims.adjunct-tail", 1);
		return true;
	}

	/** "X said, “...”": a quotation opens right after the comma following the cue. */
	private static boolean quotationAfterComma(String t, int comma) {
		int q = TextCursor.of(t).skipSpaces(comma + 1);
		if (q >= t.length() || t.charAt(q) != '"' || !Mechanisms.on("claims.comma-quote")) {
			return false;
		}
		Mechanisms.fired("claims.comma-quote", 1);
		return true;
	}

	/** "... said in a statement." / "... said on Monday.": only a short prepositional adjunct ends the sentence. */
	private static boolean onlyAdjunctFollows(String t, int from, int sentenceEnd) {
		int comma = t.indexOf(',', from);
		int end = comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd; // "..., a source said on Saturday, while"
		String rest = t.substring(Math.min(from, end), end).trim();
		return rest.matches("(?:in|on|at|during|via|through|late|earlier|later)\\b[^\",;:]{0,50}\\.?")
				&& !rest.matches(".*\\bthat\\b.*") || timeTail(rest) || longTail(rest);
	}

	static final String LONG_TAIL_SWITCH = "claims.long-tail";
	/** A prepositional adjunct of any length after a cue ("on Friday during a visit by ...", "after being summoned to
	 * ...", "on condition of anonymity because ..."): no "that", quotation or colon in it. */
	private static final Pattern LONG_TAIL = Pattern.compile(
			"(?:in|on|at|during|after|before|following|without|via|through|late|earlier|later)\\b[^\",;:]{0,160}");
	private static final Pattern THAT = Pattern.compile("\\bthat\\b");

	/**
	 * "Kenya will send 600 more police officers to Haiti ..., President William Ruto said on Friday during a visit by
	 * the Haitian prime minister intended to speed up deployments.": a prepositional adjunct longer than the 50
	 * characters {@link #onlyAdjunctFollows} allows, with no "that" in it, up to a comma or the sentence end: what was
	 * said stands before the cue (mechanism {@code claims.long-tail}; the parse's clausal complement, checked after,
	 * still keeps "said on Monday the ship had ..." after the cue).
	 */
	private static boolean longTail(String rest) {
		if (!Mechanisms.on(LONG_TAIL_SWITCH) || !LONG_TAIL.matcher(rest).matches() || THAT.matcher(rest).find()) {
			return false;
		}
		Mechanisms.fired(LONG_TAIL_SWITCH, 1);
		return true;
	}

	static final String TITLE_BREAK = "claims.title-break";
	/** Parts of speech of a title before a name ("government spokesman", "the head of the ruling party"). */
	private static final Set<String> TITLE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART");
	private static final Set<String> TITLE_LINKS = Set.of("of", "for", "and");
	private static final int MAX_TITLE_TOKENS = 8;

	/**
	 * Where the title words before a speaker's phrase begin when a comma stands right before them: "..., government
	 * spokesman Zabihullah Mujahid said", "..., interim police chief Leon Charles said", "..., the head of the ruling
	 * party Irakli Kobakhidze said"; the speaker finder's phrase starts at the name or the last title word, so the
	 * comma test of {@link #content} did not see that the cue follows its clause (mechanism
	 * {@code claims.title-break}). Only nouns, adjectives, determiners, numbers, "of", "for" and "and" (by the
	 * parse), at most eight tokens; -1 when the phrase already follows a comma or anything else stands there.
	 */
	private static int titleAfterComma(String t, ParsedTokens tokens, int phraseBegin) {
		if (precededBy(t, phraseBegin, ',')) {
			return -1;
		}
		ParsedTokens.At at = tokens.at(phraseBegin);
		if (at == null) {
			return -1;
		}
		ParsedSentence s = at.sentence();
		for (int i = at.token() - 1, n = 0; i >= 0 && n <= MAX_TITLE_TOKENS; i--, n++) {
			String w = s.word(i);
			if (w.equals(",")) {
				// "..., he said, Indonesian media Jubi TV reported": a frame after another cue is the outlet's
				// (OutletReports), not a title before this cue's speaker
				boolean afterCue = i > 0 && ClaimWords.get().cues.contains(s.word(i - 1).toLowerCase(Locale.ROOT));
				return n > 0 && !afterCue ? s.start(i + 1) : -1;
			}
			if (!TITLE_TAGS.contains(s.pos(i)) && !TITLE_LINKS.contains(w.toLowerCase(Locale.ROOT))) {
				return -1;
			}
		}
		return -1;
	}

	static final String TIME_TAIL_SWITCH = "claims.time-tail";
	/** A bare time after a cue: "Friday", "Monday night", "last week", "earlier this month", "yesterday". */
	private static final Pattern TIME_TAIL = Pattern.compile("(?:(?:late|early|earlier|later)\\s+)?"
			+ "(?:(?:last|this|next)\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
			+ "(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|week|weekend|month|year)\\.?");

	/**
	 * "Mali recalled its ambassador ..., officials said Friday, deepening ...", "..., a separatist commander said
	 * Sunday.": only a bare time (no preposition) follows the cue up to a comma or the sentence end, so what was said
	 * stands before the cue (mechanism {@code claims.time-tail}; the trailing attribution of most unnamed speakers,
	 * which the wire style writes without "on").
	 */
	private static boolean timeTail(String rest) {
		if (!Mechanisms.on(TIME_TAIL_SWITCH) || !TIME_TAIL.matcher(rest).matches()) {
			return false;
		}
		Mechanisms.fired(TIME_TAIL_SWITCH, 1);
		return true;
	}

}
