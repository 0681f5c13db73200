package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.data.PetrarchActorDictionary;
import org.sourcebench.extract.data.PetrarchAgentDictionary;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PetrarchVerbDictionary;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.QuadClass;

/**
 * Event coding on a dependency parse with the bundle's CAMEO and Phoenix dictionaries. The parses are hand-written
 * CoNLL-U (the body is the words joined by single spaces, as {@link ParsedSentence#fromConllu} assigns offsets).
 */
class ParsedEventCodingTest {

	private static final String REBUKE = """
			1	Turkey	Turkey	PROPN	_	_	2	nsubj	_	NER=GPE
			2	rebuked	rebuke	VERB	_	_	0	root	_	_
			3	Russia	Russia	PROPN	_	_	2	obj	_	NER=GPE
			4	for	for	ADP	_	_	5	mark	_	_
			5	violating	violate	VERB	_	_	2	advcl	_	_
			6	the	the	DET	_	_	7	det	_	_
			7	truce	truce	NOUN	_	_	5	obj	_	_
			8	.	.	PUNCT	_	_	2	punct	_	_
			""";

	private static final String OBAMA = """
			1	Barack	Barack	PROPN	_	_	2	flat	_	NER=PERSON
			2	Obama	Obama	PROPN	_	_	3	nsubj	_	NER=PERSON
			3	criticized	criticize	VERB	_	_	0	root	_	_
			4	Russia	Russia	PROPN	_	_	3	obj	_	NER=GPE
			5	.	.	PUNCT	_	_	3	punct	_	_
			""";

	private static final String SHELLS = """
			1	Syrian	Syrian	ADJ	_	_	2	amod	_	NER=NORP
			2	troops	troop	NOUN	_	_	3	nsubj	_	_
			3	fired	fire	VERB	_	_	0	root	_	_
			4	artillery	artillery	NOUN	_	_	5	compound	_	_
			5	shells	shell	NOUN	_	_	3	obj	_	_
			6	at	at	ADP	_	_	8	case	_	_
			7	Turkish	Turkish	ADJ	_	_	8	amod	_	NER=NORP
			8	positions	position	NOUN	_	_	3	obl	_	_
			9	.	.	PUNCT	_	_	3	punct	_	_
			""";

	private static String body(String conllu) {
		ParsedSentence s = ParsedSentence.fromConllu(conllu);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.size(); i++) {
			b.append(i == 0 ? "" : " ").append(s.word(i));
		}
		return b.toString();
	}

	private static EventCoder coder() {
		return new EventCoder(PetrarchDictionaries.verbs(), PetrarchDictionaries.actors(), PetrarchDictionaries.agents());
	}

	@Test
	void theEngineWithAParserCodesAVerbPatternTheWordWindowsDoNotKnow() {
		String body = body(REBUKE);
		DocumentExtraction without = ExtractionEngine.withoutParser().extract(body);
		assertFalse(without.relationships().stream().anyMatch(r -> r.from().equals("Turkey")),
				without.relationships().toString());
		ExtractionEngine engine = ExtractionEngine.withParser(b -> List.of(ParsedSentence.fromConllu(REBUKE)));
		DocumentExtraction d = engine.extract(body, ExtractionOptions.dated(LocalDate.of(2019, 10, 12)));
		ExtractedRelationship r = d.relationships().stream().filter(x -> x.from().equals("Turkey")).findFirst()
				.orElseThrow(() -> new AssertionError(d.relationships().toString()));
		assertEquals("Russia", r.to());
		assertEquals("1122", r.cameoCode(), "DENOUNCE block of CAMEO.2.0, pattern * (FOR VIOLATING)");
		assertEquals(QuadClass.VERBAL_CONFLICT, r.quadClass());
		assertTrue(r.label().startsWith("Accuse"), r.label());
		assertTrue(r.evidence().text().startsWith("Turkey rebuked Russia"), r.evidence().text());
	}

	@Test
	void aPatternOnTheObjectGivesTheFourDigitOrThreeDigitCode() {
		ParsedSentence s = ParsedSentence.fromConllu(SHELLS);
		List<EventCoder.CodedEvent> events = coder().code(s, LocalDate.of(2019, 10, 12));
		assertEquals(1, events.size(), events.toString());
		EventCoder.CodedEvent e = events.get(0);
		assertEquals("SYRMIL", e.source().code());
		assertEquals("TUR", e.target().code().substring(0, 3), e.toString());
		assertTrue(e.code().startsWith("19"), "firing artillery is fighting: " + e);
		assertTrue(e.code().length() >= 3, e.toString());
	}

	@Test
	void dateRestrictedRolesResolveOnTheArticlesDate() {
		ParsedSentence s = ParsedSentence.fromConllu(OBAMA);
		EventCoder coder = coder();
		assertEquals("USAGOV", coder.party(s, 1, LocalDate.of(2010, 6, 1)).code());
		assertEquals("USAELI", coder.party(s, 1, LocalDate.of(1990, 6, 1)).code());
		assertNull(coder.party(s, 1, LocalDate.of(2005, 6, 1)), "no role of the dictionary holds in 2005");
		List<EventCoder.CodedEvent> events = coder.code(s, LocalDate.of(2010, 6, 1));
		assertEquals("RUS", events.get(0).target().code());
		assertEquals("Barack Obama", events.get(0).source().actor().displayName());
	}

	/** A coder with tiny in-memory dictionaries in the PETRARCH formats. */
	private static EventCoder tiny(String verbs) {
		return new EventCoder(new PetrarchVerbDictionary(List.of(source("verbs", verbs))),
				new PetrarchActorDictionary(List.of(source("actors", "ARNOR  [ARN]\nGONDOR  [GON]\n"))),
				new PetrarchAgentDictionary(List.of(source("agents", "MINISTER [~GOV]\n"))));
	}

	private static PetrarchSource source(String name, String text) {
		try {
			return PetrarchSource.read(name, new StringReader(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> events(EventCoder coder, String tokens) {
		StringBuilder conllu = new StringBuilder();
		String[] t = tokens.trim().split("\\s+");
		for (int i = 0; i < t.length; i++) {
			String[] f = t[i].split("/");
			conllu.append(i + 1).append('\t').append(f[0]).append('\t').append(f[1]).append('\t').append(f[2])
					.append("\t_\t_\t").append(f[3]).append('\t').append(f[4]).append("\t_\t_\n");
		}
		return coder.code(ParsedSentence.fromConllu(conllu.toString()), null).stream()
				.map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
	}

	@Test
	void aTwoPartCodeAlsoGivesTheTargetsReverseEvent() {
		String visit = "Arnor/Arnor/PROPN/2/nsubj visited/visit/VERB/0/root Gondor/Gondor/PROPN/2/obj ./././2/punct";
		assertEquals(List.of("ARN>GON:032", "GON>ARN:033"), events(tiny("--- VISIT [032:033] ---\nVISIT\n"), visit));
		assertEquals(List.of("ARN>GON:032"), events(tiny("--- VISIT [032] ---\nVISIT\n"), visit));
	}

	@Test
	void aPronounSubjectOfAReportedClauseIsTheReporter() {
		List<String> e = events(tiny("--- ACT [100] ---\nACT\n"), "Arnor/Arnor/PROPN/2/nsubj "
				+ "indicated/indicate/VERB/0/root it/it/PRON/5/nsubj would/would/AUX/5/aux act/act/VERB/2/ccomp "
				+ "against/against/ADP/7/case Gondor/Gondor/PROPN/5/obl ./././2/punct");
		assertEquals(List.of("ARN>GON:100"), e);
	}

	@Test
	void theSubjectOfAnInfinitiveComplementIsTheTarget() {
		List<String> e = events(tiny("--- URGE [020] ---\nURGE\n"), "Arnor/Arnor/PROPN/2/nsubj "
				+ "urged/urge/VERB/0/root Gondor/Gondor/PROPN/5/nsubj to/to/ADP/5/aux respond/respond/VERB/2/ccomp "
				+ "./././2/punct");
		assertEquals(List.of("ARN>GON:020"), e);
	}

	@Test
	void aPassiveWithoutAgentKeepsItsSubjectAsSourceAndOneWithAnAgentReverses() {
		EventCoder coder = tiny("--- CRITICIZE [121] ---\nCRITICIZE\n");
		assertEquals(List.of("ARN>GON:121"), events(coder, "Arnor/Arnor/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
				+ "criticized/criticize/VERB/0/root over/over/ADP/5/case ties/tie/NOUN/3/obl with/with/ADP/7/case "
				+ "Gondor/Gondor/PROPN/3/obl ./././3/punct"));
		assertEquals(List.of("GON>ARN:121"), events(coder, "Arnor/Arnor/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
				+ "criticized/criticize/VERB/0/root by/by/ADP/5/case Gondor/Gondor/PROPN/3/obl:agent ./././3/punct"));
	}
}
