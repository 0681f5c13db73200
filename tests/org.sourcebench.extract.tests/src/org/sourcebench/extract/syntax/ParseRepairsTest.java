package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The repairs after parsing ({@link StrandedWords}, {@link ClauseRepairs}) on hand-written trees with the
 * mistakes a greedy parser makes: each test gives a wrong tree (word/POS/head/label, heads 1-based, 0 the root,
 * as in CoNLL-U) and checks the repaired arcs, and that a right tree is left alone.
 */
class ParseRepairsTest {

	private static final class Tree {
		final String[] words;
		final String[] pos;
		final String[] entities;
		final int[] heads;
		final String[] labels;

		Tree(String... tokens) {
			int n = tokens.length;
			words = new String[n];
			pos = new String[n];
			entities = new String[n];
			heads = new int[n];
			labels = new String[n];
			for (int i = 0; i < n; i++) {
				String[] f = tokens[i].split(" ");
				words[i] = f[0];
				pos[i] = f[1];
				heads[i] = Integer.parseInt(f[2]) - 1;
				labels[i] = f[3];
				entities[i] = f.length > 4 ? f[4] : null;
			}
		}

		Tree repaired() {
			StrandedWords.repair(pos, heads, labels);
			ClauseRepairs.repair(words, pos, entities, heads, labels);
			assertTrue(Trees.projective(heads), this::toString);
			return this;
		}

		void assertArc(String head, String label, String dep) {
			int d = index(dep);
			int h = head == null ? -1 : index(head);
			assertEquals(h + " " + label, heads[d] + " " + labels[d],
					() -> label + "(" + head + ", " + dep + ") expected in\n" + this);
		}

		private int index(String word) {
			for (int i = 0; i < words.length; i++) {
				if (words[i].equals(word)) {
					return i;
				}
			}
			throw new AssertionError("no " + word);
		}

		@Override
		public String toString() {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < words.length; i++) {
				sb.append(i + 1).append('\t').append(words[i]).append('\t').append(heads[i] + 1).append('\t')
						.append(labels[i]).append('\n');
			}
			return sb.toString();
		}
	}

	@Test
	void strandedObjectNameGoesBackUnderItsVerb() {
		// "Police arrested Omar Hassan Idris, a former colonel." with "Omar" left under the full stop
		Tree t = new Tree("Police NOUN 2 nsubj", "arrested VERB 0 root", "Omar PROPN 10 compound",
				"Hassan PROPN 3 flat", "Idris PROPN 3 flat", ", PUNCT 9 punct", "a DET 9 det", "former ADJ 9 amod",
				"colonel NOUN 3 appos", ". PUNCT 2 punct").repaired();
		t.assertArc("arrested", "obj", "Omar");
		t.assertArc("Omar", "flat", "Idris");
		t.assertArc("Omar", "appos", "colonel");
	}

	@Test
	void strandedNameAfterPrepositionGoesUnderTheNounBefore() {
		// "She requested a hearing with Judge Ann Roe in Lyon." with "with" and "Judge" under the full stop
		Tree t = new Tree("She PRON 2 nsubj", "requested VERB 0 root", "a DET 4 det", "hearing NOUN 2 obj",
				"with ADP 11 case", "Judge PROPN 11 compound", "Ann PROPN 6 flat", "Roe PROPN 6 flat",
				"in ADP 10 case", "Lyon PROPN 6 nmod", ". PUNCT 2 punct").repaired();
		t.assertArc("Judge", "case", "with");
		t.assertArc("hearing", "nmod", "Judge");
		t.assertArc("Judge", "nmod", "Lyon");
	}

	@Test
	void strandedNameAfterItsTitleTakesTheTitlesPlace() {
		// "The envoy spoke with navy commander Luis Vega." with "Luis" under the full stop
		Tree t = new Tree("The DET 2 det", "envoy NOUN 3 nsubj", "spoke VERB 0 root", "with ADP 6 case",
				"navy NOUN 6 compound", "commander NOUN 3 obl", "Luis PROPN 9 compound", "Vega PROPN 7 flat",
				". PUNCT 3 punct").repaired();
		t.assertArc("spoke", "obl", "Luis");
		t.assertArc("Luis", "nmod:desc", "commander");
		t.assertArc("Luis", "case", "with");
		t.assertArc("commander", "compound", "navy");
	}

	@Test
	void betweenTakesTheSecondSideAsConjunct() {
		// "Clashes between the police and the protesters erupted." parsed with two subjects
		Tree t = new Tree("Clashes NOUN 8 nsubj", "between ADP 4 case", "the DET 4 det", "police NOUN 1 nmod",
				"and CCONJ 8 cc", "the DET 7 det", "protesters NOUN 8 nsubj", "erupted VERB 0 root",
				". PUNCT 8 punct").repaired();
		t.assertArc("police", "conj", "protesters");
		t.assertArc("protesters", "cc", "and");
		t.assertArc("erupted", "nsubj", "Clashes");
	}

	@Test
	void nominalRootWithRelativeClauseBecomesTheSubject() {
		// "Moreno, who heads the mission, visited Kabul." parsed with "Moreno" as root
		Tree t = new Tree("Moreno PROPN 0 root", ", PUNCT 4 punct", "who PRON 4 nsubj", "heads VERB 1 parataxis",
				"the DET 6 det", "mission NOUN 4 obj", ", PUNCT 8 punct", "visited VERB 4 conj",
				"Kabul PROPN 8 obj", ". PUNCT 1 punct").repaired();
		t.assertArc(null, "root", "visited");
		t.assertArc("visited", "nsubj", "Moreno");
		t.assertArc("Moreno", "acl:relcl", "heads");
		t.assertArc("visited", "punct", ".");
	}

	@Test
	void listAfterFrontedPhraseBecomesTheSubject() {
		// "After talks with the council, the army, the police and the guard agreed."
		Tree t = new Tree("After ADP 2 case", "talks NOUN 15 obl", "with ADP 5 case", "the DET 5 det",
				"council NOUN 2 nmod", ", PUNCT 8 punct", "the DET 8 det", "army NOUN 5 conj", ", PUNCT 11 punct",
				"the DET 11 det", "police NOUN 5 conj", "and CCONJ 14 cc", "the DET 14 det", "guard NOUN 5 conj",
				"agreed VERB 0 root", ". PUNCT 15 punct").repaired();
		t.assertArc("agreed", "nsubj", "army");
		t.assertArc("army", "conj", "police");
		t.assertArc("army", "conj", "guard");
	}

	@Test
	void afterAClosedListOnlyTheLastNameIsTheSubject() {
		// "Besides Peru, Chile, and Bolivia, Lopez objected."
		Tree t = new Tree("Besides ADP 2 case", "Peru PROPN 10 obl", ", PUNCT 4 punct", "Chile PROPN 2 conj",
				", PUNCT 7 punct", "and CCONJ 7 cc", "Bolivia PROPN 2 conj", ", PUNCT 9 punct", "Lopez PROPN 2 conj",
				"objected VERB 0 root", ". PUNCT 10 punct").repaired();
		t.assertArc("objected", "nsubj", "Lopez");
		t.assertArc("Peru", "conj", "Bolivia");
		t.assertArc("Peru", "conj", "Chile");
	}

	@Test
	void aNameSplitOverTwoConjunctsIsJoined() {
		// "..., the Guard and North River Defence Force agreed." with "North" a conjunct of its own
		Tree t = new Tree("the DET 2 det", "Guard PROPN 8 nsubj", "and CCONJ 4 cc", "North PROPN 2 conj ORG",
				"River PROPN 7 compound ORG", "Defence PROPN 7 compound ORG", "Force PROPN 2 conj ORG",
				"agreed VERB 0 root", ". PUNCT 8 punct").repaired();
		t.assertArc("Force", "compound", "North");
		t.assertArc("Force", "cc", "and");
		t.assertArc("Guard", "conj", "Force");
	}

	@Test
	void subjectAfterAsIsThePhraseOfTheVerbBefore() {
		// "The group registered as Free Coast and it said ..." parsed with "Coast" a second subject of "said"
		Tree t = new Tree("The DET 2 det", "group NOUN 3 nsubj", "registered VERB 0 root", "as ADP 10 mark",
				"Free PROPN 6 compound", "Coast PROPN 10 nsubj", "and CCONJ 10 cc", "it PRON 10 nsubj",
				"then ADV 10 advmod", "said VERB 3 conj", ". PUNCT 3 punct").repaired();
		t.assertArc("registered", "obl", "Coast");
		t.assertArc("Coast", "case", "as");
		t.assertArc("said", "nsubj", "it");
	}

	@Test
	void secondSubjectSetOffByCommasIsAnApposition() {
		// "The deputy envoy, Mr. Lee, arrived." parsed with two subjects
		Tree t = new Tree("The DET 3 det", "deputy ADJ 3 amod", "envoy NOUN 8 nsubj", ", PUNCT 6 punct",
				"Mr. PROPN 6 nmod:desc", "Lee PROPN 8 nsubj", ", PUNCT 6 punct", "arrived VERB 0 root",
				". PUNCT 8 punct").repaired();
		t.assertArc("envoy", "appos", "Lee");
		t.assertArc("arrived", "nsubj", "envoy");
	}

	@Test
	void subordinatorMarksTheVerbNotItsSubject() {
		// "Rain fell, while farmers watched."
		Tree t = new Tree("Rain NOUN 2 nsubj", "fell VERB 0 root", ", PUNCT 5 punct", "while SCONJ 5 mark",
				"farmers NOUN 6 nsubj", "watched VERB 2 advcl", ". PUNCT 2 punct").repaired();
		t.assertArc("watched", "mark", "while");
		t.assertArc("watched", "punct", ",");
	}

	@Test
	void aNominalBeforeAnotherPhrasesPrepositionWasStranded() {
		// "Troops vowed to capture Omar after the long siege." with "Omar" under "siege"
		Tree t = new Tree("Troops NOUN 2 nsubj", "vowed VERB 0 root", "to PART 4 mark", "capture VERB 2 xcomp",
				"Omar PROPN 9 nmod:unmarked", "after ADP 9 case", "the DET 9 det", "long ADJ 9 amod",
				"siege NOUN 4 obl", ". PUNCT 2 punct").repaired();
		t.assertArc("capture", "obj", "Omar");
		t.assertArc("capture", "obl", "siege");
	}

	@Test
	void aSubjectDoesNotBeginWithAPreposition() {
		// "The office in Kano said ..." parsed with "Kano" (and its "in") as the subject
		Tree t = new Tree("The DET 2 det", "office NOUN 5 obl:unmarked", "in ADP 4 case", "Kano PROPN 5 nsubj",
				"said VERB 0 root", "it PRON 7 nsubj", "closed VERB 5 ccomp", ". PUNCT 5 punct").repaired();
		t.assertArc("said", "nsubj", "office");
		t.assertArc("office", "nmod", "Kano");
	}

	@Test
	void nameAfterATitleWithoutCommaHeadsThePhrase() {
		// "Rebels freed Deputy Minister Ana Perez." parsed with the title as object and the name its apposition
		Tree t = new Tree("Rebels NOUN 2 nsubj", "freed VERB 0 root", "Deputy PROPN 4 compound",
				"Minister NOUN 2 obj", "Ana PROPN 4 appos", "Perez PROPN 5 flat", ". PUNCT 2 punct").repaired();
		t.assertArc("freed", "obj", "Ana");
		t.assertArc("Ana", "nmod:desc", "Minister");
		// with a comma it is an apposition and stays one
		Tree a = new Tree("Rebels NOUN 2 nsubj", "freed VERB 0 root", "the DET 4 det", "minister NOUN 2 obj",
				", PUNCT 6 punct", "Ana PROPN 4 appos", ". PUNCT 2 punct").repaired();
		a.assertArc("minister", "appos", "Ana");
	}

	@Test
	void withAfterAPlaceBelongsToTheNounBefore() {
		// "Chile held talks on Peru with Bolivia." with "with Bolivia" under "Peru"
		Tree t = new Tree("Chile PROPN 2 nsubj", "held VERB 0 root", "talks NOUN 2 obj", "on ADP 5 case",
				"Peru PROPN 3 nmod", "with ADP 7 case", "Bolivia PROPN 5 nmod", ". PUNCT 2 punct").repaired();
		t.assertArc("talks", "nmod", "Bolivia");
	}

	@Test
	void aTitleWithOfBeforeANameGoesBackToTheTitle() {
		// "..., said Foreign Minister of Peru Ana Ruiz." with "of Peru Ana Ruiz" a phrase of the title
		Tree t = new Tree("It PRON 2 nsubj", "ended VERB 0 root", ", PUNCT 4 punct", "said VERB 2 conj",
				"Foreign PROPN 6 compound", "Minister PROPN 4 obj", "of ADP 9 case", "Peru PROPN 9 compound",
				"Ana PROPN 6 nmod PERSON", "Ruiz PROPN 9 flat PERSON", ". PUNCT 2 punct").repaired();
		t.assertArc("said", "obj", "Ana");
		t.assertArc("Ana", "compound", "Minister");
		t.assertArc("Minister", "nmod", "Peru");
		t.assertArc("Peru", "case", "of");
	}

	@Test
	void aTitledNameAfterAndIsTheConjunct() {
		// "Ali Khan and Afghan Ambassador Omar Said met." with "Afghan" the conjunct and "Omar" a second one
		Tree t = new Tree("Ali PROPN 2 compound PERSON", "Khan PROPN 8 nsubj PERSON", "and CCONJ 4 cc",
				"Afghan ADJ 2 conj", "Ambassador PROPN 6 nmod:desc", "Omar PROPN 2 conj PERSON",
				"Said PROPN 6 flat PERSON", "met VERB 0 root", ". PUNCT 8 punct").repaired();
		t.assertArc("Khan", "conj", "Omar");
		t.assertArc("Omar", "nmod:desc", "Ambassador");
		t.assertArc("Ambassador", "amod", "Afghan");
		t.assertArc("Omar", "cc", "and");
		// "a summit between Ali Khan and Afghan leader Omar Said collapsed" with the name under the verb
		Tree s = new Tree("a DET 2 det", "summit NOUN 8 nsubj", "between ADP 5 case", "Ali PROPN 5 compound PERSON",
				"Khan PROPN 2 nmod PERSON", "and CCONJ 7 cc", "Afghan ADJ 5 conj", "leader NOUN 9 nmod:desc",
				"Omar PROPN 11 advcl PERSON", "Said PROPN 9 flat PERSON", "collapsed VERB 0 root", ". PUNCT 11 punct");
		s.repaired();
		s.assertArc("Khan", "conj", "Omar");
		s.assertArc("collapsed", "nsubj", "summit");
	}

	@Test
	void aFrontedPhraseIsNoSubject() {
		// "According to Ali, Chile and Peru have also agreed." with "Ali" the subject and the states its conjuncts
		Tree t = new Tree("According VERB 3 case", "to ADP 1 fixed", "Ali PROPN 10 nsubj PERSON", ", PUNCT 5 punct",
				"Chile PROPN 3 conj", "and CCONJ 7 cc", "Peru PROPN 3 conj", "have AUX 10 aux", "also ADV 10 advmod",
				"agreed VERB 0 root", ". PUNCT 10 punct").repaired();
		t.assertArc("agreed", "nsubj", "Chile");
		t.assertArc("Chile", "conj", "Peru");
		t.assertArc("agreed", "obl", "Ali");
	}

	@Test
	void aRightTreeIsLeftAlone() {
		Tree t = new Tree("Talks NOUN 8 nsubj", "between ADP 3 case", "Kyiv PROPN 1 nmod", "and CCONJ 5 cc",
				"Moscow PROPN 3 conj", "have AUX 8 aux", "finally ADV 8 advmod", "resumed VERB 0 root",
				". PUNCT 8 punct");
		int[] heads = t.heads.clone();
		String[] labels = t.labels.clone();
		t.repaired();
		assertEquals(java.util.Arrays.toString(heads), java.util.Arrays.toString(t.heads));
		assertEquals(java.util.Arrays.toString(labels), java.util.Arrays.toString(t.labels));
	}
}
