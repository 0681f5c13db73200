package org.sourcebench.test.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sourcebench.ingest.RawFile;

/**
 * The test articles every test fragment shares ({@code resources/articles/} of this bundle: one folder per
 * format, {@code bad/} for broken input, {@code dedup/} for duplicates and reprints, {@code scraped/} for the
 * seed article of the evaluation kit), copied out of the class path into a real folder: inside the OSGi test
 * runtime class path resources are {@code bundleresource:} URLs, not files, and the importer reads files.
 * {@code html/article.html} is the workbench's sample 102, read from the source tree (see {@link #sample}).
 */
public final class TestArticles {

	private TestArticles() {
	}

	/**
	 * @param name a path below {@code resources/articles/}, e.g. {@code "text/titled.txt"}
	 * @param folder where to put the copy
	 * @return the copy, under its own file name
	 */
	public static Path copy(String name, Path folder) {
		return copy(name, folder, Path.of(name).getFileName().toString());
	}

	/**
	 * @param name a path below {@code resources/articles/}
	 * @param folder where to put the copy (created if missing)
	 * @param fileName the copy's file name
	 * @return the copy
	 */
	public static Path copy(String name, Path folder, String fileName) {
		try {
			Files.createDirectories(folder);
			Path target = folder.resolve(fileName);
			Files.write(target, bytes(name));
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Test articles that are the product's own sample articles ({@code bundles/org.sourcebench.ui/samples}),
	 * read from the source tree rather than kept as a second copy here.
	 */
	private static final java.util.Map<String, String> SAMPLES = java.util.Map.of("html/article.html", "102_geneva_round.html");

	/** @param name a path below {@code resources/articles/} @return its bytes */
	public static byte[] bytes(String name) {
		if (SAMPLES.containsKey(name)) {
			return sample(SAMPLES.get(name));
		}
		try (InputStream in = TestArticles.class.getResourceAsStream("/articles/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test article " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param fileName a sample article of the workbench ({@code bundles/org.sourcebench.ui/samples/})
	 * @return its bytes, read from the source tree (tycho-surefire runs in the test fragment's folder under
	 *         {@code tests/})
	 */
	public static byte[] sample(String fileName) {
		Path samples = Path.of("").toAbsolutePath().resolveSibling("../bundles/org.sourcebench.ui/samples").normalize();
		try {
			return Files.readAllBytes(samples.resolve(fileName));
		} catch (IOException e) {
			throw new UncheckedIOException("no sample article " + fileName + " in " + samples, e);
		}
	}

	/** @param name a UTF-8 text below {@code resources/articles/} @return its text */
	public static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	/**
	 * @param name a path below {@code resources/articles/}
	 * @return the file as a {@link RawFile} with a path under its own name (not on disk)
	 */
	public static RawFile raw(String name) {
		return new RawFile(Path.of(name), bytes(name));
	}
}
