package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.ActorWords;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Who speaks at a speech verb, from the dependency parse: the verb's subject (or passive agent; failing those the
 * noun phrase between the last comma or quotation mark and the verb, "..., the ministry said", or right after it,
 * "said the ministry"), resolved to a document actor. Pronouns go to the last compatible speaker (he/she a person,
 * it/they a body); a relative pronoun to its antecedent; "officials"/"spokesman" with a named actor in their phrase
 * to that actor ("United Nations officials", "Kremlin spokesman"); an outlet to its owner ("the Kremlin's
 * website"); an institution under a common noun ("the health ministry", "the guerrilla group") to the actor it
 * names, else a new actor named by the phrase; a proper name no actor covers to a new actor of that name; unnamed
 * sources ("officials", "two Egyptian security sources", "sources from Egypt") to one actor per description (head
 * and country), so that every claim has a speaker. Local to one document.
 */
final class ParsedSpeaker {

	private static final Set<String> NAME_RELS = Set.of("flat", "compound", "nmod:desc", "amod", "nmod:poss", "nmod");
	private static final java.util.regex.Pattern GLUED_SENTENCES = java.util.regex.Pattern.compile("[a-z]\\.[A-Z]");
	private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("ADV", "AUX", "PART");
	/** Tokens of an apposition between a name and its verb ("Name, a battalion commander within ... (PDF), said"). */
	private static final int MAX_APPOSITION = 25;
	/** Lowercase words of a title between a body and its officer's name ("spokesperson", "general", "deputy"). */
	private static final Set<String> TITLES = titles();
	private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");

	private final String body;
	private final DocActors actors;
	private final SpeakerFinder memory;
	private final ClaimWords words = ClaimWords.get();
	private final DescribedSpeaker described;

	ParsedSpeaker(String body, DocActors actors, SpeakerFinder memory) {
		this.body = body;
		this.actors = actors;
		this.memory = memory;
		this.described = new DescribedSpeaker(body, actors);
	}

	private static Set<String> titles() {
		Set<String> t = new java.util.HashSet<>(ClaimWords.get().list("title"));
		t.addAll(ClaimWords.get().list("role"));
		return Set.copyOf(t);
	}

	/** The speaker of speech verb {@code v} and the offset where its phrase begins, or null. */
	SpeakerFinder.Found speakerOf(ParsedSentence s, int v) {
		int subject = subjectToken(s, v);
		if (subject < 0) {
			return null;
		}
		DocActor a = resolve(s, subject, v);
		if (a == null) {
			return null;
		}
		int[] span = phrase(s, subject);
		int b = span[0];
		while (b > 0 && s.pos(b - 1).equals("DET") && s.head(b - 1) >= b) {
			b--; // the phrase begins at its determiner ("..., the ministry said": the claim ends at the comma)
		}
		return new SpeakerFinder.Found(a, s.start(b));
	}

	/**
	 * Whether speech verb {@code v} has a clausal complement: a ccomp, or a clause right after it whose subject
	 * follows the verb ("suggested Israel appeared ...", however the parser attached that clause).
	 */
	static boolean takesClause(ParsedSentence s, int v) {
		if (!s.children(v, "ccomp").isEmpty()) {
			return true;
		}
		int n = v + 1;
		while (n < s.size() && s.pos(n).equals("ADV")) {
			n++;
		}
		while (n < s.size() && (s.pos(n).equals("DET") || s.pos(n).equals("ADJ") || s.pos(n).equals("NUM")
				|| s.deprel(n).equals("compound")) && s.head(n) > n) {
			n++;
		}
		if (n + 1 < s.size() && SUBJECT_PRONOUNS.contains(s.word(n).toLowerCase(Locale.ROOT))
				&& (s.pos(n + 1).equals("VERB") || s.pos(n + 1).equals("AUX"))) {
			return true; // "alleging it supports ...", however the parser attached the pronoun
		}
		return n < s.size() && s.deprel(n).startsWith("nsubj") && s.head(n) > n;
	}

	/**
	 * "Pablo Beltran, head of the ELN delegation, said": a name opening the clause, then a comma-delimited
	 * apposition ending right before the verb; the parser often makes the apposition the subject. The name's last
	 * word, or -1.
	 */
	private static int appositiveName(ParsedSentence s, int v) {
		if (v < 4 || !s.word(v - 1).equals(",") || s.word(v).toLowerCase(Locale.ROOT).endsWith("ing")) {
			return -1;
		}
		int comma = v - 2;
		while (comma > 0 && !s.word(comma).equals(",")) {
			if (s.pos(comma).equals("VERB") && !s.deprel(comma).equals("amod") || v - comma > MAX_APPOSITION) {
				return -1;
			}
			comma--;
		}
		if (comma <= 0) {
			return -1;
		}
		boolean inner = true;
		for (int i = comma + 1; i < v - 1; i++) {
			inner &= isName(s, i);
		}
		if (inner && comma + 1 < v - 1) {
			return v - 2; // "A spokesman for the SDF, Mustafa Bali, said": the name in apposition speaks
		}
		int b = comma - 1;
		while (b > 0 && (isName(s, b - 1) || s.word(b - 1).equals("of") || s.word(b - 1).equals("for")
				|| s.pos(b - 1).equals("DET"))) {
			b--;
		}
		if (b > 0 && !isBoundary(s, b - 1) && !s.pos(b - 1).equals("ADP") || !isName(s, comma - 1)) {
			return -1;
		}
		for (int i = b; i < comma; i++) {
			if (!isName(s, i) && !s.pos(i).equals("DET") && !s.word(i).equals("of") && !s.word(i).equals("for")) {
				return -1;
			}
		}
		return comma - 1;
	}

	/** A proper noun, or an acronym the tagger took for a common noun ("the RSF"). */
	static boolean isName(ParsedSentence s, int i) {
		String w = s.word(i);
		return s.pos(i).equals("PROPN") || w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
	}

	/**
	 * Whether the parse names the speaker of {@code v} better than {@code found}, an actor the word window took
	 * from inside the subject phrase: the phrase's head is a proper name or an institution that is not a mention
	 * of {@code found} ("South Korea's Joint Chiefs of Staff", "the health ministry in Hamas-run Gaza", "Pablo
	 * Beltran, head of the ELN delegation").
	 */
	boolean namesBetter(ParsedSentence s, int v, DocActor found) {
		int h = subjectToken(s, v);
		if (h < 0 || s.pos(h).equals("PRON")) {
			return false;
		}
		DocActor fits = described.resolve(s, h);
		if (fits != null) {
			return fits != found; // "the ministry said" after another body spoke: the ministry named before
		}
		int before = v - 1;
		while (before > 0 && SKIPPED_BEFORE_VERB.contains(s.pos(before))) {
			before--;
		}
		if (before >= 0 && before != h && (words.sources.contains(lemma(s, before))
				|| words.members.contains(lemma(s, before)))) {
			return false; // "a senior United Nations official said": the noun before the verb heads the subject
		}
		ActorMention atHead = headMention(s, h);
		if (atHead != null && titledPerson(s, v, atHead, found)) {
			return false; // "TPNPB spokesperson Sebby Sambom said": the named person, not the body before the title
		}
		if (atHead != null) {
			return atHead.actor() != found && s.pos(h).equals("PROPN");
		}
		String lemma = lemma(s, h);
		if (!isName(s, h) && !words.bodies.containsKey(lemma) || words.members.contains(lemma)
				|| words.outlets.contains(lemma) || words.sources.contains(lemma)) {
			return false;
		}
		int[] span = phrase(s, h);
		for (ActorMention m : actors.within(s.start(span[0]), s.end(span[1]))) {
			if (m.actor() == found && !s.word(h).equals(body.substring(m.begin(), m.end()))) {
				return !possessor(s, m);
			}
		}
		return false;
	}

	/**
	 * Whether {@code found}, the person the word window took, is named right before speech verb {@code v} after the
	 * body {@code atHead} the parse heads the subject with, with only a title between ("KIO General Secretary La
	 * Nan said", "FO Spokesman Dr Muhammad Faisal said"): the parser hung the name on the body, yet the person speaks
	 * (mechanism {@code claims.titled-person}).
	 */
	private boolean titledPerson(ParsedSentence s, int v, ActorMention atHead, DocActor found) {
		if (found.kind() != ActorKind.PERSON || atHead.actor() == found || atHead.actor().kind() == ActorKind.PERSON
				|| !Mechanisms.on("claims.titled-person")) {
			return false;
		}
		int before = v - 1;
		while (before > 0 && SKIPPED_BEFORE_VERB.contains(s.pos(before))) {
			before--;
		}
		ActorMention last = before >= 0 ? actors.at(s.start(before)) : null;
		if (last == null || last.actor() != found || last.end() != s.end(before) || last.begin() <= atHead.end()) {
			return false;
		}
		for (int i = 0; i < s.size() && s.start(i) < last.begin(); i++) {
			if (s.start(i) >= atHead.end() && !isName(s, i) && !TITLES.contains(lemma(s, i))
					&& !s.pos(i).equals("PROPN")) {
				return false; // more than a title between the body and the name
			}
		}
		Mechanisms.fired("claims.titled-person", 1);
		return true;
	}

	/**
	 * Whether the actor the word window took ({@code found}) is named inside a prepositional modifier of the
	 * subject of {@code v} ("The United Nations envoy for Syria warned": not Syria).
	 */
	boolean inPrepositionOfSubject(ParsedSentence s, int v, DocActor found) {
		int h = subjectToken(s, v);
		if (h < 0) {
			return false;
		}
		for (int c : s.children(h, "nmod")) {
			if (c < h || s.children(c, "case").isEmpty()) {
				continue;
			}
			int[] span = s.subtree(c);
			for (ActorMention m : actors.within(s.start(span[0]), s.end(span[1]))) {
				if (m.actor() == found) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether mention {@code m} is a possessor ("the YPG's general command": the YPG speaks). */
	private boolean possessor(ParsedSentence s, ActorMention m) {
		return m.end() + 2 <= body.length() && (body.startsWith("'s", m.end()) || body.startsWith("’s", m.end()));
	}

	/**
	 * The other speakers conjoined to the one found after "according to" at {@code at} ("according to locals and
	 * the armed group"): each conjunct the parse attaches to the speaker phrase, resolved; empty if none.
	 */
	List<DocActor> conjoined(ParsedTokens.At at, DocActor first) {
		if (at == null) {
			return List.of();
		}
		ParsedSentence s = at.sentence();
		int head = s.head(at.token());
		while (head >= 0 && (s.deprel(at.token()).equals("fixed") || s.pos(head).equals("ADP"))) {
			head = s.head(head);
		}
		if (head < 0 || head < at.token()) {
			return List.of();
		}
		List<DocActor> out = new ArrayList<>();
		for (int c : s.children(head, "conj")) {
			DocActor a = resolve(s, c, -1);
			if (a != null && a != first && !out.contains(a)) {
				out.add(a);
			}
		}
		return out;
	}

	/**
	 * The other speakers conjoined to {@code first}, the subject of speech verb {@code v} ("Peru and Bolivia have
	 * vowed", "the Wall Street Journal, CNN and Reuters reported"): each conjunct of the subject, resolved; empty
	 * when the parse's subject is not {@code first}'s phrase or has no conjuncts.
	 */
	List<DocActor> conjoinedSubjects(ParsedSentence s, int v, DocActor first) {
		int subject = subjectToken(s, v);
		if (subject < 0 || s.pos(subject).equals("PRON") || s.children(subject, "conj").isEmpty()
				|| !isNamedOrSource(s, subject) || resolve(s, subject, v) != first) {
			return List.of();
		}
		List<DocActor> out = new ArrayList<>();
		for (int c : s.children(subject, "conj")) {
			if (c < subject || s.pos(c).equals("VERB") || !isNamedOrSource(s, c)) {
				continue; // only conjuncts the document names or unnamed sources: resolving may add an actor
			}
			DocActor a = resolve(s, c, -1);
			if (a != null && a != first && !out.contains(a)) {
				out.add(a);
			}
		}
		return out;
	}

	/** Whether the phrase headed by {@code h} is an actor's mention or an unnamed source ("officials"). */
	private boolean isNamedOrSource(ParsedSentence s, int h) {
		return headMention(s, h) != null || words.isSource(s.word(h).toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the parse gives {@code v} a subject before it ("A senior U.S. official, speaking on condition of
	 * anonymity, said Washington ...": the name after the verb is no inverted speaker).
	 */
	static boolean subjectBefore(ParsedSentence s, int v) {
		for (int c : s.children(v, "nsubj")) {
			if (c < v) {
				return true;
			}
		}
		return false;
	}

	/** Where the subject before {@code v} begins (its determiner included), or -1. */
	static int subjectBegin(ParsedSentence s, int v) {
		for (int c : s.children(v, "nsubj")) {
			if (c < v) {
				int[] span = s.subtree(c);
				return span[1] < v ? s.start(span[0]) : -1;
			}
		}
		return -1;
	}

	/** The token heading the speaker phrase of {@code v}, or -1. */
	int subjectToken(ParsedSentence s, int v) {
		int named = appositiveName(s, v);
		if (named >= 0) {
			return named;
		}
		int agent = -1;
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			if (rel.equals("nsubj") && !(isDate(s, c) && Mechanisms.on("claims.date-not-speaker"))) {
				return c; // a weekday the parser made the subject ("X on Thursday said") is the time, not who spoke
			}
			if (rel.equals("obl:agent")) {
				agent = c;
			}
		}
		if (agent >= 0) {
			return agent;
		}
		int before = nounRunHead(s, v);
		if (before >= 0) {
			return before;
		}
		int shared = sharedSubject(s, v);
		if (shared >= 0) {
			return shared;
		}
		return invertedSubject(s, v);
	}

	/**
	 * The subject a verb without its own shares with the verb it depends on: a conjoined verb ("Peru said ... and
	 * suggested ..."), a participle after a comma ("Chile cut ties, alleging ..."), or a participle describing the
	 * object of a verb ("the ministry issued a statement saying ..."); -1 if none.
	 */
	private int sharedSubject(ParsedSentence s, int v) {
		String rel = s.deprel(v);
		int head = s.head(v);
		if (head < 0 || head > v) {
			return -1;
		}
		boolean participle = s.word(v).toLowerCase(Locale.ROOT).endsWith("ing") && v > 0;
		boolean claimVerb = words.verbs.contains(lemma(s, head));
		boolean afterStatement = participle && words.statements().contains(lemma(s, v - 1))
				&& s.head(v - 1) == head && s.deprel(v - 1).equals("obj"); // "released a statement saying"
		boolean attached = s.word(v - 1).equals(",") || afterStatement
				|| participle && lemma(s, v).equals("say") && !s.word(v - 1).equalsIgnoreCase("as")
						&& Mechanisms.on("claims.bare-saying") && fired("claims.bare-saying"); // "hit back saying ..."
		if ((rel.equals("conj") && claimVerb || rel.equals("advcl") && attached) && s.pos(head).equals("VERB")) {
			return subjectUp(s, head);
		}
		if (rel.equals("acl") && participle && v == head + 1 && words.statements().contains(lemma(s, head))
				&& s.deprel(head).equals("obj")) {
			int verb = s.head(head);
			for (int c : verb < 0 ? List.<Integer>of() : s.children(verb)) {
				if (s.deprel(c).equals("nsubj") && c < verb) {
					return c;
				}
			}
		}
		return -1;
	}

	/** Counts a firing of mechanism {@code name}; true, so that it can stand in a condition. */
	private static boolean fired(String name) {
		Mechanisms.fired(name, 1);
		return true;
	}

	/**
	 * The subject before verb {@code v}, or (a participle the parser hung on a modifier: "reiterated their adherence
	 * to the terms outlined in ..., expressing") the subject of the first verb up the heads that has one; -1 if none.
	 */
	private static int subjectUp(ParsedSentence s, int v) {
		int x = v;
		for (int steps = 0; x >= 0 && steps < 6; steps++) {
			if (s.pos(x).equals("VERB")) {
				for (int c : s.children(x)) {
					if (s.deprel(c).equals("nsubj") && c < x) {
						return c;
					}
				}
				if (!s.deprel(x).startsWith("acl") && !s.deprel(x).equals("advcl")) {
					return -1; // a verb with no subject of its own that modifies nothing: stop
				}
			}
			x = s.head(x);
		}
		return -1;
	}

	/** "..., the Coordination Headquarters said": the head of the nominal run between a comma or quote and v. */
	private static int nounRunHead(ParsedSentence s, int v) {
		int e = v - 1;
		while (e >= 0 && SKIPPED_BEFORE_VERB.contains(s.pos(e))) {
			e--;
		}
		while (e >= 2 && isDate(s, e) && s.pos(e - 1).equals("ADP") && Mechanisms.on("claims.date-not-speaker")) {
			Mechanisms.fired("claims.date-not-speaker", 1);
			e -= 2; // "The ministry on Thursday said": the time adjunct is no part of the subject
			while (e >= 0 && SKIPPED_BEFORE_VERB.contains(s.pos(e))) {
				e--;
			}
			if (e >= 3 && s.word(e).equals(")") && s.word(e - 2).equals("(")) {
				e -= 3; // "The Ministry of External Affairs (MEA) on Thursday said": before the bracketed acronym
			}
		}
		if (e < 0 || !isNominal(s.pos(e))) {
			return -1;
		}
		int b = e;
		while (b > 0 && !isBoundary(s, b - 1) && !s.pos(b - 1).equals("VERB") && !s.pos(b - 1).equals("AUX")) {
			b--;
		}
		if (b > 0 && !isBoundary(s, b - 1) || e - b > 12) {
			return -1;
		}
		return runHead(s, b, e);
	}

	/**
	 * "..., said the ministry.": the nominal run right after v when v follows a comma or quotation and the run
	 * ends the clause (not "said Ankara is committed").
	 */
	private static int invertedSubject(ParsedSentence s, int v) {
		if (v == 0 || !isBoundary(s, v - 1) || v + 1 >= s.size()) {
			return -1;
		}
		int e = v + 1;
		while (e < s.size() && (isNominal(s.pos(e)) || s.pos(e).equals("DET") || s.pos(e).equals("ADJ")
				|| s.pos(e).equals("NUM"))) {
			e++;
		}
		if (e == v + 1 || e < s.size() && !s.pos(e).equals("PUNCT") && !s.pos(e).equals("ADP")) {
			return -1;
		}
		int head = runHead(s, v + 1, e - 1);
		return head >= 0 && s.head(head) == v && s.deprel(head).equals("obj") ? -1 : head; // "accused Iran of"
	}

	/** The head of a nominal run: its last word unless a preposition ("Headquarters for the ...") splits it. */
	private static int runHead(ParsedSentence s, int b, int e) {
		boolean prepositional = false;
		for (int i = b; i <= e; i++) {
			prepositional |= s.pos(i).equals("ADP") || s.pos(i).equals("PUNCT");
		}
		if (!prepositional && isNominal(s.pos(e))) {
			return e;
		}
		for (int i = e; i >= b; i--) {
			int h = s.head(i);
			if ((h < b || h > e) && isNominal(s.pos(i))) {
				return i;
			}
		}
		return isNominal(s.pos(e)) ? e : -1;
	}

	private static boolean isNominal(String pos) {
		return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON");
	}

	private static boolean isBoundary(ParsedSentence s, int i) {
		String w = s.word(i);
		return w.equals(",") || w.equals("\"") || w.equals("\u201d") || w.equals("''") || w.equals("'")
				|| w.equals(":") || w.equals(";") || w.equals("\u2014");
	}

	/** The actor the phrase headed by {@code h} names (for a speech verb {@code v}), or null. */
	DocActor resolve(ParsedSentence s, int h, int v) {
		String word = s.word(h).toLowerCase(Locale.ROOT);
		String lemma = lemma(s, h);
		int offset = s.start(h);
		if (s.pos(h).equals("PRON")) {
			return pronoun(s, h, v, word, offset);
		}
		ActorMention m = headMention(s, h);
		if (m != null) {
			return m.actor();
		}
		DocActor appositive = appositivePerson(s, h);
		if (appositive != null) {
			return appositive;
		}
		DocActor fits = described.resolve(s, h); // "the government said": the state the story names most
		if (fits != null) {
			Mechanisms.fired(DescribedSpeaker.SWITCH, 1);
			return fits;
		}
		boolean oneOfMany = indefiniteSingular(s, h); // "a senior U.S. official": an unnamed person
		DocActor spokesman = oneOfMany ? null : definiteSpokesman(s, h, lemma);
		if (spokesman != null) {
			return spokesman; // "the junta spokesman said": the person introduced as the junta's spokesman
		}
		if (!oneOfMany && words.members.contains(lemma) || words.outlets.contains(lemma)) {
			DocActor owner = modifierActor(s, h);
			if (owner != null) {
				return owner;
			}
			if (words.outlets.contains(lemma)) {
				return possessivePronounOwner(s, h, offset);
			}
		}
		if (isName(s, h)) {
			DocActor named = named(s, h);
			if (named != null) {
				return named;
			}
		}
		if (words.bodies.containsKey(lemma)) {
			return body(s, h, lemma);
		}
		if (words.sources.contains(lemma) || ClaimWords.get().isSource(word)) {
			return unnamed(s, h, lemma);
		}
		DocActor inside = nameInside(s, h);
		if (inside != null) {
			return inside;
		}
		DocActor national = nationalAgents(s, h, lemma);
		return national != null || v < 0 ? national : pluralSpeaker(s, h, v, word, lemma);
	}

	static final String PLURAL_SPEAKERS = "claims.plural-speakers";
	/** Determiners a plural speaker's description may open with; the mention starts after them. */
	private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "some", "many", "several", "other", "most");
	/** Heads of a group subject ("both sides", "the two countries"), which speaks for the actors listed before it. */
	private static final Set<String> GROUP_HEADS = ClaimWords.get().list("group");

	/**
	 * "Critics say", "Prosecutors asserted", "Human rights groups accused", "Local authorities claimed": the plural
	 * common noun subject of a speech verb that resolved to no actor (nor to a state's agents) is an unnamed speaker of
	 * its own, named by its description (mechanism {@code claims.plural-speakers}; GUIDELINES.md: an unnamed speaker
	 * of a claim is entered as an actor so that every claim has a speaker). The description is the head with the
	 * adjectives and nouns before it, nothing after it and no actor inside; one actor per description. Not a
	 * group subject ("both sides", "the two countries": {@link ClaimExtractor}) nor a subject the parse does not make
	 * the verb's own; the pronouns and "the statement" after it still go to the speakers before it
	 * ({@link SpeakerFinder#plural}).
	 */
	private DocActor pluralSpeaker(ParsedSentence s, int h, int v, String word, String lemma) {
		if (!Mechanisms.on(PLURAL_SPEAKERS) || !s.pos(h).equals("NOUN") || word.equals(lemma) || !word.endsWith("s")
				|| !word.chars().allMatch(Character::isLetter) || GROUP_HEADS.contains(word) || s.head(h) != v
				|| !s.deprel(h).equals("nsubj")) {
			return null; // only the verb's own subject; "both sides said" is the group of the actors listed before
		}
		int[] span = s.subtree(h);
		if (span[1] != h) {
			return null; // "survivors who fled", "officials from the ministry": more than a description
		}
		int b = span[0];
		while (b < h && PLURAL_DETERMINERS.contains(s.word(b).toLowerCase(Locale.ROOT))) {
			b++;
		}
		for (int i = b; i < h; i++) {
			String pos = s.pos(i);
			if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("PUNCT")
					|| s.word(i).equals(",")) {
				return null;
			}
		}
		if (!actors.within(s.start(b), s.end(h)).isEmpty()) {
			return null;
		}
		String phrase = body.substring(s.start(b), s.end(h));
		String name = DocActor.UNNAMED + phrase;
		DocActor match = null;
		for (DocActor a : actors.actors()) {
			if (a.name().equalsIgnoreCase(name)) {
				match = a;
				break;
			}
		}
		if (match == null) {
			match = actors.actor(name, ActorKind.OTHER, "", 0.5);
		}
		actors.mention(match, s.start(b), s.end(h));
		memory.plural(match);
		Mechanisms.fired(PLURAL_SPEAKERS, 1);
		return match;
	}

	static final String NATIONAL_AGENTS = "claims.national-agents";
	/**
	 * Plural heads of a state's unnamed agents ("Finnish investigators", "Comorian authorities"); officials and
	 * diplomats are unnamed sources here, which {@link NationalOfficials} gives to their state.
	 */
	private static final Set<String> AGENT_HEADS = Set.of("authority", "investigator", "prosecutor", "police",
			"negotiator", "inspector", "regulator");
	/** Other words such a description may have ("the Sudanese authorities", "senior Iraqi government officials"). */
	private static final Set<String> AGENT_FREE = Set.of("the", "both", "some", "several", "other", "senior", "top",
			"government", "state", "federal", "national");

	/**
	 * "Finnish investigators said", "Comorian authorities warned", "the Sudanese authorities have previously said": a
	 * plural description of a state's agents (an agent head, one country adjective, nothing else but determiners and
	 * rank words) that resolved to no actor is that state (mechanism {@code claims.national-agents}; DECISIONS.md A1:
	 * "A nationality or named body makes them that state", the guideline's "Syrian officials" = `Syria`), which the
	 * description adds as a mention when the document has not named it. Null otherwise.
	 */
	private DocActor nationalAgents(ParsedSentence s, int h, String lemma) {
		String word = s.word(h).toLowerCase(Locale.ROOT);
		if (!Mechanisms.on(NATIONAL_AGENTS) || !AGENT_HEADS.contains(lemma) || word.equals(lemma)
				&& !word.equals("police")) {
			return null;
		}
		int[] span = s.subtree(h);
		if (span[1] != h) {
			return null; // "officials from the Security Service", "authorities in the region": more than a nationality
		}
		Country country = null;
		int b = h;
		for (int i = h - 1; i >= span[0]; i--) {
			String w = s.word(i);
			Country c = ExtractionData.get().countries().whole(w,
					CountryTable.FormType.ADJECTIVE);
			if (c != null && country == null) {
				country = c;
			} else if (!AGENT_FREE.contains(w.toLowerCase(Locale.ROOT))) {
				return null;
			}
			b = i;
		}
		if (country == null) {
			return null;
		}
		while (b < h && s.pos(b).equals("DET")) {
			b++;
		}
		DocActor state = null;
		for (DocActor x : actors.actors()) {
			if (x.kind() == ActorKind.STATE && country.iso().equals(x.iso())) {
				state = x;
				break;
			}
		}
		if (state == null) {
			state = actors.actor(country.name(), ActorKind.STATE, country.iso(), 0.6);
		}
		actors.mention(state, s.start(b), s.end(h));
		Mechanisms.fired(NATIONAL_AGENTS, 1);
		return state;
	}

	private DocActor pronoun(ParsedSentence s, int h, int v, String word, int offset) {
		switch (word) {
			case "he", "she" -> {
				return memory.personFor(word, offset);
			}
			case "it", "they" -> {
				DocActor a = memory.bodyFor(offset);
				if (a != null) {
					return a;
				}
				ActorMention m = actors.lastBefore(offset, x -> x.kind() != ActorKind.PERSON);
				return m == null ? null : m.actor();
			}
			case "who", "which", "that" -> {
				if (v < 0) {
					return null; // "according to which ...": no speech verb whose relative clause names the speaker
				}
				int antecedent = s.head(v);
				return s.deprel(v).startsWith("acl") && antecedent >= 0 && antecedent != h
						? resolve(s, antecedent, -1) : null;
			}
			default -> {
				return null;
			}
		}
	}

	/** The document actor the phrase headed by {@code h} names, without adding one; null if none. */
	DocActor namedHead(ParsedSentence s, int h) {
		ActorMention m = headMention(s, h);
		return m == null ? null : m.actor();
	}

	/**
	 * The mention covering the head or, for a name the parser headed by its title ("Major General Igor
	 * Konashenkov"), a word of the name joined to it by flat, or null.
	 */
	private ActorMention headMention(ParsedSentence s, int h) {
		ActorMention m = actors.at(s.start(h));
		if (m != null || !s.pos(h).equals("PROPN")) {
			return m;
		}
		for (int c : s.children(h, "flat")) {
			m = actors.at(s.start(c));
			if (m != null) {
				return m;
			}
		}
		for (int i = h + 1; i < s.size() && s.pos(i).equals("PROPN") && !s.word(i - 1).endsWith("'s"); i++) {
			m = actors.at(s.start(i)); // "Arab League Secretary General Ahmed Aboul Gheit": the name after the title
			if (m != null) {
				return m;
			}
		}
		return null;
	}

	/**
	 * "the junta spokesman", "the military spokesman": a definite singular role head with one modifier right before
	 * it, resolved to the person the text introduced with that modifier and role ({@link
	 * SpeakerNames#modifiedRolePerson}); null otherwise.
	 */
	private DocActor definiteSpokesman(ParsedSentence s, int h, String lemma) {
		if (h < 2 || !s.word(h).equalsIgnoreCase(lemma) || !s.word(h - 2).equalsIgnoreCase("the")
				|| s.head(h - 1) != h || !s.children(h, "nmod:poss").isEmpty()) {
			return null;
		}
		return SpeakerNames.modifiedRolePerson(body, actors, lemma, s.word(h - 1), s.start(h - 2));
	}

	/** A singular head with an indefinite determiner ("a senior U.S. official", "one diplomat"). */
	private static boolean indefiniteSingular(ParsedSentence s, int h) {
		if (!s.word(h).equalsIgnoreCase(s.lemma(h))) {
			return false;
		}
		for (int d : s.children(h, "det")) {
			String w = s.word(d).toLowerCase(Locale.ROOT);
			if (w.equals("a") || w.equals("an")) {
				return true;
			}
		}
		return !s.children(h, "nummod").isEmpty() && s.word(s.children(h, "nummod").get(0)).equalsIgnoreCase("one");
	}

	/** "A senior Kurdish official, Aldar Khalil, said": the named person in apposition. */
	private DocActor appositivePerson(ParsedSentence s, int h) {
		for (int c : s.children(h, "appos")) {
			if (c < h || !s.word(c - 1).equals(",") && !s.word(s.subtree(c)[0] - 1).equals(",")) {
				continue; // an apposition stands after a comma; "the ministry in Hamas-run Gaza" has none
			}
			ActorMention m = actors.at(s.start(c));
			if (m != null && m.actor().kind() == ActorKind.PERSON) {
				return m.actor();
			}
		}
		return null;
	}

	/** The actor named by a modifier of {@code h} ("Kremlin spokesman", "United Nations officials"). */
	private DocActor modifierActor(ParsedSentence s, int h) {
		for (int c : s.children(h)) {
			if (!NAME_RELS.contains(s.deprel(c))) {
				continue;
			}
			int[] span = s.subtree(c);
			List<ActorMention> in = actors.within(s.start(span[0]), s.end(span[1]));
			if (!in.isEmpty()) {
				return in.get(in.size() - 1).actor();
			}
			DocActor state = nationality(s, c);
			if (state != null) {
				return state;
			}
		}
		return null;
	}

	/** "the Ukrainian negotiating team": the document's state actor of a nationality adjective, or null. */
	private DocActor nationality(ParsedSentence s, int c) {
		int[] span = s.subtree(c);
		for (int i = span[0]; i <= span[1]; i++) {
			DocActor a = s.pos(i).equals("ADJ") || "NORP".equals(s.entity(i)) ? stateOf(s.word(i)) : null;
			if (a != null) {
				return a;
			}
		}
		return null;
	}

	private DocActor stateOf(String w) {
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(w)) {
			if (m.begin() != 0 || m.end() != w.length() || m.value().type() != CountryTable.FormType.ADJECTIVE) {
				continue;
			}
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.STATE && a.iso().equals(m.value().country().iso())) {
					return a;
				}
			}
		}
		return null;
	}

	private DocActor possessivePronounOwner(ParsedSentence s, int h, int offset) {
		for (int c : s.children(h, "nmod:poss")) {
			String w = s.word(c).toLowerCase(Locale.ROOT);
			if (w.equals("its") || w.equals("their")) {
				return pronoun(s, c, -1, "it", offset);
			}
			if (w.equals("his") || w.equals("her")) {
				return pronoun(s, c, -1, "he", offset);
			}
		}
		return s.children(h, "nmod:poss").isEmpty() ? memory.lastSpeaker() : null;
	}

	/**
	 * A proper name no mention covers ("Pe Than", "the RSF", "Joint Chiefs of Staff (JCS)"): the actor of that
	 * name or mention if the document has one, else a new actor; a bracketed acronym after it is a mention too.
	 */
	private DocActor named(ParsedSentence s, int h) {
		if ("GPE".equals(s.entity(h)) || "NORP".equals(s.entity(h))) {
			return null;
		}
		int b = h;
		while (b > 0 && s.pos(b - 1).equals("PROPN") && !s.word(b - 1).endsWith("'s")
				&& actors.at(s.start(b - 1)) == null) {
			b--;
		}
		int e = h;
		while (e + 1 < s.size() && s.pos(e + 1).equals("PROPN") && actors.at(s.start(e + 1)) == null) {
			e++;
		}
		while (e + 2 < s.size() && s.word(e + 1).equals("of") && s.pos(e + 2).equals("PROPN")
				&& actors.at(s.start(e + 2)) == null) {
			e += 2;
		}
		while (b >= 2 && hyphenJoined(s, b - 2) && actors.at(s.start(b - 2)) == null) {
			b -= 2; // "al-Burhan", "Yo-jong": the parts a hyphen joins are one name
		}
		while (e + 2 < s.size() && hyphenJoined(s, e) && actors.at(s.start(e + 2)) == null) {
			e += 2;
		}
		if (Mechanisms.on("claims.date-not-speaker")) {
			int b0 = b;
			int e0 = e;
			while (b <= e && isDate(s, b)) {
				b++; // "a Tuesday Cabinet meeting": a weekday is no part of a name
			}
			while (e >= b && isDate(s, e)) {
				e--;
			}
			if (b > e) {
				Mechanisms.fired("claims.date-not-speaker", 1);
				return null;
			}
			Mechanisms.fired("claims.date-not-speaker", b - b0 + e0 - e);
		}
		String name = body.substring(s.start(b), s.end(e));
		if (GLUED_SENTENCES.matcher(name).find()) {
			return null; // "East Sea.It": a full stop without its space, not a name
		}
		DocActor known = byText(name);
		if (known == null) {
			known = SpeakerNames.variantOf(actors, name); // "Zelensky added" with "Volodymyr Zelenskyy" known
		}
		if (known != null) {
			return known;
		}
		boolean person = !name.contains(" of ") && e > b
				&& (!s.children(b, "flat").isEmpty() || "PERSON".equals(s.entity(h)) && !"ORG".equals(s.entity(b))
						|| hyphenJoined(s, b) && isPersonEntity(s, b, e));
		DocActor a = actors.actor(name, person ? ActorKind.PERSON : ActorKind.ORGANISATION, "", 0.5);
		actors.mention(a, s.start(b), s.end(e));
		if (e + 3 < s.size() && s.word(e + 1).equals("(") && s.word(e + 3).equals(")")
				&& s.word(e + 2).equals(s.word(e + 2).toUpperCase(Locale.ROOT))) {
			actors.mention(a, s.start(e + 2), s.end(e + 2));
		}
		return a;
	}

	/** Whether token {@code i} is a weekday (actor-words.tsv date-word), which names no speaker. */
	private static boolean isDate(ParsedSentence s, int i) {
		return ActorWords.get().is("date-word", s.word(i));
	}

	/** Whether token {@code i} and token {@code i + 2} are letters joined by token {@code i + 1}, a hyphen, unspaced. */
	private static boolean hyphenJoined(ParsedSentence s, int i) {
		return i + 2 < s.size() && s.word(i + 1).equals("-") && s.end(i) == s.start(i + 1)
				&& s.end(i + 1) == s.start(i + 2) && Character.isLetter(s.word(i).charAt(0))
				&& Character.isUpperCase(s.word(i + 2).charAt(0));
	}

	/** Whether the recogniser tagged a token of {@code b..e} as a person and none as an organisation. */
	private static boolean isPersonEntity(ParsedSentence s, int b, int e) {
		boolean person = false;
		for (int i = b; i <= e; i++) {
			if ("ORG".equals(s.entity(i))) {
				return false;
			}
			person |= "PERSON".equals(s.entity(i));
		}
		return person;
	}

	/**
	 * "the health ministry", "the guerrilla group", "the coordination headquarters": the actor of that name or
	 * mention, else the last actor mentioned under that head word, else (a plain "the group") the last actor of
	 * the head's kind, else (a described body) a new actor named by the phrase.
	 */
	private DocActor body(ParsedSentence s, int h, String lemma) {
		int b = h;
		boolean described = false;
		while (b > 0 && s.head(b - 1) == h && (s.deprel(b - 1).equals("compound") || s.deprel(b - 1).equals("amod"))) {
			b--;
			described |= s.deprel(b).equals("compound") || s.pos(b).equals("PROPN");
		}
		String phrase = body.substring(s.start(b), s.end(h));
		DocActor known = byText(phrase);
		if (known != null) {
			return known;
		}
		String head = s.word(h).toLowerCase(Locale.ROOT);
		for (ActorMention m : actors.mentions()) {
			if (m.end() > s.start(b)) {
				break;
			}
			String text = body.substring(m.begin(), m.end()).toLowerCase(Locale.ROOT);
			if (text.equals(head) || text.endsWith(" " + head)) {
				known = m.actor();
			}
		}
		if (known != null) {
			return known;
		}
		ActorKind kind = words.bodies.get(lemma);
		if (!described) {
			ActorMention m = actors.lastBefore(s.start(b), x -> x.kind() == kind);
			return m == null ? null : m.actor();
		}
		if (kind == null) {
			return null;
		}
		DocActor named = namedByModifier(s, b, h, kind);
		if (named != null) {
			return named; // "Yemen's Houthi rebel group" with the Houthis known: not a new actor
		}
		DocActor a = actors.actor(phrase, kind, "", 0.5);
		actors.mention(a, s.start(b), s.end(h));
		return a;
	}

	/**
	 * The one document actor of kind {@code kind} a proper-name modifier of a described body names ("the Houthi
	 * group", "the Houthi rebel group" with the Houthis known): an actor whose name holds the modifier as a word, or
	 * as a word with a plural ending (mechanism {@code claims.modifier-body}); null if none or several.
	 */
	private DocActor namedByModifier(ParsedSentence s, int b, int h, ActorKind kind) {
		if (!Mechanisms.on("claims.modifier-body")) {
			return null;
		}
		DocActor found = null;
		for (int i = b; i < h; i++) {
			if (!s.pos(i).equals("PROPN") && !(s.pos(i).equals("ADJ") && Character.isUpperCase(s.word(i).charAt(0)))) {
				continue;
			}
			String w = s.word(i).toLowerCase(Locale.ROOT);
			for (DocActor a : actors.actors()) {
				if (a.kind() != kind || DocActor.isUnnamed(a.name())) {
					continue;
				}
				for (String n : a.name().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
					if (n.equals(w) || n.equals(w + "s") || n.equals(w + "es")) {
						if (found != null && found != a) {
							return null;
						}
						found = a;
					}
				}
			}
		}
		if (found != null) {
			Mechanisms.fired("claims.modifier-body", 1);
		}
		return found;
	}

	/** "officials", "two Egyptian security sources", "sources from Egypt": {@link UnnamedSources}. */
	private DocActor unnamed(ParsedSentence s, int h, String lemma) {
		DocActor owner = words.members.contains(lemma) && !indefiniteSingular(s, h) ? modifierActor(s, h) : null;
		if (owner != null) {
			return owner;
		}
		int[] span = phrase(s, h);
		return UnnamedSources.speaker(body, actors, s.start(span[0]), s.end(span[1]));
	}

	/** An actor named inside the phrase when its head is none of the above ("Hamas-run Gaza's ..."), or null. */
	private DocActor nameInside(ParsedSentence s, int h) {
		if (!s.pos(h).equals("PROPN")) {
			return null;
		}
		int[] span = phrase(s, h);
		List<ActorMention> in = actors.within(s.start(span[0]), s.end(span[1]));
		return in.isEmpty() ? null : in.get(0).actor();
	}

	/** The speaker phrase of head {@code h}: its subtree without determiners, numbers and what follows a comma. */
	int[] phrase(ParsedSentence s, int h) {
		int[] span = s.subtree(h);
		int b = span[0];
		int e = span[1];
		for (int i = h + 1; i <= e; i++) {
			if (isBoundary(s, i) || s.word(i).equals("(") || s.pos(i).equals("VERB") && !s.deprel(i).equals("amod")) {
				e = i - 1;
				break;
			}
		}
		for (int i = h - 1; i >= b; i--) {
			if (isBoundary(s, i)) {
				b = i + 1;
				break;
			}
		}
		while (b < h && (s.pos(b).equals("DET") || s.pos(b).equals("NUM") || s.pos(b).equals("PUNCT")
				|| s.pos(b).equals("CCONJ") || isCaseMarker(s, b, h))) {
			b++; // "According to the UN official": the speaker phrase begins after the case marker
		}
		return new int[] {b, e};
	}

	/** Whether token {@code i} is the case marker of head {@code h} ("according to", "by") or part of it. */
	private static boolean isCaseMarker(ParsedSentence s, int i, int h) {
		return s.deprel(i).equals("case") && s.head(i) == h
				|| s.deprel(i).equals("fixed") && s.head(i) >= 0 && s.deprel(s.head(i)).equals("case");
	}

	/** The document actor whose name or one of whose mentions is {@code text}, ignoring case, or null. */
	private DocActor byText(String text) {
		for (DocActor a : actors.actors()) {
			if (a.name().equalsIgnoreCase(text)) {
				return a;
			}
		}
		for (ActorMention m : actors.mentions()) {
			if (body.regionMatches(true, m.begin(), text, 0, text.length()) && m.end() - m.begin() == text.length()) {
				return m.actor();
			}
		}
		return null;
	}

	private static String lemma(ParsedSentence s, int i) {
		String l = s.lemma(i);
		return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
	}
}
