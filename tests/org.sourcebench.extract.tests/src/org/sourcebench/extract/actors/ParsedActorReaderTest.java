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
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/** Actors from the parser's named-entity tags (hand-written CoNLL-U; the body is the words joined by spaces). */
class ParsedActorReaderTest {

	private static final String FIRST = """
			1	Oksana	Oksana	PROPN	_	_	3	nsubj	_	NER=PERSON
			2	Hrytsenko	Hrytsenko	PROPN	_	_	1	flat	_	NER=PERSON
			3	criticized	criticize	VERB	_	_	0	root	_	_
			4	the	the	DET	_	_	5	det	_	_
			5	Arkona	Arkona	PROPN	_	_	6	compound	_	NER=ORG
			6	Foundation	Foundation	PROPN	_	_	3	obj	_	NER=ORG
			7	.	.	PUNCT	_	_	3	punct	_	_
			""";

	private static final String SECOND = """
			1	Hrytsenko	Hrytsenko	PROPN	_	_	2	nsubj	_	NER=PERSON
			2	left	leave	VERB	_	_	0	root	_	_
			3	.	.	PUNCT	_	_	2	punct	_	_
			""";

	@Test
	void namedEntitiesTheDictionariesDoNotKnowBecomeActorsAndALastNameIsTheSamePerson() {
		String body = "Oksana Hrytsenko criticized the Arkona Foundation . Hrytsenko left .";
		ParsedSentence first = ParsedSentence.fromConllu(FIRST);
		ParsedSentence second = shift(ParsedSentence.fromConllu(SECOND), first.end(first.size() - 1) + 1);
		DocumentExtraction without = ExtractionEngine.withoutParser().extract(body);
		assertFalse(without.actors().stream().anyMatch(a -> a.name().equals("Oksana Hrytsenko")), "no title, no lexicon entry");
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(first, second)).extract(body);
		ExtractedActor person = d.actors().stream().filter(a -> a.name().equals("Oksana Hrytsenko")).findFirst()
				.orElseThrow(() -> new AssertionError(d.actors().toString()));
		assertEquals(ActorKind.PERSON, person.kind());
		assertTrue(person.mentions().stream().map(TextSpan::text).toList().contains("Hrytsenko"), person.toString());
		assertEquals(1, d.actors().stream().filter(a -> a.name().contains("Arkona")).count(),
				"the dictionary readers' organisation is not entered twice: " + d.actors());
	}

	@Test
	void taggedRunsLoseTheirTitleKeepHyphenatedPartsAndAreNoPersonsWhenTheyNameABodyOrModifyANoun() {
		String body = "Chairman Kim Seung-kyum met the Coordination Headquarters at the Al Aqsa Martyrs mosque.";
		String[] words = {"Chairman", "Kim", "Seung", "-kyum", "met", "the", "Coordination", "Headquarters", "at", "the",
			"Al", "Aqsa", "Martyrs", "mosque", "."};
		String[] pos = {"PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN",
			"PROPN", "PROPN", "ADJ", "PUNCT"};
		String[] ner = {"PERSON", "PERSON", "PERSON", null, null, null, "PERSON", "PERSON", null, null, "PERSON",
			"PERSON", "PERSON", null, null};
		ParsedSentence s = sentence(body, words, pos, ner);
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(s)).extract(body);
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Kim Seung-kyum") && a.kind() == ActorKind.PERSON),
				d.actors().toString());
		assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON
				&& (a.name().contains("Headquarters") || a.name().contains("Martyrs") || a.name().contains("Chairman"))),
				d.actors().toString());
	}

	@Test
	void theOtherNamesOfAListWithATaggedPersonArePersons() {
		String body = "The dead were Kyaw Oo Hlaing , Kyaw San Htay , and Bo Than Kyaw .";
		String[] words = body.split(" ");
		String[] pos = new String[words.length];
		String[] ner = new String[words.length];
		java.util.Arrays.fill(pos, "PROPN");
		for (int i = 3; i <= 5; i++) {
			ner[i] = "PERSON";
		}
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(sentence(body, words, pos, ner))).extract(
				body.replace(" ,", ",").replace(" .", "."));
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Kyaw San Htay")), d.actors().toString());
		assertTrue(d.actors().stream().anyMatch(a -> a.name().equals("Bo Than Kyaw")), d.actors().toString());
	}

	@Test
	void taggedOrganisationsBecomeBodiesWithAHeadWordOrADefinedAcronymButNotAsLoneWordsOrPlaces() {
		String body = "Members of the Tampico Syndicate Cartel met the Ministry of Fisheries near Gold Peninsula after "
				+ "Harakat Tahrir al-Sahil wal-Jabal (HTSJ) warned the Kingdom .";
		String[] words = body.replace("(", "( ").replace(")", " )").split(" ");
		String[] pos = new String[words.length];
		String[] ner = new String[words.length];
		java.util.Arrays.fill(pos, "PROPN");
		List<String> ws = java.util.Arrays.asList(words);
		for (String org : new String[] {"Tampico", "Syndicate", "Cartel", "Ministry", "Fisheries", "Gold", "Peninsula",
			"HTSJ", "Kingdom"}) {
			ner[ws.indexOf(org)] = "ORG";
		}
		ner[ws.indexOf("Ministry") + 1] = "ORG";
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(sentence(body, words, pos, ner)))
				.extract(body.replace(" .", "."));
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Tampico Syndicate Cartel").kind());
		assertEquals(ActorKind.GOVERNMENT, named(d, "Ministry of Fisheries").kind());
		ExtractedActor group = named(d, "Harakat Tahrir al-Sahil wal-Jabal");
		assertTrue(group.mentions().stream().map(TextSpan::text).toList().contains("HTSJ"), group.toString());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().equals("Kingdom") || a.name().contains("Peninsula")),
				d.actors().toString());
	}

	@Test
	void aWeekdayTheTaggerRanIntoANameIsNoPartOfIt() {
		String body = "The plan outlined by Chancellor Lindqvist Tuesday was welcomed , and Anna Lindqvist left .";
		String[] words = body.split(" ");
		String[] pos = new String[words.length];
		String[] ner = new String[words.length];
		java.util.Arrays.fill(pos, "PROPN");
		ner[5] = "PERSON";
		ner[6] = "PERSON";
		ner[11] = "PERSON";
		ner[12] = "PERSON";
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(sentence(body, words, pos, ner)))
				.extract(body.replace(" ,", ",").replace(" .", "."));
		assertFalse(d.actors().stream().anyMatch(a -> a.name().contains("Tuesday")), d.actors().toString());
	}

	@Test
	void aQuotedNicknameInsideANameIsOnePersonNamedWithoutIt() {
		String body = "Police arrested Rafael \"El Tigre\" Montoya Ruiz in March. El Tigre had led the smuggling ring.";
		DocumentExtraction d = org.sourcebench.extract.ExtractionFixture.extract(body);
		ExtractedActor p = named(d, "Rafael Montoya Ruiz");
		assertEquals(ActorKind.PERSON, p.kind());
		List<String> texts = p.mentions().stream().map(TextSpan::text).toList();
		assertTrue(texts.contains("Rafael \"El Tigre\" Montoya Ruiz") && texts.contains("El Tigre"), texts.toString());
		assertEquals(1, d.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), d.actors().toString());
	}

	@Test
	void aNameWithAHyphenedParticleIsAPersonAndItsLastNameKeepsTheParticle() {
		String body = "Crowds cheered Abdel Karim al-Tamimi in the square , and the next day al-Tamimi left .";
		String[] words = {"Crowds", "cheered", "Abdel", "Karim", "al-Tamimi", "in", "the", "square", ",", "and", "the",
			"next", "day", "al", "-", "Tamimi", "left", "."};
		String[] pos = new String[words.length];
		String[] ner = new String[words.length];
		java.util.Arrays.fill(pos, "X");
		for (int k : new int[] {2, 3, 4, 15}) {
			ner[k] = "PERSON";
			pos[k] = "PROPN";
		}
		DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(sentence(body, words, pos, ner)))
				.extract(body.replace(" ,", ",").replace(" .", "."));
		ExtractedActor p = named(d, "Abdel Karim al-Tamimi");
		assertTrue(p.mentions().stream().map(TextSpan::text).toList().contains("al-Tamimi"), p.toString());
		assertEquals(1, d.actors().size(), d.actors().toString());
	}

	private static ExtractedActor named(DocumentExtraction d, String name) {
		return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
	}

	/** A sentence of {@code words} found in order in {@code body}, every token attached to the fifth. */
	private static ParsedSentence sentence(String body, String[] words, String[] pos, String[] ner) {
		String text = body.replace(" ,", ",").replace(" .", ".");
		int n = words.length;
		int[] starts = new int[n];
		int[] ends = new int[n];
		int at = 0;
		for (int i = 0; i < n; i++) {
			at = text.indexOf(words[i], at);
			starts[i] = at;
			ends[i] = at + words[i].length();
			at = ends[i];
		}
		int[] heads = new int[n];
		String[] rels = new String[n];
		java.util.Arrays.fill(heads, 4);
		java.util.Arrays.fill(rels, "dep");
		heads[4] = -1;
		rels[4] = "root";
		return new ParsedSentence(words, words.clone(), pos, heads, rels, ner, starts, ends);
	}

	/** The same sentence with every offset moved by {@code by} (the second sentence of a body). */
	private static ParsedSentence shift(ParsedSentence s, int by) {
		int n = s.size();
		String[] w = new String[n];
		String[] l = new String[n];
		String[] p = new String[n];
		int[] h = new int[n];
		String[] d = new String[n];
		String[] e = new String[n];
		int[] st = new int[n];
		int[] en = new int[n];
		for (int i = 0; i < n; i++) {
			w[i] = s.word(i);
			l[i] = s.lemma(i);
			p[i] = s.pos(i);
			h[i] = s.head(i);
			d[i] = s.deprel(i);
			e[i] = s.entity(i);
			st[i] = s.start(i) + by;
			en[i] = s.end(i) + by;
		}
		return new ParsedSentence(w, l, p, h, d, e, st, en);
	}
}
