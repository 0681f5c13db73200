package org.sourcebench.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;

/**
 * The extent of a label claim (switch {@code claims.label-extent}): what the subject of a label verb said is the
 * phrase that holds the quoted label, not the label alone: "described the attack as a “spit in the face” of a deal
 * signed a day earlier" says "a “spit in the face” of a deal signed a day earlier", "called the incident “cowardly”
 * and a “serious threat,”" says "the incident “cowardly” and a “serious threat,”". The phrase begins after "as"
 * when one stands between the verb and the label, else right after the verb, and ends at the end of the clause: a
 * comma or semicolon outside quotations, a closing quotation mark after a comma, a conjoined verb (" and
 * vowed", " and said", " and accusing"), or the sentence end.
 */
final class LabelExtent {

	private static final Pattern AS = Pattern.compile("\\bas\\s+");
	/** "what it called", "condemned what is called": a relative label, whose claim is the label alone. */
	private static final Pattern WHAT = Pattern.compile("\\b[Ww]hat\\b");
	private static final Pattern VERB_END = Pattern.compile("[A-Za-z]+");
	/** A conjoined verb of the subject after the label phrase (" and vowed to ...", " and said", " and accusing"). */
	private static final Pattern CONJOINED_VERB = Pattern.compile("\\s+(?:and|but)\\s+(?:\\w+ly\\s+)?"
			+ "(?:[a-z]+(?:ed|ing)|said|says|told|tells|wrote|made|gave|took|sent|held|left|sought)\\b");

	private LabelExtent() {
	}

	/**
	 * The span of the label phrase for a label verb matched at {@code verbBegin} whose quoted label is
	 * {@code [quoteBegin, quoteEnd)} (marks included) in a sentence ending at {@code sentenceEnd}; the label alone
	 * when switched off.
	 */
	static int[] span(String t, int verbBegin, int quoteBegin, int quoteEnd, int sentenceEnd) {
		if (!Mechanisms.on("claims.label-extent")) {
			return new int[] {quoteBegin, quoteEnd};
		}
		if (WHAT.matcher(t).region(Math.max(0, verbBegin - 25), quoteBegin).find()) {
			return new int[] {quoteBegin, quoteEnd}; // "what it called an “X”": the label is the claim
		}
		Matcher v = VERB_END.matcher(t).region(verbBegin, quoteBegin);
		int begin = v.lookingAt() ? v.end() : quoteBegin;
		Matcher as = AS.matcher(t).region(begin, quoteBegin);
		int from = begin;
		boolean hasAs = false;
		while (as.find()) {
			if (t.substring(begin, as.start()).isBlank()) {
				return new int[] {quoteBegin, quoteEnd}; // "denounced as “X” the reports": the object follows the label
			}
			from = as.end();
			hasAs = true;
		}
		begin = from;
		while (begin < quoteBegin && t.charAt(begin) == ' ') {
			begin++;
		}
		int end = clauseEnd(t, quoteEnd, sentenceEnd);
		if (end <= quoteEnd && !hasAs) {
			return new int[] {quoteBegin, quoteEnd}; // "called the exchange “an unprecedented event”."
		}
		if (begin == quoteBegin && end == quoteEnd) {
			return new int[] {quoteBegin, quoteEnd};
		}
		Mechanisms.fired("claims.label-extent", 1);
		return new int[] {begin, end};
	}

	/** Where the clause holding the label ends, scanning from {@code from} (after the label's closing mark). */
	private static int clauseEnd(String t, int from, int sentenceEnd) {
		if (from >= 2 && t.charAt(from - 1) == '"' && t.charAt(from - 2) == ',') {
			return from; // "“serious threat,” warning that ...": the label closed the clause
		}
		boolean inQuote = false;
		int limit = Math.min(sentenceEnd, t.length());
		for (int i = from; i < limit; i++) {
			char c = t.charAt(i);
			if (c == '"') {
				if (inQuote && i >= 1 && t.charAt(i - 1) == ',') {
					return i + 1;
				}
				inQuote = !inQuote;
				continue;
			}
			if (!inQuote && (c == ',' || c == ';' || c == '\n')) {
				return trimEnd(t, from, i);
			}
			if (!inQuote && c == ' ' && CONJOINED_VERB.matcher(t).region(i, limit).lookingAt()) {
				return trimEnd(t, from, i);
			}
		}
		return trimEnd(t, from, limit);
	}

	private static int trimEnd(String t, int from, int end) {
		int e = end;
		while (e > from && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '.')) {
			e--;
		}
		return e;
	}
}
