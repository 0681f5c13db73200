package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.TestResources;
import org.sourcebench.extract.nlp.AnalyzedText;

/** The shipped parser on news sentences: relations, entities, offsets, determinism, thread safety. */
class TransitionParserTest {

	private static final DependencyParser PARSER = new TransitionParser();

	private static ParsedSentence one(String text) {
		List<ParsedSentence> s = PARSER.parse(text);
		assertEquals(1, s.size(), () -> "one sentence expected in: " + text + "\n" + s);
		return s.get(0);
	}

	private static int token(ParsedSentence s, String word) {
		for (int i = 0; i < s.size(); i++) {
			if (s.word(i).equals(word)) {
				return i;
			}
		}
		throw new AssertionError("no token " + word + " in\n" + s);
	}

	private static void assertArc(ParsedSentence s, String head, String rel, String dep) {
		int d = token(s, dep);
		int h = token(s, head);
		assertEquals(h + " " + rel, s.head(d) + " " + s.deprel(d),
				() -> rel + "(" + head + ", " + dep + ") expected in\n" + s);
	}

	@Test
	void subjectAndObject() {
		ParsedSentence s = one("Russian forces shelled the port of Odesa overnight.");
		assertArc(s, "shelled", "nsubj", "forces");
		assertArc(s, "shelled", "obj", "port");
		assertEquals("root", s.deprel(token(s, "shelled")));
		assertEquals(-1, s.head(token(s, "shelled")));
		assertEquals("shell", s.lemma(token(s, "shelled")));
	}

	@Test
	void clausalComplementOfSpeech() {
		ParsedSentence s = one("The foreign ministry said that the talks in Doha had collapsed.");
		assertArc(s, "said", "nsubj", "ministry");
		assertArc(s, "said", "ccomp", "collapsed");
		assertArc(s, "collapsed", "nsubj", "talks");
		assertArc(s, "collapsed", "mark", "that");
	}

	@Test
	void passiveWithAgent() {
		ParsedSentence s = one("The convoy was attacked by militants near the border.");
		assertArc(s, "attacked", "nsubj:pass", "convoy");
		assertArc(s, "attacked", "obl:agent", "militants");
		assertArc(s, "militants", "case", "by");
		assertArc(s, "attacked", "aux:pass", "was");
	}

	@Test
	void coordinationAndApposition() {
		ParsedSentence s = one("Sudan and Chad signed a ceasefire agreement on Tuesday.");
		assertArc(s, "signed", "nsubj", "Sudan");
		assertArc(s, "Sudan", "conj", "Chad");
		assertArc(s, "signed", "obj", "agreement");
		ParsedSentence a = one("Antonio Guterres, the UN chief, condemned the attack.");
		assertArc(a, "condemned", "nsubj", "Antonio");
		assertArc(a, "Antonio", "appos", "chief");
		assertArc(a, "condemned", "obj", "attack");
	}

	@Test
	void namedEntities() {
		ParsedSentence s = one("Vladimir Putin met Recep Tayyip Erdogan in Ankara on Friday.");
		assertEquals("PERSON", s.entity(token(s, "Vladimir")));
		assertEquals("PERSON", s.entity(token(s, "Putin")));
		assertEquals("PERSON", s.entity(token(s, "Erdogan")));
		assertEquals("GPE", s.entity(token(s, "Ankara")));
		assertNull(s.entity(token(s, "met")));
		ParsedSentence n = one("Syrian rebels accused the United Nations of ignoring the siege.");
		assertEquals("NORP", n.entity(token(n, "Syrian")));
		assertEquals("ORG", n.entity(token(n, "Nations")));
		ParsedSentence c = one("Ukrainians fled to Poland as Sudan and Chad closed their borders, the BBC reported.");
		assertEquals("NORP", c.entity(token(c, "Ukrainians")));
		assertEquals("GPE", c.entity(token(c, "Poland")));
		assertEquals("GPE", c.entity(token(c, "Sudan")));
		assertEquals("GPE", c.entity(token(c, "Chad")));
		assertEquals("ORG", c.entity(token(c, "BBC")));
		assertNull(c.entity(token(c, "borders")));
	}

	@Test
	void treebankTokens() {
		ParsedSentence s = one("Sudan's envoy said Juba didn't respond to the rebels' offer.");
		assertEquals("Sudan", s.word(0));
		assertEquals("'s", s.word(1));
		assertEquals("GPE", s.entity(0));
		assertArc(s, "envoy", "nmod:poss", "Sudan");
		assertEquals("n't", s.word(token(s, "did") + 1));
		assertEquals("'", s.word(token(s, "rebels") + 1));
		// the sentence detector ends sentences after "Gen." and "Sen."; the parser joins them with the next
		ParsedSentence g = one("Lt. Gen. Tom Walsh met Sen. Ruth Adams and Kim Jae-sung in Seoul.");
		assertEquals("Gen.", g.word(token(g, "Tom") - 1));
		assertEquals("Sen.", g.word(token(g, "Ruth") - 1));
		assertEquals("sung", g.word(token(g, "Jae") + 2));
		assertEquals("PERSON", g.entity(token(g, "sung")));
		ParsedSentence p = one("A Putin-led delegation met North Korean leader Kim Jong-un.");
		assertEquals("-", p.word(token(p, "Putin") + 1));
		assertEquals("PERSON", p.entity(token(p, "un")));
		assertNull(p.entity(token(p, "led")));
	}

	@Test
	void namesWithoutTitlesAndCapitalDatelines() {
		ParsedSentence s = one("Kenyan President William Ruto said Brigadier General Yahya Rasool had left.");
		assertEquals("NORP", s.entity(token(s, "Kenyan")));
		assertNull(s.entity(token(s, "President")));
		assertNull(s.entity(token(s, "General")));
		assertEquals("PERSON", s.entity(token(s, "William")));
		assertEquals("PERSON", s.entity(token(s, "Ruto")));
		assertEquals("PERSON", s.entity(token(s, "Yahya")));
		assertEquals("PERSON", s.entity(token(s, "Rasool")));
		ParsedSentence a = one("The UN General Assembly adopted the text, Secretary-General Antonio Guterres said.");
		assertEquals("ORG", a.entity(token(a, "Assembly")));
		assertEquals("PERSON", a.entity(token(a, "Guterres")));
		ParsedSentence d = PARSER.parse("NAIROBI, Kenya - Police fired tear gas at protesters.").get(0);
		assertEquals("GPE", d.entity(token(d, "NAIROBI")));
		ParsedSentence k = PARSER.parse("KHARTOUM (Reuters) - The army said the forces hadn't withdrawn.").get(0);
		assertEquals("GPE", k.entity(token(k, "KHARTOUM")));
		assertEquals("ORG", k.entity(token(k, "Reuters")));
	}

	@Test
	void documentPassMakesNamesConsistent() {
		ParsedSentence first = ParsedSentence.fromConllu("""
				1\tWilliam\tWilliam\tPROPN\t_\t_\t3\tnsubj\t_\tNER=PERSON
				2\tRuto\tRuto\tPROPN\t_\t_\t1\tflat\t_\tNER=PERSON
				3\tvisited\tvisit\tVERB\t_\t_\t0\troot\t_\t_
				4\tMombasa\tMombasa\tPROPN\t_\t_\t3\tobj\t_\tNER=GPE
				""");
		ParsedSentence second = ParsedSentence.fromConllu("""
				1\tRuto\tRuto\tPROPN\t_\t_\t2\tnsubj\t_\t_
				2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\t_
				3\tMombasa\tMombasa\tPROPN\t_\t_\t2\tobj\t_\t_
				4\tfor\tfor\tADP\t_\t_\t5\tcase\t_\t_
				5\tWilliam\tWilliam\tPROPN\t_\t_\t2\tobl\t_\t_
				6\tStreet\tStreet\tPROPN\t_\t_\t5\tflat\t_\t_
				""");
		List<ParsedSentence> out = EntityTagger.consistent(List.of(first, second));
		assertEquals("PERSON", out.get(1).entity(0));
		assertEquals("GPE", out.get(1).entity(2));
		assertNull(out.get(1).entity(1));
		assertNull(out.get(1).entity(4)); // "William Street" is not the name "William Ruto" nor a surname
		assertTrue(out.get(0) == first);
	}

	@Test
	void offsetsIndexTheBody() {
		String body = "Headline of the day\n\n  The army said on Monday that it had \u201cretaken\u201d the town.  "
				+ "Officials didn\u2019t comment.\nA second paragraph follows here.";
		List<ParsedSentence> sentences = PARSER.parse(body);
		assertTrue(sentences.size() >= 4, sentences::toString);
		int last = -1;
		for (ParsedSentence s : sentences) {
			for (int i = 0; i < s.size(); i++) {
				assertTrue(s.start(i) >= last, "offsets increase");
				assertEquals(s.word(i), AnalyzedText.straighten(body.substring(s.start(i), s.end(i))));
				last = s.end(i);
			}
		}
	}

	@Test
	void deterministicAndSafeInParallel() throws Exception {
		List<String> bodies = new ArrayList<>();
		for (String a : new String[] {"101_tasnim_astana", "103_wire_douma", "105_tass_hajin", "109_ap_manbij"}) {
			bodies.add(TestResources.body(a));
		}
		List<String> serial = new ArrayList<>();
		for (String b : bodies) {
			serial.add(render(PARSER.parse(b)));
		}
		assertEquals(serial.get(0), render(new TransitionParser().parse(bodies.get(0))));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> parallel = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String b : bodies) {
					parallel.add(pool.submit(() -> render(PARSER.parse(b))));
				}
			}
			for (int i = 0; i < parallel.size(); i++) {
				assertEquals(serial.get(i % bodies.size()), parallel.get(i).get(), "parallel parse differs");
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static String render(List<ParsedSentence> sentences) {
		StringBuilder sb = new StringBuilder();
		sentences.forEach(s -> sb.append(s.toConllu()).append('\n'));
		return sb.toString();
	}
}
