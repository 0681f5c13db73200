package org.sourcebench.ingest;

import java.util.List;

/**
 * What an import did: the articles read, the files skipped as exact duplicates and the files that
 * failed, each in file order.
 *
 * @param articles the imported articles, reprints flagged
 * @param duplicates files whose text was already there
 * @param problems files that could not be imported
 * @param ignored files found in folders whose type is not an article format (a README, an image); not
 *        failures, since article folders routinely hold such files
 * @param cancelled whether the import stopped early because its listener asked to
 */
public record ImportResult(List<ImportedArticle> articles, List<SkippedDuplicate> duplicates,
		List<ImportProblem> problems, List<java.nio.file.Path> ignored, boolean cancelled) {

	/** Makes the lists unmodifiable. */
	public ImportResult {
		articles = List.copyOf(articles);
		duplicates = List.copyOf(duplicates);
		problems = List.copyOf(problems);
		ignored = List.copyOf(ignored);
	}

	/** @return whether any file failed */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** @return e.g. "3 articles imported (1 reprint), 1 duplicate skipped, 2 files failed" */
	public String summary() {
		long reprints = articles.stream().filter(ImportedArticle::isReprint).count();
		StringBuilder s = new StringBuilder();
		s.append(plural(articles.size(), "article")).append(" imported");
		if (reprints > 0) {
			s.append(" (").append(plural((int) reprints, "reprint")).append(')');
		}
		if (!duplicates.isEmpty()) {
			s.append(", ").append(plural(duplicates.size(), "duplicate")).append(" skipped");
		}
		if (!problems.isEmpty()) {
			s.append(", ").append(plural(problems.size(), "file")).append(" failed");
		}
		if (!ignored.isEmpty()) {
			s.append(", ").append(plural(ignored.size(), "other file")).append(" ignored");
		}
		if (cancelled) {
			s.append(", cancelled");
		}
		return s.toString();
	}

	private static String plural(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
