package org.sourcebench.ingest;

import java.nio.file.Path;

/**
 * A file that was read but not imported because its body is exactly that of an earlier article.
 *
 * @param file the skipped file
 * @param originalKey the key of the earlier article: an absolute path, or the caller's key (a source id)
 */
public record SkippedDuplicate(Path file, String originalKey) {

	/** @return the one line shown to the analyst */
	public String message() {
		return file + ": same text as " + originalKey + ", not imported again";
	}
}
