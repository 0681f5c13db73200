package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Titles before a person's name that titles.tsv does not spell out (mechanism actors.leadingTitles): undotted and
 * hyphen-joined abbreviations, and offices of the PETRARCH agent dictionary. Sentences written for the test.
 */
class LeadingTitlesTest {

	private static final LeadingTitles TITLES = new LeadingTitles(ExtractionData.get().titles(),
			PetrarchDictionaries.agents());

	private static String name(String run) {
		return run.substring(TITLES.nameStart(run, 0, run.length()));
	}

	@Test
	void abbreviatedRanksWithoutFullStopsOrJoinedByAHyphenAreNoPartOfTheName() {
		assertEquals("Tariq Haddad", name("Maj-Gen Tariq Haddad"));
		assertEquals("Lina Okoro", name("Gen Lina Okoro"));
		assertEquals("Samir Adeyemi", name("Lt Col Samir Adeyemi"));
		assertEquals("Carter", name("Amb Carter"));
		assertEquals("Lina Okoro", name("Gen. Lina Okoro"), "the dotted form of the table, as before");
	}

	@Test
	void anOfficeOfTheAgentDictionaryOpensTheRunOnlyWhenTwoNameWordsFollow() {
		assertEquals("Ruth Adebayo", name("Police Commissioner Ruth Adebayo"));
		assertEquals("Police Commissioner Adebayo", name("Police Commissioner Adebayo"),
				"one word left could be the end of a name");
		assertEquals("Hunter Nwosu Bello", name("Hunter Nwosu Bello"), "a civilian role is also a given name");
		assertEquals("Genevieve Okoro", name("Genevieve Okoro"), "a word that only begins like a rank");
		assertEquals("General", name("General"), "a run that is a title only is left to the caller");
	}

	@Test
	void aCueAdjacentNameWithAnUndottedRankIsThePersonWithoutIt() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"The border posts will stay closed, said Maj-Gen Tariq Haddad on the radio.");
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Tariq Haddad")), d.actors().toString());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().startsWith("Maj")), d.actors().toString());
	}

	@Test
	void aNameAfterATitleLosesTheRanksBetween() {
		DocumentExtraction d = ExtractionEngine.withoutParser().extract(
				"Army Chief Gen Lina Okoro visited the northern garrison on a quiet morning.");
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Lina Okoro")), d.actors().toString());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().startsWith("Gen")), d.actors().toString());
	}

	private static final String TAGGED = """
			1	Helen	Helen	PROPN	_	_	9	nsubj	_	NER=PERSON
			2	Carter	Carter	PROPN	_	_	1	flat	_	NER=PERSON
			3	,	,	PUNCT	_	_	1	punct	_	_
			4	known	know	VERB	_	_	1	acl	_	_
			5	as	as	ADP	_	_	7	case	_	_
			6	Amb	Amb	PROPN	_	_	7	compound	_	NER=PERSON
			7	Carter	Carter	PROPN	_	_	4	obl	_	NER=PERSON
			8	,	,	PUNCT	_	_	1	punct	_	_
			9	met	meet	VERB	_	_	0	root	_	_
			10	Police	Police	PROPN	_	_	13	compound	_	NER=PERSON
			11	Commissioner	Commissioner	PROPN	_	_	13	compound	_	NER=PERSON
			12	Ruth	Ruth	PROPN	_	_	13	compound	_	NER=PERSON
			13	Adebayo	Adebayo	PROPN	_	_	9	obj	_	NER=PERSON
			14	.	.	PUNCT	_	_	9	punct	_	_
			""";

	@Test
	void aTaggedRunLosesItsTitleAndATitledLastNameIsThePersonNamedBefore() {
		String body = "Helen Carter , known as Amb Carter , met Police Commissioner Ruth Adebayo .";
		ParsedSentence s = ParsedSentence.fromConllu(TAGGED);
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(s)).extract(body);
		List<String> names = d.actors().stream().map(ExtractedActor::name).toList();
		assertTrue(names.contains("Ruth Adebayo"), names.toString());
		assertFalse(names.stream().anyMatch(n -> n.startsWith("Amb") || n.startsWith("Police")), names.toString());
		ExtractedActor carter = d.actors().stream().filter(a -> a.name().equals("Helen Carter")).findFirst()
				.orElseThrow(() -> new AssertionError(names.toString()));
		assertTrue(carter.mentions().stream().map(TextSpan::text).toList().contains("Carter"), carter.toString());
		assertEquals(1, names.stream().filter(n -> n.contains("Carter")).count(), names.toString());
	}
}
