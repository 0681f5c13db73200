package org.sourcebench.extract;

/**
 * The extraction of one document was cancelled by its caller (the signal passed to
 * {@link ExtractionEngine#extract(String, ExtractionOptions, java.util.function.BooleanSupplier)}, which the engine
 * looks at before each stage; the workbench's Cancel). Not a failure of the engine or the document: nothing of the
 * document is returned, and a caller that records results records none of it. The message names the document
 * ("FILE: extraction cancelled").
 */
public final class ExtractionCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String document;

	/** @param document the document's name (its file name or id; null when unnamed) */
	public ExtractionCancelledException(String document) {
		super((document == null ? "" : document + ": ") + "extraction cancelled");
		this.document = document;
	}

	/** @return the document's name (its file name or id; null when unnamed) */
	public String document() {
		return document;
	}
}
