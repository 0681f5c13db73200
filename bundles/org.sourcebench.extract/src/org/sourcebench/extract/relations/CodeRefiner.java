package org.sourcebench.extract.relations;

import java.util.List;

import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PetrarchVerb;
import org.sourcebench.extract.data.PetrarchVerbDictionary;
import org.sourcebench.extract.data.PetrarchVerbPattern;
import org.sourcebench.extract.data.PetrarchVerbPattern.NounSlot;
import org.sourcebench.extract.data.PetrarchVerbPattern.PrepSlot;

/**
 * Refines a trigger's CAMEO root code to the full code the CAMEO verb dictionary gives, for the word-window path
 * that has no parse: the most specific pattern of the trigger verb's block whose post-verb nouns and prepositional
 * phrases all occur, in order, in the words after the verb ("fired artillery shells at" → 194), else the verb's
 * own code; only a code under the same root is taken, so the refinement never changes what the event is.
 */
final class CodeRefiner {

	private final PetrarchVerbDictionary verbs;

	CodeRefiner(PetrarchVerbDictionary verbs) {
		this.verbs = verbs;
	}

	/** The full code for a trigger verb {@code lemma} with root {@code root}, given the words after it. */
	String refine(String root, String lemma, List<String> after) {
		List<PetrarchVerb> cands = verbs.verbs(lemma);
		if (cands.isEmpty()) {
			return root;
		}
		String[] keys = new String[after.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = PetrarchSource.key(after.get(i));
		}
		String best = null;
		int bestSpecificity = -1;
		for (PetrarchVerb v : cands) {
			if (!v.before().isEmpty() || !v.after().isEmpty()) {
				continue;
			}
			String own = v.isolatedCode();
			if (best == null && own != null && own.startsWith(root)) {
				best = own;
			}
			for (PetrarchVerbPattern p : v.block().patterns()) {
				if (p.code() == null || !p.code().startsWith(root) || !p.pre().isEmpty() || !p.prePreps().isEmpty()
						|| p.specificity() <= bestSpecificity) {
					continue;
				}
				if (occurs(p, keys)) {
					best = p.code();
					bestSpecificity = p.specificity();
				}
			}
		}
		return best != null && best.matches("\\d{2,4}") ? best : root;
	}

	private static boolean occurs(PetrarchVerbPattern p, String[] keys) {
		int at = 0;
		for (NounSlot n : p.post()) {
			at = find(n, keys, 0);
			if (at < 0) {
				return false;
			}
		}
		for (PrepSlot s : p.postPreps()) {
			int found = -1;
			for (int i = 0; i < keys.length && found < 0; i++) {
				if (s.prepositions().contains(keys[i])) {
					found = s.noun() == null || s.target() || s.source() ? i + 1 : find(s.noun(), keys, i + 1);
				}
			}
			if (found < 0) {
				return false;
			}
		}
		return true;
	}

	/** Index after the phrase's head when one of the slot's phrases occurs (modifiers before the head), else -1. */
	private static int find(NounSlot n, String[] keys, int from) {
		for (List<String> ph : n.phrases()) {
			String head = ph.get(ph.size() - 1);
			for (int i = from; i < keys.length; i++) {
				if (keys[i].equals(head) && modifiersBefore(ph, keys, from, i)) {
					return i + 1;
				}
			}
		}
		return -1;
	}

	private static boolean modifiersBefore(List<String> ph, String[] keys, int from, int head) {
		for (int k = 0; k < ph.size() - 1; k++) {
			boolean found = false;
			for (int i = Math.max(from, head - 4); i < head && !found; i++) {
				found = keys[i].equals(ph.get(k));
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}
}
