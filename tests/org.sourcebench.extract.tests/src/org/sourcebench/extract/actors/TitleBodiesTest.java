package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A body named only inside a person's title is no actor of the article (mechanisms actors.titleBodies and
 * actors.possessiveTitleBodies); named on its own as well, it is. Hand-written parses; the body is the words joined by spaces.
 */
class TitleBodiesTest {

	private static final String ONLY_IN_TITLE = """
			1	Water	Water	PROPN	_	_	2	compound	_	_
			2	Council	Council	PROPN	_	_	3	compound	_	_
			3	spokesman	spokesman	NOUN	_	_	6	nsubj	_	_
			4	Ali	Ali	PROPN	_	_	3	appos	_	NER=PERSON
			5	Hassan	Hassan	PROPN	_	_	4	flat	_	NER=PERSON
			6	said	say	VERB	_	_	0	root	_	_
			7	the	the	DET	_	_	8	det	_	_
			8	dam	dam	NOUN	_	_	10	nsubj	_	_
			9	was	be	AUX	_	_	10	cop	_	_
			10	safe	safe	ADJ	_	_	6	ccomp	_	_
			11	.	.	PUNCT	_	_	6	punct	_	_
			""";

	private static final String ALSO_ON_ITS_OWN = """
			1	Water	Water	PROPN	_	_	2	compound	_	_
			2	Council	Council	PROPN	_	_	3	compound	_	_
			3	spokesman	spokesman	NOUN	_	_	6	nsubj	_	_
			4	Ali	Ali	PROPN	_	_	3	appos	_	NER=PERSON
			5	Hassan	Hassan	PROPN	_	_	4	flat	_	NER=PERSON
			6	said	say	VERB	_	_	0	root	_	_
			7	the	the	DET	_	_	9	det	_	_
			8	Water	Water	PROPN	_	_	9	compound	_	_
			9	Council	Council	PROPN	_	_	10	nsubj	_	_
			10	closed	close	VERB	_	_	6	ccomp	_	_
			11	the	the	DET	_	_	12	det	_	_
			12	dam	dam	NOUN	_	_	10	obj	_	_
			13	.	.	PUNCT	_	_	6	punct	_	_
			""";

	private static final String POSSESSIVE = """
			1	the	the	DET	_	_	3	det	_	_
			2	Water	Water	PROPN	_	_	3	compound	_	_
			3	Council	Council	PROPN	_	_	5	nmod:poss	_	_
			4	's	's	PART	_	_	3	case	_	_
			5	spokesman	spokesman	NOUN	_	_	8	nsubj	_	_
			6	Ali	Ali	PROPN	_	_	5	appos	_	NER=PERSON
			7	Hassan	Hassan	PROPN	_	_	6	flat	_	NER=PERSON
			8	said	say	VERB	_	_	0	root	_	_
			9	the	the	DET	_	_	10	det	_	_
			10	dam	dam	NOUN	_	_	12	nsubj	_	_
			11	was	be	AUX	_	_	12	cop	_	_
			12	safe	safe	ADJ	_	_	8	ccomp	_	_
			13	.	.	PUNCT	_	_	8	punct	_	_
			""";

	private static List<String> names(String conllu) {
		ParsedSentence s = ParsedSentence.fromConllu(conllu);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < s.size(); i++) {
			body.append(i == 0 ? "" : " ").append(s.word(i));
		}
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(s)).extract(body.toString());
		return d.actors().stream().map(ExtractedActor::name).toList();
	}

	@Test
	void aBodyNamedOnlyInAPersonsTitleIsNoActorButThePersonIs() {
		List<String> names = names(ONLY_IN_TITLE);
		assertFalse(names.contains("Water Council"), names.toString());
		assertTrue(names.contains("Ali Hassan"), names.toString());
	}

	@Test
	void aBodyNamedOnlyAsTheOwnerOfAPersonsTitleIsNoActor() {
		List<String> names = names(POSSESSIVE);
		assertFalse(names.contains("Water Council"), names.toString());
		assertTrue(names.contains("Ali Hassan"), names.toString());
	}

	@Test
	void aBodyThatAlsoActsOnItsOwnStaysAnActor() {
		List<String> names = names(ALSO_ON_ITS_OWN);
		assertTrue(names.contains("Water Council"), names.toString());
	}
}
