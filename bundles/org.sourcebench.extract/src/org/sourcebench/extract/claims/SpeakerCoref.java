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
		for (ActorMention m : actors.mentions()) {
			if (m.actor() == a && m.begin() >= from && m.end() <= to && !inQuote(m)) {
				return true;
			}
		}
		return false;
	}

	/** An actor that is the subject of a main clause, and where that clause's sentence begins. */
	record Subject(DocActor actor, int sentenceStart) {
	}

	/**
	 * The subject of the main clause of the sentence before the pronoun's at {@code offset} ("Thailand's foreign
	 * ministry also issued a message. “...,” it said."), with where that sentence begins; null when that
	 * subject is not an actor named outside quotation marks, or there is no parse (mechanism
	 * {@code claims.subject-shift}).
	 */
	Subject subjectBefore(int offset) {
		ParsedTokens.At at = tokens.at(offset);
		if (at == null) {
			return null;
		}
		int i = sentences.indexOf(at.sentence());
		if (i <= 0 || sentences.get(i - 1).size() == 0) {
			return null;
		}
		ParsedSentence previous = sentences.get(i - 1);
		DocActor a = rootSubject(previous);
		return a == null ? null : new Subject(a, previous.start(0));
	}

	/** The actor named by the subject of {@code s}'s root, outside quotations; null if none. */
	private DocActor rootSubject(ParsedSentence s) {
		for (int r = 0; r < s.size(); r++) {
			if (s.head(r) == -1) {
				List<Integer> subjects = s.children(r, "nsubj");
				ActorMention m = subjects.isEmpty() ? null : actors.at(s.start(subjects.get(0)));
				return m == null || inQuote(m) ? null : m.actor();
			}
		}
		return null;
	}

	private boolean inQuote(ActorMention m) {
		if (quotes == null) {
			quotes = QuoteFinder.find(QuoteFinder.marks(body));
		}
		return quotes.stream().anyMatch(q -> q.open() < m.begin() && m.end() <= q.close());
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
