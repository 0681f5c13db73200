package org.sourcebench.ingest;

import java.nio.file.Path;

/**
 * Follows an import file by file, for progress display. All methods are called on the importing
 * thread, in file order; the default implementations do nothing.
 */
public interface ImportListener {

	/** A listener that ignores everything. */
	ImportListener NONE = new ImportListener() {
	};

	/**
	 * @param file the file about to be read
	 * @param index its 1-based position
	 * @param total the number of files of the import
	 */
	default void fileStarted(Path file, int index, int total) {
	}

	/** @param article an article that was imported */
	default void imported(ImportedArticle article) {
	}

	/** @param duplicate a file skipped as an exact duplicate */
	default void skipped(SkippedDuplicate duplicate) {
	}

	/** @param problem a file that could not be imported */
	default void failed(ImportProblem problem) {
	}

	/** @return whether the import should stop before the next file (a cancelled job) */
	default boolean isCancelled() {
		return false;
	}
}
