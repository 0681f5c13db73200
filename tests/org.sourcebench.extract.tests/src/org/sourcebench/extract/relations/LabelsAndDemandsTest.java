package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The parse reader alone (no word windows) on hand-written parses of sentences made up for these tests: a negative
 * label one actor puts on another is disapproval, 11 ({@code relations.negative-label}, {@link Labels}), and a demand
 * or appeal without an object is aimed at the subject of its clause ({@code relations.demand-that}).
 */
class LabelsAndDemandsTest {

	/** Reads one sentence whose tokens named Chile, Peru and Bolivia are the document's state actors. */
	private static List<ExtractedRelationship> read(String tokens) {
		ParsedSentence s = HandParses.sentence(tokens);
		DocActors actors = new DocActors();
		for (String name : List.of("Chile", "Peru", "Bolivia")) {
			for (int t = 0; t < s.size(); t++) {
				if (s.word(t).equals(name)) {
					actors.mention(actors.actor(name, ActorKind.STATE, name.substring(0, 2).toUpperCase(), 1),
							s.start(t), s.end(t));
				}
			}
		}
		List<ExtractedRelationship> out = new ArrayList<>();
		new ParsedRelationReader(new EventCoder(PetrarchDictionaries.verbs(), PetrarchDictionaries.actors(),
				PetrarchDictionaries.agents()), ExtractionData.get().cameo(), ExtractionData.get().forms())
				.read(HandParses.body(s), List.of(s), actors, out);
		return out;
	}

	private static boolean has(List<ExtractedRelationship> out, String from, String to, String root) {
		return out.stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to) && r.root().equals(root));
	}

	@Test
	void callingAnActorADangerousNeighbourDisapprovesOfIt() {
		List<ExtractedRelationship> out = read("Chile/Chile/PROPN/2/nsubj called/call/VERB/0/root "
				+ "Peru/Peru/PROPN/2/obj a/a/DET/6/det dangerous/dangerous/ADJ/6/amod neighbour/neighbour/NOUN/2/xcomp "
				+ "./././2/punct");
		assertTrue(has(out, "Chile", "Peru", "11"), out.toString());
	}

	@Test
	void describingAnActorsMoveAsUnlawfulDisapprovesOfTheActor() {
		List<ExtractedRelationship> out = read("Chile/Chile/PROPN/2/nsubj described/describe/VERB/0/root "
				+ "Peru/Peru/PROPN/5/nmod:poss ~'s/'s/PART/3/case decision/decision/NOUN/2/obj as/as/ADP/7/case "
				+ "illegal/illegal/ADJ/2/obl ./././2/punct");
		assertTrue(has(out, "Chile", "Peru", "11"), out.toString());
	}

	@Test
	void aPassiveLabelIsPutByItsByPhraseEvenWhereTheParseHangsItOnTheLabel() {
		List<ExtractedRelationship> out = read("Peru/Peru/PROPN/3/nsubj:pass is/be/AUX/3/aux:pass "
				+ "considered/consider/VERB/0/root a/a/DET/6/det terrorist/terrorist/NOUN/6/compound "
				+ "state/state/NOUN/3/xcomp by/by/ADP/8/case Chile/Chile/PROPN/6/nmod ./././3/punct");
		assertTrue(has(out, "Chile", "Peru", "11"), out.toString());
		assertFalse(has(out, "Peru", "Chile", "11"), out.toString());
	}

	@Test
	void aFriendlyOrNegatedLabelIsNoDisapproval() {
		List<ExtractedRelationship> friendly = read("Chile/Chile/PROPN/2/nsubj called/call/VERB/0/root "
				+ "Peru/Peru/PROPN/2/obj a/a/DET/6/det good/good/ADJ/6/amod neighbour/neighbour/NOUN/2/xcomp "
				+ "./././2/punct");
		assertFalse(has(friendly, "Chile", "Peru", "11"), friendly.toString());
		List<ExtractedRelationship> negated = read("Chile/Chile/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod "
				+ "call/call/VERB/0/root Peru/Peru/PROPN/4/obj a/a/DET/7/det threat/threat/NOUN/4/xcomp ./././4/punct");
		assertFalse(has(negated, "Chile", "Peru", "11"), negated.toString());
	}

	@Test
	void aDemandThatAnActorWithdrawIsAimedAtThatActor() {
		List<ExtractedRelationship> out = read("Chile/Chile/PROPN/2/nsubj demanded/demand/VERB/0/root "
				+ "that/that/SCONJ/5/mark Peru/Peru/PROPN/5/nsubj withdraw/withdraw/VERB/2/ccomp its/its/PRON/7/nmod:poss "
				+ "troops/troops/NOUN/5/obj from/from/ADP/9/case Bolivia/Bolivia/PROPN/5/obl ./././2/punct");
		assertTrue(has(out, "Chile", "Peru", "10"), out.toString());
		assertFalse(has(out, "Chile", "Bolivia", "10"), out.toString());
	}

	@Test
	void anAppealThatAnActorHaltIsAimedAtThatActor() {
		List<ExtractedRelationship> out = read("Bolivia/Bolivia/PROPN/2/nsubj urged/urge/VERB/0/root "
				+ "that/that/SCONJ/5/mark Chile/Chile/PROPN/5/nsubj halt/halt/VERB/2/ccomp the/the/DET/7/det "
				+ "raids/raid/NOUN/5/obj ./././2/punct");
		assertTrue(has(out, "Bolivia", "Chile", "02"), out.toString());
	}
}
