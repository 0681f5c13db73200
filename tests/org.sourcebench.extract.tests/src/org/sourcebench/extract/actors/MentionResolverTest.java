package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.relations.HandParses;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The coreference stage ({@link MentionResolver}): one test per behaviour of its salience model, on hand-written
 * parses of sentences written for the test ({@code word/lemma/UPOS/head/relation}, head 1-based, 0 for the root;
 * sentences of one document are joined by single spaces). The actors are entered by hand where the resolver is
 * tested alone; the last test runs the whole engine to show the relation side the stage gives.
 */
class MentionResolverTest {

	/** The sentences of one document, each token {@code word/lemma/UPOS/head/relation}, offsets in one body. */
	private static List<ParsedSentence> document(String... sentences) {
		return HandParses.document(sentences);
	}

	private static String body(List<ParsedSentence> sentences) {
		StringBuilder b = new StringBuilder();
		for (ParsedSentence s : sentences) {
			for (int i = 0; i < s.size(); i++) {
				b.append(" ".repeat(Math.max(0, s.start(i) - b.length()))).append(s.word(i));
			}
		}
		return b.toString();
	}

	/** Enters the actor of that name and kind with a mention on each listed token of the document. */
	private static DocActor mention(DocActors actors, List<ParsedSentence> doc, String name, ActorKind kind,
			String iso, int sentence, int... tokens) {
		DocActor a = actors.actor(name, kind, iso, 1.0);
		ParsedSentence s = doc.get(sentence);
		actors.mention(a, s.start(tokens[0]), s.end(tokens[tokens.length - 1]));
		return a;
	}

	private static MentionResolver.Document resolver(List<ParsedSentence> doc, DocActors actors) {
		return MentionResolver.get().document(body(doc), doc, actors);
	}

	@Test
	void aSubjectPronounRefersToTheSubjectOfThePreviousMainClauseBeforeAMoreRecentObject() {
		List<ParsedSentence> doc = document(
				"Chile/Chile/PROPN/2/nsubj criticised/criticise/VERB/0/root Peru/Peru/PROPN/2/obj ./././2/punct",
				"It/it/PRON/2/nsubj recalled/recall/VERB/0/root an/a/DET/4/det envoy/envoy/NOUN/2/obj ./././2/punct");
		DocActors actors = new DocActors();
		DocActor chile = mention(actors, doc, "Chile", ActorKind.STATE, "CL", 0, 0);
		mention(actors, doc, "Peru", ActorKind.STATE, "PE", 0, 2);
		assertEquals(chile, resolver(doc, actors).pronoun(doc.get(1), 0).actor());
	}

	@Test
	void aPersonalPronounTakesOnlyAPersonOfItsGender() {
		List<ParsedSentence> doc = document(
				"Spokeswoman/spokeswoman/NOUN/2/compound Ana/Ana/PROPN/7/nsubj Ruiz/Ruiz/PROPN/2/flat "
						+ "and/and/CCONJ/6/cc spokesman/spokesman/NOUN/6/compound Tomas/Tomas/PROPN/2/conj "
						+ "met/meet/VERB/0/root ./././7/punct",
				"She/she/PRON/2/nsubj left/leave/VERB/0/root early/early/ADV/2/advmod ./././2/punct");
		DocActors actors = new DocActors();
		DocActor ana = mention(actors, doc, "Ana Ruiz", ActorKind.PERSON, "", 0, 1, 2);
		mention(actors, doc, "Tomas", ActorKind.PERSON, "", 0, 5);
		assertEquals(ana, resolver(doc, actors).pronoun(doc.get(1), 0).actor());
	}

	@Test
	void itNeverRefersToACoordinationNorToAPerson() {
		// "Chile and Bolivia cut ties with Peru, accusing it of lying": a coordination is "they", a person "he"
		List<ParsedSentence> doc = document("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Bolivia/Bolivia/PROPN/1/conj "
				+ "cut/cut/VERB/0/root ties/tie/NOUN/4/obj with/with/ADP/7/case Peru/Peru/PROPN/4/obl ,/,/PUNCT/9/punct "
				+ "accusing/accuse/VERB/4/advcl it/it/PRON/9/obj of/of/ADP/12/mark lying/lie/VERB/9/advcl "
				+ "./././4/punct");
		DocActors actors = new DocActors();
		mention(actors, doc, "Chile", ActorKind.STATE, "CL", 0, 0);
		mention(actors, doc, "Bolivia", ActorKind.STATE, "BO", 0, 2);
		DocActor peru = mention(actors, doc, "Peru", ActorKind.STATE, "PE", 0, 6);
		assertEquals(peru, resolver(doc, actors).pronoun(doc.get(0), 9).actor());
	}

	@Test
	void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
		List<ParsedSentence> doc = document(
				"Tomas/Tomas/PROPN/2/nsubj called/call/VERB/0/root Pablo/Pablo/PROPN/2/obj ./././2/punct",
				"Pablo/Pablo/PROPN/2/nsubj thanked/thank/VERB/0/root him/he/PRON/2/obj ./././2/punct");
		DocActors actors = new DocActors();
		DocActor tomas = mention(actors, doc, "Tomas", ActorKind.PERSON, "", 0, 0);
		DocActor pablo = actors.actor("Pablo", ActorKind.PERSON, "", 1.0);
		actors.mention(pablo, doc.get(0).start(2), doc.get(0).end(2));
		actors.mention(pablo, doc.get(1).start(0), doc.get(1).end(0));
		assertEquals(tomas, resolver(doc, actors).pronoun(doc.get(1), 2).actor());
	}

	@Test
	void aPossessivePronounPrefersTheSubjectOfItsOwnClause() {
		// "The ministry said Peru shared its concern": its = Peru, not the ministry of the main clause
		List<ParsedSentence> doc = document("The/the/DET/3/det Chilean/Chilean/ADJ/3/amod ministry/ministry/NOUN/4/nsubj "
				+ "said/say/VERB/0/root Peru/Peru/PROPN/6/nsubj shared/share/VERB/4/ccomp its/its/PRON/8/nmod:poss "
				+ "concern/concern/NOUN/6/obj ./././4/punct");
		DocActors actors = new DocActors();
		mention(actors, doc, "Chilean Foreign Ministry", ActorKind.GOVERNMENT, "CL", 0, 1, 2);
		DocActor peru = mention(actors, doc, "Peru", ActorKind.STATE, "PE", 0, 4);
		assertEquals(peru, resolver(doc, actors).pronoun(doc.get(0), 6).actor());
	}

	@Test
	void aMoreSalientNounThatNamesNoActorTakesIt() {
		// "The accord was signed by Chile. It takes effect in May.": "it" is the accord, no actor
		List<ParsedSentence> doc = document("The/the/DET/2/det accord/accord/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass "
				+ "signed/sign/VERB/0/root by/by/ADP/6/case Chile/Chile/PROPN/4/obl:agent ./././4/punct",
				"It/it/PRON/2/nsubj takes/take/VERB/0/root effect/effect/NOUN/2/obj in/in/ADP/5/case "
						+ "May/May/PROPN/2/obl ./././2/punct");
		DocActors actors = new DocActors();
		mention(actors, doc, "Chile", ActorKind.STATE, "CL", 0, 5);
		assertNull(resolver(doc, actors).pronoun(doc.get(1), 0));
	}

	@Test
	void aChainOfSubjectPronounsCarriesTheAntecedentBeyondTwoSentences() {
		List<ParsedSentence> doc = document(
				"Tomas/Tomas/PROPN/2/nsubj arrived/arrive/VERB/0/root ./././2/punct",
				"He/he/PRON/2/nsubj spoke/speak/VERB/0/root ./././2/punct",
				"He/he/PRON/2/nsubj smiled/smile/VERB/0/root ./././2/punct",
				"He/he/PRON/2/nsubj left/leave/VERB/0/root ./././2/punct");
		DocActors actors = new DocActors();
		DocActor tomas = mention(actors, doc, "Tomas", ActorKind.PERSON, "", 0, 0);
		assertEquals(tomas, resolver(doc, actors).pronoun(doc.get(3), 0).actor());
	}

	@Test
	void aPronounHasNoAntecedentBeyondTheWindow() {
		List<ParsedSentence> doc = document(
				"Chile/Chile/PROPN/2/nsubj protested/protest/VERB/0/root ./././2/punct",
				"Later/later/ADV/0/root ./././1/punct",
				"Later/later/ADV/0/root ./././1/punct",
				"It/it/PRON/2/nsubj waited/wait/VERB/0/root ./././2/punct");
		DocActors actors = new DocActors();
		mention(actors, doc, "Chile", ActorKind.STATE, "CL", 0, 0);
		assertNull(resolver(doc, actors).pronoun(doc.get(3), 0));
	}

	// ---- the stage as the relation reader uses it --------------------------------------------------------------

	private static DocumentExtraction extract(String... sentences) {
		List<ParsedSentence> doc = document(sentences);
		return ExtractionEngine.withParser(b -> doc).extract(body(doc));
	}

	private static boolean has(DocumentExtraction d, String from, String to, String root) {
		return d.relationships().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to) && r.root().equals(root));
	}

	@Test
	void aPronounSubjectOfTheNextSentenceIsARelationSide() {
		DocumentExtraction d = extract(
				"Chile/Chile/PROPN/2/nsubj recalled/recall/VERB/0/root its/its/PRON/4/nmod:poss "
						+ "ambassador/ambassador/NOUN/2/obj ./././2/punct",
				"It/it/PRON/2/nsubj accused/accuse/VERB/0/root Peru/Peru/PROPN/2/obj of/of/ADP/5/mark "
						+ "spying/spy/VERB/2/advcl ./././2/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), d.relationships().toString());
	}
}
