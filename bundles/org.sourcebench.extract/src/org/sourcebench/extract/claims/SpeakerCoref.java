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
	 * The subject of the sentence before the one of the pronoun at {@code offset}, when it passes {@code agrees} and
	 * nobody spoke in that sentence ({@code spokeIn} tells, given its start and end; mechanism
	 * {@code claims.prior-subject}): the first subject outside quotation marks that a mention names. The centre of
	 * attention a pronoun continues ("Noboa, who spoke later, sounded a defiant note. “...,” he said"), which a speaker
	 * who spoke earlier is not. Null when that subject is a pronoun, names no actor or does not agree, when a speaker
	 * spoke in that sentence (the speaker memory knows it), or with no parse.
	 */
	DocActor priorSubject(int offset, java.util.function.Predicate<DocActor> agrees,
			java.util.function.BiPredicate<Integer, Integer> spokeIn) {
		ParsedTokens.At at = tokens.at(offset);
		int i = at == null ? -1 : sentences.indexOf(at.sentence());
		if (i < 1 || sentences.get(i - 1).size() == 0) {
			return null;
		}
		if (quotes == null) {
			quotes = QuoteFinder.find(QuoteFinder.marks(body));
		}
		ParsedSentence s = sentences.get(i - 1);
		if (spokeIn.test(s.start(0), at.sentence().size() == 0 ? offset : at.sentence().start(0))) {
			return null;
		}
		for (int t = 0; t < s.size(); t++) {
			if (!s.deprel(t).equals("nsubj") || quoted(s.start(t)) || quoted(s.start(s.head(t)))
					|| s.deprel(s.head(t)).startsWith("acl")) {
				continue;
			}
			if (s.pos(t).equals("PRON")) {
				return null;
			}
			ActorMention m = actors.at(s.start(t));
			for (int c : s.children(t, "flat")) {
				m = m == null ? actors.at(s.start(c)) : m;
			}
			return m != null && agrees.test(m.actor()) ? m.actor() : null;
		}
		return null;
	}

	private boolean quoted(int offset) {
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
