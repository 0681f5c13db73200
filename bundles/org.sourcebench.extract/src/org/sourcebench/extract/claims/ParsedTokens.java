package org.sourcebench.extract.claims;

import java.util.List;

import org.sourcebench.extract.syntax.ParsedSentence;

/** Finds the parsed token that starts at a body offset (binary search over sentences, then tokens). */
final class ParsedTokens {

	/** A token of a parsed sentence. */
	record At(ParsedSentence sentence, int token) {
	}

	private final List<ParsedSentence> sentences;

	ParsedTokens(List<ParsedSentence> sentences) {
		this.sentences = sentences;
	}

	/** The token starting at {@code offset}, or null. */
	At at(int offset) {
		int lo = 0;
		int hi = sentences.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			ParsedSentence s = sentences.get(mid);
			if (s.size() == 0 || s.end(s.size() - 1) <= offset) {
				lo = mid + 1;
			} else if (s.start(0) > offset) {
				hi = mid - 1;
			} else {
				for (int i = 0; i < s.size(); i++) {
					if (s.start(i) == offset) {
						return new At(s, i);
					}
				}
				return null;
			}
		}
		return null;
	}
}
