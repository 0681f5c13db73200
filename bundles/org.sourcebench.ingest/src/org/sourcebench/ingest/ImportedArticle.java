package org.sourcebench.ingest;

/**
 * An article that was imported, with its relation to earlier articles.
 *
 * @param article the article
 * @param reprintOf the earlier article it is a near duplicate of, or {@code null}
 */
public record ImportedArticle(ParsedArticle article, Reprint reprintOf) {

	/**
	 * Names the earlier article a reprint repeats.
	 *
	 * @param originalKey the key of the original as given to the duplicate detector: the absolute path of
	 *        a file of the same import, or the caller's key of an article registered before (a source id)
	 * @param similarity word-shingle similarity to the original, 0..1
	 */
	public record Reprint(String originalKey, double similarity) {
	}

	/** @return whether the article is a near duplicate of an earlier one */
	public boolean isReprint() {
		return reprintOf != null;
	}
}
