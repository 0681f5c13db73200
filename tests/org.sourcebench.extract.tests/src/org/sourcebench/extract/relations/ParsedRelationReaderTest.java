package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedRelationship;

/**
 * Relationships read from the dependency parse ({@link ParsedRelationReader}) on hand-written parses: the body is
 * the words joined by single spaces, each token written {@code word/lemma/UPOS/head/relation} (head 1-based, 0 for
 * the root). Each case is one the word-window path misses or gets wrong, so the parse path is what is tested.
 */
class ParsedRelationReaderTest {

	@Test
	void fightingBetweenTwoActorsIsMutual() {
		DocumentExtraction d = extract("Fighting/fight/VERB/0/root between/between/ADP/3/case Hamas/Hamas/PROPN/1/obl "
				+ "and/and/CCONJ/5/cc Israel/Israel/PROPN/3/conj intensified/intensify/VERB/1/advcl ./././1/punct");
		assertTrue(has(d, "Hamas", "Israel", "19"), d.relationships().toString());
		assertTrue(has(d, "Israel", "Hamas", "19"), d.relationships().toString());
	}

	@Test
	void talksHeldWithAnActorAreANominalEventOfTheLightVerbsSubjectBothWays() {
		DocumentExtraction d = extract("Iran/Iran/PROPN/2/nsubj conducted/conduct/VERB/0/root two/two/NUM/4/nummod "
				+ "rounds/round/NOUN/2/obj of/of/ADP/6/case talks/talk/NOUN/4/nmod with/with/ADP/8/case "
				+ "Turkey/Turkey/PROPN/2/obl ./././2/punct");
		assertTrue(has(d, "Iran", "Turkey", "04"), d.relationships().toString());
		assertTrue(has(d, "Turkey", "Iran", "04"), d.relationships().toString());
	}

	@Test
	void theObjectOfANonLightVerbIsNoEvent() {
		DocumentExtraction d = extract("Iran/Iran/PROPN/2/nsubj suspended/suspend/VERB/0/root talks/talk/NOUN/2/obj "
				+ "with/with/ADP/5/case Turkey/Turkey/PROPN/3/nmod ./././2/punct");
		assertFalse(has(d, "Iran", "Turkey", "04"), "suspended talks are no talks: " + d.relationships());
		assertFalse(has(d, "Turkey", "Iran", "04"), d.relationships().toString());
	}

	@Test
	void negatedModalAndConditionalEventsAreLeftOut() {
		DocumentExtraction modal = extract("Turkey/Turkey/PROPN/3/nsubj will/will/AUX/3/aux attack/attack/VERB/0/root "
				+ "Syria/Syria/PROPN/3/obj ./././3/punct");
		assertTrue(modal.relationships().isEmpty(), modal.relationships().toString());
		DocumentExtraction plan = extract("Iran/Iran/PROPN/2/nsubj plans/plan/VERB/0/root to/to/PART/4/mark "
				+ "bomb/bomb/VERB/2/xcomp Israel/Israel/PROPN/4/obj ./././2/punct");
		assertFalse(any(plan, "Iran", "Israel"), plan.relationships().toString());
		DocumentExtraction cond = extract("If/if/SCONJ/3/mark Iran/Iran/PROPN/3/nsubj bombs/bomb/VERB/7/advcl "
				+ "Israel/Israel/PROPN/3/obj ,/,/PUNCT/3/punct Turkey/Turkey/PROPN/7/nsubj protests/protest/VERB/0/root "
				+ "./././7/punct");
		assertFalse(any(cond, "Iran", "Israel"), cond.relationships().toString());
	}

	@Test
	void anOfferToActTowardAnActorIsAnIntentNotTheAct() {
		DocumentExtraction d = extract("Hamas/Hamas/PROPN/2/nsubj offered/offer/VERB/0/root to/to/PART/4/mark "
				+ "negotiate/negotiate/VERB/2/xcomp with/with/ADP/6/case Israel/Israel/PROPN/4/obl ./././2/punct");
		assertTrue(has(d, "Hamas", "Israel", "03"), d.relationships().toString());
		assertFalse(has(d, "Hamas", "Israel", "04"), d.relationships().toString());
	}

	@Test
	void aPledgeToDestroyIsAThreatEvenWhenTheParserMissesTheLemma() {
		DocumentExtraction d = extract("Israel/Israel/PROPN/2/nsubj pledged/pledg/VERB/0/root to/to/PART/4/mark "
				+ "destroy/destroy/VERB/2/xcomp Hamas/Hamas/PROPN/4/obj ./././2/punct");
		assertTrue(has(d, "Israel", "Hamas", "13"), d.relationships().toString());
		assertFalse(has(d, "Israel", "Hamas", "19"), "a pledge is no attack: " + d.relationships());
	}

	@Test
	void aPronounInAReportedClauseIsTheSpeaker() {
		DocumentExtraction d = extract("Turkey/Turkey/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/4/nsubj "
				+ "bombed/bomb/VERB/2/ccomp the/the/DET/6/det PKK/PKK/PROPN/4/obj ./././2/punct");
		assertTrue(has(d, "Turkey", "Kurdistan Workers' Party", "19") || d.relationships().stream()
				.anyMatch(r -> r.from().equals("Turkey") && r.root().equals("19")), d.relationships().toString());
	}

	@Test
	void aDenialRejectsTheSubjectOfWhatItDeniesAndTheDeniedEventIsLeftOut() {
		DocumentExtraction d = extract("Iran/Iran/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/5/mark "
				+ "Israel/Israel/PROPN/5/nsubj attacked/attack/VERB/2/ccomp Syria/Syria/PROPN/5/obj ./././2/punct");
		assertTrue(has(d, "Iran", "Israel", "12"), d.relationships().toString());
		assertFalse(any(d, "Israel", "Syria"), d.relationships().toString());
	}

	@Test
	void thePassiveAgentActsOnTheSubject() {
		DocumentExtraction d = extract("Syria/Syria/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass bombed/bomb/VERB/0/root "
				+ "by/by/ADP/5/case Israel/Israel/PROPN/3/obl:agent ./././3/punct");
		assertTrue(has(d, "Israel", "Syria", "19"), d.relationships().toString());
		assertFalse(any(d, "Syria", "Israel"), d.relationships().toString());
	}

	@Test
	void aHedgedNominalEventIsLeftOut() {
		DocumentExtraction d = extract("Ukraine/Ukraine/PROPN/2/nsubj launched/launch/VERB/0/root an/a/DET/5/det "
				+ "alleged/alleged/ADJ/5/amod attack/attack/NOUN/2/obj on/on/ADP/7/case Russia/Russia/PROPN/5/nmod "
				+ "./././2/punct");
		assertFalse(any(d, "Ukraine", "Russia"), d.relationships().toString());
		DocumentExtraction plain = extract("Ukraine/Ukraine/PROPN/2/nsubj launched/launch/VERB/0/root an/a/DET/4/det "
				+ "attack/attack/NOUN/2/obj on/on/ADP/6/case Russia/Russia/PROPN/4/nmod ./././2/punct");
		assertTrue(has(plain, "Ukraine", "Russia", "19"), plain.relationships().toString());
	}

	@Test
	void aTitledNameIsThePersonNotTheBodyInTheTitle() {
		DocumentExtraction d = extract("Mossad/Mossad/PROPN/2/compound director/director/NOUN/3/compound "
				+ "David/David/PROPN/5/nsubj Barnea/Barnea/PROPN/3/flat met/meet/VERB/0/root "
				+ "Benjamin/Benjamin/PROPN/5/obj Netanyahu/Netanyahu/PROPN/6/flat ./././5/punct");
		List<ExtractedRelationship> r = d.relationships();
		assertTrue(r.stream().anyMatch(x -> x.from().equals("David Barnea") && x.root().equals("04")), r.toString());
		assertTrue(r.stream().anyMatch(x -> x.to().equals("David Barnea") && x.root().equals("04")), r.toString());
		assertEquals(0, r.stream().filter(x -> x.from().equals("Mossad")).count(), r.toString());
	}

	@Test
	void membersOfAListTheParseSplitOffStillAct() {
		// the parse attaches the first members of "A, the B, C and D" to the verb on their own
		DocumentExtraction d = extract("Norway/Norway/PROPN/9/obl:unmarked ,/,/PUNCT/1/punct the/the/DET/4/det "
				+ "Netherlands/Netherlands/PROPN/9/obl:unmarked ,/,/PUNCT/4/punct Peru/Peru/PROPN/9/nsubj "
				+ "and/and/CCONJ/8/cc Chile/Chile/PROPN/6/conj cut/cut/VERB/0/root relations/relation/NOUN/9/obj "
				+ "with/with/ADP/12/case Venezuela/Venezuela/PROPN/10/nmod ./././9/punct");
		for (String member : List.of("Norway", "Netherlands", "Peru", "Chile")) {
			assertTrue(has(d, member, "Venezuela", "16"), member + ": " + d.relationships());
			assertFalse(any(d, "Venezuela", member), "cutting relations is the cutter's act: " + d.relationships());
		}
		DocumentExtraction place = extract("In/in/ADP/2/case Ankara/Ankara/PROPN/7/obl ,/,/PUNCT/2/punct "
				+ "Iran/Iran/PROPN/7/nsubj and/and/CCONJ/6/cc Iraq/Iraq/PROPN/4/conj cut/cut/VERB/0/root "
				+ "relations/relation/NOUN/7/obj with/with/ADP/10/case Israel/Israel/PROPN/8/nmod ./././7/punct");
		assertTrue(has(place, "Iraq", "Israel", "16"), place.relationships().toString());
		assertFalse(any(place, "Turkey", "Israel"), "a place in front is no member: " + place.relationships());
	}

	@Test
	void coordinatedCountryAdjectivesAreTheTwoSides() {
		DocumentExtraction d = extract("Thai/Thai/ADJ/4/amod and/and/CCONJ/3/cc Cambodian/Cambodian/ADJ/1/conj "
				+ "troops/troop/NOUN/5/nsubj exchanged/exchange/VERB/0/root fire/fire/NOUN/5/obj ./././5/punct");
		List<ExtractedRelationship> r = d.relationships();
		assertTrue(r.stream().anyMatch(x -> x.from().startsWith("Thai") && x.to().startsWith("Cambodia")
				&& x.root().equals("19")), r.toString());
		assertTrue(r.stream().anyMatch(x -> x.from().startsWith("Cambodia") && x.to().startsWith("Thai")
				&& x.root().equals("19")), r.toString());
	}

	@Test
	void aHyphenatedBackingModifierIsSupportFromTheWordBeforeTheHyphen() {
		DocumentExtraction glued = extract("The/the/DET/5/det Iran/Iran/PROPN/4/compound ~-/-/PUNCT/4/punct "
				+ "~backed/back/VERB/5/amod Houthis/Houthis/PROPN/6/nsubj seized/seize/VERB/0/root the/the/DET/8/det "
				+ "port/port/NOUN/6/obj ./././6/punct");
		assertTrue(has(glued, "Iran", "Houthis", "07"), glued.relationships().toString());
		assertFalse(any(glued, "Houthis", "Iran"), glued.relationships().toString());
		DocumentExtraction oneToken = extract("The/the/DET/3/det Iran-backed/iran-backed/ADJ/3/amod "
				+ "Houthis/Houthis/PROPN/4/nsubj seized/seize/VERB/0/root the/the/DET/6/det port/port/NOUN/4/obj "
				+ "./././4/punct");
		assertTrue(has(oneToken, "Iran", "Houthis", "07"), oneToken.relationships().toString());
	}

	@Test
	void aPassiveParticipleActsFromItsAgentOnTheNounItQualifies() {
		DocumentExtraction d = extract("Rapid/Rapid/PROPN/3/compound Support/Support/PROPN/3/compound "
				+ "Forces/Forces/PROPN/8/nsubj backed/back/VERB/3/acl by/by/ADP/6/case Chad/Chad/PROPN/4/obl:agent "
				+ ",/,/PUNCT/8/punct seized/seize/VERB/0/root the/the/DET/10/det town/town/NOUN/8/obj ./././8/punct");
		assertTrue(has(d, "Chad", "Rapid Support Forces", "07"), d.relationships().toString());
		assertFalse(any(d, "Rapid Support Forces", "Chad"), d.relationships().toString());
	}

	@Test
	void anAccusationOrThreatWithoutObjectIsAboutItsComplementsSubject() {
		DocumentExtraction alleged = extract("Colombia/Colombia/PROPN/2/nsubj alleged/allege/VERB/0/root "
				+ "that/that/SCONJ/5/mark Venezuela/Venezuela/PROPN/5/nsubj shelters/shelter/VERB/2/ccomp "
				+ "guerrillas/guerrilla/NOUN/5/obj ./././2/punct");
		assertTrue(has(alleged, "Colombia", "Venezuela", "11"), alleged.relationships().toString());
		DocumentExtraction threat = extract("Japan/Japan/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/6/mark "
				+ "China/China/PROPN/6/nsubj would/would/AUX/6/aux face/face/VERB/2/ccomp "
				+ "consequences/consequence/NOUN/6/obj ./././2/punct");
		assertTrue(has(threat, "Japan", "China", "13"), threat.relationships().toString());
		DocumentExtraction fact = extract("Japan/Japan/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/5/mark "
				+ "China/China/PROPN/5/nsubj seeks/seek/VERB/2/ccomp bases/base/NOUN/5/obj ./././2/punct");
		assertFalse(has(fact, "Japan", "China", "13"), "no threat without a consequence: " + fact.relationships());
	}

	@Test
	void aCountrysAssetsAreItsSideInMaterialConflict() {
		String head = "After/after/SCONJ/3/mark Iran/Iran/PROPN/3/nsubj fired/fire/VERB/7/advcl "
				+ "drones/drone/NOUN/3/obj ,/,/PUNCT/3/punct Israel/Israel/PROPN/7/nsubj struck/strike/VERB/0/root ";
		DocumentExtraction sites = extract(head + "Iranian/Iranian/ADJ/10/amod radar/radar/NOUN/10/compound "
				+ "sites/site/NOUN/7/obj ./././7/punct");
		assertTrue(has(sites, "Israel", "Iran", "19"), sites.relationships().toString());
	}

	@Test
	void anUnattachedRelativePronounIsTheNameBeforeItsComma() {
		DocumentExtraction d = extract("Vladimir/Vladimir/PROPN/2/compound Putin/Putin/PROPN/5/vocative ,/,/PUNCT/2/punct "
				+ "who/who/PRON/5/nsubj leads/lead/VERB/0/root the/the/DET/7/det government/government/NOUN/5/obj "
				+ ",/,/PUNCT/9/punct met/meet/VERB/5/conj Nicolas/Nicolas/PROPN/9/obj Maduro/Maduro/PROPN/10/flat "
				+ "./././5/punct");
		assertTrue(has(d, "Vladimir Putin", "Nicolas Maduro", "04"), d.relationships() + " " + d.actors());
	}

	@Test
	void theToPurposeOfATripIsReportedAsDoneButOtherPurposesAreNot() {
		DocumentExtraction trip = extract("Vladimir/Vladimir/PROPN/3/nsubj Putin/Putin/PROPN/1/flat "
				+ "flew/fly/VERB/0/root to/to/ADP/5/case Doha/Doha/PROPN/3/obl to/to/PART/7/mark "
				+ "meet/meet/VERB/3/advcl Turkey/Turkey/PROPN/7/obj ./././3/punct");
		assertTrue(has(trip, "Vladimir Putin", "Turkey", "04"), trip.relationships().toString());
		DocumentExtraction moved = extract("Russia/Russia/PROPN/2/nsubj massed/mass/VERB/0/root troops/troop/NOUN/2/obj "
				+ "to/to/PART/5/mark attack/attack/VERB/2/advcl Ukraine/Ukraine/PROPN/5/obj ./././2/punct");
		assertFalse(has(moved, "Russia", "Ukraine", "19"), "a purpose is no attack: " + moved.relationships());
	}

	@Test
	void readinessForTalksIsAnIntentTowardThePartner() {
		DocumentExtraction d = extract("Iran/Iran/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root for/for/ADP/5/case "
				+ "talks/talk/NOUN/3/obl with/with/ADP/7/case Egypt/Egypt/PROPN/5/nmod ./././3/punct");
		assertTrue(has(d, "Iran", "Egypt", "03"), d.relationships().toString());
		assertFalse(has(d, "Iran", "Egypt", "04"), "readiness is no meeting: " + d.relationships());
	}

	@Test
	void coordinatedSourcesAreNotEachOthersTargets() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/5/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "have/have/AUX/5/aux vowed/vow/VERB/0/root to/to/PART/7/mark attack/attack/VERB/5/xcomp "
				+ "their/their/PRON/9/nmod:poss rivals/rival/NOUN/7/obj ./././5/punct");
		assertFalse(any(d, "Chile", "Peru"), d.relationships().toString());
		assertFalse(any(d, "Peru", "Chile"), d.relationships().toString());
	}

	@Test
	void twoActorsJoinedByAHyphenBeforeAMutualEventNounAreItsTwoSides() {
		DocumentExtraction d = extract("Thailand/Thailand/PROPN/3/compound ~-/-/PUNCT/3/punct "
				+ "~Cambodia/Cambodia/PROPN/4/compound clashes/clash/NOUN/5/nsubj killed/kill/VERB/0/root "
				+ "soldiers/soldier/NOUN/5/obj ./././5/punct");
		assertTrue(has(d, "Thailand", "Cambodia", "19"), d.relationships().toString());
		assertTrue(has(d, "Cambodia", "Thailand", "19"), d.relationships().toString());
	}
}
