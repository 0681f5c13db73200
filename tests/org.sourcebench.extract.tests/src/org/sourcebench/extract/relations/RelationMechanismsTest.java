package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.any;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The relation mechanisms found by classifying the errors on fresh text (releng/scripts/relation-errors.py): joint
 * subjects, role nouns, particles on the parse, mediation, closed lists, armed
 * groups that carry their country's code. Hand-written parses of sentences written for this test, in the format of
 * {@link ParsedRelationReaderTest} ({@code word/lemma/UPOS/head/relation}, head 1-based).
 */
class RelationMechanismsTest {

	@Test
	void coordinatedSubjectsThatAgreeToActAgreeWithEachOther() {
		// "to" is three words after the verb: the pattern "agree to" matches the infinitive's mark on the parse
		DocumentExtraction d = extract("Chile/Chile/PROPN/4/nsubj and/and/CCONJ/3/cc Peru/Peru/PROPN/1/conj "
				+ "agreed/agree/VERB/0/root in/in/ADP/7/case early/early/ADJ/7/amod March/March/PROPN/4/obl "
				+ "to/to/PART/9/mark reopen/reopen/VERB/4/advcl the/the/DET/11/det border/border/NOUN/9/obj "
				+ "./././4/punct");
		assertTrue(has(d, "Chile", "Peru", "03"), d.relationships().toString());
		assertTrue(has(d, "Peru", "Chile", "03"), d.relationships().toString());
	}

	@Test
	void aSingleSubjectAgreeingToActRelatesNobody() {
		DocumentExtraction d = extract("Chile/Chile/PROPN/2/nsubj agreed/agree/VERB/0/root to/to/PART/4/mark "
				+ "reopen/reopen/VERB/2/xcomp the/the/DET/6/det border/border/NOUN/4/obj with/with/ADP/8/case "
				+ "trucks/truck/NOUN/4/obl ./././2/punct");
		assertTrue(d.relationships().isEmpty(), d.relationships().toString());
	}

	@Test
	void theHolderOfARoleNounActsTowardTheActorItServes() {
		DocumentExtraction ally = extract("Belarus/Belarus/PROPN/5/nsubj is/be/AUX/5/cop Russia/Russia/PROPN/5/nmod:poss "
				+ "closest/close/ADJ/5/amod ally/ally/NOUN/0/root in/in/ADP/8/case the/the/DET/8/det "
				+ "region/region/NOUN/5/nmod ./././5/punct");
		assertTrue(has(ally, "Belarus", "Russia", "05"), ally.relationships().toString());
		assertFalse(any(ally, "Russia", "Belarus"), "the role is not mutual: " + ally.relationships());
		DocumentExtraction one = extract("Iran/Iran/PROPN/3/nsubj is/be/AUX/3/cop one/one/NUM/0/root of/of/ADP/7/case "
				+ "Hezbollah/Hezbollah/PROPN/7/nmod:poss main/main/ADJ/7/amod backers/backer/NOUN/3/nmod "
				+ "./././3/punct");
		assertTrue(has(one, "Iran", "Hezbollah", "05"), one.relationships().toString());
		// the tagger may take the role noun for an adverb; its possessor and copula still make it the predicate
		DocumentExtraction adv = extract("Chile/Chile/PROPN/5/nsubj is/be/AUX/5/cop Peru/Peru/PROPN/5/nmod:poss "
				+ "main/main/ADJ/5/amod ally/ally/ADV/0/root ./././5/punct");
		assertTrue(has(adv, "Chile", "Peru", "05"), adv.relationships().toString());
	}

	@Test
	void aNegatedRoleIsNoRelation() {
		DocumentExtraction d = extract("Belarus/Belarus/PROPN/5/nsubj is/be/AUX/5/cop not/not/PART/5/advmod "
				+ "Russia/Russia/PROPN/5/nmod:poss ally/ally/NOUN/0/root ./././5/punct");
		assertFalse(any(d, "Belarus", "Russia"), d.relationships().toString());
	}

	@Test
	void aBrokerOfTalksBetweenTwoSidesMeetsEachButNotTheOtherWayRound() {
		DocumentExtraction d = extract("Oman/Oman/PROPN/2/nsubj brokered/broker/VERB/0/root talks/talk/NOUN/2/obj "
				+ "between/between/ADP/5/case Iran/Iran/PROPN/3/nmod and/and/CCONJ/7/cc Britain/Britain/PROPN/5/conj "
				+ "last/last/ADJ/9/amod year/year/NOUN/2/obl:unmarked ./././2/punct");
		assertTrue(has(d, "Oman", "Iran", "04"), d.relationships().toString());
		assertTrue(has(d, "Oman", "United Kingdom", "04"), d.relationships().toString());
		assertFalse(any(d, "Iran", "Oman"), "the sides do not mediate: " + d.relationships());
		assertTrue(has(d, "Iran", "United Kingdom", "04"), "the talks themselves: " + d.relationships());
	}

	@Test
	void aPossessorOfMediationMediatesBetweenTheSides() {
		DocumentExtraction d = extract("Turkey/Turkey/PROPN/3/nmod:poss 's/'s/PART/1/case mediation/mediation/NOUN/8/nsubj "
				+ "between/between/ADP/5/case Russia/Russia/PROPN/3/nmod and/and/CCONJ/7/cc Ukraine/Ukraine/PROPN/5/conj "
				+ "ended/end/VERB/0/root the/the/DET/10/det blockade/blockade/NOUN/8/obj ./././8/punct");
		assertTrue(has(d, "Turkey", "Russia", "04"), d.relationships().toString());
		assertTrue(has(d, "Turkey", "Ukraine", "04"), d.relationships().toString());
	}

	@Test
	void aListClosesAtItsAndConjunct() {
		// "Fighting between Hamas and Israel, Egypt and Qatar said": the parse hangs Egypt on the "between" list
		DocumentExtraction d = extract("Fighting/fight/NOUN/10/nsubj between/between/ADP/3/case Hamas/Hamas/PROPN/1/nmod "
				+ "and/and/CCONJ/5/cc Israel/Israel/PROPN/3/conj ,/,/PUNCT/7/punct Egypt/Egypt/PROPN/3/conj "
				+ "and/and/CCONJ/9/cc Qatar/Qatar/PROPN/3/conj said/say/VERB/0/root ./././10/punct");
		assertTrue(has(d, "Hamas", "Israel", "19"), d.relationships().toString());
		assertFalse(any(d, "Hamas", "Egypt"), d.relationships().toString());
		assertFalse(any(d, "Egypt", "Israel"), d.relationships().toString());
	}

	@Test
	void anArmyDenyingWhatARebelGroupOfItsCountryClaimsRejectsIt() {
		DocumentExtraction d = extract("Colombia/Colombia/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark "
				+ "the/the/DET/5/det ELN/ELN/PROPN/6/nsubj captured/capture/VERB/2/ccomp Arauca/Arauca/PROPN/6/obj "
				+ "./././2/punct");
		assertTrue(has(d, "Colombia", "National Liberation Army", "12"), d.relationships().toString());
	}

	@Test
	void seizingControlFromAnActorIsFighting() {
		DocumentExtraction d = extract("The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj seized/seize/VERB/0/root "
				+ "control/control/NOUN/3/obj of/of/ADP/7/case the/the/DET/7/det base/base/NOUN/4/nmod "
				+ "from/from/ADP/11/case the/the/DET/11/det Afghan/Afghan/ADJ/11/amod army/army/NOUN/7/nmod "
				+ "./././3/punct");
		assertTrue(has(d, "Taliban", "Afghan military", "19"), d.relationships().toString());
		assertFalse(has(d, "Taliban", "Afghan military", "17"), d.relationships().toString());
	}

	@Test
	void backingAPersonIsPoliticalSupportBackingForcesIsMaterial() {
		DocumentExtraction person = extract("Brazil/Brazil/PROPN/2/nsubj backed/back/VERB/0/root Nicolas/Nicolas/PROPN/2/obj "
				+ "Maduro/Maduro/PROPN/3/flat ./././2/punct");
		assertTrue(has(person, "Brazil", "Nicolas Maduro", "05"), person.relationships().toString());
		assertFalse(has(person, "Brazil", "Nicolas Maduro", "07"), person.relationships().toString());
		DocumentExtraction forces = extract("Iran/Iran/PROPN/2/nsubj backed/back/VERB/0/root Hezbollah/Hezbollah/PROPN/2/obj "
				+ "./././2/punct");
		assertTrue(has(forces, "Iran", "Hezbollah", "07"), forces.relationships().toString());
	}

	@Test
	void aPartnerInCoordinationIsACoAgentNotATarget() {
		DocumentExtraction d = extract("Turkey/Turkey/PROPN/2/nsubj attacked/attack/VERB/0/root the/the/DET/4/det "
				+ "town/town/NOUN/2/obj in/in/ADP/6/case coordination/coordination/NOUN/2/obl with/with/ADP/8/case "
				+ "Russia/Russia/PROPN/6/nmod ./././2/punct");
		assertTrue(has(d, "Turkey", "Russia", "05"), d.relationships().toString());
		assertTrue(has(d, "Russia", "Turkey", "05"), d.relationships().toString());
		assertFalse(has(d, "Turkey", "Russia", "19"), "a partner is not attacked: " + d.relationships());
	}
}
