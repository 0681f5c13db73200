package org.sourcebench.extract.syntax;

/** Questions about a dependency tree given as 0-based heads (-1 for the root), for the repairs after parsing. */
final class Trees {

	private Trees() {
	}

	/** Whether {@code a} dominates {@code d} (or is it). */
	static boolean isAncestor(int[] heads, int a, int d) {
		for (int i = d, steps = 0; i >= 0 && steps <= heads.length; i = heads[i], steps++) {
			if (i == a) {
				return true;
			}
		}
		return false;
	}

	/** First token of the subtree of {@code x}. */
	static int leftEnd(int[] heads, int x) {
		for (int i = 0; i < x; i++) {
			if (isAncestor(heads, x, i)) {
				return i;
			}
		}
		return x;
	}

	/** Last token of the subtree of {@code x}. */
	static int rightEnd(int[] heads, int x) {
		for (int i = heads.length - 1; i > x; i--) {
			if (isAncestor(heads, x, i)) {
				return i;
			}
		}
		return x;
	}

	/** Whether the heads form one tree without crossing arcs. */
	static boolean projective(int[] heads) {
		int n = heads.length;
		int roots = 0;
		for (int d = 0; d < n; d++) {
			int h = heads[d];
			if (h < 0) {
				roots++;
				continue;
			}
			if (cyclic(heads, d)) {
				return false;
			}
			for (int k = Math.min(h, d) + 1; k < Math.max(h, d); k++) {
				if (!isAncestor(heads, h, k)) {
					return false;
				}
			}
		}
		return roots == 1;
	}

	private static boolean cyclic(int[] heads, int d) {
		int i = d;
		for (int steps = 0; steps <= heads.length; steps++) {
			i = heads[i];
			if (i < 0) {
				return false;
			}
		}
		return true;
	}
}
