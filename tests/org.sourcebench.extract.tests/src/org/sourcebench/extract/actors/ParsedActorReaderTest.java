package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/** Actors from the parser's named-entity tags (hand-written CoNLL-U; the body is the words joined by spaces). */
class ParsedActorReaderTest {

    private static final String FIRST = """
            1	Oksana	Oksana	PROPN	_	_	3	nsubj	_	NER=PERSON
            2	Hrytsenko	Hrytsenko	PROPN	_	_	1	flat	_	NER=PERSON
            3	criticized	criticize	VERB	_	_	0	root	_	_
            4	the	the	DET	_	_	5	det	_	_
            5	Arkona	Arkona	PROPN	_	_	6	compound	_	NER=ORG
            6	Foundation	Foundation	PROPN	_	_	3	obj	_	NER=ORG
            7	.	.	PUNCT	_	_	3	punct	_	_
            """;

    private static final String SECOND = """
            1	Hrytsenko	Hrytsenko	PROPN	_	_	2	nsubj	_	NER=PERSON
            2	left	leave	VERB	_	_	0	root	_	_
            3	.	.	PUNCT	_	_	2	punct	_	_
            """;

    @Test
    void namedEntitiesTheDictionariesDoNotKnowBecomeActorsAndALastNameIsTheSamePerson() {
        String body = "Oksana Hrytsenko criticized the Arkona Foundation . Hrytsenko left .";
        ParsedSentence first = ParsedSentence.fromConllu(FIRST);
        ParsedSentence second = shift(ParsedSentence.fromConllu(SECOND), first.end(first.size() - 1) + 1);
        DocumentExtraction without = ExtractionEngine.withoutParser().extract(body);
        assertFalse(without.actors().stream().anyMatch(a -> a.name().equals("Oksana Hrytsenko")), "no title, no lexicon entry");
        DocumentExtraction d = ExtractionEngine.withParser(b -> List.of(first, second)).extract(body);
        ExtractedActor person = d.actors().stream().filter(a -> a.name().equals("Oksana Hrytsenko")).findFirst()
                .orElseThrow(() -> new AssertionError(d.actors().toString()));
        assertEquals(ActorKind.PERSON, person.kind());
        assertTrue(person.mentions().stream().map(TextSpan::text).toList().contains("Hrytsenko"), person.toString());
        assertEquals(1, d.actors().stream().filter(a -> a.name().contains("Arkona")).count(),
                "the dictionary readers' organisation is not entered twice: " + d.actors());
    }

    /** The same sentence with every offset moved by {@code by} (the second sentence of a body). */
    private static ParsedSentence shift(ParsedSentence s, int by) {
        int n = s.size();
        String[] w = new String[n];
        String[] l = new String[n];
        String[] p = new String[n];
        int[] h = new int[n];
        String[] d = new String[n];
        String[] e = new String[n];
        int[] st = new int[n];
        int[] en = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = s.word(i);
            l[i] = s.lemma(i);
            p[i] = s.pos(i);
            h[i] = s.head(i);
            d[i] = s.deprel(i);
            e[i] = s.entity(i);
            st[i] = s.start(i) + by;
            en[i] = s.end(i) + by;
        }
        return new ParsedSentence(w, l, p, h, d, e, st, en);
    }
}
