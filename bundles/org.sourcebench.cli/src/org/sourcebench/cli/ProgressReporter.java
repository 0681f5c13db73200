package org.sourcebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.sourcebench.ingest.ImportListener;
import org.sourcebench.ingest.ImportProblem;
import org.sourcebench.ingest.ImportedArticle;
import org.sourcebench.ingest.SkippedDuplicate;

/**
 * Prints import progress to standard error: one line per file unless quiet, and every problem always (an
 * analyst must see which file failed even in a quiet batch run).
 */
final class ProgressReporter implements ImportListener {

	private final PrintStream err;
	private final boolean quiet;
	private UnaryOperator<String> originals = UnaryOperator.identity();

	ProgressReporter(PrintStream err, boolean quiet) {
		this.err = err;
		this.quiet = quiet;
	}

	/** @param describe turns a duplicate detector key (a path or {@code source:ID}) into words */
	void describeOriginalsWith(UnaryOperator<String> describe) {
		this.originals = describe;
	}

	@Override
	public void fileStarted(Path file, int index, int total) {
		if (!quiet) {
			err.println("[" + index + "/" + total + "] " + file);
		}
	}

	@Override
	public void imported(ImportedArticle article) {
		if (article.article().repairs() != null) {
			// always shown, like problems: the text differs from the file's bytes
			err.println("sourcebench: warning: " + article.article().file() + ": imported with repairs: "
					+ article.article().repairs() + (article.article().charset() == null ? ""
							: " (text encoding " + article.article().charset() + ")"));
		}
		if (!quiet && article.isReprint()) {
			err.printf("  reprint of %s (%d%% similar)%n", originals.apply(article.reprintOf().originalKey()),
					Math.round(article.reprintOf().similarity() * 100));
		}
	}

	@Override
	public void skipped(SkippedDuplicate duplicate) {
		if (!quiet) {
			err.println("  skipped: " + duplicate.file() + ": same text as "
					+ originals.apply(duplicate.originalKey()) + ", not imported again");
		}
	}

	@Override
	public void failed(ImportProblem problem) {
		err.println("sourcebench: " + problem.message());
	}

	void extracting(int index, int total, String label) {
		if (!quiet) {
			err.println("[" + index + "/" + total + "] extracting " + label);
		}
	}

	void info(String message) {
		if (!quiet) {
			err.println(message);
		}
	}

	void error(String message) {
		err.println("sourcebench: " + message);
	}
}
