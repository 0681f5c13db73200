package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.relations.HandParses;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The document-level entity resolver ({@link EntityResolver}, mechanism {@code entity.resolver}) on hand-written
 * parses of sentences written for the test ({@code word/lemma/UPOS/head/relation}, head 1-based, 0 for the root);
 * the actors are entered by hand.
 */
class EntityResolverTest {

	private static String body(List<ParsedSentence> sentences) {
		StringBuilder b = new StringBuilder();
		for (ParsedSentence s : sentences) {
			for (int i = 0; i < s.size(); i++) {
				b.append(" ".repeat(Math.max(0, s.start(i) - b.length()))).append(s.word(i));
			}
		}
		return b.toString();
	}

	private static DocActor mention(DocActors actors, List<ParsedSentence> doc, String name, ActorKind kind,
			String iso, int sentence, int token) {
		DocActor a = actors.actor(name, kind, iso, 1.0);
		actors.mention(a, doc.get(sentence).start(token), doc.get(sentence).end(token));
		return a;
	}

	private static DocActor resolved(List<ParsedSentence> doc, DocActors actors, int sentence, int token) {
		new EntityResolver(ExtractionData.get()).resolve(body(doc), doc, actors);
		ActorMention m = actors.at(doc.get(sentence).start(token));
		return m == null ? null : m.actor();
	}

	@Test
	void theGovernmentIsTheStateTheStoryNamesMostAndLastAsASubject() {
		List<ParsedSentence> doc = HandParses.document(
				"Norland/Norland/PROPN/2/nsubj accused/accuse/VERB/0/root Suria/Suria/PROPN/2/obj ./././2/punct",
				"Norland/Norland/PROPN/2/nsubj recalled/recall/VERB/0/root its/its/PRON/4/nmod:poss "
						+ "envoy/envoy/NOUN/2/obj ./././2/punct",
				"The/the/DET/2/det government/government/NOUN/3/nsubj said/say/VERB/0/root "
						+ "nothing/nothing/PRON/3/obj ./././3/punct");
		DocActors actors = new DocActors();
		DocActor norland = mention(actors, doc, "Norland", ActorKind.STATE, "", 0, 0);
		actors.mention(norland, doc.get(1).start(0), doc.get(1).end(0));
		mention(actors, doc, "Suria", ActorKind.STATE, "", 0, 2);
		assertEquals(norland, resolved(doc, actors, 2, 1));
	}

	@Test
	void theMinistryIsABodyNamedByThatHeadAndNoOtherBody() {
		List<ParsedSentence> doc = HandParses.document(
				"Ministry/ministry/PROPN/3/nsubj officials/official/NOUN/1/flat met/meet/VERB/0/root "
						+ "Council/council/PROPN/3/obj ./././3/punct",
				"The/the/DET/2/det ministry/ministry/NOUN/3/nsubj left/leave/VERB/0/root ./././3/punct");
		DocActors actors = new DocActors();
		DocActor ministry = mention(actors, doc, "Norland Interior Ministry", ActorKind.GOVERNMENT, "", 0, 0);
		mention(actors, doc, "Harbour Council", ActorKind.GOVERNMENT, "", 0, 3);
		assertEquals(ministry, resolved(doc, actors, 1, 1));
	}

	@Test
	void aDescriptionWithNoActorOfItsKindOrWithANounModifierStaysUnresolved() {
		List<ParsedSentence> doc = HandParses.document(
				"Norland/Norland/PROPN/2/nsubj accused/accuse/VERB/0/root Suria/Suria/PROPN/2/obj ./././2/punct",
				"The/the/DET/2/det group/group/NOUN/3/nsubj left/leave/VERB/0/root ./././3/punct",
				"Delta/Delta/PROPN/2/compound Front/Front/PROPN/3/nsubj fought/fight/VERB/0/root ./././3/punct",
				"The/the/DET/3/det guerrilla/guerrilla/NOUN/3/compound group/group/NOUN/4/nsubj "
						+ "left/leave/VERB/0/root ./././4/punct");
		DocActors actors = new DocActors();
		mention(actors, doc, "Norland", ActorKind.STATE, "", 0, 0);
		mention(actors, doc, "Suria", ActorKind.STATE, "", 0, 2);
		actors.mention(actors.actor("Delta Front", ActorKind.ARMED_GROUP, "", 1.0), doc.get(2).start(0),
				doc.get(2).end(1));
		assertNull(resolved(doc, actors, 1, 1));
		assertNull(actors.at(doc.get(3).start(2)));
	}
}
