package org.sourcebench.extract.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.PersonGender;

/**
 * Finds who speaks at a cue: the subject before it ("Putin said", "Moscow has repeatedly stated", "the source
 * said", "he added", "a senior intelligence source told"), or the name after it ("said Bogdanov"). Pronouns and
 * "the statement" go to the last compatible speaker; unnamed sources become actors of their own so that every
 * claim has a speaker.
 */
final class SpeakerFinder {

	/** A speaker and where its phrase begins. */
	record Found(DocActor actor, int phraseBegin) {
	}

	private static final Set<String> SKIP_BACK = ClaimWords.get().list("skip");
	private static final Set<String> STATEMENT_HEADS = ClaimWords.get().list("statement");
	/** Lowercase role nouns of a subject phrase ("Defense Ministry spokesman Igor Konashenkov"). */
	private static final Set<String> ROLE_WORDS = ClaimWords.get().list("role");
	private static final Set<String> MEDIA_HEADS = ClaimWords.get().list("media-head");
	private static final java.util.regex.Pattern INDEFINITE_BEFORE = java.util.regex.Pattern.compile(
			"\\b(?:a|an|one)\\s+(?:[\\w'-]+\\s+){0,4}$", java.util.regex.Pattern.CASE_INSENSITIVE);
	private static final Set<String> DETERMINERS = ClaimWords.get().determiners;
	private static final Set<String> RELATIVE_WORDS = ClaimWords.get().list("relative");
	/** Lowercase words that end a noun phrase rather than continue it: prepositions, relatives, claim verbs, phrase-end words. */
	private static final Set<String> NOT_NOUNS = notNouns();
	/** Conjunctions that join clauses or phrases and so bound an unnamed source's description. */
	private static final Set<String> CLAUSE_WORDS = Set.of("but", "or", "nor", "yet", "while", "as", "because");
	/** A statement head, up to four words (a participle, a date), then "from" or "by" before its source. */
	private static final String STATEMENT_PHRASE = "\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\w-]+\\s+){0,2}?"
			+ "(" + ClaimWords.get().alternation("statement") + ")\\s+(?:[\\w-]+\\s+){0,4}?(?:from|by)\\s+"
			+ "(?:the\\s+)?";
	private static final java.util.regex.Pattern STATEMENT_FROM = java.util.regex.Pattern.compile(STATEMENT_PHRASE
			+ "$");
	private static final java.util.regex.Pattern STATEMENT_SOURCE = java.util.regex.Pattern.compile(STATEMENT_PHRASE);
	/** First words of a description in apposition to a person ("Name, a senior official of ..., said"). */
	private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the", "one");

	static final String SUBJECT_SHIFT = "claims.subject-shift";

	private final String t;
	private final DocActors actors;
	private final java.util.TreeMap<Integer, DocActor> personTurns = new java.util.TreeMap<>();
	/** Every speaker by the offset of the cue where it spoke. */
	private final java.util.TreeMap<Integer, DocActor> turns = new java.util.TreeMap<>();
	private SpeakerCoref coref;
	private DocActor lastSpeaker;
	private DocActor lastPersonSpeaker;
	private DocActor lastBodySpeaker;
	/** Who issued the statements the text has named so far, by offset ("said in a statement", "a statement from"). */
	private final java.util.TreeMap<Integer, DocActor> statements = new java.util.TreeMap<>();

	private final PersonGender genders;
	/** How many of the last speakers "she" looks back over for a woman. */
	private static final int RECENT_TURNS = 3;
	static final String ADJUNCT_SWITCH = "claims.adjunct-subject";
	/** Words opening a time or statement adjunct between a subject and its cue ("on Monday", "in a statement"). */
	private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "in", "at", "during", "last", "this", "earlier",
			"late", "over", "through", "via");
	/** Words an adjunct between subject and cue cannot hold (a clause or a list of subjects). */
	private static final Set<String> ADJUNCT_STOPS = Set.of("and", "or", "that", "which", "who", "whose", "but",
			"said", "says", "when", "while", "as", "after", "before", "because", "where", "to");
	private static final int MAX_ADJUNCT_WORDS = 6;

	private static Set<String> notNouns() {
		Set<String> s = new HashSet<>(ClaimWords.get().list("preposition"));
		s.addAll(ClaimWords.get().list("relative"));
		s.addAll(ClaimWords.get().list("skip"));
		s.addAll(ClaimWords.get().verbs);
		s.addAll(ClaimWords.get().list("phrase-end"));
		return Set.copyOf(s);
	}

	SpeakerFinder(String matchText, DocActors actors) {
		this.t = matchText;
		this.actors = actors;
		this.genders = new PersonGender(matchText, actors);
	}

	PersonGender genders() {
		return genders;
	}

	/**
	 * The person pronoun {@code pronoun} ("he", "she") at {@code offset} refers to: for "she", a woman among the
	 * last {@value #RECENT_TURNS} persons who spoke (most news speakers are men, so a woman the text names as one is
	 * the likelier antecedent than a person of unknown gender); else the last person who spoke at a cue before it
	 * whose gender agrees, else the last person mentioned before it whose gender agrees; null if none.
	 */
	DocActor personFor(String pronoun, int offset) {
		DocActor remembered = rememberedPerson(pronoun, offset);
		DocActor fresher = fresher(remembered, offset, a -> a.kind() == ActorKind.PERSON && genders.agrees(a, pronoun));
		if (fresher != null) {
			return fresher;
		}
		if (remembered != null) {
			return remembered;
		}
		ActorMention m = actors.lastBefore(offset, a -> a.kind() == ActorKind.PERSON && genders.agrees(a, pronoun));
		return m == null ? null : m.actor();
	}

	private DocActor rememberedPerson(String pronoun, int offset) {
		if (pronoun.equals("she")) {
			int n = 0;
			for (var e = personTurns.lowerEntry(offset); e != null && n < RECENT_TURNS; e = personTurns.lowerEntry(
					e.getKey()), n++) {
				if (genders.of(e.getValue()) == PersonGender.Gender.FEMALE) {
					return e.getValue();
				}
			}
		}
		for (var e = personTurns.lowerEntry(offset); e != null; e = personTurns.lowerEntry(e.getKey())) {
			if (genders.agrees(e.getValue(), pronoun)) {
				return e.getValue();
			}
		}
		return null;
	}

	/**
	 * The organisation, state or other non-person "it" or "they" at {@code offset} refers to: the non-person subject of
	 * the sentence before when the text moved on to it ({@link #shifted}); else the last one that spoke, unless it
	 * spoke before the coreference window and the resolver has another ({@link #fresher}); null if none.
	 */
	DocActor bodyFor(int offset) {
		DocActor shifted = shifted(lastBodySpeaker, offset);
		if (shifted != null) {
			return shifted;
		}
		DocActor fresher = fresher(lastBodySpeaker, offset, a -> a.kind() != ActorKind.PERSON);
		return fresher != null ? fresher : lastBodySpeaker;
	}

	/**
	 * The resolver's antecedent of the pronoun at {@code offset} when the remembered speaker is none or last spoke
	 * before the resolver's window (a speaker memory gone stale) and the antecedent passes {@code agrees}; else null.
	 */
	private DocActor fresher(DocActor remembered, int offset, java.util.function.Predicate<DocActor> agrees) {
		if (coref == null || !Mechanisms.on("coref.speakerMemory")) {
			return null;
		}
		if (remembered != null && lastTurn(remembered, offset) >= coref.windowStart(offset)) {
			return null;
		}
		DocActor a = coref.antecedent(offset);
		if (a == null || a == remembered || !agrees.test(a)) {
			return null;
		}
		Mechanisms.fired("coref.speakerMemory", 1);
		return a;
	}

	/**
	 * The subject of the main clause of the sentence before the pronoun's at {@code offset}
	 * ({@link SpeakerCoref#subjectBefore}) when it is no person, is not {@code remembered}, and nobody spoke at a cue
	 * since that sentence began: the text moved on from the last speaker to a new subject ("Cambodia's ministry said
	 * .... Thailand's ministry also issued a message. “...,” it said." is Thailand's); else null (mechanism
	 * {@code claims.subject-shift}). Not for "he" and "she": a person named as the subject of a narrative sentence
	 * between a speaker's turns is as often the one that speaker talks about.
	 */
	private DocActor shifted(DocActor remembered, int offset) {
		if (coref == null || !Mechanisms.on(SUBJECT_SHIFT)) {
			return null;
		}
		SpeakerCoref.Subject s = coref.subjectBefore(offset);
		if (s == null || s.actor() == remembered || s.actor().kind() == ActorKind.PERSON) {
			return null;
		}
		var turn = turns.lowerEntry(offset);
		if (turn != null && turn.getKey() >= s.sentenceStart()) {
			return null;
		}
		Mechanisms.fired(SUBJECT_SHIFT, 1);
		return s.actor();
	}

	/** Where {@code a} last spoke at a cue before {@code offset}, or -1. */
	private int lastTurn(DocActor a, int offset) {
		for (var e = turns.lowerEntry(offset); e != null; e = turns.lowerEntry(e.getKey())) {
			if (e.getValue() == a) {
				return e.getKey();
			}
		}
		return -1;
	}

	/** Lets pronoun speakers consult the coreference stage (none without a parse). */
	void coref(SpeakerCoref c) {
		this.coref = c;
	}

	/** The unnamed plural speakers ({@link ParsedSpeaker}, "Critics say"): no antecedent of "it" or "the statement". */
	private final Set<DocActor> plurals = new HashSet<>();

	/** Records that {@code a} is an unnamed plural speaker (mechanism {@code claims.plural-speakers}). */
	void plural(DocActor a) {
		plurals.add(a);
	}

	/** Records a speaker at the cue at {@code offset} (cues are visited in text order). */
	void spoke(DocActor a, int offset) {
		turns.put(offset, a);
		if (plurals.contains(a)) {
			return;
		}
		if (a.kind() == ActorKind.PERSON) {
			personTurns.put(offset, a);
		}
		lastSpeaker = a;
		if (a.kind() == ActorKind.PERSON) {
			lastPersonSpeaker = a;
		} else {
			lastBodySpeaker = a;
		}
	}

	DocActor lastSpeaker() {
		return lastSpeaker;
	}

	/** Records that {@code a} spoke "in a statement": a later "the statement notes" is {@code a}'s. */
	void issuedStatement(DocActor a, int offset) {
		statements.put(offset, a);
	}

	/** The other issuers of a joint statement, by the offset its first issuer is recorded at. */
	private final java.util.TreeMap<Integer, List<DocActor>> coIssuers = new java.util.TreeMap<>();

	/**
	 * Records that {@code a} and {@code others} issued a statement at {@code offset} ("In a joint statement, Cairo and
	 * Doha reaffirmed ...", "Hezbollah issued a statement condemning ..."): mechanism {@code claims.statement-issuers}.
	 */
	void issuedStatement(DocActor a, List<DocActor> others, int offset) {
		statements.put(offset, a);
		if (others.isEmpty()) {
			coIssuers.remove(offset);
		} else {
			coIssuers.put(offset, List.copyOf(others));
		}
	}

	/**
	 * The other issuers of the statement "the statement" at {@code offset} refers to, when {@code issuer} is the one
	 * the memory gives it; empty otherwise.
	 */
	List<DocActor> coIssuers(DocActor issuer, int offset) {
		var e = statements.lowerEntry(offset);
		if (e == null || e.getValue() != issuer || !Mechanisms.on("claims.statement-issuers")) {
			return List.of();
		}
		return coIssuers.getOrDefault(e.getKey(), List.of());
	}

	/** The last person who spoke at a cue before {@code offset} ("He also condemned ..., calling them ..."). */
	DocActor lastPersonSpeakerBefore(int offset) {
		var e = personTurns.lowerEntry(offset);
		return e == null ? null : e.getValue();
	}

	/** Where person {@code a} last spoke at a cue before {@code offset}, or -1. */
	int lastTurnOf(DocActor a, int offset) {
		for (var e = personTurns.lowerEntry(offset); e != null; e = personTurns.lowerEntry(e.getKey())) {
			if (e.getValue() == a) {
				return e.getKey();
			}
		}
		return -1;
	}

	/** Where {@code a} (any kind) last spoke at a cue before {@code offset}, or -1 ({@link DocumentSpeakers}). */
	int lastTurnOfAny(DocActor a, int offset) {
		return lastTurn(a, offset);
	}

	/**
	 * How many other speakers spoke at a cue after {@code a} last did before {@code offset} (0: {@code a} is the last
	 * speaker), or -1 when {@code a} spoke at no cue before it ({@link DocumentSpeakers}).
	 */
	int speakerRank(DocActor a, int offset) {
		Set<DocActor> seen = new HashSet<>();
		for (var e = turns.lowerEntry(offset); e != null; e = turns.lowerEntry(e.getKey())) {
			if (e.getValue() == a) {
				return seen.size();
			}
			seen.add(e.getValue());
		}
		return -1;
	}

	DocActor lastPersonSpeaker() {
		return lastPersonSpeaker;
	}

	/** The subject that ends right before the cue at {@code cueBegin} (adverbs and auxiliaries skipped). */
	Found before(int cueBegin) {
		int pos = cueBegin;
		for (int i = 0; i < 4; i++) {
			String w = TextCursor.of(t).previousWord(pos);
			if (!SKIP_BACK.contains(w)) {
				break;
			}
			pos = TextCursor.of(t).previousWordStart(pos);
		}
		int end = TextCursor.of(t).skipSpacesBack(pos);
		if (end == 0) {
			return null;
		}
		if (t.charAt(end - 1) == ')') {
			// "The Syrian Democratic Forces (SDF) warned": the subject ends before the bracketed acronym
			int open = t.lastIndexOf('(', end - 1);
			if (open > 0 && end - open <= 16) {
				end = open;
				end = TextCursor.of(t).skipSpacesBack(end);
				pos = end;
				if (end == 0) {
					return null; // " (KCNA) said …" at the very start: nothing before the acronym
				}
			}
		}
		int aside = asideStart(end);
		if (aside >= 0) {
			end = aside;
			pos = aside;
		}
		ActorMention m = actors.at(end - 1);
		if ((m == null || m.end() != end) && !TextCursor.of(t).nextWord(cueBegin).endsWith("ing")
				&& Mechanisms.on(ADJUNCT_SWITCH)) {
			ActorMention before = subjectBeforeAdjunct(end);
			if (before != null) {
				Mechanisms.fired(ADJUNCT_SWITCH, 1);
				m = before; // "Algeria's Defence Ministry on April 1 said", "The group in a statement claimed"
				end = before.end();
				pos = end;
			}
		}
		if (m != null && m.end() == end) {
			int statement = statementBefore(m.begin());
			if (statement >= 0) {
				statements.put(statement, m.actor()); // "a statement from the Kremlin read": "the statement" is its
				return new Found(m.actor(), statement);
			}
			return new Found(head(m), phraseBegin(m.begin()));
		}
		if (t.charAt(end - 1) == ',' && end > 1) {
			// an appositive name closes the subject: "A senior Kurdish official, Aldar Khalil, said"
			ActorMention app = actors.at(end - 2);
			if (app != null && app.end() == end - 1 && app.begin() > 1 && t.startsWith(", ", app.begin() - 2)) {
				return new Found(app.actor(), app.begin());
			}
		}
		int media = mediaHeadStart(end);
		if (media >= 0) {
			// "SANA news agency reported": the outlet named before its description
			ActorMention outlet = actors.at(media - 2);
			if (outlet != null && outlet.end() == media - 1) {
				return new Found(outlet.actor(), phraseBegin(outlet.begin()));
			}
		}
		String w = TextCursor.of(t).previousWord(pos);
		int ws = TextCursor.of(t).previousWordStart(pos);
		switch (w) {
			case "he", "she" -> {
				DocActor a = personFor(w, ws);
				return a == null ? null : new Found(a, ws);
			}
			case "it" -> {
				DocActor a = bodyFor(ws);
				return a == null ? null : new Found(a, ws);
			}
			default -> { }
		}
		if (STATEMENT_HEADS.contains(w) && isDefinite(ws)) {
			var issued = w.equals("ministry") ? null : statements.lowerEntry(ws);
			DocActor a = issued != null ? issued.getValue()
					: lastBodySpeaker != null ? lastBodySpeaker : lastSpeaker;
			return a == null ? null : new Found(a, TextCursor.of(t).previousWordStart(ws));
		}
		if (ClaimWords.get().isSource(w)) {
			return unnamed(ws, end);
		}
		return possessor(ws);
	}

	/**
	 * Start of a statement phrase naming its source right before {@code sourceBegin} ("a statement from ", "the
	 * communique issued on Monday by the "), or -1.
	 */
	private int statementBefore(int sourceBegin) {
		Matcher m = STATEMENT_FROM.matcher(t).region(Math.max(0, sourceBegin - 90), sourceBegin);
		return m.find() ? m.start() : -1;
	}

	/**
	 * The source of a statement phrase attributing the quotation that closes before {@code offset} ("“...,” a
	 * statement from the Kremlin read"), or null.
	 */
	Found statementAfterQuote(int offset) {
		int b = offset;
		while (b < t.length() && (t.charAt(b) == ',' || t.charAt(b) == ' ')) {
			b++;
		}
		return b > offset ? statementSource(b) : null;
	}

	/**
	 * The source named by a statement phrase at {@code b} ("according to a statement released on Tuesday by the
	 * General Staff"): the actor after "from"/"by", or null.
	 */
	private Found statementSource(int b) {
		Matcher m = STATEMENT_SOURCE.matcher(t).region(b, Math.min(t.length(), b + 90));
		if (!m.lookingAt()) {
			return null;
		}
		ActorMention source = actors.at(m.end());
		if (source == null || source.begin() != m.end()) {
			return null;
		}
		statements.put(b, source.actor());
		return new Found(source.actor(), b);
	}

	/** Start of a trailing "news agency" / "newspaper" / "television" description ending at {@code end}, or -1. */
	private int mediaHeadStart(int end) {
		int b = end;
		int words = 0;
		while (words < 3) {
			String w = TextCursor.of(t).previousWord(b);
			if (!MEDIA_HEADS.contains(w)) {
				break;
			}
			b = TextCursor.of(t).previousWordStart(b);
			words++;
		}
		return words == 0 || b < 2 ? -1 : b;
	}

	/** "the YPG's general command said": the actor before "'s" within three words. */
	private Found possessor(int headBegin) {
		int b = headBegin;
		for (int i = 0; i < 3 && b > 2; i++) {
			if (t.startsWith("'s", b - 3) || t.startsWith("'s ", b - 3)) {
				ActorMention m = actors.at(b - 4);
				if (m != null) {
					return new Found(m.actor(), phraseBegin(m.begin()));
				}
			}
			int s = TextCursor.of(t).previousWordStart(b);
			if (s < 0 || !Character.isLowerCase(t.charAt(s)) && t.charAt(s) != '\'') {
				break;
			}
			b = s;
		}
		return null;
	}

	/**
	 * "Algeria's Defence Ministry on April 1 said", "The Chinese Coast Guard in a website posting said", "Rwandan
	 * forces two weeks ago said": a time or statement adjunct (a phrase opened by a preposition of time or manner, or
	 * ending in "ago"; no comma, quotation, verb or relative word) stands between the subject and its cue; the
	 * subject is the document mention that ends right before it (mechanism {@code claims.adjunct-subject}). Null if
	 * none.
	 */
	private ActorMention subjectBeforeAdjunct(int end) {
		TextCursor c = TextCursor.of(t);
		boolean ago = c.previousWord(end).equals("ago");
		int b = end;
		for (int i = 0; i < MAX_ADJUNCT_WORDS; i++) {
			b = c.previousWordStart(b);
			if (b <= 0) {
				return null; // the sentence start, or punctuation: a comma, quotation or bracket
			}
			String w = c.nextWord(b).toLowerCase(Locale.ROOT);
			if (ADJUNCT_STOPS.contains(w)) {
				return null;
			}
			if (!ADJUNCT_OPENERS.contains(w) && !(ago && i >= 1 && i <= 2)) {
				continue;
			}
			String next = c.nextWord(c.wordEnd(b));
			if ((w.equals("in") || w.equals("at")) && (next.isEmpty() || Character.isUpperCase(next.charAt(0)))) {
				return null; // "the US Embassy in Baghdad", "China's embassy in Manila": a place of the body's name
			}
			int gap = c.skipSpacesBack(b);
			ActorMention m = gap > 0 ? actors.at(gap - 1) : null;
			if (m != null && m.end() == gap) {
				return m;
			}
		}
		return null;
	}

	/**
	 * "Cavusoglu, for his part, said" / "The YPG, which forms ..., said": when the cue follows a comma-delimited
	 * aside, the subject ends before the aside. Returns the offset where the subject ends, or -1.
	 */
	private int asideStart(int end) {
		if (t.charAt(end - 1) != ',') {
			return -1;
		}
		int open = t.lastIndexOf(',', end - 2);
		int sentenceStart = Math.max(t.lastIndexOf(". ", end - 2), t.lastIndexOf('\n', end - 2));
		if (open < 0 || open < sentenceStart || end - open > 160) {
			return -1;
		}
		String inner = t.substring(open + 1, end - 1).trim();
		String first = inner.isEmpty() ? "" : inner.split(" ")[0].toLowerCase();
		boolean aside = ClaimWords.get().list("aside").contains(first)
				|| inner.split(" ").length <= 3 && !inner.contains("\"");
		ActorMention before = actors.at(open - 1);
		if (!aside && before != null && before.actor().kind() == ActorKind.PERSON && DESCRIPTION_OPENERS.contains(first)
				&& !inner.contains("\"")) {
			aside = true; // "Kim Yo-jong, a senior official and sister of Kim Jong-un, warned": the person speaks
		}
		boolean source = before == null && ClaimWords.get().isSource(TextCursor.of(t).previousWord(open))
				&& ClaimWords.get().list("aside").contains(first); // "A resident, who asked not to be named, said"
		return aside && (before != null || source) ? open : -1;
	}

	/** The actor named right after the cue ending at {@code cueEnd} ("said Bogdanov", "said the source"). */
	Found after(int cueEnd) {
		int b = TextCursor.of(t).skipSpaces(cueEnd);
		Found statement = statementSource(b);
		if (statement != null) {
			return statement;
		}
		ActorMention m = actors.at(b);
		if (m == null && t.startsWith("the ", b)) {
			m = actors.at(b + 4);
		}
		if (m != null) {
			return new Found(m.actor(), b);
		}
		Found issuer = statementHeadAfter(b);
		if (issuer != null) {
			return issuer;
		}
		String w = TextCursor.of(t).nextWord(b).toLowerCase(Locale.ROOT);
		if (w.equals("he") || w.equals("she")) {
			DocActor a = personFor(w, b);
			return a == null ? null : new Found(a, b);
		}
		return unnamedAfter(b);
	}

	/**
	 * "according to the statement, ...": the issuer of the last statement the text named before {@code b} (a
	 * statement word after "the", with "joint" allowed between, and a comma or the clause right after); null if none
	 * (mechanism {@code claims.statement-issuers}).
	 */
	private Found statementHeadAfter(int b) {
		if (!Mechanisms.on("claims.statement-issuers") || !t.regionMatches(true, b, "the ", 0, 4)) {
			return null;
		}
		int i = TextCursor.of(t).skipSpaces(b + 4);
		String w = TextCursor.of(t).nextWord(i).toLowerCase(Locale.ROOT);
		if (w.equals("joint")) {
			i = TextCursor.of(t).skipSpaces(i + w.length());
			w = TextCursor.of(t).nextWord(i).toLowerCase(Locale.ROOT);
		}
		if (w.endsWith(",")) {
			w = w.substring(0, w.length() - 1);
		}
		int after = i + w.length();
		if (!STATEMENT_HEADS.contains(w) || w.equals("ministry") || after >= t.length() || t.charAt(after) != ',') {
			return null;
		}
		var issued = statements.lowerEntry(b);
		if (issued == null) {
			return null;
		}
		Mechanisms.fired("claims.statement-issuers", 1);
		return new Found(issued.getValue(), b);
	}

	/** "according to local media" / "said Kurdish officials": an unnamed source of up to four words. */
	private Found unnamedAfter(int b) {
		int i = b;
		String det = TextCursor.of(t).nextWord(i).toLowerCase(Locale.ROOT);
		if (DETERMINERS.contains(det)) {
			i = TextCursor.of(t).skipSpaces(i) + det.length();
		}
		for (int words = 0; words < 4; words++) {
			int ws = TextCursor.of(t).skipSpaces(i);
			String w = TextCursor.of(t).nextWord(ws);
			if (w.endsWith(".")) {
				w = w.substring(0, w.length() - 1); // "according to local media."
			}
			if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
				return null;
			}
			String following = TextCursor.of(t).nextWord(TextCursor.of(t).skipSpaces(ws + w.length())).toLowerCase(Locale.ROOT);
			if (following.endsWith(".")) {
				following = following.substring(0, following.length() - 1);
			}
			if (ClaimWords.get().isSource(w.toLowerCase(Locale.ROOT)) && !ClaimWords.get().isSource(following)) {
				int end = adjectivalSourceEnd(w, ws + w.length());
				DocActor a = UnnamedSources.speaker(t, actors, TextCursor.of(t).skipSpaces(b), end);
				return a == null ? null : new Found(a, b);
			}
			if (actors.at(ws) != null || Character.isUpperCase(w.charAt(0)) && !isAdjectival(w)) {
				return null;
			}
			i = ws + w.length();
		}
		return null;
	}

	/**
	 * Where an unnamed source whose source word {@code w} ends at {@code end} ends: "local" is a source as a noun
	 * ("according to locals") but an adjective before lowercase nouns ("according to a local mayor", "a local security
	 * officer said"), which then end the description (mechanism {@code claims.local-adjective}); else {@code end}.
	 */
	private int adjectivalSourceEnd(String w, int end) {
		if (!w.equalsIgnoreCase("local") || !Mechanisms.on("claims.local-adjective")) {
			return end;
		}
		int e = end;
		for (int words = 0; words < 2; words++) {
			int ws = TextCursor.of(t).skipSpaces(e);
			String next = TextCursor.of(t).nextWord(ws);
			if (next.isEmpty() || !next.chars().allMatch(Character::isLowerCase) || NOT_NOUNS.contains(next)
					|| next.endsWith("ed") || ws == e) {
				break;
			}
			e = ws + next.length();
		}
		if (e > end) {
			Mechanisms.fired("claims.local-adjective", 1);
		}
		return e;
	}

	/** "Kurdish", "Syrian", "Western": capitalised modifiers that an unnamed source may carry. */
	private static boolean isAdjectival(String w) {
		return w.endsWith("ish") || w.endsWith("ian") || w.endsWith("ern") || w.endsWith("i") || w.endsWith("an");
	}

	/** "Surovikin of the Russian ground forces said": the speaker is the head before "of". */
	private DocActor head(ActorMention m) {
		String prev = TextCursor.of(t).previousWord(m.begin());
		int ps = TextCursor.of(t).previousWordStart(m.begin());
		if (prev.equals("the")) {
			prev = TextCursor.of(t).previousWord(ps);
			ps = TextCursor.of(t).previousWordStart(ps);
		}
		if (prev.equals("of") && ps > 1) {
			ActorMention h = actors.at(ps - 2);
			if (h != null) {
				return h.actor();
			}
		}
		return m.actor();
	}

	/** Start of the subject phrase: titles and determiners before the mention are part of it. */
	private int phraseBegin(int mentionBegin) {
		int b = mentionBegin;
		for (int i = 0; i < 6; i++) {
			int s = TextCursor.of(t).previousWordStart(b);
			if (s < 0 || !TextCursor.of(t).onlySpaces(s + TextCursor.of(t).previousWord(b).length(), b)) {
				break;
			}
			String w = TextCursor.of(t).previousWord(b);
			if (Character.isUpperCase(t.charAt(s)) || DETERMINERS.contains(w) || w.equals("of")
					|| ROLE_WORDS.contains(w) || MEDIA_HEADS.contains(w) || w.equals("state") || w.equals("official")
					|| actors.at(s) != null) {
				b = s;
			} else {
				break;
			}
		}
		return b;
	}

	private boolean isDefinite(int headBegin) {
		String d = TextCursor.of(t).previousWord(headBegin);
		return d.equals("the") || d.equals("a") || d.equals("its") || d.equals("this");
	}

	/** "a senior intelligence source" → actor "unnamed senior intelligence source"; "the source" → that actor. */
	private Found unnamed(int headBegin, int end) {
		String head = t.substring(headBegin, end).toLowerCase(Locale.ROOT);
		String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
		boolean oneOfMany = head.equals(singular) && INDEFINITE_BEFORE.matcher(
				t.substring(Math.max(0, headBegin - 60), headBegin)).find(); // "a senior KRG official": a person
		if (!oneOfMany && (ClaimWords.get().members.contains(head) || ClaimWords.get().members.contains(singular))) {
			// "Iran's Foreign Ministry spokesman said", "top United Nations officials have warned": an unnamed
			// member speaks for the body named before
			int before = TextCursor.of(t).skipSpacesBack(headBegin);
			ActorMention body = before > 0 ? actors.at(before - 1) : null;
			if (body != null && body.end() == before && body.actor().kind() != ActorKind.PERSON) {
				DocActor person = TextCursor.of(t).previousWord(body.begin()).equalsIgnoreCase("the")
						? SpeakerNames.modifiedRolePerson(t, actors, head, t.substring(body.begin(), body.end()),
								body.begin())
						: null; // "the junta spokesman said": the person introduced as the junta's spokesman
				return new Found(person != null ? person : body.actor(), phraseBegin(body.begin()));
			}
		}
		int b = headBegin;
		for (int i = 0; i < 4; i++) {
			String w = TextCursor.of(t).previousWord(b);
			int s = TextCursor.of(t).previousWordStart(b);
			if (s < 0 || w.isEmpty() || DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) || SKIP_BACK.contains(w)
					|| !Character.isLetter(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
					|| w.equals("and") || w.equals("that") || actors.at(s) != null
					|| boundsSource(w)) {
				break;
			}
			b = s;
		}
		String det = TextCursor.of(t).previousWord(b).toLowerCase(Locale.ROOT);
		int from = DETERMINERS.contains(det) ? TextCursor.of(t).previousWordStart(b) : b;
		DocActor a = UnnamedSources.speaker(t, actors, from, end);
		if (a == null) {
			return null;
		}
		int pb = phraseBegin(b); // "a senior KRG official told": the claim stops before the whole phrase
		return new Found(a, pb);
	}

	/**
	 * Whether {@code w} bounds an unnamed source's description read backwards (mechanism {@code claims.source-bounds}):
	 * a conjunction or relative word ("on both sides but independent sources said", "which officials have said").
	 */
	private static boolean boundsSource(String w) {
		if (!Mechanisms.on("claims.source-bounds") || !CLAUSE_WORDS.contains(w) && !RELATIVE_WORDS.contains(w)) {
			return false;
		}
		Mechanisms.fired("claims.source-bounds", 1);
		return true;
	}

	static boolean isUnnamedHead(String w) {
		return ClaimWords.get().isSource(w);
	}
}
