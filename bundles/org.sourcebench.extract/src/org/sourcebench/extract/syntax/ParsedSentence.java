package org.sourcebench.extract.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One dependency-parsed sentence: for each token its word, lemma, part-of-speech tag (Universal POS), head
 * (0-based token index, -1 for the root), relation to the head (Universal Dependencies v2 labels such as
 * {@code nsubj}, {@code nsubj:pass}, {@code obj}, {@code iobj}, {@code ccomp}, {@code xcomp}, {@code obl},
 * {@code obl:agent}, {@code nmod}, {@code case}, {@code conj}, {@code appos}, {@code compound}, {@code flat},
 * {@code amod}, {@code nmod:poss}, {@code mark}, {@code aux}, {@code advcl}, {@code acl}, {@code acl:relcl}), its
 * named-entity tag ({@code PERSON}, {@code ORG}, {@code GPE}, {@code NORP}, {@code LOC}, … or {@code null}) and
 * its character offsets in the analysed body. Immutable and safe to share.
 */
public final class ParsedSentence {

	private final String[] words;
	private final String[] lemmas;
	private final String[] pos;
	private final int[] heads;
	private final String[] deprels;
	private final String[] entities;
	private final int[] starts;
	private final int[] ends;
	/** Subtree spans, computed on first use (racy but idempotent: every thread computes the same array). */
	private volatile int[] subtrees;

	public ParsedSentence(String[] words, String[] lemmas, String[] pos, int[] heads, String[] deprels,
			String[] entities, int[] starts, int[] ends) {
		int n = words.length;
		if (lemmas.length != n || pos.length != n || heads.length != n || deprels.length != n
				|| entities.length != n || starts.length != n || ends.length != n) {
			throw new IllegalArgumentException("token arrays differ in length");
		}
		this.words = words.clone();
		this.lemmas = lemmas.clone();
		this.pos = pos.clone();
		this.heads = heads.clone();
		this.deprels = deprels.clone();
		this.entities = entities.clone();
		this.starts = starts.clone();
		this.ends = ends.clone();
	}

	/** The same sentence with other entity tags (one per token). */
	ParsedSentence withEntities(String[] entityTags) {
		return new ParsedSentence(words, lemmas, pos, heads, deprels, entityTags, starts, ends);
	}

	public int size() {
		return words.length;
	}

	public String word(int i) {
		return words[i];
	}

	public String lemma(int i) {
		return lemmas[i];
	}

	/** Universal POS tag (NOUN, PROPN, VERB, ADP, …). */
	public String pos(int i) {
		return pos[i];
	}

	/** Head token index, or -1 for the root. */
	public int head(int i) {
		return heads[i];
	}

	/** UD v2 relation of token {@code i} to its head ({@code root} for the root). */
	public String deprel(int i) {
		return deprels[i];
	}

	/** Named-entity type of the token, or {@code null}. */
	public String entity(int i) {
		return entities[i];
	}

	/** Start offset of token {@code i} in the body. */
	public int start(int i) {
		return starts[i];
	}

	/** End offset (exclusive) of token {@code i} in the body. */
	public int end(int i) {
		return ends[i];
	}

	/** Dependents of token {@code head} in surface order. */
	public List<Integer> children(int head) {
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < heads.length; i++) {
			if (heads[i] == head) {
				out.add(i);
			}
		}
		return out;
	}

	/** Dependents of {@code head} whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:agent}). */
	public List<Integer> children(int head, String rel) {
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < heads.length; i++) {
			if (heads[i] == head && (deprels[i].equals(rel) || deprels[i].startsWith(rel + ":"))) {
				out.add(i);
			}
		}
		return out;
	}

	/** First and last token (inclusive) of the subtree rooted at {@code token}. */
	public int[] subtree(int token) {
		if (token < 0 || token >= heads.length) {
			return new int[] {token, token}; // dominates no token
		}
		int[] spans = subtrees;
		if (spans == null) {
			spans = subtreeSpans();
			subtrees = spans;
		}
		return new int[] {spans[2 * token], spans[2 * token + 1]};
	}

	/**
	 * Every token's subtree span at once ({@code [2i]} first, {@code [2i+1]} last token): each token widens the span
	 * of every token on its head chain, walked as far as {@link #dominates} walks it.
	 */
	private int[] subtreeSpans() {
		int n = heads.length;
		int[] spans = new int[2 * n];
		for (int i = 0; i < n; i++) {
			spans[2 * i] = i;
			spans[2 * i + 1] = i;
		}
		for (int i = 0; i < n; i++) {
			int t = i;
			for (int guard = 0; t >= 0 && guard <= n; guard++) {
				spans[2 * t] = Math.min(spans[2 * t], i);
				spans[2 * t + 1] = Math.max(spans[2 * t + 1], i);
				t = heads[t];
			}
		}
		return spans;
	}

	/**
	 * The token that heads the body span {@code [begin, end)}: the last token inside it whose head lies outside it
	 * (the root's head lies outside every span), or -1 when no token lies inside.
	 */
	public int headOf(int begin, int end) {
		int found = -1;
		for (int k = 0; k < heads.length; k++) {
			if (starts[k] >= begin && ends[k] <= end) {
				int h = heads[k];
				if (h < 0 || starts[h] < begin || ends[h] > end) {
					found = k;
				}
			}
		}
		return found;
	}

	/** Whether {@code ancestor} is {@code token} or one of its ancestors. */
	public boolean dominates(int ancestor, int token) {
		int t = token;
		for (int guard = 0; t >= 0 && guard <= heads.length; guard++) {
			if (t == ancestor) {
				return true;
			}
			t = heads[t];
		}
		return false;
	}

	/**
	 * This sentence in CoNLL-U (id, word, lemma, UPOS, head, relation; entity type as {@code NER=TYPE} in the last
	 * column; offsets as {@code Offsets=start-end}), one line per token. Two parses are equal exactly when their
	 * renderings are.
	 */
	public String toConllu() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			sb.append(i + 1).append('\t').append(words[i]).append('\t').append(lemmas[i]).append('\t').append(pos[i])
					.append("\t_\t_\t").append(heads[i] + 1).append('\t').append(deprels[i]).append("\t_\t")
					.append(entities[i] == null ? "" : "NER=" + entities[i] + "|").append("Offsets=")
					.append(starts[i]).append('-').append(ends[i]).append('\n');
		}
		return sb.toString();
	}

	@Override
	public String toString() {
		return toConllu();
	}

	/**
	 * Reads one sentence in CoNLL-U (10 tab-separated columns; comment lines and multi-word token lines
	 * skipped; column 10 may hold {@code NER=TYPE} among its |-separated fields); offsets are assigned as if the words were joined by single
	 * spaces. Meant for test fixtures and treebank reading.
	 */
	public static ParsedSentence fromConllu(String block) {
		List<String[]> rows = new ArrayList<>();
		for (String line : block.split("\r?\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] c = line.split("\t");
			if (c.length < 8 || c[0].contains("-") || c[0].contains(".")) {
				continue;
			}
			rows.add(c);
		}
		int n = rows.size();
		String[] w = new String[n];
		String[] l = new String[n];
		String[] p = new String[n];
		int[] h = new int[n];
		String[] d = new String[n];
		String[] e = new String[n];
		int[] s = new int[n];
		int[] en = new int[n];
		int offset = 0;
		for (int i = 0; i < n; i++) {
			String[] c = rows.get(i);
			w[i] = c[1];
			l[i] = c[2];
			p[i] = c[3];
			h[i] = Integer.parseInt(c[6]) - 1;
			d[i] = c[7];
			e[i] = null;
			if (c.length > 9) {
				for (String field : c[9].split("\\|")) {
					if (field.startsWith("NER=")) {
						e[i] = field.substring(4);
					}
				}
			}
			s[i] = offset;
			en[i] = offset + w[i].length();
			offset = en[i] + 1;
		}
		return new ParsedSentence(w, l, p, h, d, e, s, en);
	}
}
