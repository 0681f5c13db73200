package org.sourcebench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourcebenchVersionTest {

	@Test
	void versionComesFromTheBundleManifest() {
		String version = Sourcebench.version();
		assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(\\..+)?"), version);
		assertTrue(version.startsWith(Sourcebench.shortVersion()), version);
		assertEquals(3, Sourcebench.shortVersion().split("\\.").length);
	}
}
