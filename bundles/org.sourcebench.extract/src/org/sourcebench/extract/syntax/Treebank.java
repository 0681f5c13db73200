package org.sourcebench.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U treebanks (blank-line separated sentences) and scores parses against them. */
public final class Treebank {

	private Treebank() {
	}

	/** The sentence blocks of a CoNLL-U stream, comments included. */
	public static List<String> blocks(InputStream in) throws IOException {
		List<String> out = new ArrayList<>();
		BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		StringBuilder sb = new StringBuilder();
		for (String line = r.readLine(); line != null; line = r.readLine()) {
			if (line.isBlank()) {
				if (sb.length() > 0) {
					out.add(sb.toString());
					sb.setLength(0);
				}
			} else {
				sb.append(line).append('\n');
			}
		}
		if (sb.length() > 0) {
			out.add(sb.toString());
		}
		return out;
	}

	/** Parsed sentences of a CoNLL-U stream. */
	public static List<ParsedSentence> read(InputStream in) throws IOException {
		List<ParsedSentence> out = new ArrayList<>();
		for (String block : blocks(in)) {
			ParsedSentence s = ParsedSentence.fromConllu(block);
			if (s.size() > 0) {
				out.add(s);
			}
		}
		return out;
	}

	/** Attachment scores over all tokens (punctuation included, as in the CoNLL 2018 shared task). */
	public record Score(int tokens, int unlabelled, int labelled) {
		public double uas() {
			return tokens == 0 ? 0 : (double) unlabelled / tokens;
		}

		public double las() {
			return tokens == 0 ? 0 : (double) labelled / tokens;
		}

		public Score plus(Score o) {
			return new Score(tokens + o.tokens, unlabelled + o.unlabelled, labelled + o.labelled);
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "UAS %.2f LAS %.2f over %d tokens", 100 * uas(),
					100 * las(), tokens);
		}
	}

	public static Score score(ParsedSentence gold, ParsedSentence parsed) {
		int u = 0;
		int l = 0;
		for (int i = 0; i < gold.size(); i++) {
			if (gold.head(i) == parsed.head(i)) {
				u++;
				if (gold.deprel(i).equals(parsed.deprel(i))) {
					l++;
				}
			}
		}
		return new Score(gold.size(), u, l);
	}
}
