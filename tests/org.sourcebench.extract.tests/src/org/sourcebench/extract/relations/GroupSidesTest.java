package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Counted groups the parse hides ({@link GroupSides}, switch {@code relations.group-sides}): "both" parsed as a
 * preconjunct still counts the group. Hand-written parses of sentences written for this test (format of
 * {@link HandParses}).
 */
class GroupSidesTest {

	@Test
	void bothAsAPreconjunctCountsTheGroup() {
		// the parse makes "both" a preconjunct of "countries" although no conjunction follows
		DocumentExtraction d = document("Chile/Chile/PROPN/3/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "disagree/disagree/VERB/0/root ./././4/punct",
				"In/in/ADP/2/case May/May/PROPN/5/obl both/both/CCONJ/4/cc:preconj countries/country/NOUN/5/nsubj "
						+ "agreed/agree/VERB/0/root to/to/PART/7/mark reopen/reopen/VERB/5/xcomp the/the/DET/9/det "
						+ "border/border/NOUN/7/obj ./././5/punct");
		assertTrue(has(d, "Chile", "Peru", "03") && has(d, "Peru", "Chile", "03"), d.relationships().toString());
	}

	/** Extracts a document of several hand-parsed sentences, joined by single spaces. */
	private static DocumentExtraction document(String... sentences) {
		List<ParsedSentence> parsed = HandParses.document(sentences);
		String body = parsed.stream().map(HandParses::body).map(String::strip).collect(Collectors.joining(" "));
		return ExtractionEngine.withParser(b -> parsed).extract(body);
	}
}
