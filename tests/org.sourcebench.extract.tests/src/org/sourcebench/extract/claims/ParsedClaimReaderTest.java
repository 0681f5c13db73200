package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Claims read from a dependency parse (hand-written CoNLL-U; the body is the words joined by single spaces, as
 * {@link ParsedSentence#fromConllu} assigns offsets).
 */
class ParsedClaimReaderTest {

	private static DocumentExtraction extract(String conllu) {
		ParsedSentence s = ParsedSentence.fromConllu(conllu);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.size(); i++) {
			b.append(i == 0 ? "" : " ").append(s.word(i));
		}
		return ExtractionEngine.withParser(body -> List.of(s)).extract(b.toString());
	}

	private static ExtractedClaim claimOf(DocumentExtraction d, String speaker) {
		return d.claims().stream().filter(c -> speaker.equals(c.speaker())).findFirst()
				.orElseThrow(() -> new AssertionError(d.claims() + " / " + d.actors()));
	}

	@Test
	void aPositionNounComplementIsTheClaim() {
		DocumentExtraction d = extract("""
				1	The	the	DET	_	_	4	det	_	_
				2	Iranian	Iranian	ADJ	_	_	4	amod	_	_
				3	Foreign	Foreign	PROPN	_	_	4	compound	_	_
				4	Ministry	Ministry	PROPN	_	_	6	nsubj	_	_
				5	has	have	AUX	_	_	6	aux	_	_
				6	repeated	repeat	VERB	_	_	0	root	_	_
				7	its	its	PRON	_	_	8	nmod:poss	_	_
				8	commitment	commitment	NOUN	_	_	6	obj	_	_
				9	to	to	ADP	_	_	11	case	_	_
				10	the	the	DET	_	_	11	det	_	_
				11	plan	plan	NOUN	_	_	8	nmod	_	_
				12	.	.	PUNCT	_	_	6	punct	_	_
				""");
		ExtractedClaim c = claimOf(d, "Iranian Foreign Ministry");
		assertEquals("its commitment to the plan", c.text());
		assertFalse(c.direct());
	}

	@Test
	void nestedAttributionGoesToTheInnermostSpeakerAndTheClaimIsTheComplementExactly() {
		DocumentExtraction d = extract("""
				1	Iraqi	Iraqi	ADJ	_	_	2	amod	_	_
				2	officials	official	NOUN	_	_	3	nsubj	_	_
				3	said	say	VERB	_	_	0	root	_	_
				4	Turkey	Turkey	PROPN	_	_	5	nsubj	_	_
				5	denied	deny	VERB	_	_	3	ccomp	_	_
				6	that	that	SCONJ	_	_	10	mark	_	_
				7	its	its	PRON	_	_	8	nmod:poss	_	_
				8	troops	troop	NOUN	_	_	10	nsubj	_	_
				9	had	have	AUX	_	_	10	aux	_	_
				10	crossed	cross	VERB	_	_	5	ccomp	_	_
				11	the	the	DET	_	_	12	det	_	_
				12	border	border	NOUN	_	_	10	obj	_	_
				13	.	.	PUNCT	_	_	3	punct	_	_
				""");
		ExtractedClaim c = claimOf(d, "Turkey");
		assertEquals("its troops had crossed the border", c.text());
		assertEquals("denied", c.cue());
	}

	@Test
	void accordingToAnUnnamedSourceMakesTheSourceTheSpeaker() {
		DocumentExtraction d = extract("""
				1	According	accord	VERB	_	_	4	case	_	_
				2	to	to	ADP	_	_	1	fixed	_	_
				3	a	a	DET	_	_	4	det	_	_
				4	source	source	NOUN	_	_	11	obl	_	_
				5	close	close	ADJ	_	_	4	amod	_	_
				6	to	to	ADP	_	_	8	case	_	_
				7	the	the	DET	_	_	8	det	_	_
				8	talks	talk	NOUN	_	_	5	obl	_	_
				9	,	,	PUNCT	_	_	4	punct	_	_
				10	Iran	Iran	PROPN	_	_	11	nsubj	_	_
				11	sent	send	VERB	_	_	0	root	_	_
				12	weapons	weapon	NOUN	_	_	11	obj	_	_
				13	to	to	ADP	_	_	14	case	_	_
				14	Yemen	Yemen	PROPN	_	_	11	obl	_	_
				15	.	.	PUNCT	_	_	11	punct	_	_
				""");
		assertTrue(d.claims().stream().anyMatch(c -> c.text().equals("Iran sent weapons to Yemen")
				&& c.speaker() != null && c.speaker().contains("source")), d.claims().toString());
	}
}
