package org.sourcebench.extract.syntax;

/**
 * The arc-eager transition system (Nivre 2003) over one sentence, with the feature templates that the parser's
 * classifier scores and the static oracle that the trainer reads gold transitions from. Tokens are numbered
 * 1..n; 0 is the artificial root. Outcomes are {@code SH}, {@code RE}, {@code LA:label} and {@code RA:label}.
 * One instance per sentence being parsed; not thread-safe.
 */
public final class ArcEager {

	public static final String SHIFT = "SH";
	public static final String REDUCE = "RE";
	public static final String LEFT = "LA:";
	public static final String RIGHT = "RA:";

	private final String[] words;
	private final String[] pos;
	private final int n;
	private final int[] stack;
	private int sp;
	private int b;
	private final int[] heads;
	private final String[] labels;
	private final int[] leftmost;
	private final int[] rightmost;
	private final int[] leftCount;
	private final int[] leftmost2;
	private final int[] rightmost2;
	/** Number of verbs (VERB, AUX) and of punctuation tokens before each position, for "between" features. */
	private final int[] verbsBefore;
	private final int[] punctBefore;
	private final int[] rightCount;
	private boolean rootTaken;
	private final long[] wordHash;
	private final long[] posHash;
	private final long[] suffixHash;
	private final long[] labelHash;

	/** Feature sets: templates 1–64; those plus 65–82 (third-order context, words with distance and valency). */
	public static final int BASIC = 1;
	public static final int EXTENDED = 2;

	/**
	 * The feature hash a model trained on {@link #EXTENDED} features carries (with a weight no configuration
	 * produces), so that the parser picks the feature set its model was trained with.
	 */
	public static final long EXTENDED_MARK = Hash.f(999, Hash.of("feature-set-2"));

	private final int featureSet;

	/** {@link #ArcEager(String[], String[], int)} with the {@link #BASIC} features. */
	public ArcEager(String[] words, String[] pos) {
		this(words, pos, BASIC);
	}

	/**
	 * @param words the sentence's words (index 0 = first word)
	 * @param pos their Universal POS tags
	 * @param featureSet {@link #BASIC} or {@link #EXTENDED}
	 */
	public ArcEager(String[] words, String[] pos, int featureSet) {
		this.featureSet = featureSet;
		this.n = words.length;
		this.words = new String[n + 1];
		this.pos = new String[n + 1];
		this.words[0] = "<root>";
		this.pos[0] = "ROOT";
		wordHash = new long[n + 1];
		posHash = new long[n + 1];
		suffixHash = new long[n + 1];
		labelHash = new long[n + 1];
		wordHash[0] = Hash.of("<root>");
		posHash[0] = Hash.of("ROOT");
		for (int i = 0; i < n; i++) {
			String w = normalise(words[i]);
			this.words[i + 1] = w;
			this.pos[i + 1] = pos[i];
			wordHash[i + 1] = Hash.of(w);
			posHash[i + 1] = Hash.of(pos[i]);
			suffixHash[i + 1] = Hash.of(w.length() > 3 ? w.substring(w.length() - 3) : w);
		}
		stack = new int[n + 2];
		stack[0] = 0;
		sp = 1;
		b = 1;
		heads = new int[n + 1];
		java.util.Arrays.fill(heads, -1);
		labels = new String[n + 1];
		leftmost = new int[n + 1];
		rightmost = new int[n + 1];
		java.util.Arrays.fill(leftmost, -1);
		java.util.Arrays.fill(rightmost, -1);
		leftCount = new int[n + 1];
		rightCount = new int[n + 1];
		leftmost2 = new int[n + 1];
		rightmost2 = new int[n + 1];
		java.util.Arrays.fill(leftmost2, -1);
		java.util.Arrays.fill(rightmost2, -1);
		verbsBefore = new int[n + 2];
		punctBefore = new int[n + 2];
		for (int i = 1; i <= n; i++) {
			String p = this.pos[i];
			verbsBefore[i + 1] = verbsBefore[i] + (p.equals("VERB") || p.equals("AUX") ? 1 : 0);
			punctBefore[i + 1] = punctBefore[i] + (p.equals("PUNCT") ? 1 : 0);
		}
	}

	private static String normalise(String w) {
		String lower = w.toLowerCase(java.util.Locale.ROOT);
		StringBuilder sb = null;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c >= '0' && c <= '9') {
				if (sb == null) {
					sb = new StringBuilder(lower.substring(0, i));
				}
				sb.append('0');
			} else if (sb != null) {
				sb.append(c == '\u2019' ? '\'' : c);
			} else if (c == '\u2019') {
				sb = new StringBuilder(lower.substring(0, i)).append('\'');
			}
		}
		return sb == null ? lower : sb.toString();
	}

	public boolean done() {
		return b > n;
	}

	/** Whether {@code outcome} may be applied in the current configuration. */
	public boolean legal(String outcome) {
		int s0 = stack[sp - 1];
		if (outcome.equals(SHIFT)) {
			return b <= n;
		}
		if (outcome.equals(REDUCE)) {
			return s0 != 0 && heads[s0] >= 0;
		}
		boolean rootLabel = outcome.endsWith(":root") && outcome.indexOf(':') == 2;
		if (outcome.startsWith(LEFT)) {
			return b <= n && s0 != 0 && heads[s0] < 0 && !rootLabel;
		}
		if (outcome.startsWith(RIGHT)) {
			if (b > n) {
				return false;
			}
			return s0 == 0 ? rootLabel && !rootTaken : !rootLabel;
		}
		return false;
	}

	/** Kinds of transitions for {@link #legal(int, boolean)} and {@link #apply(int, String)}. */
	public static final int SH = 0;
	public static final int RE = 1;
	public static final int LA = 2;
	public static final int RA = 3;

	/** Kind of an outcome string. */
	public static int kind(String outcome) {
		if (outcome.equals(SHIFT)) {
			return SH;
		}
		if (outcome.equals(REDUCE)) {
			return RE;
		}
		return outcome.startsWith(LEFT) ? LA : RA;
	}

	/** {@link #legal(String)} for a pre-decoded outcome. */
	public boolean legal(int kind, boolean rootLabel) {
		int s0 = stack[sp - 1];
		switch (kind) {
		case SH:
			return b <= n;
		case RE:
			return s0 != 0 && heads[s0] >= 0;
		case LA:
			return b <= n && s0 != 0 && heads[s0] < 0 && !rootLabel;
		default:
			return b <= n && (s0 == 0 ? rootLabel && !rootTaken : !rootLabel);
		}
	}

	/** {@link #apply(String)} for a pre-decoded outcome ({@code label} null for SH and RE). */
	public void apply(int kind, String label) {
		int s0 = stack[sp - 1];
		switch (kind) {
		case SH:
			stack[sp++] = b++;
			break;
		case RE:
			sp--;
			break;
		case LA:
			attach(s0, b, label);
			sp--;
			break;
		default:
			attach(b, s0, label);
			if (s0 == 0) {
				rootTaken = true;
			}
			stack[sp++] = b++;
		}
	}

	public void apply(String outcome) {
		int s0 = stack[sp - 1];
		if (outcome.equals(SHIFT)) {
			stack[sp++] = b++;
		} else if (outcome.equals(REDUCE)) {
			sp--;
		} else if (outcome.startsWith(LEFT)) {
			attach(s0, b, outcome.substring(3));
			sp--;
		} else {
			attach(b, s0, outcome.substring(3));
			if (s0 == 0) {
				rootTaken = true;
			}
			stack[sp++] = b++;
		}
	}

	private void attach(int dep, int head, String label) {
		heads[dep] = head;
		labels[dep] = label;
		labelHash[dep] = Hash.of(label);
		if (dep < head) {
			if (leftmost[head] < 0 || dep < leftmost[head]) {
				leftmost2[head] = leftmost[head];
				leftmost[head] = dep;
			} else if (leftmost2[head] < 0 || dep < leftmost2[head]) {
				leftmost2[head] = dep;
			}
			leftCount[head]++;
		} else {
			if (rightmost[head] < 0 || dep > rightmost[head]) {
				rightmost2[head] = rightmost[head];
				rightmost[head] = dep;
			} else if (rightmost2[head] < 0 || dep > rightmost2[head]) {
				rightmost2[head] = dep;
			}
			rightCount[head]++;
		}
	}

	/**
	 * Gold transition for a projective gold tree ({@code goldHeads[i]} is the head of token i+1 numbered 1..n,
	 * 0 for the root; {@code goldLabels[i]} its relation).
	 */
	public String oracle(int[] goldHeads, String[] goldLabels) {
		int s0 = stack[sp - 1];
		if (b <= n) {
			if (s0 != 0 && goldHeads[s0 - 1] == b) {
				return LEFT + goldLabels[s0 - 1];
			}
			if (goldHeads[b - 1] == s0) {
				return RIGHT + goldLabels[b - 1];
			}
			if (s0 != 0 && heads[s0] >= 0) {
				for (int k = 0; k < sp - 1; k++) {
					int t = stack[k];
					if (goldHeads[b - 1] == t || (t != 0 && goldHeads[t - 1] == b)) {
						return REDUCE;
					}
				}
			}
			return SHIFT;
		}
		return REDUCE;
	}

	/**
	 * Dynamic-oracle cost of a transition (Goldberg and Nivre 2012): how many gold arcs it makes unreachable,
	 * counting a wrong label on an arc it builds. Gold arrays as in {@link #oracle}.
	 */
	public int cost(int kind, String label, int[] goldHeads, String[] goldLabels) {
		int s0 = stack[sp - 1];
		int c = 0;
		switch (kind) {
		case LA: {
			int gh = goldHeads[s0 - 1];
			if (gh == b) {
				c += goldLabels[s0 - 1].equals(label) ? 0 : 1;
			} else if (gh > b) {
				c++;
			}
			for (int k = b; k <= n; k++) {
				if (goldHeads[k - 1] == s0) {
					c++;
				}
			}
			return c;
		}
		case RA: {
			int gh = goldHeads[b - 1];
			if (gh == s0) {
				c += goldLabels[b - 1].equals(label) ? 0 : 1;
			} else if (gh > b || onStack(gh)) {
				c++;
			}
			for (int k = 0; k < sp; k++) {
				int t = stack[k];
				if (t > 0 && heads[t] < 0 && goldHeads[t - 1] == b) {
					c++;
				}
			}
			return c;
		}
		case RE:
			for (int k = b; k <= n; k++) {
				if (goldHeads[k - 1] == s0) {
					c++;
				}
			}
			return c;
		default:
			for (int k = 0; k < sp; k++) {
				int t = stack[k];
				if (t > 0 && heads[t] < 0 && goldHeads[t - 1] == b) {
					c++;
				}
			}
			if (onStack(goldHeads[b - 1])) {
				c++;
			}
			return c;
		}
	}

	/**
	 * {@link #cost} of every outcome at once ({@code kinds[o]}, {@code labels[o]} as decoded from the outcomes;
	 * illegal ones get a cost too, which the caller ignores): the structural part once per kind, the label part
	 * per outcome.
	 */
	public void costs(int[] kinds, String[] labels, int[] goldHeads, String[] goldLabels, int[] out) {
		int s0 = stack[sp - 1];
		boolean buffer = b <= n;
		int sh = buffer ? cost(SH, null, goldHeads, goldLabels) : 0;
		int re = s0 != 0 ? cost(RE, null, goldHeads, goldLabels) : 0;
		int la = 0;
		String laGold = null;
		if (buffer && s0 != 0) {
			la = cost(LA, null, goldHeads, goldLabels);
			if (goldHeads[s0 - 1] == b) {
				laGold = goldLabels[s0 - 1];
				la--; // the null label counted as wrong
			}
		}
		int ra = 0;
		String raGold = null;
		if (buffer) {
			ra = cost(RA, null, goldHeads, goldLabels);
			if (goldHeads[b - 1] == s0) {
				raGold = goldLabels[b - 1];
				ra--;
			}
		}
		for (int o = 0; o < kinds.length; o++) {
			switch (kinds[o]) {
			case SH -> out[o] = sh;
			case RE -> out[o] = re;
			case LA -> out[o] = la + (laGold != null && !laGold.equals(labels[o]) ? 1 : 0);
			default -> out[o] = ra + (raGold != null && !raGold.equals(labels[o]) ? 1 : 0);
			}
		}
	}

	private boolean onStack(int t) {
		for (int k = 0; k < sp; k++) {
			if (stack[k] == t) {
				return true;
			}
		}
		return false;
	}

	/** Heads (0-based, -1 for the root) after parsing; unattached words go to the root word (or become it). */
	public int[] heads() {
		int root = -1;
		for (int i = 1; i <= n; i++) {
			if (heads[i] == 0) {
				root = i;
				break;
			}
		}
		int[] out = new int[n];
		for (int i = 1; i <= n; i++) {
			int h = heads[i];
			if (h < 0) {
				if (root < 0) {
					root = i;
					labels[i] = "root";
					h = 0;
				} else {
					labels[i] = i < root ? "dep" : "parataxis";
					h = root;
				}
				heads[i] = h;
			}
			out[i - 1] = h - 1;
		}
		return out;
	}

	/** Relation labels after {@link #heads()}. */
	public String[] labels() {
		String[] out = new String[n];
		System.arraycopy(labels, 1, out, 0, n);
		return out;
	}

	/** Upper bound of {@link #features(long[])}'s count. */
	public static final int MAX_FEATURES = 96;

	private static final long NONE = Hash.of("<none>");

	/** Writes the hashed features of the current configuration into {@code f}; returns their count. */
	public int features(long[] f) {
		int s0 = sp >= 1 ? stack[sp - 1] : -1;
		int s1 = sp >= 2 ? stack[sp - 2] : -1;
		int s2 = sp >= 3 ? stack[sp - 3] : -1;
		int b0 = b <= n ? b : -1;
		int b1 = b + 1 <= n ? b + 1 : -1;
		int b2 = b + 2 <= n ? b + 2 : -1;
		int b3 = b + 3 <= n ? b + 3 : -1;
		int s0h = s0 > 0 ? heads[s0] : -1;
		int s0l = s0 >= 0 ? leftmost[s0] : -1;
		int s0r = s0 >= 0 ? rightmost[s0] : -1;
		int b0l = b0 >= 0 ? leftmost[b0] : -1;

		long s0w = w(s0);
		long s0p = p(s0);
		long b0w = w(b0);
		long b0p = p(b0);
		long b1w = w(b1);
		long b1p = p(b1);
		long s1w = w(s1);
		long s1p = p(s1);
		long s0lp = p(s0l);
		long s0rp = p(s0r);
		long b0lp = p(b0l);
		long s0hp = p(s0h);
		long s0d = lab(s0);
		long has = s0 > 0 && heads[s0] >= 0 ? 2 : 3;
		long dist = s0 >= 0 && b0 >= 0 ? bucket(s0 == 0 ? 0 : b0 - s0) : 9;

		int k = 0;
		f[k++] = Hash.f(1, 0);
		f[k++] = Hash.f(2, s0w);
		f[k++] = Hash.f(3, s0p);
		f[k++] = Hash.f(4, s0w, s0p);
		f[k++] = Hash.f(5, s1w);
		f[k++] = Hash.f(6, s1p);
		f[k++] = Hash.f(7, s1w, s1p);
		f[k++] = Hash.f(8, b0w);
		f[k++] = Hash.f(9, b0p);
		f[k++] = Hash.f(10, b0w, b0p);
		f[k++] = Hash.f(11, b1w);
		f[k++] = Hash.f(12, b1p);
		f[k++] = Hash.f(13, b1w, b1p);
		f[k++] = Hash.f(14, w(b2));
		f[k++] = Hash.f(15, p(b2));
		f[k++] = Hash.f(16, p(b3));
		f[k++] = Hash.f(17, w(s0h));
		f[k++] = Hash.f(18, s0hp);
		f[k++] = Hash.f(19, s0d);
		f[k++] = Hash.f(20, s0lp);
		f[k++] = Hash.f(21, lab(s0l));
		f[k++] = Hash.f(22, s0rp);
		f[k++] = Hash.f(23, lab(s0r));
		f[k++] = Hash.f(24, b0lp);
		f[k++] = Hash.f(25, lab(b0l));
		f[k++] = Hash.f(26, w(b0l));
		f[k++] = Hash.f(27, w(s0l));
		f[k++] = Hash.f(28, w(s0r));
		f[k++] = Hash.f(29, suffix(b0));
		f[k++] = Hash.f(30, suffix(s0));
		// pairs
		f[k++] = Hash.f(31, Hash.f(0, s0w, s0p), b0w, b0p);
		f[k++] = Hash.f(32, s0w, s0p, b0w);
		f[k++] = Hash.f(33, s0w, b0w, b0p);
		f[k++] = Hash.f(34, s0w, s0p, b0p);
		f[k++] = Hash.f(35, s0p, b0w, b0p);
		f[k++] = Hash.f(36, s0w, b0w);
		f[k++] = Hash.f(37, s0p, b0p);
		f[k++] = Hash.f(38, b0p, b1p);
		f[k++] = Hash.f(39, has, s0p, b0p);
		f[k++] = Hash.f(40, has, s0w, b0p);
		f[k++] = Hash.f(41, has, s0d, b0p);
		// triples
		f[k++] = Hash.f(42, b0p, b1p, p(b2));
		f[k++] = Hash.f(43, s0p, b0p, b1p);
		f[k++] = Hash.f(44, s0hp, s0p, b0p);
		f[k++] = Hash.f(45, s0p, s0lp, b0p);
		f[k++] = Hash.f(46, s0p, s0rp, b0p);
		f[k++] = Hash.f(47, s0p, b0p, b0lp);
		f[k++] = Hash.f(48, s1p, s0p, b0p);
		f[k++] = Hash.f(49, p(s2), s1p, s0p);
		f[k++] = Hash.f(50, s0w, b0p, b1p);
		f[k++] = Hash.f(51, s0p, b0w, b1p);
		// distance
		f[k++] = Hash.f(52, dist, s0w);
		f[k++] = Hash.f(53, dist, s0p);
		f[k++] = Hash.f(54, dist, b0w);
		f[k++] = Hash.f(55, dist, b0p);
		f[k++] = Hash.f(56, dist, s0p, b0p);
		// valency
		long s0vr = s0 >= 0 ? rightCount[s0] : 0;
		long s0vl = s0 >= 0 ? leftCount[s0] : 0;
		long b0vl = b0 >= 0 ? leftCount[b0] : 0;
		f[k++] = Hash.f(57, s0vr, s0p);
		f[k++] = Hash.f(58, s0vr, s0w);
		f[k++] = Hash.f(59, s0vl, s0p);
		f[k++] = Hash.f(60, b0vl, b0p);
		f[k++] = Hash.f(61, b0vl, b0w);
		// label sets
		f[k++] = Hash.f(62, labelSet(s0, true), s0p);
		f[k++] = Hash.f(63, labelSet(s0, false), s0p);
		f[k++] = Hash.f(64, labelSet(b0, true), b0p);
		if (featureSet < EXTENDED) {
			return k;
		}
		// second-leftmost/rightmost children and the head's head (third order, Zhang and Nivre 2011)
		int s0l2 = s0 >= 0 ? leftmost2[s0] : -1;
		int s0r2 = s0 >= 0 ? rightmost2[s0] : -1;
		int b0l2 = b0 >= 0 ? leftmost2[b0] : -1;
		int s0h2 = s0h > 0 ? heads[s0h] : -1;
		f[k++] = Hash.f(65, p(s0l2), lab(s0l2));
		f[k++] = Hash.f(66, p(s0r2), lab(s0r2));
		f[k++] = Hash.f(67, p(b0l2), lab(b0l2));
		f[k++] = Hash.f(68, s0p, s0lp, p(s0l2));
		f[k++] = Hash.f(69, s0p, s0rp, p(s0r2));
		f[k++] = Hash.f(70, b0p, b0lp, p(b0l2));
		f[k++] = Hash.f(71, w(s0h2), lab(s0h));
		f[k++] = Hash.f(72, p(s0h2), s0hp, s0p);
		f[k++] = Hash.f(73, lab(s0h), s0d, s0p);
		// word pairs with distance, valency and label sets with words
		f[k++] = Hash.f(74, dist, s0w, b0w);
		f[k++] = Hash.f(75, s0vl, s0w);
		f[k++] = Hash.f(76, labelSet(s0, false), s0w);
		f[k++] = Hash.f(77, labelSet(b0, true), b0w);
		// what lies between the stack top and the next word: verbs, punctuation
		long verbs = s0 > 0 && b0 > 0 ? Math.min(2, verbsBefore[b0] - verbsBefore[s0 + 1]) : 9;
		long punct = s0 > 0 && b0 > 0 ? Math.min(2, punctBefore[b0] - punctBefore[s0 + 1]) : 9;
		f[k++] = Hash.f(78, verbs, s0p, b0p);
		f[k++] = Hash.f(79, punct, s0p, b0p);
		f[k++] = Hash.f(80, verbs, punct, dist);
		f[k++] = Hash.f(81, suffix(b0), s0p);
		f[k++] = Hash.f(82, suffix(s0), b0p);
		return k;
	}

	private long labelSet(int t, boolean left) {
		if (t < 0) {
			return NONE;
		}
		long h = 17;
		int from = left ? 1 : t + 1;
		int to = left ? t : n + 1;
		for (int i = from; i < to && i <= n; i++) {
			if (heads[i] == t) {
				h = h * 31 + labelHash[i];
			}
		}
		return h;
	}

	private long w(int t) {
		return t < 0 ? NONE : wordHash[t];
	}

	private long p(int t) {
		return t < 0 ? NONE : posHash[t];
	}

	private long lab(int t) {
		return t < 0 || labels[t] == null ? NONE : labelHash[t];
	}

	private long suffix(int t) {
		return t <= 0 ? NONE : suffixHash[t];
	}

	private static long bucket(int d) {
		if (d <= 0) {
			return 0;
		}
		if (d <= 4) {
			return d;
		}
		return d <= 7 ? 5 : 8;
	}

	/** Whether a gold tree (heads 1-based, 0 = root) has no crossing arcs. */
	public static boolean projective(int[] goldHeads) {
		int n = goldHeads.length;
		for (int i = 1; i <= n; i++) {
			int hi = goldHeads[i - 1];
			int a = Math.min(i, hi);
			int z = Math.max(i, hi);
			for (int j = a + 1; j < z; j++) {
				int hj = goldHeads[j - 1];
				if (hj < a || hj > z) {
					return false;
				}
			}
		}
		return true;
	}
}
