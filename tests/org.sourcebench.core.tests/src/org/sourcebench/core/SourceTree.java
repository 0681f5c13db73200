package org.sourcebench.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's source tree, for tests that read manifests and sources rather than the running bundles. */
public final class SourceTree {

	private SourceTree() {
	}

	/** @return the {@code bundles/} folder; tycho-surefire runs in the test bundle's folder under {@code tests/} */
	public static Path bundles() {
		Path dir = Path.of("").toAbsolutePath().resolveSibling("../bundles").normalize();
		assertTrue(Files.isDirectory(dir.resolve("org.sourcebench.core")), "bundles folder not found at " + dir);
		return dir;
	}
}
