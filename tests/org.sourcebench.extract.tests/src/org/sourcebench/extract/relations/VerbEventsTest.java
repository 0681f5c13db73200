package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Verb events: "not only" is no negation ({@link EventCoder#notOnly}); the word windows leave a state's own
 * officials and bodies out of its relations ({@link RelationExtractor}). Hand-written parses ({@link HandParses}) of
 * sentences written for this test.
 */
class VerbEventsTest {

	@Test
	void notOnlyIsNoNegation() {
		DocumentExtraction d = document("Chile/Chile/PROPN/4/nsubj not/not/PART/4/advmod only/only/ADV/4/advmod "
				+ "condemned/condemn/VERB/0/root Peru/Peru/PROPN/4/obj but/but/CCONJ/7/cc Bolivia/Bolivia/PROPN/5/conj "
				+ "~./././4/punct");
		assertTrue(has(d, "Chile", "Peru", "11"), d.relationships().toString());
		DocumentExtraction negated = document("Chile/Chile/PROPN/3/nsubj not/not/PART/3/advmod "
				+ "condemned/condemn/VERB/0/root Peru/Peru/PROPN/3/obj ~./././3/punct");
		assertFalse(any(negated, "Chile", "Peru"), negated.relationships().toString());
	}

	@Test
	void aMinisterActsForHisOwnStateNotOnIt() {
		DocumentExtraction d = document("Iranian/Iranian/ADJ/3/amod Foreign/Foreign/PROPN/3/compound "
				+ "Minister/Minister/PROPN/5/nmod:desc Abbas/Abbas/PROPN/5/compound Araghchi/Araghchi/PROPN/6/nsubj "
				+ "reaffirmed/reaffirm/VERB/0/root Iran/Iran/PROPN/9/nmod:poss ~'s/'s/PART/7/case "
				+ "commitment/commitment/NOUN/6/obj to/to/ADP/12/case the/the/DET/12/det talks/talk/NOUN/9/nmod "
				+ "~./././6/punct");
		assertTrue(d.actors().stream().anyMatch(a -> a.name().contains("Araghchi")), d.actors().toString());
		assertTrue(d.relationships().stream().noneMatch(r -> r.from().contains("Araghchi") && r.to().equals("Iran")),
				d.relationships().toString());
	}

	private static DocumentExtraction document(String... sentences) {
		List<ParsedSentence> doc = HandParses.document(sentences);
		StringBuilder body = new StringBuilder();
		for (ParsedSentence s : doc) {
			body.append(body.length() == 0 ? "" : " ").append(HandParses.body(s).substring(s.start(0)));
		}
		assertEquals(body.length(), doc.get(doc.size() - 1).end(doc.get(doc.size() - 1).size() - 1),
				"the parses spell the body");
		return ExtractionEngine.withParser(b -> doc).extract(body.toString());
	}
}
