package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The entity tagger's rules over the statistical tags, on sentences written for this test: titles split the names
 * around them, the last word of a name tells its kind, locative context makes a place.
 */
class EntityTaggerRulesTest {

	private static final DependencyParser PARSER = new TransitionParser();

	private static ParsedSentence one(String text) {
		List<ParsedSentence> s = PARSER.parse(text);
		assertEquals(1, s.size(), () -> "one sentence expected in: " + text + "\n" + s);
		return s.get(0);
	}

	private static String tags(ParsedSentence s) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.size(); i++) {
			sb.append(s.word(i)).append(s.entity(i) == null ? "" : "/" + s.entity(i)).append(' ');
		}
		return sb.toString();
	}

	/** The entity type of the token, failing with the whole tagged sentence. */
	private static String type(ParsedSentence s, String word) {
		for (int i = 0; i < s.size(); i++) {
			if (s.word(i).equals(word)) {
				return s.entity(i);
			}
		}
		throw new AssertionError("no token " + word + " in\n" + tags(s));
	}

	private static void assertType(String expected, ParsedSentence s, String word) {
		assertEquals(expected, type(s, word), () -> word + " in " + tags(s));
	}

	@Test
	void titleInsideATaggedSpanSeparatesOrganisationAndPerson() {
		ParsedSentence s = one("The talks were attended by Chinese Ambassador Li Wei and US Consul General Mark Tanner.");
		assertType("GPE", s, "US");
		assertType(null, s, "Consul");
		assertType(null, s, "General");
		assertType("PERSON", s, "Mark");
		assertType("PERSON", s, "Tanner");
		ParsedSentence t = one("US Secretary of State Antony Blinken arrived in Cairo on Monday.");
		assertType("GPE", t, "US");
		assertType(null, t, "Secretary");
		assertType(null, t, "State");
		assertType("PERSON", t, "Antony");
		assertType("PERSON", t, "Blinken");
	}

	@Test
	void placeAfterTitleIsNoPartOfThePersonsName() {
		ParsedSentence s = one("The UN Special Envoy for Yemen Hans Grundberg warned of famine.");
		assertType("ORG", s, "UN");
		assertType(null, s, "Special"); // a title word, not a nationality adjective
		assertType("GPE", s, "Yemen");
		assertType("PERSON", s, "Hans");
		assertType("PERSON", s, "Grundberg");
	}

	@Test
	void lastWordOfANameTellsItsKind() {
		ParsedSentence s = one("Fighting between the army and the Tigray Defense Forces spread to Amhara Region.");
		assertType("ORG", s, "Forces");
		assertType("GPE", s, "Amhara");
		assertType("GPE", s, "Region");
		ParsedSentence a = one("Both sides signed the Lusaka Agreement and later the Pretoria Accord.");
		assertNull(type(a, "Lusaka"), tags(a));
		assertNull(type(a, "Agreement"), tags(a));
		assertNull(type(a, "Accord"), tags(a));
	}

	@Test
	void nameAfterLocativePrepositionIsAPlace() {
		ParsedSentence s = one("Troops deployed in Tal Hamis and outside Abu Kamal.");
		assertType("GPE", s, "Hamis");
		assertType("GPE", s, "Abu");
		assertType("GPE", s, "Kamal");
	}

	@Test
	void possessiveEndsAPlaceButNotAnOrganisation() {
		ParsedSentence s = one("Soldiers in Kashmir's Uri sector fired.");
		assertType("GPE", s, "Kashmir");
		assertType(null, s, "'s");
		assertType("GPE", s, "Uri");
		ParsedSentence o = one("Fighters of the People's Protection Units withdrew.");
		assertType("ORG", o, "'s");
		assertType("ORG", o, "Units");
	}

	@Test
	void surnameOfAPersonNamedInFullIsThatPersonWhereTaggedAsAPlace() {
		ParsedSentence first = ParsedSentence.fromConllu("""
				1\tTamar\tTamar\tPROPN\t_\t_\t3\tnsubj\t_\tNER=PERSON
				2\tOkonkwo\tOkonkwo\tPROPN\t_\t_\t1\tflat\t_\tNER=PERSON
				3\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_
				4\tLina\tLina\tPROPN\t_\t_\t3\tobj\t_\tNER=PERSON
				5\tJordan\tJordan\tPROPN\t_\t_\t4\tflat\t_\tNER=PERSON
				""");
		ParsedSentence second = ParsedSentence.fromConllu("""
				1\tOkonkwo\tOkonkwo\tPROPN\t_\t_\t2\tnsubj\t_\tNER=GPE
				2\tvisited\tvisit\tVERB\t_\t_\t0\troot\t_\t_
				3\tJordan\tJordan\tPROPN\t_\t_\t2\tobj\t_\tNER=GPE
				""");
		List<ParsedSentence> out = EntityTagger.consistent(List.of(first, second));
		assertEquals("PERSON", out.get(1).entity(0));
		assertEquals("GPE", out.get(1).entity(2)); // a country of the gazetteer stays one
	}

	@Test
	void commonWordOpeningTheSentenceIsNoName() {
		ParsedSentence s = one("Aid reached the camp of Zamzam and the village of Sortony.");
		assertNull(type(s, "Aid"), tags(s));
		assertType("GPE", s, "Sortony");
	}
}
