package org.sourcebench.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be imported. Names the file and the reason, so the message can be shown to an
 * analyst as it is: {@code "scan.pdf: no text layer (a scanned image?)"}.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final ImportProblem.Reason reason;
	private final String detail;

	/**
	 * @param file the file that failed
	 * @param reason the kind of failure
	 * @param detail what exactly is wrong, in words for an analyst
	 */
	public ImportException(Path file, ImportProblem.Reason reason, String detail) {
		this(file, reason, detail, null);
	}

	/**
	 * @param file the file that failed
	 * @param reason the kind of failure
	 * @param detail what exactly is wrong, in words for an analyst
	 * @param cause the underlying exception, if any
	 */
	public ImportException(Path file, ImportProblem.Reason reason, String detail, Throwable cause) {
		super(file + ": " + detail, cause);
		this.file = Objects.requireNonNull(file, "file");
		this.reason = Objects.requireNonNull(reason, "reason");
		this.detail = Objects.requireNonNull(detail, "detail");
	}

	/** @return the file that failed */
	public Path getFile() {
		return file;
	}

	/** @return the kind of failure */
	public ImportProblem.Reason getReason() {
		return reason;
	}

	/** @return the reason in words, without the file name */
	public String getDetail() {
		return detail;
	}

	/** @return this failure as a problem entry of an {@link ImportResult} */
	public ImportProblem toProblem() {
		return new ImportProblem(file, reason, detail);
	}
}
