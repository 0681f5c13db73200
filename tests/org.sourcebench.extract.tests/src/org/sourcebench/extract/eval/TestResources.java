package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.scraped.ScrapedPageReader;
import org.sourcebench.test.support.TestArticles;

/** Reads the fragment's resources/ files through the class loader (the host's, in OSGi). */
public final class TestResources {

	/** The seed article of the evaluation kit. */
	public static final String SEED = "000_e2a23cc3f04865a0";

	private TestResources() {
	}

	/**
	 * @param name an evaluation article's name, without {@code .txt}
	 * @return the body its gold annotations index into: the seed article of the evaluation kit is a scraped news
	 *         page (the test support bundle's shared fixture), read by the importer's {@link ScrapedPageReader};
	 *         the others are this fragment's {@code resources/articles/}, a title line and then the body
	 */
	public static String body(String name) {
		if (name.equals(SEED)) {
			try {
				return new ScrapedPageReader().read(TestArticles.raw("scraped/" + SEED + ".txt")).body();
			} catch (ImportException e) {
				throw new IllegalStateException(e);
			}
		}
		return titleThenBody(read("articles/" + name + ".txt"));
	}

	/** The body of an article file in the plain layout: a title line, then the body. */
	public static String titleThenBody(String file) {
		String text = file.replace("\r\n", "\n");
		if (text.startsWith("\ufeff")) {
			text = text.substring(1);
		}
		return text.substring(text.indexOf('\n') + 1);
	}

	public static String read(String path) {
		try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream("resources/" + path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource resources/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
