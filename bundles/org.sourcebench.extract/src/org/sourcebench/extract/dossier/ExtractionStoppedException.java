package org.sourcebench.extract.dossier;

import java.time.Duration;
import java.util.Locale;

/**
 * The extraction of one article was stopped, or not started, by a guard of {@link TimeLimitedExtraction}: it ran
 * past the time limit per article, its text is too long to extract, or the engine failed with an {@link Error} (a
 * stack overflow, out of memory). The article keeps no extraction results (nothing of it is recorded) and the other
 * articles go on. The message names the article ("FILE: extraction stopped after 60 s (the time limit per article)");
 * {@link #detail()} is the same without the name.
 */
public final class ExtractionStoppedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why the extraction stopped. */
	public enum Reason {
		/** It ran longer than the time limit per article. */
		TIME_LIMIT,
		/** The text is longer than {@link TimeLimitedExtraction#MAX_EXTRACTED_CHARS}: it was not extracted. */
		TOO_LONG,
		/** The engine failed with an {@link Error} (the cause). */
		ERROR
	}

	private final String document;
	private final Reason reason;
	private final String detail;

	private ExtractionStoppedException(String document, Reason reason, String detail, Throwable cause) {
		super((document == null ? "" : document + ": ") + detail, cause);
		this.document = document;
		this.reason = reason;
		this.detail = detail;
	}

	static ExtractionStoppedException timeLimit(String document, Duration limit) {
		return new ExtractionStoppedException(document, Reason.TIME_LIMIT,
				"extraction stopped after " + limit.toSeconds() + " s (the time limit per article)", null);
	}

	static ExtractionStoppedException tooLong(String document, int length) {
		return new ExtractionStoppedException(document, Reason.TOO_LONG, String.format(Locale.ROOT,
				"the text is too long to extract (%,d characters; the limit is %,d)", length,
				TimeLimitedExtraction.MAX_EXTRACTED_CHARS), null);
	}

	static ExtractionStoppedException error(String document, Error error) {
		String detail = error instanceof StackOverflowError ? "the text is nested too deeply (stack overflow)"
				: error instanceof OutOfMemoryError ? "it needs more memory than Sourcebench has (-Xmx)" : error.toString();
		return new ExtractionStoppedException(document, Reason.ERROR, "extraction failed: " + detail, error);
	}

	/** @return the article's name (its file name or id; null when unnamed) */
	public String document() {
		return document;
	}

	/** @return why the extraction stopped */
	public Reason reason() {
		return reason;
	}

	/** @return the message without the article's name, e.g. "extraction stopped after 60 s (the time limit per article)" */
	public String detail() {
		return detail;
	}
}
