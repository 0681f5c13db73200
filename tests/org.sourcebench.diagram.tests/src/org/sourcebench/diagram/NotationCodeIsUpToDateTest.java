package org.sourcebench.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails when {@code src-gen} no longer matches {@code model/notation.ecore} + {@code .genmodel} or was
 * edited by hand: recomputes the checksums {@code regenerate.sh} stamped into
 * {@code src-gen/notation-codegen.properties} (same method as {@code RegenerateNotationCode}).
 */
class NotationCodeIsUpToDateTest {

	private static final String STAMP = "notation-codegen.properties";

	@Test
	void srcGenWasGeneratedFromTheCurrentModelAndNotEditedByHand() throws Exception {
		Path bundle = diagramBundle();
		Properties stamp = new Properties();
		try (InputStream in = Files.newInputStream(bundle.resolve("src-gen").resolve(STAMP))) {
			stamp.load(in);
		}
		assertEquals(stamp.getProperty("input.sha256"),
				checksum(List.of(bundle.resolve("model/notation.ecore"), bundle.resolve("model/notation.genmodel")), bundle),
				"model/notation.ecore or .genmodel changed: run bundles/org.sourcebench.diagram/regenerate.sh");
		Path root = bundle.resolve("src-gen");
		List<Path> generated;
		try (Stream<Path> walk = Files.walk(root)) {
			generated = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(STAMP))
					.sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'))).toList();
		}
		assertEquals(stamp.getProperty("output.sha256"), checksum(generated, bundle),
				"src-gen differs from what regenerate.sh wrote: hand-written code belongs in src/");
	}

	private static Path diagramBundle() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("bundles/org.sourcebench.diagram");
			if (Files.isRegularFile(candidate.resolve("model/notation.ecore"))) {
				return candidate;
			}
		}
		assertTrue(false, "bundles/org.sourcebench.diagram not found above " + Path.of("").toAbsolutePath());
		return null;
	}

	private static String checksum(List<Path> files, Path base) throws IOException, java.security.NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Path file : files) {
			digest.update(base.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1));
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
