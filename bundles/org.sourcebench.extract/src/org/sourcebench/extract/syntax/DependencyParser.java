package org.sourcebench.extract.syntax;

import java.util.List;

/**
 * Parses a document body into dependency-parsed sentences whose token offsets index the body. Implementations
 * load their models once per JVM (off the UI thread), are deterministic and safe to share between threads.
 */
public interface DependencyParser {

	/** Sentences of {@code body} in order, every token carrying body offsets. */
	List<ParsedSentence> parse(String body);
}
