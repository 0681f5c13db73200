package org.sourcebench.report;

import java.nio.file.Path;

/**
 * A report could not be written or read back. The message names the file and the problem, e.g.
 * "Cannot write Excel report /tmp/out.xlsx: No space left on device".
 */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	/**
	 * @param action  what was being done, e.g. "Cannot write Excel report"
	 * @param file    the workbook concerned
	 * @param problem what went wrong, in words for the analyst
	 * @param cause   the underlying exception, or null
	 */
	public ReportException(String action, Path file, String problem, Throwable cause) {
		super(action + " " + file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** @return the workbook concerned */
	public Path getFile() {
		return file;
	}

	/** @return what went wrong, without the file name */
	public String getProblem() {
		return problem;
	}
}
