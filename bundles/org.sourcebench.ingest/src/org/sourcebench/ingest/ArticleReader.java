package org.sourcebench.ingest;

/**
 * Turns the bytes of one file of a known format into an article.
 * <p>
 * Implementations are stateless and thread-safe; they report every failure as an
 * {@link ImportException} naming the file and never return an article without a body.
 */
public interface ArticleReader {

	/**
	 * @param file the file's path and original bytes
	 * @return the article read from it
	 * @throws ImportException when the content is not a readable article of this format
	 */
	ParsedArticle read(RawFile file) throws ImportException;
}
