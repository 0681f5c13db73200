package org.sourcebench.extract.relations;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A record of what the parse reader saw, for the relation audits ({@code releng/scripts/relation-audit.py}): with
 * {@code -Dsourcebench.trace.events=true} every document's parsed sentences (CoNLL-U with offsets, each line
 * prefixed {@code #tok}) and every event the reader found (anchor, code, whether asserted, the side heads' offsets,
 * the pairs it entered) go to standard error, one record a line starting with {@code #}. Off unless the property is
 * set; costs nothing then. Writes are serialised.
 */
final class EventTrace {

	private static final boolean ON = Boolean.getBoolean("sourcebench.trace.events");

	private EventTrace() {
	}

	static boolean on() {
		return ON;
	}

	/** The start of one document: its length and its first words, to find it in an export. */
	static void document(String body, List<ParsedSentence> sentences) {
		StringBuilder sb = new StringBuilder();
		sb.append("#doc\t").append(body.length()).append('\t')
				.append(body.substring(0, Math.min(80, body.length())).replaceAll("\\s", " ")).append('\n');
		for (ParsedSentence s : sentences) {
			sb.append("#sent\n");
			for (String line : s.toConllu().split("\n")) {
				sb.append("#tok\t").append(line).append('\n');
			}
		}
		write(sb.toString());
	}

	/**
	 * One event: the anchor's offsets and word, its code, whether it passed the assertion gate, the offsets of the
	 * heads of its sources, targets and mutual parties, and the pairs entered ("from|to", ";"-separated).
	 */
	static void event(ParsedSentence s, int anchor, String code, boolean asserted, List<Integer> sources,
			List<Integer> targets, List<Integer> mutual, Collection<String> pairs) {
		StringBuilder sb = new StringBuilder("#event\t");
		sb.append(s.start(anchor)).append('\t').append(s.end(anchor)).append('\t').append(s.word(anchor)).append('\t')
				.append(code).append('\t').append(asserted ? 1 : 0).append('\t').append(heads(s, sources)).append('\t')
				.append(heads(s, targets)).append('\t').append(heads(s, mutual)).append('\t')
				.append(String.join(";", new TreeSet<>(pairs))).append('\n');
		write(sb.toString());
	}

	/**
	 * One pronoun or relative word the reader took as an event side: its offset, word, relation and the actor it
	 * was resolved to (empty: none).
	 */
	static void pronoun(ParsedSentence s, int t, String actor) {
		write("#pron\t" + s.start(t) + "\t" + s.word(t) + "\t" + s.deprel(t) + "\t" + actor + "\n");
	}

	private static String heads(ParsedSentence s, List<Integer> tokens) {
		StringBuilder sb = new StringBuilder();
		for (int t : tokens) {
			if (t >= 0 && t < s.size()) {
				sb.append(sb.length() == 0 ? "" : ",").append(s.start(t)).append('-').append(s.end(t));
			}
		}
		return sb.toString();
	}

	private static synchronized void write(String text) {
		System.err.print(text);
		System.err.flush();
	}
}
