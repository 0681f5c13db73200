package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Converts a Penn Treebank constituency parse (the {@code <Parse>} of a PETRARCH validation record) into a
 * {@link ParsedSentence} with Universal Dependencies relations, by head rules in the manner of Collins (1999) and
 * the Stanford converter, reduced to what the event coder reads: subjects, passive subjects and agents, objects,
 * obliques with their prepositions, clausal complements, conjuncts, auxiliaries and noun modifiers. Lemmas are the
 * lower-cased words (the verb dictionary's generated forms do the rest).
 */
final class PennTreebank {

	private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am");

	private static final class Node {
		final String label;
		final List<Node> kids = new ArrayList<>();
		String word;
		int token = -1; // leaf: token index
		int head = -1; // head token of the constituent

		Node(String label) {
			this.label = label;
		}

		boolean leaf() {
			return word != null;
		}

		String cat() {
			int dash = label.indexOf('-');
			return dash > 0 ? label.substring(0, dash) : label;
		}
	}

	private final List<String> words = new ArrayList<>();
	private final List<String> tags = new ArrayList<>();
	private int[] heads;
	private String[] rels;
	private int pos;
	private String text;

	private PennTreebank() {
	}

	static ParsedSentence parse(String tree) {
		PennTreebank p = new PennTreebank();
		p.text = tree.trim();
		Node root = p.node();
		int n = p.words.size();
		p.heads = new int[n];
		p.rels = new String[n];
		java.util.Arrays.fill(p.heads, -2);
		int top = p.headOf(root);
		p.heads[top] = -1;
		p.rels[top] = "root";
		for (int i = 0; i < n; i++) {
			if (p.heads[i] == -2) {
				p.heads[i] = top;
				p.rels[i] = "dep";
			}
		}
		p.markPassives();
		String[] w = p.words.toArray(new String[0]);
		String[] lemma = new String[n];
		String[] upos = new String[n];
		String[] ent = new String[n];
		int[] starts = new int[n];
		int[] ends = new int[n];
		int off = 0;
		for (int i = 0; i < n; i++) {
			lemma[i] = w[i].toLowerCase(Locale.ROOT);
			upos[i] = upos(p.tags.get(i));
			starts[i] = off;
			ends[i] = off + w[i].length();
			off = ends[i] + 1;
		}
		return new ParsedSentence(w, lemma, upos, p.heads, p.rels, ent, starts, ends);
	}

	// ---- reading the bracketed tree

	private Node node() {
		skip();
		expect('(');
		skip();
		String label = atom();
		if (label.isEmpty()) {
			label = "ROOT";
		}
		Node n = new Node(label);
		skip();
		while (peek() != ')') {
			if (peek() == '(') {
				n.kids.add(node());
			} else {
				n.word = atom();
				n.token = words.size();
				words.add(n.word);
				tags.add(label);
			}
			skip();
		}
		expect(')');
		if (n.kids.size() == 1 && n.label.equals("ROOT")) {
			return n.kids.get(0);
		}
		return n;
	}

	private String atom() {
		int b = pos;
		while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
				&& text.charAt(pos) != ')') {
			pos++;
		}
		return text.substring(b, pos);
	}

	private void skip() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private char peek() {
		if (pos >= text.length()) {
			throw new IllegalArgumentException("unbalanced tree");
		}
		return text.charAt(pos);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw new IllegalArgumentException("expected " + c + " at " + pos);
		}
		pos++;
	}

	// ---- heads and relations

	private int headOf(Node n) {
		if (n.head >= 0) {
			return n.head;
		}
		if (n.leaf()) {
			n.head = n.token;
			return n.head;
		}
		for (Node k : n.kids) {
			headOf(k);
		}
		Node h = headChild(n);
		n.head = h.head;
		boolean seenHead = false;
		boolean coordinated = n.kids.stream().anyMatch(k -> k.cat().equals("CC") || k.cat().equals("CONJP"));
		for (Node k : n.kids) {
			if (k == h) {
				seenHead = true;
				continue;
			}
			attach(k.head, n.head, relation(n, h, k, seenHead, coordinated));
		}
		return n.head;
	}

	private void attach(int dep, int head, String rel) {
		if (dep != head && heads[dep] == -2) {
			heads[dep] = head;
			rels[dep] = rel;
		}
	}

	private static Node headChild(Node n) {
		String c = n.cat();
		List<Node> k = n.kids;
		switch (c) {
			case "S", "SQ", "SINV", "SBARQ":
				for (Node x : k) {
					if (x.cat().equals("VP")) {
						return x;
					}
				}
				for (Node x : k) {
					if (x.cat().equals("S") || x.cat().equals("SINV")) {
						return x;
					}
				}
				return k.get(0);
			case "VP": {
				boolean verbFirst = false;
				for (Node x : k) {
					String xc = x.cat();
					if (xc.startsWith("VB") || xc.equals("MD") || xc.equals("TO")) {
						verbFirst = true;
					}
					if (xc.equals("VP") && (verbFirst || k.get(0).cat().equals("IN") || k.get(0).cat().equals("RB"))) {
						return x; // the auxiliary's complement VP holds the content verb
					}
				}
				for (Node x : k) {
					if (x.cat().equals("S") && !verbFirst && k.get(0).cat().equals("IN")) {
						return x; // "about to restore": (VP (IN about) (S ...))
					}
				}
				for (Node x : k) {
					if (x.cat().startsWith("VB")) {
						return x;
					}
				}
				for (Node x : k) {
					if (x.cat().equals("VP")) {
						return x;
					}
				}
				return k.get(0);
			}
			case "PP":
				for (Node x : k) {
					if (x.cat().equals("NP") || x.cat().equals("S") || x.cat().equals("SBAR")) {
						return x;
					}
				}
				return k.get(k.size() - 1);
			case "SBAR":
				for (Node x : k) {
					if (x.cat().startsWith("S")) {
						return x;
					}
				}
				return k.get(k.size() - 1);
			case "NP", "NX", "NML", "WHNP": {
				if (k.get(0).cat().equals("NP") && k.size() > 1 && !endsWithPossessive(k.get(0))) {
					return k.get(0);
				}
				if (k.stream().anyMatch(x -> x.cat().equals("CC"))) {
					for (Node x : k) {
						if (x.cat().startsWith("NN") || x.cat().equals("NP")) {
							return x; // coordination: the first conjunct heads it
						}
					}
				}
				for (int i = k.size() - 1; i >= 0; i--) {
					String xc = k.get(i).cat();
					if (xc.startsWith("NN") || xc.equals("PRP") || xc.equals("CD") || xc.equals("NX")
							|| xc.equals("NML")) {
						return k.get(i);
					}
				}
				for (int i = k.size() - 1; i >= 0; i--) {
					if (k.get(i).cat().equals("NP") || k.get(i).cat().startsWith("JJ")) {
						return k.get(i);
					}
				}
				return k.get(k.size() - 1);
			}
			case "ADJP", "WHADJP":
				for (int i = k.size() - 1; i >= 0; i--) {
					if (k.get(i).cat().startsWith("JJ")) {
						return k.get(i);
					}
				}
				return k.get(0);
			default:
				for (Node x : k) {
					if (!x.cat().equals(",") && !x.cat().equals(".") && !x.cat().equals(":")) {
						return x;
					}
				}
				return k.get(0);
		}
	}

	private String relation(Node parent, Node head, Node dep, boolean afterHead, boolean coordinated) {
		String p = parent.cat();
		String d = dep.cat();
		if (d.equals(",") || d.equals(".") || d.equals(":") || d.equals("``") || d.equals("''")
				|| d.equals("-LRB-") || d.equals("-RRB-")) {
			return "punct";
		}
		if (d.equals("CC")) {
			return "cc";
		}
		if (coordinated && afterHead && (d.equals(head.cat()) || d.startsWith("NN") && head.cat().startsWith("NN")
				|| (d.startsWith("S") && head.cat().startsWith("S")))) {
			return "conj";
		}
		switch (p) {
			case "S", "SQ", "SINV":
				if (d.equals("NP") && !afterHead) {
					return "nsubj";
				}
				if (d.equals("PP")) {
					return "obl";
				}
				if (d.equals("SBAR") || d.equals("S")) {
					return "advcl";
				}
				return d.equals("ADVP") || d.equals("RB") ? "advmod" : "dep";
			case "VP":
				if (d.startsWith("VB") || d.equals("MD") || d.equals("TO")) {
					return afterHead ? "dep" : "aux";
				}
				if (d.equals("RB") || d.equals("ADVP")) {
					return "advmod";
				}
				if (d.equals("NP")) {
					return afterHead ? "obj" : "dep";
				}
				if (d.equals("PP")) {
					return "obl";
				}
				if (d.equals("S")) {
					return hasSubject(dep) ? "ccomp" : "xcomp";
				}
				if (d.equals("SBAR")) {
					String m = firstWord(dep).toLowerCase(Locale.ROOT);
					return m.equals("that") || dep.kids.get(0).cat().startsWith("S") ? "ccomp" : "advcl";
				}
				if (d.equals("PRT")) {
					return "compound:prt";
				}
				if (d.equals("IN")) {
					return "mark";
				}
				return "dep";
			case "PP":
				return d.equals("IN") || d.equals("TO") ? "case" : "dep";
			case "SBAR":
				return "mark";
			case "NP", "NX", "NML", "WHNP":
				if (d.equals("PP")) {
					return "nmod";
				}
				if (d.equals("SBAR") || d.equals("VP") || d.equals("S")) {
					return "acl:relcl";
				}
				if (d.equals("NP")) {
					if (afterHead) {
						return parent.kids.stream().anyMatch(x -> x.cat().equals(",")) ? "appos" : "nmod";
					}
					return endsWithPossessive(dep) ? "nmod:poss" : "compound";
				}
				if (d.equals("DT") || d.equals("PDT")) {
					return "det";
				}
				if (d.startsWith("JJ") || d.equals("ADJP") || d.equals("VBN") || d.equals("VBG")) {
					return "amod";
				}
				if (d.startsWith("NN")) {
					return "compound";
				}
				if (d.equals("PRP$")) {
					return "nmod:poss";
				}
				if (d.equals("POS")) {
					return "case";
				}
				if (d.equals("CD")) {
					return "nummod";
				}
				return "dep";
			default:
				return "dep";
		}
	}

	private static boolean hasSubject(Node s) {
		for (Node k : s.kids) {
			if (k.cat().equals("NP")) {
				return true;
			}
			if (k.cat().equals("VP")) {
				return false;
			}
		}
		return false;
	}

	private static boolean endsWithPossessive(Node np) {
		Node last = np.kids.get(np.kids.size() - 1);
		return last.cat().equals("POS");
	}

	private String firstWord(Node n) {
		Node x = n;
		while (!x.leaf()) {
			x = x.kids.get(0);
		}
		return x.word;
	}

	/** A VBN with an auxiliary form of "be": its subject is nsubj:pass and a "by" phrase is obl:agent. */
	private void markPassives() {
		for (int v = 0; v < words.size(); v++) {
			if (!tags.get(v).equals("VBN")) {
				continue;
			}
			boolean passive = false;
			for (int c = 0; c < words.size(); c++) {
				if (heads[c] == v && rels[c].equals("aux") && BE.contains(words.get(c).toLowerCase(Locale.ROOT))) {
					passive = true;
					rels[c] = "aux:pass";
				}
			}
			if (!passive) {
				continue;
			}
			for (int c = 0; c < words.size(); c++) {
				if (heads[c] != v) {
					continue;
				}
				if (rels[c].equals("nsubj")) {
					rels[c] = "nsubj:pass";
				} else if (rels[c].equals("obl")) {
					for (int k = 0; k < words.size(); k++) {
						if (heads[k] == c && rels[k].equals("case") && words.get(k).equalsIgnoreCase("by")) {
							rels[c] = "obl:agent";
						}
					}
				}
			}
		}
	}

	private static String upos(String tag) {
		if (tag.startsWith("VB")) {
			return "VERB";
		}
		if (tag.equals("MD")) {
			return "AUX";
		}
		if (tag.equals("NNP") || tag.equals("NNPS")) {
			return "PROPN";
		}
		if (tag.startsWith("NN")) {
			return "NOUN";
		}
		if (tag.startsWith("JJ")) {
			return "ADJ";
		}
		if (tag.startsWith("RB")) {
			return "ADV";
		}
		if (tag.equals("IN") || tag.equals("TO")) {
			return "ADP";
		}
		if (tag.equals("DT") || tag.equals("PDT")) {
			return "DET";
		}
		if (tag.startsWith("PRP")) {
			return "PRON";
		}
		if (tag.equals("CD")) {
			return "NUM";
		}
		if (tag.equals("CC")) {
			return "CCONJ";
		}
		return tag.matches("[A-Z$]+") ? "X" : "PUNCT";
	}
}
