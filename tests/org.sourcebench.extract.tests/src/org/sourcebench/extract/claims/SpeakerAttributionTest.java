package org.sourcebench.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedClaim;

/**
 * Who speaks, on sentences written for these tests (none taken from an annotated article): single quotation marks,
 * a long title between a quotation and the name, a person named before a description in apposition, a surname
 * two persons of the document share, a role description referring back to a named person, a statement naming its
 * source, a hyphenated name, he and
 * she, an unnamed source with a relative clause aside, an unnamed source after "according to" or after a
 * conjunction or relative word ("but independent sources said", "which officials said"), a weekday the parser
 * takes for the subject ("the ministry on Thursday said"), a group subject
 * ("both sides said") speaking for the actors listed before it.
 */
class SpeakerAttributionTest {

	@Test
	void singleQuotationMarksPairButApostrophesAndPluralPossessivesDoNot() {
		assertEquals("He called it \"unjust\", and the ministers' talks ended.",
				QuoteFinder.singleQuotes("He called it 'unjust', and the ministers' talks ended."));
		assertEquals("\"We don't accept it,\" she said.", QuoteFinder.singleQuotes("'We don't accept it,' she said."));
		assertEquals("\u201cThey said 'no' twice,\u201d she said.",
				QuoteFinder.singleQuotes("\u201cThey said 'no' twice,\u201d she said."), "single marks inside a quotation");
		assertEquals("In the '90s the ministers' talks failed.",
				QuoteFinder.singleQuotes("In the '90s the ministers' talks failed."), "no closing mark: nothing pairs");
		String mixed = "\u2018It is over,\u2019 the mayor's aide said.";
		assertEquals(mixed.length(), QuoteFinder.singleQuotes(mixed).length());
		assertEquals("\"It is over,\" the mayor's aide said.", QuoteFinder.singleQuotes(mixed));
	}

	@Test
	void aSingleQuotedStatementIsADirectClaimOfItsSpeaker() {
		DocumentExtraction d = extract("The ministers' meeting in Oslo ended early. 'The blockade hurts ordinary "
				+ "families, and that's unacceptable,' Norwegian development minister Anne Beathe Tvinnereim said. "
				+ "Diplomats said the countries' positions were still far apart.");
		ExtractedClaim q = claimStarting(d, "The blockade hurts");
		assertTrue(q.direct());
		assertEquals("Anne Beathe Tvinnereim", q.speaker());
		assertEquals("The blockade hurts ordinary families, and that's unacceptable", q.text());
		assertFalse(claimStarting(d, "the countries' positions").direct(), "a possessive opens no quotation");
	}

	@Test
	void aLongTitleBetweenTheQuotationAndTheNameKeepsTheQuotation() {
		DocumentExtraction d = extract("Trade talks resumed in Geneva.\n\u201cWe are not there yet, but the gap is "
				+ "narrowing,\u201d European Commission trade policy chief Maros Sefcovic said.");
		ExtractedClaim q = claimStarting(d, "We are not there yet");
		assertTrue(q.direct());
		assertEquals("Maros Sefcovic", q.speaker());
	}

	@Test
	void thePersonNamedBeforeADescriptionInAppositionSpeaks() {
		DocumentExtraction d = extract("Min Aung, a battalion commander within the Yaw Defence Force (YDF) in Gangaw "
				+ "Township of the Magway Region, told reporters that his fighters had seized a police post.\nLee Sun-hee, "
				+ "a senior party official and the sister of the former leader Lee Myung-bak, warned that the reform "
				+ "would fail.");
		assertEquals("Min Aung", claimStarting(d, "his fighters").speaker(), "a long apposition");
		assertEquals("Lee Sun-hee", claimStarting(d, "the reform would fail").speaker(), "another name inside it");
	}

	@Test
	void aSurnameTwoPersonsShareGoesToTheOneWhoSpoke() {
		DocumentExtraction d = extract("Former president Park Geun-hye, the daughter of the late ruler Park Chung-hee, "
				+ "said that she would not run for office again.\n\"The party needs younger leaders,\" Park said.");
		assertEquals("Park Geun-hye", claimStarting(d, "she would not run").speaker());
		assertEquals("Park Geun-hye", claimStarting(d, "The party needs").speaker());
	}

	@Test
	void aDefiniteRoleDescriptionRefersBackToThePersonIntroducedWithThatRole() {
		DocumentExtraction d = extract("Saw Htun, a brigade commander within the Karen National Liberation Army, told "
				+ "reporters that his fighters had captured two outposts. The army lost dozens of soldiers in the "
				+ "fighting, the KNLA brigade commander said.");
		assertEquals("Saw Htun", claimStarting(d, "The army lost").speaker());
		DocumentExtraction spokes = extract("The talks would resume next week, according to the press secretary of the "
				+ "Peruvian president, Lucia Alvites. The negotiations are going well, the president's spokeswoman said.");
		assertEquals("Lucia Alvites", claimStarting(spokes, "The negotiations").speaker(), "another word for the role");
	}

	@Test
	void anIndefiniteRoleDescriptionIsSomeoneElse() {
		DocumentExtraction d = extract("Saw Htun, a brigade commander within the Karen National Liberation Army, told "
				+ "reporters that his fighters had captured two outposts. The army lost dozens of soldiers in the "
				+ "fighting, a brigade commander from another unit said.");
		assertFalse(claimStarting(d, "The army lost").speaker().equals("Saw Htun"), d.claims().toString());
	}

	@Test
	void aStatementPhraseNamingItsSourceGivesTheSpeaker() {
		DocumentExtraction d = extract("The foreign ministers of Chile and Bolivia met in La Paz on Monday, the Chilean "
				+ "government said.\n\u201cBoth sides agreed to reopen the border crossings before the harvest season,"
				+ "\u201d a communique from the Bolivian Foreign Ministry read.\nThe statement said the next round would "
				+ "take place in Santiago.\nIn Peru, the army repelled an attack on a base, according to a statement "
				+ "issued late on Sunday by the Joint Command of the Armed Forces.");
		assertEquals("Bolivian Foreign Ministry", claimStarting(d, "Both sides agreed").speaker());
		assertEquals("Bolivian Foreign Ministry", claimStarting(d, "the next round").speaker(), "the statement named");
		assertEquals("Joint Command of the Armed Forces", claimStarting(d, "In Peru, the army").speaker());
	}

	@Test
	void aHyphenatedNameIsOneSpeakerAndHeRefersToIt() {
		DocumentExtraction d = extract("The Iraqi cabinet met in Baghdad on Saturday. In his televised address, "
				+ "al-Sudani said that the government would hold early elections. \"We will not delay the vote,\" he said.");
		assertEquals("al-Sudani", claimStarting(d, "the government would hold").speaker());
		assertEquals("al-Sudani", claimStarting(d, "We will not delay").speaker());
	}

	@Test
	void sheIsNotAManTheTextCallsMr() {
		DocumentExtraction d = extract("Foreign Minister Retno Marsudi met her Thai counterpart Don Pramudwinai in "
				+ "Jakarta on Monday. Marsudi said that the talks had been productive. Mr Pramudwinai said that Bangkok "
				+ "would send an envoy to the border.\n\"We want a lasting ceasefire in Myanmar,\" she said.");
		assertEquals("Don Pramudwinai", claimStarting(d, "Bangkok would send").speaker());
		assertEquals("Retno Marsudi", claimStarting(d, "We want a lasting").speaker());
	}

	@Test
	void sheGoesToARecentSpeakerTheTextCallsAWoman() {
		DocumentExtraction d = extract("Foreign Minister Retno Marsudi met her Thai counterpart Don Pramudwinai in "
				+ "Jakarta on Monday. Marsudi, the first woman to hold the post, said that the talks had been productive. "
				+ "Don Pramudwinai said that Bangkok would send an envoy to the border.\n\"We want a lasting ceasefire "
				+ "in Myanmar,\" she said.\n\"The border will stay open,\" he said.");
		assertEquals("Retno Marsudi", claimStarting(d, "We want a lasting").speaker());
		assertEquals("Don Pramudwinai", claimStarting(d, "The border will").speaker());
	}

	@Test
	void anUnnamedSourceBeforeARelativeClauseAsideSpeaks() {
		DocumentExtraction d = extract("Fighting continued near the border on Friday. Another resident, who asked not "
				+ "to be named, told Reuters two rockets landed in the village.");
		assertEquals("unnamed resident", claimStarting(d, "two rockets landed").speaker());
		assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("asked not to be named")), d.claims().toString());
	}

	@Test
	void anUnnamedSourceDescriptionStopsAtAConjunctionOrARelativeWord() {
		DocumentExtraction d = extract("Shelling hit the town overnight.\nThe army gave no casualty figures, but "
				+ "independent sources said three houses burned down.\nThe convoy left at dawn on a route which "
				+ "officials said had been cleared of mines.");
		assertEquals("unnamed independent sources", claimStarting(d, "three houses").speaker());
		assertEquals("unnamed officials", claimStarting(d, "had been cleared").speaker());
	}

	@Test
	void aWeekdayBetweenTheSubjectAndItsCueIsNoSpeaker() {
		DocumentExtraction d = extract("Relations between Chile and Peru have improved.\nLIMA: The Ministry of Foreign "
				+ "Relations (MFR) on Thursday said that the embassy in Santiago would reopen next month.");
		assertEquals("Ministry of Foreign Relations", claimStarting(d, "the embassy in Santiago").speaker());
		assertTrue(d.actors().stream().noneMatch(a -> a.name().contains("Thursday")), d.actors().toString());
	}

	@Test
	void anUnnamedSourceAfterAccordingToIsNamedWithoutThePreposition() {
		DocumentExtraction d = extract("Delegations from both sides arrived in Oslo on Sunday. According to the UN "
				+ "official, the first meeting was useful. The talks would last a week, according to two Western "
				+ "diplomats.");
		assertEquals("unnamed UN official", claimStarting(d, "the first meeting").speaker());
		assertEquals("unnamed Western diplomats", claimStarting(d, "The talks would last").speaker());
		assertTrue(d.actors().stream().noneMatch(a -> a.name().contains("ccording")),
				d.actors().toString());
	}

	@Test
	void aGroupSubjectSpeaksForTheActorsOfTheLastListOfThatMany() {
		DocumentExtraction d = extract("Armenia and Azerbaijan held talks in Geneva on Friday. After six hours, both "
				+ "sides said the border commission would meet again in May.");
		List<String> speakers = d.claims().stream().filter(c -> c.text().startsWith("the border commission"))
				.map(ExtractedClaim::speaker).sorted().toList();
		assertEquals(List.of("Armenia", "Azerbaijan"), speakers, d.claims().toString());
	}

	@Test
	void aGroupSubjectWithoutAListOfThatManySpeaksForNobody() {
		DocumentExtraction d = extract("Armenia, Azerbaijan and Georgia sent envoys to Geneva. Both sides said the "
				+ "talks had gone well.");
		assertTrue(d.claims().stream().noneMatch(c -> c.text().startsWith("the talks had gone well")),
				"three actors listed, two sides: " + d.claims());
	}

	private static ExtractedClaim claimStarting(DocumentExtraction d, String prefix) {
		List<ExtractedClaim> found = d.claims().stream().filter(c -> c.text().startsWith(prefix)).toList();
		assertEquals(1, found.size(), "one claim starting \"" + prefix + "\": " + d.claims());
		return found.get(0);
	}
}
