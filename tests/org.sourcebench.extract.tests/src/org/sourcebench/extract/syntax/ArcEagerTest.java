package org.sourcebench.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.TestResources;

/**
 * The transition system the trainer relies on: the dynamic oracle's costs (a path of zero-cost transitions
 * rebuilds the gold tree; {@link ArcEager#costs} agrees with {@link ArcEager#cost}; a wrong move costs what it
 * loses) and the two feature sets.
 */
class ArcEagerTest {

	// "The minister said on Tuesday that the talks would resume in Geneva ."
	private static final String[] WORDS = {"The", "minister", "said", "on", "Tuesday", "that", "the", "talks",
			"would", "resume", "in", "Geneva", "."};
	private static final String[] POS = {"DET", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "DET", "NOUN", "AUX",
			"VERB", "ADP", "PROPN", "PUNCT"};
	private static final int[] HEADS = {2, 3, 0, 5, 3, 10, 8, 10, 10, 3, 12, 10, 3};
	private static final String[] LABELS = {"det", "nsubj", "root", "case", "obl", "mark", "det", "nsubj", "aux",
			"ccomp", "case", "obl", "punct"};

	/** Every transition with every label of the tree, as the trainer builds its outcomes. */
	private static String[] outcomes(String[]... labelSets) {
		TreeSet<String> out = new TreeSet<>();
		out.add(ArcEager.SHIFT);
		out.add(ArcEager.REDUCE);
		for (String[] labels : labelSets) {
			for (String l : labels) {
				out.add(ArcEager.RIGHT + l);
				if (!l.equals("root")) {
					out.add(ArcEager.LEFT + l);
				}
			}
		}
		return out.toArray(new String[0]);
	}

	/** Follows zero-cost transitions (checking costs against cost) and returns the tree it builds. */
	private static ArcEager followZeroCost(String[] words, String[] pos, int[] heads, String[] labels,
			String[] outcomes) {
		int[] kinds = new int[outcomes.length];
		String[] outLabels = new String[outcomes.length];
		for (int o = 0; o < outcomes.length; o++) {
			kinds[o] = ArcEager.kind(outcomes[o]);
			outLabels[o] = kinds[o] >= ArcEager.LA ? outcomes[o].substring(3) : null;
		}
		ArcEager state = new ArcEager(words, pos);
		int[] costs = new int[outcomes.length];
		while (!state.done()) {
			state.costs(kinds, outLabels, heads, labels, costs);
			int chosen = -1;
			for (int o = 0; o < outcomes.length; o++) {
				if (state.legal(kinds[o], "root".equals(outLabels[o]))) {
					assertEquals(state.cost(kinds[o], outLabels[o], heads, labels), costs[o], outcomes[o]);
					if (chosen < 0 && costs[o] == 0) {
						chosen = o;
					}
				}
			}
			assertTrue(chosen >= 0, "no zero-cost transition");
			state.apply(kinds[chosen], outLabels[chosen]);
		}
		return state;
	}

	@Test
	void zeroCostTransitionsRebuildTheGoldTree() {
		ArcEager state = followZeroCost(WORDS, POS, HEADS, LABELS, outcomes(LABELS));
		int[] expected = new int[HEADS.length];
		for (int i = 0; i < HEADS.length; i++) {
			expected[i] = HEADS[i] - 1;
		}
		assertArrayEquals(expected, state.heads());
		assertArrayEquals(LABELS, state.labels());
	}

	@Test
	void zeroCostTransitionsRebuildEveryProjectiveTreeOfTheNewsSample() throws IOException {
		List<ParsedSentence> gold = Treebank.read(new ByteArrayInputStream(
				TestResources.read("syntax/heldout-gum-news.conllu").getBytes(StandardCharsets.UTF_8)));
		List<String[]> labelSets = new ArrayList<>();
		for (ParsedSentence s : gold) {
			String[] l = new String[s.size()];
			for (int i = 0; i < l.length; i++) {
				l[i] = s.deprel(i);
			}
			labelSets.add(l);
		}
		String[] outcomes = outcomes(labelSets.toArray(new String[0][]));
		int checked = 0;
		for (int k = 0; k < gold.size(); k++) {
			ParsedSentence s = gold.get(k);
			String[] w = new String[s.size()];
			String[] p = new String[s.size()];
			int[] h = new int[s.size()];
			int[] expected = new int[s.size()];
			for (int i = 0; i < w.length; i++) {
				w[i] = s.word(i);
				p[i] = s.pos(i);
				h[i] = s.head(i) + 1;
				expected[i] = s.head(i);
			}
			if (!ArcEager.projective(h)) {
				continue;
			}
			ArcEager state = followZeroCost(w, p, h, labelSets.get(k), outcomes);
			assertArrayEquals(expected, state.heads(), () -> s.toConllu());
			assertArrayEquals(labelSets.get(k), state.labels(), () -> s.toConllu());
			checked++;
		}
		assertTrue(checked > 70, "projective sentences checked: " + checked);
	}

	@Test
	void aWrongMoveCostsTheGoldArcsItLoses() {
		ArcEager state = new ArcEager(WORDS, POS);
		state.apply(ArcEager.SH, null); // The
		// "minister" heads nothing yet, its gold head "said" is still ahead: attaching "The" to it is free,
		// shifting it instead loses det(minister, The)
		assertEquals(0, state.cost(ArcEager.LA, "det", HEADS, LABELS));
		assertEquals(1, state.cost(ArcEager.LA, "amod", HEADS, LABELS));
		assertEquals(1, state.cost(ArcEager.SH, null, HEADS, LABELS));
		state.apply(ArcEager.LA, "det");
		state.apply(ArcEager.SH, null); // minister
		// a right arc minister → said loses said's root arc and nsubj(said, minister)
		assertEquals(2, state.cost(ArcEager.RA, "obj", HEADS, LABELS));
	}

	@Test
	void theExtendedFeatureSetAddsTemplatesAfterTheBasicOnes() {
		ArcEager basic = new ArcEager(WORDS, POS, ArcEager.BASIC);
		ArcEager extended = new ArcEager(WORDS, POS, ArcEager.EXTENDED);
		for (String o : new String[] {ArcEager.SHIFT, ArcEager.LEFT + "det", ArcEager.SHIFT}) {
			basic.apply(o);
			extended.apply(o);
		}
		long[] fb = new long[ArcEager.MAX_FEATURES];
		long[] fe = new long[ArcEager.MAX_FEATURES];
		int nb = basic.features(fb);
		int ne = extended.features(fe);
		assertEquals(64, nb);
		assertTrue(ne > nb && ne <= ArcEager.MAX_FEATURES, () -> ne + " extended features");
		for (int i = 0; i < nb; i++) {
			assertEquals(fb[i], fe[i], "template " + (i + 1));
		}
	}
}
