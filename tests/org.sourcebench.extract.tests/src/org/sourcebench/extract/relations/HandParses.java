package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Hand-written parses for the relation readers' tests, so that a reader is tested apart from the parser model. A
 * sentence is its tokens separated by spaces, each written {@code word/lemma/UPOS/head/relation} (head 1-based, 0
 * for the root); a leading {@code ~} glues a token to the one before it ("Iran ~'s"). The body is the words joined
 * by single spaces (none before a glued token).
 */
public final class HandParses {

	private HandParses() {
	}

	/** @return the parse of {@code tokens}, with its words' offsets in the body they spell */
	static ParsedSentence sentence(String tokens) {
		return sentence(tokens, 0);
	}

	/**
	 * @return the parses of the sentences of one document, whose body joins them by single spaces (offsets run on
	 *         over the sentences)
	 */
	public static List<ParsedSentence> document(String... sentences) {
		List<ParsedSentence> out = new ArrayList<>();
		int offset = 0;
		for (String tokens : sentences) {
			ParsedSentence s = sentence(tokens, offset);
			out.add(s);
			offset = s.end(s.size() - 1) + 1;
		}
		return out;
	}

	private static ParsedSentence sentence(String tokens, int offset) {
		String[] t = tokens.trim().split("\\s+");
		int n = t.length;
		String[] words = new String[n];
		String[] lemmas = new String[n];
		String[] pos = new String[n];
		int[] heads = new int[n];
		String[] rels = new String[n];
		int[] starts = new int[n];
		int[] ends = new int[n];
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < n; i++) {
			boolean glued = t[i].startsWith("~");
			String[] f = (glued ? t[i].substring(1) : t[i]).split("/");
			body.append(i == 0 || glued ? "" : " ");
			words[i] = f[0];
			lemmas[i] = f[1];
			pos[i] = f[2];
			heads[i] = Integer.parseInt(f[3]) - 1;
			rels[i] = f[4];
			starts[i] = offset + body.length();
			body.append(f[0]);
			ends[i] = offset + body.length();
		}
		return new ParsedSentence(words, lemmas, pos, heads, rels, new String[n], starts, ends);
	}

	/** @return the body the parse of {@code tokens} spells */
	static String body(ParsedSentence s) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < s.size(); i++) {
			body.append(" ".repeat(Math.max(0, s.start(i) - body.length()))).append(s.word(i));
		}
		return body.toString();
	}

	/**
	 * Extracts the body of one or more sentences' tokens (joined by single spaces, as {@link #document}) with the
	 * engine, the hand-written parses as its parser's.
	 */
	static DocumentExtraction extract(String... sentences) {
		List<ParsedSentence> parsed = document(sentences);
		StringBuilder body = new StringBuilder();
		for (ParsedSentence s : parsed) {
			body.append(body(s).substring(body.length()));
		}
		return ExtractionEngine.withParser(b -> parsed).extract(body.toString());
	}

	/** @return whether {@code d} holds a relationship {@code from} → {@code to} of CAMEO root {@code root} */
	static boolean has(DocumentExtraction d, String from, String to, String root) {
		return d.relationships().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to) && r.root().equals(root));
	}

	/** @return the relationships and claims of {@code d}, for an assertion's message */
	static String show(DocumentExtraction d) {
		return d.relationships() + " / " + d.claims();
	}

	/** @return whether {@code d} holds a relationship {@code from} → {@code to} of any code */
	static boolean any(DocumentExtraction d, String from, String to) {
		return d.relationships().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to));
	}
}
