package org.sourcebench.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file could not be written by {@link AtomicFileWriter}; the message is "Cannot write FILE: PROBLEM". */
public final class FileWriteException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	/**
	 * @param file the file that was to be written
	 * @param problem what went wrong, in words, without the file name
	 * @param cause the underlying failure, or {@code null}
	 */
	public FileWriteException(Path file, String problem, Throwable cause) {
		super("Cannot write " + file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** @return the file that was to be written */
	public Path getFile() {
		return file;
	}

	/** @return what went wrong, without the file name */
	public String getProblem() {
		return problem;
	}
}
