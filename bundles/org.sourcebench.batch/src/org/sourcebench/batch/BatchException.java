package org.sourcebench.batch;

import java.nio.file.Path;

/** A batch output folder that cannot be read: names the folder or file and what is wrong with it. */
public final class BatchException extends Exception {

	private static final long serialVersionUID = 1L;

	public BatchException(Path where, String problem) {
		super(where + ": " + problem);
	}

	public BatchException(Path where, String problem, Throwable cause) {
		super(where + ": " + problem, cause);
	}
}
