package org.sourcebench.extract.syntax;

/**
 * Repairs words that the greedy parser stranded: a word left on the stack after a wrong shift can only be
 * attached leftwards to whatever comes next, which at the end of a sentence is the final punctuation mark ("…
 * had killed Ali Yagoub Gibril, a commander of …" with "Ali" and its name under the full stop). Punctuation has
 * no dependents in Universal Dependencies, so every word whose head is punctuation was stranded; so was a nominal
 * under a later nominal's phrase but before its case marker ("vowed to destroy X | after the attack"). A stranded
 * function word right before another stranded word (the "with" of "with Pope Leo") goes under that word with
 * its label; a stranded nominal goes where the parser would have attached it had it not shifted: under the
 * nearest open word to its left — a predicate ({@code obl} with a case marker, else {@code obj}) or a nominal
 * ({@code nmod} with a case marker, else {@code appos}); a proper name right after a common noun takes that
 * noun's place, the noun becoming its {@code nmod:desc} ("with defence chief James Mattis"). Anything else
 * (verbs, adverbs) is left as parsed. Heads are 0-based with -1 for the root; the tree stays projective.
 */
final class StrandedWords {

	/** Off with {@code -Dsourcebench.off=repair.stranded} (to measure it), like the clause repairs. */
	static final boolean ENABLED = ClauseRepairs.on("stranded");

	private StrandedWords() {
	}

	static void repair(String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		boolean[] stranded = new boolean[n];
		boolean any = false;
		for (int i = 0; i < n; i++) {
			int h = heads[i];
			if (h >= 0 && pos[h].equals("PUNCT") && !pos[i].equals("PUNCT") && !labels[i].equals("punct")
					|| h > i && nominal(pos[i]) && nominal(pos[h]) && nounInternal(labels[i])
							&& caseBetween(heads, labels, i, h)) {
				stranded[i] = true;
				any = true;
			}
		}
		if (!any) {
			return;
		}
		// function words and modifiers before the next stranded word go under it
		for (int i = 0; i < n; i++) {
			if (!stranded[i] || !premodifier(labels[i])) {
				continue;
			}
			int next = Trees.rightEnd(heads, i) + 1;
			if (next < n && stranded[next] && nominal(pos[next])) {
				heads[i] = next;
				stranded[i] = false;
			}
		}
		for (int x = n - 1; x >= 0; x--) {
			if (!stranded[x] || !nominal(pos[x])) {
				continue;
			}
			int left = Trees.leftEnd(heads, x) - 1;
			// over punctuation, to its head when that is before x; a walk that comes back to a mark it left (a mark
			// under a later mark whose head is after x: "t()he") finds nothing: without the bound it never ended
			for (int steps = 0; left >= 0 && pos[left].equals("PUNCT"); steps++) {
				left = steps > n ? -1 : heads[left] >= 0 && heads[left] < x ? heads[left] : left - 1;
			}
			if (left < 0) {
				continue;
			}
			boolean hasCase = hasChild(heads, labels, x, "case");
			if (left == Trees.leftEnd(heads, x) - 1 && pos[x].equals("PROPN") && !hasCase
					&& (pos[left].equals("NOUN") || pos[left].equals("PROPN")) && heads[left] >= 0
					&& !pos[heads[left]].equals("PUNCT") && !Trees.isAncestor(heads, x, left)) {
				// title + name: the name takes the title's place
				ClauseRepairs.nameTakesTitlePlace(pos, heads, labels, left, x);
				stranded[x] = false;
				continue;
			}
			int c = left;
			while (c >= 0 && !open(pos[c])) {
				c = heads[c];
			}
			if (c < 0 || Trees.isAncestor(heads, x, c)) {
				continue;
			}
			boolean predicate = pos[c].equals("VERB") || pos[c].equals("AUX") || pos[c].equals("ADJ");
			heads[x] = c;
			labels[x] = predicate ? (hasCase ? "obl" : "obj") : (hasCase ? "nmod" : "appos");
			stranded[x] = false;
		}
	}

	/**
	 * Whether the nominal at {@code h} has a case marker after {@code i}: nothing of its noun phrase precedes that
	 * (the subject of a predicate "was behind the attack" does, so a copula rules it out).
	 */
	private static boolean caseBetween(int[] heads, String[] labels, int i, int h) {
		boolean found = false;
		for (int c = 0; c < heads.length; c++) {
			if (heads[c] == h && labels[c].equals("cop")) {
				return false;
			}
			found |= c > i && c < h && heads[c] == h && labels[c].equals("case");
		}
		return found;
	}

	private static boolean nounInternal(String label) {
		return label.equals("nmod") || label.equals("nmod:unmarked") || label.equals("compound")
				|| label.equals("appos") || label.equals("flat") || label.equals("nmod:poss") || label.equals("dep");
	}

	private static boolean premodifier(String label) {
		switch (label) {
		case "case":
		case "det":
		case "amod":
		case "nummod":
		case "nmod:poss":
		case "compound":
		case "nmod:desc":
			return true;
		default:
			return false;
		}
	}

	private static boolean nominal(String pos) {
		return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NUM");
	}

	private static boolean open(String pos) {
		return nominal(pos) || pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADJ");
	}

	private static boolean hasChild(int[] heads, String[] labels, int h, String label) {
		for (int i = 0; i < heads.length; i++) {
			if (heads[i] == h && labels[i].equals(label)) {
				return true;
			}
		}
		return false;
	}
}
