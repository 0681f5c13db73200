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

	/** @param name a path below {@code resources/articles/} @return its bytes */
	public static byte[] bytes(String name) {
		try (InputStream in = TestArticles.class.getResourceAsStream("/articles/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test article " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
