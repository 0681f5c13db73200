package org.sourcebench.extract.claims;

import java.util.List;

import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.MentionResolver;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The coreference stage ({@link MentionResolver}) as seen by the speaker memory ({@link SpeakerFinder}): for a
 * pronoun speaker at a body offset, the antecedent the salience model picks and where the model's window (the
 * pronoun's sentence and the two before it) begins. The memory keeps its last speaker while that speaker spoke inside
 * the window; a speaker who last spoke before it has gone stale, and the resolver's choice is taken instead, unless
 * the text names that choice in the window only inside quotations (mechanism {@code coref.speakerMemory}). Local to
 * one document.
 */
final class SpeakerCoref {

	private final List<ParsedSentence> sentences;
	private final ParsedTokens tokens;
	private final String body;
	private final DocActors actors;
	private MentionResolver.Document coref;
	private List<Quote> quotes;

	SpeakerCoref(String body, List<ParsedSentence> sentences, DocActors actors) {
		this.body = body;
		this.sentences = sentences;
		this.tokens = new ParsedTokens(sentences);
		this.actors = actors;
	}

	/** The actor the resolver gives the pronoun starting at {@code offset}, or null (no parse there, no candidate). */
	DocActor antecedent(int offset) {
		ParsedTokens.At at = tokens.at(offset);
		if (at == null) {
			return null;
		}
		if (coref == null) {
			coref = MentionResolver.get().document(body, sentences, actors);
		}
		ActorMention m = coref.pronoun(at.sentence(), at.token());
		return m == null || !namedOutsideQuotes(m.actor(), windowStart(offset), offset) ? null : m.actor();
	}

	/**
	 * Whether {@code a} has a mention between {@code from} and {@code to} outside quotation marks: a name inside a
	 * quotation ("... this person (X) said," he added) is what the speaker talks about, not who speaks.
	 */
	private boolean namedOutsideQuotes(DocActor a, int from, int to) {
		if (quotes == null) {
			quotes = QuoteFinder.find(QuoteFinder.marks(body));
		}
		for (ActorMention m : actors.mentions()) {
			if (m.actor() == a && m.begin() >= from && m.end() <= to && quotes.stream().noneMatch(
					q -> q.open() < m.begin() && m.end() <= q.close())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The person a sentence-opening "he" or "she" at {@code offset} continues (mechanism {@code claims.subject-pronoun}):
	 * the subject of the previous sentence's main verb, when a person is named in it and passes {@code agrees}. The
	 * pronoun must open its clause: nothing but a quotation it closes ("“...,” he said") and an opening adverbial
	 * ("However, he said") stands before it in its sentence, and the previous sentence is the one before that
	 * quotation, outside quotation marks. "Noboa ... sounded a defiant note. “We must ...,” he emphasized": Noboa,
	 * not the last person who spoke at a cue. Null when any of this fails.
	 */
	DocActor previousSubject(int offset, java.util.function.Predicate<DocActor> agrees) {
		ParsedTokens.At at = tokens.at(offset);
		if (at == null) {
			return null;
		}
		if (quotes == null) {
			quotes = QuoteFinder.find(QuoteFinder.marks(body));
		}
		int anchor = offset;
		for (Quote q : quotes) {
			if (q.close() < offset && body.substring(q.close() + 1, offset).matches("[\\s,]*")) {
				anchor = q.open(); // "“...,” he said": the pronoun's clause begins with the quotation
			}
		}
		int i = sentences.indexOf(at.sentence());
		while (i > 0 && (sentences.get(i).size() == 0 || sentences.get(i).start(0) > anchor)) {
			i--;
		}
		ParsedSentence own = sentences.get(i);
		if (own.size() == 0 || i == 0 || !actors.within(own.start(0), anchor).isEmpty()
				|| anchor - own.start(0) > 40) {
			return null; // another actor opens the clause, or the pronoun stands late in its sentence
		}
		ParsedSentence prev = sentences.get(i - 1);
		if (prev.size() == 0 || insideQuote(prev.start(0))) {
			return null;
		}
		for (int root = 0; root < prev.size(); root++) {
			if (prev.head(root) >= 0) {
				continue;
			}
			for (int c : prev.children(root, "nsubj")) {
				int[] span = prev.subtree(c);
				if (c > root || span[0] > MAX_SUBJECT_START || !prev.children(c, "case").isEmpty()
						|| insideQuote(prev.start(c))) {
					continue;
				}
				int end = c;
				while (end < span[1] && !prev.word(end + 1).equals(",")) {
					end++; // "Juwaili, dismissed by Dbeibeh, said": the subject's name stands before any comma
				}
				List<ActorMention> first = actors.within(prev.start(0), prev.end(prev.size() - 1));
				first = first.stream().filter(m -> !insideQuote(m.begin())).toList();
				if (first.isEmpty()) {
					return null;
				}
				ActorMention m = first.get(0); // the sentence names its subject first: not "According to X, Y will"
				boolean inSubject = m.begin() >= prev.start(span[0]) && m.end() <= prev.end(end);
				return inSubject && m.actor().kind() == org.sourcebench.model.ActorKind.PERSON && agrees.test(m.actor())
						? m.actor() : null;
			}
		}
		return null;
	}

	/** The last token a previous sentence's subject may begin at ("At a briefing in Moscow, Peskov called ..."). */
	private static final int MAX_SUBJECT_START = 8;

	private boolean insideQuote(int offset) {
		for (Quote q : quotes) {
			if (q.contains(offset)) {
				return true;
			}
		}
		return false;
	}

	/** Where the window of the pronoun at {@code offset} begins: the start of the sentence two before its own. */
	int windowStart(int offset) {
		ParsedTokens.At at = tokens.at(offset);
		if (at == null) {
			return offset;
		}
		int i = sentences.indexOf(at.sentence());
		ParsedSentence first = sentences.get(Math.max(0, i - MentionResolver.SENTENCES_BACK));
		return first.size() == 0 ? offset : first.start(0);
	}
}
