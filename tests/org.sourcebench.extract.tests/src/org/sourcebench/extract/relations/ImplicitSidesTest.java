package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Event sides the clause does not name ({@code relations.implicit-sides}, {@link ImplicitSides}), on hand-written
 * parses of sentences made up for these tests (tokens {@code word/lemma/UPOS/head/relation}, head 1-based).
 */
class ImplicitSidesTest {

	/** Extracts the document of {@code sentences} (joined by single spaces) with their hand-written parses. */
	private static DocumentExtraction extract(String... sentences) {
		List<ParsedSentence> parses = HandParses.document(sentences);
		StringBuilder body = new StringBuilder();
		for (ParsedSentence s : parses) {
			body.append(HandParses.body(s).substring(body.length()));
		}
		return ExtractionEngine.withParser(b -> parses).extract(body.toString());
	}

	@Test
	void theyAfterACountedGroupStandsForItsMembers() {
		DocumentExtraction d = extract(
				"Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj share/share/VERB/0/root "
						+ "a/a/DET/6/det border/border/NOUN/4/obj ~././PUNCT/4/punct",
				"The/the/DET/3/det two/two/NUM/3/nummod countries/country/NOUN/4/nsubj said/say/VERB/0/root "
						+ "that/that/SCONJ/7/mark they/they/PRON/7/nsubj condemned/condemn/VERB/4/ccomp "
						+ "Bolivia/Bolivia/PROPN/7/obj ~././PUNCT/4/punct");
		assertTrue(has(d, "Chile", "Bolivia", "11"), show(d));
		assertTrue(has(d, "Peru", "Bolivia", "11"), show(d));
	}

	@Test
	void theyAfterASingleActorIsNoList() {
		DocumentExtraction d = extract(
				"Chile/Chile/PROPN/2/nsubj shares/share/VERB/0/root a/a/DET/4/det border/border/NOUN/2/obj "
						+ "~././PUNCT/2/punct",
				"Officials/official/NOUN/2/nsubj said/say/VERB/0/root that/that/SCONJ/5/mark they/they/PRON/5/nsubj "
						+ "condemned/condemn/VERB/2/ccomp Bolivia/Bolivia/PROPN/5/obj ~././PUNCT/2/punct");
		assertFalse(has(d, "Chile", "Bolivia", "11"), show(d));
	}

	@Test
	void aParticipleWithoutSubjectTakesTheSubjectOfTheClauseAbove() {
		// the participle hangs on "said" as a complement, and the source is too far back for the word windows
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj said/say/VERB/0/root in/in/ADP/5/case a/a/DET/5/det "
				+ "statement/statement/NOUN/2/obl published/publish/VERB/5/acl on/on/ADP/9/case the/the/DET/9/det "
				+ "website/website/NOUN/6/obl of/of/ADP/12/case its/its/PRON/12/nmod:poss embassy/embassy/NOUN/9/nmod "
				+ "on/on/ADP/16/case the/the/DET/16/det third/third/ADJ/16/amod evening/evening/NOUN/6/obl "
				+ "of/of/ADP/19/case the/the/DET/19/det month/month/NOUN/16/nmod after/after/ADP/23/case "
				+ "a/a/DET/23/det long/long/ADJ/23/amod debate/debate/NOUN/6/obl in/in/ADP/26/case the/the/DET/26/det "
				+ "assembly/assembly/NOUN/23/nmod of/of/ADP/29/case the/the/DET/29/det capital/capital/NOUN/26/nmod "
				+ "~,/,/PUNCT/31/punct warning/warn/VERB/2/ccomp Peru/Peru/PROPN/31/obj ~././PUNCT/2/punct");
		assertTrue(has(d, "Chile", "Peru", "13"), show(d));
	}
}
