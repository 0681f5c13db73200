package org.sourcebench.ingest.dedup;

/**
 * How a new article relates to the articles already seen.
 *
 * @param kind unique, exact duplicate or near duplicate
 * @param originalKey the key of the earlier article it duplicates, or {@code null} when unique
 * @param similarity word-shingle Jaccard similarity to the original, 0..1 (1 for exact duplicates)
 */
public record DuplicateVerdict(Kind kind, String originalKey, double similarity) {

	/** Relation to earlier articles. */
	public enum Kind {
		/** Neither an exact nor a near duplicate of an earlier article. */
		UNIQUE,
		/** The same body as an earlier article (up to white space): not imported again. */
		EXACT,
		/** Mostly the same text as an earlier article: a reprint, imported and flagged. */
		NEAR
	}

	static final DuplicateVerdict UNIQUE = new DuplicateVerdict(Kind.UNIQUE, null, 0);
}
