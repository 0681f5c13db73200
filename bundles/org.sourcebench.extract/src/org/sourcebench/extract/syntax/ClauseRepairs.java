package org.sourcebench.extract.syntax;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;

/**
 * Repairs of whole-clause attachments that a greedy parser gets wrong after a long fronted phrase or a list, each
 * restoring a shape English grammar requires (Universal Dependencies labels; heads 0-based, -1 for the root):
 * <ul>
 * <li><b>between</b>: "between" needs two sides; a single one followed by "and Y" takes Y as its conjunct ("fighting
 * between the army and the rebels erupted", where the parser made "the rebels" a second subject).</li>
 * <li><b>relative</b>: a clause whose subject is "who" or "which" right after a nominal is a relative clause of that
 * nominal ({@code acl:relcl}), not a {@code parataxis} or {@code conj}.</li>
 * <li><b>nominal root</b>: a noun-phrase root whose clause is a subjectless finite verb to its right ("The envoy,
 * who arrived on Monday, met the minister" parsed as "envoy" ← root with "met" a conjunct) is that verb's
 * subject; the verb becomes the root.</li>
 * <li><b>list subject</b>: a subjectless finite verb right after a list that the parser hung on the noun before a
 * comma ("After talks with the commission, the army, the police and the militia agreed") takes the list, from
 * its first member after the comma, as its subject.</li>
 * <li><b>conjunct name</b>: a titled person's name after "and" is the conjunct, not its first modifier ("a summit
 * between X and North Korean leader Kim Jong Un").</li>
 * <li><b>fronted subject</b>: a fronted prepositional phrase is no subject; its members after the comma are
 * ("According to X, A and B have agreed").</li>
 * </ul>
 * Each can be switched off with {@code -Dsourcebench.off=repair.NAME} (to measure it; see {@link Mechanisms}).
 */
final class ClauseRepairs {

	static final boolean BETWEEN = on("between");
	static final boolean RELATIVE = on("relative");
	static final boolean NOMINAL_ROOT = on("nominalRoot");
	static final boolean LIST_SUBJECT = on("listSubject");
	static final boolean TITLE = on("title");
	static final boolean NAME_SPAN = on("nameSpan");
	static final boolean ONE_SUBJECT = on("oneSubject");
	static final boolean MARK = on("mark");
	static final boolean PREPOSITION = on("preposition");
	static final boolean WITH = on("with");
	static final boolean CONJUNCT_NAME = on("conjunctName");
	static final boolean FRONTED_SUBJECT = on("frontedSubject");

	/** Whether the repair {@code name} runs: unless {@code -Dsourcebench.off=repair.NAME}. */
	static boolean on(String name) {
		return Mechanisms.on("repair." + name);
	}

	private ClauseRepairs() {
	}

	static void repair(String[] words, String[] pos, String[] entities, int[] heads, String[] labels) {
		if (NAME_SPAN) {
			nameSpans(words, pos, entities, heads, labels);
		}
		if (CONJUNCT_NAME) {
			conjunctName(words, pos, entities, heads, labels);
		}
		if (FRONTED_SUBJECT) {
			frontedSubject(words, pos, heads, labels);
		}
		if (BETWEEN) {
			between(words, pos, heads, labels);
		}
		if (RELATIVE) {
			relative(words, pos, heads, labels);
		}
		if (NOMINAL_ROOT) {
			nominalRoot(words, pos, heads, labels);
		}
		if (LIST_SUBJECT) {
			listSubject(words, pos, heads, labels);
		}
		if (TITLE) {
			title(words, pos, entities, heads, labels);
		}
		if (ONE_SUBJECT) {
			oneSubject(words, pos, heads, labels);
		}
		if (MARK) {
			markOfClause(pos, heads, labels);
		}
		if (PREPOSITION) {
			subjectWithPreposition(pos, heads, labels);
		}
		if (WITH) {
			withOnName(words, pos, heads, labels);
		}
	}

	/**
	 * A clause has one subject. Of two subjects before a verb, the nearer one set off by a comma right after the
	 * other is its apposition ("the deputy envoy, Mr. Lee, paid a visit"); the farther one after "as"/"like" hung on
	 * the verb is that phrase's nominal ("rebranded as Al-Sham | and he added": {@code obl} of the verb before, the
	 * marker its {@code case}).
	 */
	private static void oneSubject(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int v = 0; v < n; v++) {
			int a = -1;
			int b = -1;
			for (int c = 0; c < v; c++) {
				if (heads[c] == v && labels[c].startsWith("nsubj")) {
					a = b;
					b = c;
				}
			}
			if (a < 0 || !nominal(pos[a]) || !nominal(pos[b])) {
				continue;
			}
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			int l = Trees.leftEnd(heads, a);
			int lb = Trees.leftEnd(heads, b);
			if (words[lb].equals(",") && Trees.rightEnd(heads, a) + 1 == lb && !hasChild(heads, labels, b, "cc")) {
				heads[b] = a;
				labels[b] = "appos";
			} else if (l > 0 && heads[l - 1] == v && labels[l - 1].equals("mark")
					&& (lower(words[l - 1]).equals("as") || lower(words[l - 1]).equals("like")) && heads[v] >= 0
					&& heads[v] < l - 1) {
				heads[a] = heads[v];
				labels[a] = "obl";
				heads[l - 1] = a;
				labels[l - 1] = "case";
			}
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			}
		}
	}

	/**
	 * A subordinator ("while", "because") marks a clause, not a noun: one the parser hung on the subject or object
	 * of a verb goes to that verb.
	 */
	private static void markOfClause(String[] pos, int[] heads, String[] labels) {
		for (int m = 0; m < heads.length; m++) {
			int x = heads[m];
			if (labels[m].equals("mark") && pos[m].equals("SCONJ") && x > m && nominal(pos[x]) && heads[x] > x
					&& (labels[x].startsWith("nsubj") || labels[x].equals("obj"))) {
				heads[m] = heads[x];
				for (int p = 0; p < m; p++) {
					if (heads[p] == x && labels[p].equals("punct") && p > Trees.leftEnd(heads, x) - 1) {
						heads[p] = heads[x];
					}
				}
			}
		}
	}

	/**
	 * A "with"/"against" phrase the parser hung on a place or other name that is itself a prepositional object
	 * ("talks on Libya | with Egypt") belongs to the common noun or verb before that phrase ("talks ... with Egypt").
	 */
	private static void withOnName(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int x = 1; x < n; x++) {
			int h = heads[x];
			if (h < 0 || h > x || !pos[h].equals("PROPN") || !labels[x].equals("nmod") || !hasChild(heads, labels, h,
					"case")) {
				continue;
			}
			boolean with = false;
			for (int c = h + 1; c < x; c++) {
				with |= heads[c] == x && labels[c].equals("case")
						&& (lower(words[c]).equals("with") || lower(words[c]).equals("against"));
			}
			int l = Trees.leftEnd(heads, h);
			int c = l - 1;
			while (c >= 0 && !(pos[c].equals("NOUN") || pos[c].equals("VERB"))) {
				c = heads[c] < l ? heads[c] : -1;
			}
			if (!with || c < 0) {
				continue;
			}
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			heads[x] = c;
			labels[x] = pos[c].equals("NOUN") ? "nmod" : "obl";
			if (heads[h] == heads[c] && pos[c].equals("NOUN")) {
				heads[h] = c; // "talks on Libya" too, when the parser hung both phrases on the verb
				labels[h] = "nmod";
			}
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			}
		}
	}

	/**
	 * A subject does not begin with a preposition: a "subject" whose phrase opens with a case marker, right after a
	 * nominal that the parser hung on the same verb, is that nominal's modifier, and the nominal is the subject ("the
	 * ministry | in rebel-held Idlib said").
	 */
	private static void subjectWithPreposition(String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int b = 1; b < n; b++) {
			int v = heads[b];
			if (!labels[b].equals("nsubj") || v < b) {
				continue;
			}
			int l = Trees.leftEnd(heads, b);
			if (!pos[l].equals("ADP") || !labels[l].equals("case") || l == 0) {
				continue;
			}
			int a = l - 1;
			while (a >= 0 && heads[a] != v) {
				a = heads[a] > a && heads[a] < l ? heads[a] : -1;
			}
			if (a < 0 || !nominal(pos[a]) || !(labels[a].startsWith("obl") || labels[a].equals("dep"))) {
				continue;
			}
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			heads[b] = a;
			labels[b] = "nmod";
			labels[a] = "nsubj";
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			}
		}
	}

	/**
	 * The words of one name (a run of tokens with one entity type) in one subtree: a word the parser attached
	 * outside the name (a conjunct of its own, "and Ta'ang | National Liberation Army") goes under the name's head,
	 * the word with most of the name below it ({@code flat} after a person's first word, {@code compound} before
	 * any other head), its coordinator and punctuation before the name with it.
	 */
	private static void nameSpans(String[] words, String[] pos, String[] entities, int[] heads, String[] labels) {
		int n = heads.length;
		for (int a = 0; a < n; a++) {
			if (entities[a] == null) {
				continue;
			}
			int b = a;
			while (b + 1 < n && entities[a].equals(entities[b + 1])) {
				b++;
			}
			if (b > a) {
				joinName(words, pos, entities[a].equals("PERSON"), a, b, heads, labels);
			}
			a = b;
		}
	}

	private static void joinName(String[] words, String[] pos, boolean person, int a, int b, int[] heads,
			String[] labels) {
		int head = -1;
		int best = -1;
		int tops = 0;
		for (int i = a; i <= b; i++) {
			if (heads[i] >= a && heads[i] <= b || pos[i].equals("PUNCT")) {
				continue;
			}
			tops++;
			int below = 0;
			for (int k = a; k <= b; k++) {
				below += Trees.isAncestor(heads, i, k) ? 1 : 0;
			}
			if (below > best || below == best && !person) {
				head = i;
				best = below;
			}
		}
		if (tops < 2) {
			return;
		}
		int[] before = heads.clone();
		String[] labelsBefore = labels.clone();
		for (int i = a; i <= b; i++) {
			if (i == head || heads[i] >= a && heads[i] <= b || pos[i].equals("PUNCT")) {
				continue;
			}
			for (int c = 0; c < a; c++) {
				if (heads[c] == i && (labels[c].equals("cc") || labels[c].equals("punct") || labels[c].equals("case")
						|| labels[c].equals("det"))) {
					heads[c] = head;
				}
			}
			heads[i] = head;
			labels[i] = i > head ? "flat" : "compound";
		}
		if (!Trees.projective(heads)) {
			System.arraycopy(before, 0, heads, 0, heads.length);
			System.arraycopy(labelsBefore, 0, labels, 0, heads.length);
		}
	}

	/**
	 * A name the parser made the apposition of a title right before it (no comma: "President Ali") heads the
	 * phrase; so does a person's name the parser read as the object of the "of" inside a title ("Secretary | of
	 * State Ann Lee": "of State" goes back to the title).
	 */
	private static void title(String[] words, String[] pos, String[] entities, int[] heads, String[] labels) {
		for (int x = 1; x < heads.length; x++) {
			int t = x - 1;
			if (heads[x] == t && labels[x].equals("appos") && pos[x].equals("PROPN") && pos[t].equals("NOUN")
					&& heads[t] >= 0 && Gazetteer.get().role(words[t])) {
				nameTakesTitlePlace(pos, heads, labels, t, x);
				continue;
			}
			t = heads[x];
			if (t < 0 || t > x || !"PERSON".equals(entities[x]) || !labels[x].equals("nmod") || heads[t] < 0
					|| !Gazetteer.get().role(words[t]) || x > 0 && "PERSON".equals(entities[x - 1])) {
				continue;
			}
			int c = t + 1;
			int last = x - 1;
			boolean shape = c < last && heads[c] == x && labels[c].equals("case") && lower(words[c]).equals("of");
			for (int k = c + 1; k <= last && shape; k++) {
				shape = heads[k] == x && pos[k].equals("PROPN") && entities[k] == null;
			}
			if (!shape) {
				continue;
			}
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			heads[last] = t;
			labels[last] = "nmod";
			heads[c] = last;
			for (int k = c + 1; k < last; k++) {
				heads[k] = last;
			}
			nameTakesTitlePlace(pos, heads, labels, t, x);
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, heads.length);
				System.arraycopy(labelsBefore, 0, labels, 0, heads.length);
			}
		}
	}

	/**
	 * The name at {@code x} takes the place of the role noun at {@code t} right before it ("with defence chief
	 * James Mattis"), the noun becoming its {@code nmod:desc} (a proper noun its {@code compound}); the noun's
	 * case marker, determiner and possessor move to the name.
	 */
	static void nameTakesTitlePlace(String[] pos, int[] heads, String[] labels, int t, int x) {
		heads[x] = heads[t];
		labels[x] = labels[t];
		for (int c = 0; c < t; c++) {
			if (heads[c] == t && (labels[c].equals("case") || labels[c].equals("det")
					|| labels[c].equals("nmod:poss"))) {
				heads[c] = x;
			}
		}
		heads[t] = x;
		labels[t] = pos[t].equals("NOUN") ? "nmod:desc" : "compound";
	}

	/**
	 * A second conjunct that is a person's name behind its title ("X and Russian President Vladimir Putin met", "a
	 * summit between X and North Korean leader Kim Jong Un"): a greedy parser makes the first modifier after "and" the
	 * conjunct and the name a second subject or an adjunct of the verb. The name heads the phrase and is the conjunct
	 * of the first one (of the name a title there describes); the words before it are its title ({@code nmod:desc})
	 * with that title's modifiers; what the parser hung on those words from outside goes to the name (to its right)
	 * or to where the name was attached (to its left: "a summit between X and Y collapsed").
	 */
	private static void conjunctName(String[] words, String[] pos, String[] entities, int[] heads, String[] labels) {
		int n = heads.length;
		for (int k = 1; k + 2 < n; k++) {
			if (!pos[k].equals("CCONJ") || !lower(words[k]).equals("and")) {
				continue;
			}
			int j = k + 1;
			while (j < n && j <= k + 6 && !"PERSON".equals(entities[j]) && (pos[j].equals("ADJ")
					|| pos[j].equals("PROPN") || pos[j].equals("NOUN") || j == k + 1 && pos[j].equals("DET"))) {
				j++;
			}
			if (j >= n || j < k + 2 || !"PERSON".equals(entities[j]) || !nominal(pos[j - 1])) {
				continue;
			}
			int e = j;
			while (e + 1 < n && "PERSON".equals(entities[e + 1])) {
				e++;
			}
			int first = k + 1;
			int last = e;
			int h = -1;
			for (int i = j; i <= e; i++) {
				if (heads[i] < j || heads[i] > e) {
					h = h < 0 ? i : -2;
				}
			}
			int x = -1;
			int other = -1;
			int tops = 0;
			boolean shape = h >= 0;
			for (int i = first; i <= last && shape; i++) {
				if (heads[i] >= first && heads[i] <= last || pos[i].equals("PUNCT")) {
					continue;
				}
				tops++;
				if (labels[i].equals("conj") && heads[i] >= 0 && heads[i] < k) {
					shape = x < 0 || x == heads[i];
					x = heads[i];
				} else {
					shape = other < 0;
					other = i;
				}
			}
			if (!shape || x < 0 || tops == 1 && other < 0 && !labels[x].equals("nmod:desc")
					|| other >= 0 && labels[other].startsWith("nsubj")) {
				continue; // no conjunct, the parser's conjunct is the name already, or a second subject (read as one)
			}
			if (labels[x].equals("nmod:desc") && heads[x] > x && heads[x] < k) {
				x = heads[x]; // "between Kim's title ... and ...": the name the title describes
			}
			if (!nominal(pos[x])) {
				continue;
			}
			int oh = other < 0 ? -2 : heads[other];
			String ol = other < 0 ? null : labels[other];
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			boolean ok = true;
			for (int o = 0; o < n && ok; o++) {
				if (o >= k && o <= last || heads[o] < first || heads[o] > last) {
					continue;
				}
				if (o > last) {
					heads[o] = h; // "official Sergei Shoigu | in Pyongyang"
				} else if (oh == -2) {
					ok = false;
				} else {
					heads[o] = oh; // "a summit between X and Y | collapsed": the summit is the verb's again
					if (o == x && (labels[o].equals("amod") || labels[o].equals("compound")
							|| labels[o].equals("nmod:desc") || labels[o].equals("appos"))) {
						labels[o] = ol;
					}
				}
			}
			int t = j - 1;
			for (int i = first; i < t && ok; i++) {
				if (heads[i] < first || heads[i] >= t || labels[i].equals("conj")) {
					heads[i] = t;
					labels[i] = pos[i].equals("ADJ") ? "amod" : pos[i].equals("DET") ? "det" : "compound";
				}
			}
			heads[t] = h;
			labels[t] = "nmod:desc";
			heads[h] = x;
			labels[h] = "conj";
			heads[k] = h;
			labels[k] = "cc";
			if (!ok || !Trees.projective(heads) || Trees.isAncestor(heads, h, x)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			} else {
				Mechanisms.fired("repair.conjunctName", 1);
			}
		}
	}

	/**
	 * A fronted prepositional phrase is no subject ("According to X, A and B have agreed", "On the 17th of March,
	 * Libya's ministry said", "At the request of X, Minister Y had talks"): a subject that opens the sentence with a
	 * case marker, whose appositions or conjuncts after a comma reach the verb, is the verb's {@code obl}; those
	 * members, from the first after the comma, are the subject (the first one, the others its conjuncts).
	 */
	private static void frontedSubject(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int t = 1; t < n; t++) {
			int v = heads[t];
			if (!labels[t].startsWith("nsubj") || v < t) {
				continue;
			}
			int l = Trees.leftEnd(heads, t);
			if (heads[l] != t || !labels[l].equals("case") || words[l].equals("'s")) {
				continue;
			}
			boolean opens = true;
			for (int i = 0; i < l; i++) {
				opens &= pos[i].equals("PUNCT");
			}
			if (!opens || hasOtherSubject(heads, labels, v, t)) {
				continue;
			}
			java.util.List<Integer> members = new java.util.ArrayList<>();
			for (int c = t + 1; c < v; c++) {
				if (heads[c] == t && (labels[c].equals("conj") || labels[c].equals("appos"))) {
					members.add(c);
				}
			}
			int first = -1;
			for (int i = 0; i < members.size() && first < 0; i++) {
				int m = members.get(i);
				int lm = Trees.leftEnd(heads, m);
				boolean joined = true;
				for (int k = i + 1; k < members.size(); k++) {
					joined &= labels[members.get(k)].equals("conj");
				}
				if ((words[lm].equals(",") || lm > 0 && words[lm - 1].equals(",")) && joined && nominal(pos[m])) {
					first = i;
				}
			}
			if (first < 0) {
				continue;
			}
			int head = members.get(first);
			int last = members.get(members.size() - 1);
			boolean reaches = true;
			for (int k = Trees.rightEnd(heads, last) + 1; k < v; k++) {
				reaches &= Trees.isAncestor(heads, v, k) && !Trees.isAncestor(heads, t, k);
			}
			if (!reaches) {
				continue;
			}
			int[] before = heads.clone();
			String[] labelsBefore = labels.clone();
			int comma = Trees.leftEnd(heads, head);
			comma = words[comma].equals(",") ? comma : comma - 1;
			heads[head] = v;
			labels[head] = labels[t];
			for (int i = first + 1; i < members.size(); i++) {
				heads[members.get(i)] = head;
			}
			for (int c = comma; c < v; c++) {
				if (heads[c] == t && c > head && (labels[c].equals("cc") || labels[c].equals("punct"))) {
					heads[c] = head;
				}
			}
			if (heads[comma] == t || heads[comma] == head) {
				heads[comma] = t; // the comma closing the fronted phrase stays with it
			}
			labels[t] = "obl";
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			} else {
				Mechanisms.fired("repair.frontedSubject", 1);
			}
		}
	}

	private static boolean hasOtherSubject(int[] heads, String[] labels, int v, int t) {
		for (int c = 0; c < heads.length; c++) {
			if (c != t && heads[c] == v && (labels[c].startsWith("nsubj") || labels[c].startsWith("csubj")
					|| labels[c].equals("expl"))) {
				return true;
			}
		}
		return false;
	}

	private static void between(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int b = 0; b < n; b++) {
			if (!lower(words[b]).equals("between") || !labels[b].equals("case")) {
				continue;
			}
			int x = heads[b];
			if (x < 0 || !nominal(pos[x]) || hasChild(heads, labels, x, "conj") || words[x].toLowerCase(Locale.ROOT)
					.endsWith("s") && pos[x].equals("NOUN")) {
				continue;
			}
			int k = Trees.rightEnd(heads, x) + 1;
			if (k + 1 >= n || !lower(words[k]).equals("and")) {
				continue;
			}
			int y = k + 1;
			while (heads[y] > y && Trees.leftEnd(heads, heads[y]) == k + 1) {
				y = heads[y];
			}
			if (!nominal(pos[y]) || Trees.isAncestor(heads, y, x) || !labels[y].startsWith("nsubj")
					&& !labels[y].equals("conj")) {
				continue;
			}
			heads[y] = x;
			labels[y] = "conj";
			heads[k] = y;
			labels[k] = "cc";
		}
	}

	private static void relative(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int r = 1; r < n; r++) {
			String w = lower(words[r]);
			if (!(w.equals("who") || w.equals("which")) || !labels[r].startsWith("nsubj")) {
				continue;
			}
			int v = heads[r];
			if (v < r || !isVerb(pos[v]) || labels[v].equals("acl:relcl")) {
				continue;
			}
			int before = words[r - 1].equals(",") ? r - 2 : r - 1;
			if (before < 0 || !nominal(pos[before])) {
				continue;
			}
			int h = heads[v];
			if (h >= 0 && h < r && nominal(pos[h]) && Trees.isAncestor(heads, h, before)
					&& (labels[v].equals("parataxis") || labels[v].equals("conj") || labels[v].equals("dep")
							|| labels[v].equals("appos") || labels[v].equals("advcl"))) {
				labels[v] = "acl:relcl";
			}
		}
	}

	private static void nominalRoot(String[] words, String[] pos, int[] heads, String[] labels) {
		int root = -1;
		for (int i = 0; i < heads.length; i++) {
			if (heads[i] < 0) {
				root = i;
				break;
			}
		}
		if (root < 0 || !nominal(pos[root]) || hasSubject(heads, labels, root)) {
			return;
		}
		int verb = -1;
		for (int c = root + 1; c < heads.length && verb < 0; c++) {
			int h = heads[c];
			boolean underRoot = h == root || h >= 0 && heads[h] == root && labels[h].equals("acl:relcl");
			if (underRoot && labels[c].equals("conj") && finiteWithoutSubject(words, pos, heads, labels, c)) {
				verb = c;
			}
		}
		if (verb < 0) {
			return;
		}
		int[] before = heads.clone();
		String[] labelsBefore = labels.clone();
		for (int c = verb + 1; c < heads.length; c++) {
			if (heads[c] == root) {
				heads[c] = verb;
			}
		}
		heads[verb] = -1;
		labels[verb] = "root";
		heads[root] = verb;
		labels[root] = "nsubj";
		if (!Trees.projective(heads)) {
			System.arraycopy(before, 0, heads, 0, heads.length);
			System.arraycopy(labelsBefore, 0, labels, 0, heads.length);
		}
	}

	private static void listSubject(String[] words, String[] pos, int[] heads, String[] labels) {
		int n = heads.length;
		for (int v = 1; v < n; v++) {
			if (!finiteWithoutSubject(words, pos, heads, labels, v) || !(heads[v] < 0 || labels[v].equals("conj"))) {
				continue;
			}
			int last = v - 1;
			while (last > 0 && (pos[last].equals("ADV") || pos[last].equals("AUX"))) {
				last--;
			}
			if (!nominal(pos[last]) || !labels[last].equals("conj")) {
				continue;
			}
			int c = heads[last];
			if (c < 0 || c > last || !Trees.isAncestor(heads, v, c)) {
				continue;
			}
			// the list is the members after an earlier list's "and" (or from the first); without an "and" of
			// its own, only the last member ("..., Jordan, and Egypt, the president said")
			int first = -1;
			if (hasChild(heads, labels, last, "cc")) {
				for (int m = c + 1; m < last; m++) {
					if (heads[m] == c && labels[m].equals("conj")) {
						if (first < 0) {
							first = m;
						}
						if (hasChild(heads, labels, m, "cc")) {
							first = -1;
						}
					}
				}
			} else {
				first = last;
			}
			if (first >= 0) {
				int l = Trees.leftEnd(heads, first);
				if (!words[l].equals(",") && !(l > 0 && words[l - 1].equals(","))) {
					first = -1;
				}
			}
			if (first < 0) {
				continue;
			}
			String[] labelsBefore = labels.clone();
			int[] before = heads.clone();
			heads[first] = v;
			labels[first] = "nsubj";
			for (int m = first + 1; m <= last; m++) {
				if (before[m] == c && labels[m].equals("conj")) {
					heads[m] = first;
				}
			}
			if (!Trees.projective(heads)) {
				System.arraycopy(before, 0, heads, 0, n);
				System.arraycopy(labelsBefore, 0, labels, 0, n);
			}
		}
	}

	/** A verb (not a participle, not an infinitive) with no subject, expletive or clausal subject of its own. */
	private static boolean finiteWithoutSubject(String[] words, String[] pos, int[] heads, String[] labels, int v) {
		if (!pos[v].equals("VERB") || lower(words[v]).endsWith("ing") || hasSubject(heads, labels, v)) {
			return false;
		}
		for (int c = 0; c < heads.length; c++) {
			if (heads[c] == v && (labels[c].equals("mark") || labels[c].equals("cc") || labels[c].startsWith("aux")
					&& lower(words[c]).equals("to"))) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasSubject(int[] heads, String[] labels, int v) {
		for (int c = 0; c < heads.length; c++) {
			if (heads[c] == v && (labels[c].startsWith("nsubj") || labels[c].startsWith("csubj")
					|| labels[c].equals("expl"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasChild(int[] heads, String[] labels, int h, String label) {
		for (int i = 0; i < heads.length; i++) {
			if (heads[i] == h && labels[i].equals(label)) {
				return true;
			}
		}
		return false;
	}

	private static boolean nominal(String pos) {
		return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NUM");
	}

	private static boolean isVerb(String pos) {
		return pos.equals("VERB") || pos.equals("AUX");
	}

	private static String lower(String w) {
		return w.toLowerCase(Locale.ROOT);
	}
}
