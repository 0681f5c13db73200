package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.sourcebench.test.support.TestArticles;

/** Reads the fragment's resources/ files through the class loader (the host's, in OSGi). */
public final class TestResources {

    /** The seed article of the evaluation kit. */
    public static final String SEED = "000_e2a23cc3f04865a0";

    private TestResources() {
    }

    /**
     * @param name an evaluation article's name, without {@code .txt}
     * @return its text: the seed article of the evaluation kit is the test support bundle's shared fixture, the
     *         others are this fragment's {@code resources/articles/}
     */
    public static String article(String name) {
        return name.equals(SEED) ? TestArticles.text("scraped/" + SEED + ".txt") : read("articles/" + name + ".txt");
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
