package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A word-window relationship whose evidence holds an event the parse read between other sides — another source and
 * a target the parse never gives the event — goes ({@code relations.parse-overrules}); one whose target the parse
 * also reads (a list member the parse missed) stays. The word-window relationships are handed to the reader as the
 * word-window reader would; the parse is written by hand for a sentence written for this test.
 */
class ParseOverrulesWindowsTest {

	/** "Lai spoke of Taiwan during her meeting with Chen of China ." */
	private static final ParsedSentence S = HandParses.sentence("Lai/Lai/PROPN/2/nsubj spoke/speak/VERB/0/root "
			+ "of/of/ADP/4/case Taiwan/Taiwan/PROPN/2/obl during/during/ADP/7/case her/she/PRON/7/nmod:poss "
			+ "meeting/meeting/NOUN/2/obl with/with/ADP/9/case Chen/Chen/PROPN/7/nmod of/of/ADP/11/case "
			+ "China/China/PROPN/9/nmod ./././2/punct");

	private static List<ExtractedRelationship> read(String from, String to) {
		return read(from, to, "TW");
	}

	private static List<ExtractedRelationship> read(String from, String to, String laiIso) {
		String body = HandParses.body(S);
		DocActors actors = new DocActors();
		mention(actors, actors.actor("Lai", ActorKind.PERSON, laiIso, 1), 0);
		mention(actors, actors.actor("Taiwan", ActorKind.STATE, "TW", 1), 3);
		mention(actors, actors.actor("Chen", ActorKind.PERSON, "CN", 1), 8);
		mention(actors, actors.actor("China", ActorKind.STATE, "CN", 1), 10);
		TextSpan evidence = TextSpan.of(body, S.start(3), S.end(10));
		List<ExtractedRelationship> out = new ArrayList<>();
		out.add(new ExtractedRelationship(from, to, "04", evidence, 0.5)); // as the word windows read it
		ParsedRelationReader reader = new ParsedRelationReader(new EventCoder(PetrarchDictionaries.verbs(),
				PetrarchDictionaries.actors(), PetrarchDictionaries.agents()), ExtractionData.get().cameo(),
				ExtractionData.get().forms());
		reader.read(body, List.of(S), actors, out);
		return out;
	}

	private static void mention(DocActors actors, DocActor a, int token) {
		actors.mention(a, S.start(token), S.end(token));
	}

	private static boolean has(List<ExtractedRelationship> out, String from, String to) {
		return out.stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to) && r.root().equals("04"));
	}

	@Test
	void aWindowPairWithNeitherSideOfTheParsedEventGoes() {
		List<ExtractedRelationship> out = read("Taiwan", "China");
		assertTrue(has(out, "Lai", "Chen") && has(out, "Chen", "Lai"), out.toString());
		assertFalse(has(out, "Taiwan", "China"), "the parse read this meeting between Lai and Chen: " + out);
	}

	@Test
	void aWindowPairWhoseTargetTheParseAlsoReadsStays() {
		// Lai without a known state: were Lai Taiwan's, relations.person-over-state would drop Taiwan's copy of
		// Lai's meeting with Chen (PersonOverStateTest); this test is about the parse-overrules rule only
		List<ExtractedRelationship> out = read("Taiwan", "Chen", "");
		assertTrue(has(out, "Taiwan", "Chen"), out.toString());
	}
}
