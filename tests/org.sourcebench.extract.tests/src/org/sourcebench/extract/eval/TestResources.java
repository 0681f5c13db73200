package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the fragment's resources/ files through the class loader (the host's, in OSGi). */
public final class TestResources {

    private TestResources() {
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
