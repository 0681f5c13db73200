package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.ActorKind;

/** Spelling variants of one name are one person (PersonNames), on names made up for the test. */
class PersonNamesTest {

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
