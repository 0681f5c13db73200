package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.Map;

import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.model.ActorKind;

/**
 * The head words that end a body's name ({@code data/body-heads.tsv}: "Forces", "Committee", "Headquarters"), with
 * the kind of actor they name. Loaded once per JVM; immutable.
 */
final class BodyHeads {

	private static final BodyHeads INSTANCE = new BodyHeads();

	private final Map<String, ActorKind> kinds = new HashMap<>();

	private BodyHeads() {
		for (String[] r : DataFile.rows("body-heads.tsv", 2)) {
			kinds.put(r[0].trim(), ActorKinds.fromId(r[1].trim()));
		}
	}

	static BodyHeads get() {
		return INSTANCE;
	}

	/** The kind a body named with this head word has, or null when the word is no body head. */
	ActorKind kindOf(String headWord) {
		return kinds.get(headWord);
	}

	/** The head words as a regular-expression alternation, longest first. */
	String alternation() {
		return String.join("|", kinds.keySet().stream()
				.sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
				.map(java.util.regex.Pattern::quote).toList());
	}
}
