package org.sourcebench.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file that was not imported, and why.
 *
 * @param file the file
 * @param reason the kind of failure
 * @param detail the reason in words for an analyst, without the file name
 */
public record ImportProblem(Path file, Reason reason, String detail) {

	/** Kinds of import failure. */
	public enum Reason {
		/** The file has no bytes, or only white space. */
		EMPTY,
		/** The bytes are not text (control characters, NUL bytes) where text was expected. */
		BINARY,
		/** The extension is not one Sourcebench reads. */
		UNKNOWN_FORMAT,
		/** The bytes cannot be decoded in any supported character encoding. */
		UNDECODABLE,
		/** The file is larger than the import limit. */
		TOO_LARGE,
		/** The file cannot be read: missing, no permission, I/O error. */
		UNREADABLE,
		/** The file claims a format (by extension) but its content is broken or of another kind. */
		MALFORMED,
		/** The document is valid but holds no text to analyse (e.g. a scanned PDF). */
		NO_TEXT
	}

	/**
	 * @param file the file
	 * @param reason the kind of failure
	 * @param detail the reason in words for an analyst
	 */
	public ImportProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(detail, "detail");
	}

	/** @return "file: detail", the one line shown to the analyst */
	public String message() {
		return file + ": " + detail;
	}
}
