package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.ActorKind;

/** Honorifics before names and spelling variants of one name (PersonNames), on names made up for the test. */
class PersonNamesTest {

	private static String nameAfterHonorifics(String name) {
		return name.substring(PersonNames.nameStart(name));
	}

	@Test
	void ranksFormsOfAddressAndHonorificsBeforeANameAreNoPartOfIt() {
		assertEquals("Idris Falani", nameAfterHonorifics("Maj-Gen Idris Falani"));
		assertEquals("Idris Falani", nameAfterHonorifics("Lt. Col. Idris Falani"));
		assertEquals("Idris Falani", nameAfterHonorifics("Gen Idris Falani"));
		assertEquals("Tessaly", nameAfterHonorifics("Amb Tessaly"));
		assertEquals("Hla Thein Maw", nameAfterHonorifics("U Hla Thein Maw"));
		assertEquals("Reza Tavani", nameAfterHonorifics("Hojatoleslam Reza Tavani"));
		assertEquals("Ana Ruiz", nameAfterHonorifics("Sra. Ana Ruiz"));
		// nothing left after it, a lower-case rest, or a word that is as often a name: the name stays as it is
		assertEquals("Gen", nameAfterHonorifics("Gen"));
		assertEquals("Dr al-Amin", nameAfterHonorifics("Dr al-Amin"));
		assertEquals("Ma Lianfeng", nameAfterHonorifics("Ma Lianfeng"));
		assertEquals("Genaro Villa", nameAfterHonorifics("Genaro Villa"));
		assertEquals("Major Tomlin", nameAfterHonorifics("Major Tomlin"));
	}

	@Test
	void aTitledPersonJoinsThePersonOfTheNameAndKeepsTheTitledMention() {
		DocActors actors = new DocActors();
		DocActor plain = person(actors, "Idris Falani", 0, 12);
		DocActor titled = person(actors, "Maj-Gen Idris Falani", 40, 60);
		DocActor full = person(actors, "Marta Tessaly", 80, 93);
		person(actors, "Amb Tessaly", 120, 131);
		PersonNames.settle(actors);
		assertEquals(2, plain.spans().size(), "the titled mention is Idris Falani's");
		assertEquals(List.of(), titled.spans());
		assertNull(actors.byName("Maj-Gen Idris Falani"), "readers after it find the person by the mention");
		assertEquals(2, full.spans().size(), "one word left: the one person whose name ends with it");
	}

	@Test
	void spellingsOfOneNameAreOnePersonButASharedFamilyNameIsNot() {
		DocActors actors = new DocActors();
		DocActor first = person(actors, "Yevgeny Korvin", 0, 14);
		person(actors, "Yevgeniy Korvin", 30, 45);
		DocActor anna = person(actors, "Anna Drel", 60, 69);
		DocActor piotr = person(actors, "Piotr Drel", 80, 90);
		DocActor lone = person(actors, "Drel", 100, 104);
		DocActor zel = person(actors, "Oleh Zelenskyy", 120, 134);
		person(actors, "Zelensky", 150, 158);
		PersonNames.settle(actors);
		assertEquals(2, first.spans().size(), "transliterations of one given name: one person");
		assertEquals(1, anna.spans().size());
		assertEquals(1, piotr.spans().size());
		assertEquals(1, lone.spans().size(), "two people share the family name: no guess");
		assertEquals(2, zel.spans().size(), "a doubled letter is a spelling of the family name");
		assertNotNull(actors.byName("Yevgeny Korvin"));
	}

	private static DocActor person(DocActors actors, String name, int begin, int end) {
		DocActor a = actors.actor(name, ActorKind.PERSON, "", 0.6);
		actors.mention(a, begin, end);
		return a;
	}
}
