package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The parse reader's pronoun sides: an object or oblique pronoun with no agreeing actor before it in its own
 * sentence (other than its verb's subject) is resolved over the two sentences before by the salience of
 * {@link org.sourcebench.extract.actors.MentionResolver} (switch {@code coref.object-pronouns}), never to its own
 * subject's actor ({@code coref.object-binding}), and a
 * sentence whose only sides are pronouns is read at all ({@code coref.pronoun-sentences}); on hand-written parses of
 * sentences made up for this test (tokens {@code word/lemma/UPOS/head/relation}, head 1-based; a leading {@code ~}
 * glues a token to the one before it), the actors given by hand. Each test fails with its switch off.
 */
class CorefEndsTest {

	/** "Vladimir Putin met Recep Tayyip Erdogan in Ankara. Iran later accused him of meddling." */
	static final String[] OBJECT = {
			"Vladimir/Vladimir/PROPN/3/nsubj Putin/Putin/PROPN/1/flat met/meet/VERB/0/root Recep/Recep/PROPN/3/obj "
					+ "Tayyip/Tayyip/PROPN/4/flat Erdogan/Erdogan/PROPN/4/flat in/in/ADP/8/case "
					+ "Ankara/Ankara/PROPN/3/obl ~././PUNCT/3/punct",
			"Iran/Iran/PROPN/3/nsubj later/later/ADV/3/advmod accused/accuse/VERB/0/root him/he/PRON/3/obj "
					+ "of/of/SCONJ/6/mark meddling/meddle/VERB/3/advcl ~././PUNCT/3/punct"};

	/** "Vladimir Putin met Recep Tayyip Erdogan in Ankara. Putin later accused him of meddling." */
	static final String[] BOUND = {OBJECT[0],
			"Putin/Putin/PROPN/3/nsubj later/later/ADV/3/advmod accused/accuse/VERB/0/root him/he/PRON/3/obj "
					+ "of/of/SCONJ/6/mark meddling/meddle/VERB/3/advcl ~././PUNCT/3/punct"};

	/** "Vladimir Putin met Recep Tayyip Erdogan in Ankara. He later accused him of meddling." */
	static final String[] ONLY_PRONOUNS = {OBJECT[0],
			"He/he/PRON/3/nsubj later/later/ADV/3/advmod accused/accuse/VERB/0/root him/he/PRON/3/obj "
					+ "of/of/SCONJ/6/mark meddling/meddle/VERB/3/advcl ~././PUNCT/3/punct"};

	@Test
	void anObjectPronounReachesBackToAnEarlierSentence() {
		assertTrue(has(read(OBJECT), "Iran", "Vladimir Putin"), read(OBJECT).toString()); // the main subject
	}

	@Test
	void anObjectPronounIsNotItsSubjectAnywhere() { // fails with coref.object-binding or coref.object-pronouns off
		assertTrue(has(read(BOUND), "Vladimir Putin", "Recep Tayyip Erdogan"), read(BOUND).toString());
	}

	@Test
	void aSentenceOfPronounSidesIsRead() { // fails with coref.pronoun-sentences or coref.object-binding off
		assertTrue(has(read(ONLY_PRONOUNS), "Vladimir Putin", "Recep Tayyip Erdogan"), read(ONLY_PRONOUNS).toString());
	}

	/** The parse reader's relationships of the sentences, its actors the names below wherever they stand. */
	private static List<ExtractedRelationship> read(String... sentences) {
		List<ParsedSentence> parsed = HandParses.document(sentences);
		StringBuilder b = new StringBuilder();
		for (ParsedSentence s : parsed) {
			b.append(HandParses.body(s).substring(b.length()));
		}
		String body = b.toString();
		DocActors actors = new DocActors();
		mention(actors, body, actors.actor("Vladimir Putin", ActorKind.PERSON, "RU", 1), "Vladimir Putin", "Putin");
		mention(actors, body, actors.actor("Recep Tayyip Erdogan", ActorKind.PERSON, "TR", 1), "Recep Tayyip Erdogan");
		mention(actors, body, actors.actor("Iran", ActorKind.STATE, "IR", 1), "Iran");
		List<ExtractedRelationship> out = new ArrayList<>();
		new ParsedRelationReader(new EventCoder(PetrarchDictionaries.verbs(), PetrarchDictionaries.actors(),
				PetrarchDictionaries.agents()), ExtractionData.get().cameo(), ExtractionData.get().forms())
				.read(body, parsed, actors, out);
		return out;
	}

	/** Mentions of {@code a} at each occurrence of the forms, longest first, where no mention stands yet. */
	private static void mention(DocActors actors, String body, DocActor a, String... forms) {
		for (String form : forms) {
			for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
				if (actors.at(at) == null && actors.within(at, at + form.length()).isEmpty()) {
					actors.mention(a, at, at + form.length());
				}
			}
		}
	}

	private static boolean has(List<ExtractedRelationship> out, String from, String to) {
		return out.stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to) && r.root().equals("11"));
	}
}
