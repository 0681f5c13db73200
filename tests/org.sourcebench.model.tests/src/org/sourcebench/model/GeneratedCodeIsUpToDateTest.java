package org.sourcebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails when {@code src-gen} no longer matches {@code model/sourcebench.ecore} + {@code .genmodel}, or when
 * generated files were edited by hand.
 *
 * <p>Running EMF's code generator inside the OSGi test runtime would drag codegen, JDT and their platform
 * dependencies into the target platform. Instead the generator ({@code regenerate.sh}) stamps
 * {@code src-gen/sourcebench-codegen.properties} with a SHA-256 of the model files it read and of the files
 * it wrote, and this test recomputes both from the working tree, the same way
 * ({@code RegenerateModelCode.inputChecksum / outputChecksum}): paths relative, line endings normalised.
 */
class GeneratedCodeIsUpToDateTest {

	private static final String STAMP = "sourcebench-codegen.properties";

	@Test
	void srcGenWasGeneratedFromTheCurrentEcoreAndGenmodel() throws IOException {
		Path model = modelBundle();
		Properties stamp = stamp(model);

		assertEquals(stamp.getProperty("input.sha256"),
				checksum(List.of(model.resolve("model/sourcebench.ecore"), model.resolve("model/sourcebench.genmodel")), model),
				"model/sourcebench.ecore or .genmodel changed since src-gen was generated: run bundles/org.sourcebench.model/regenerate.sh");
	}

	@Test
	void generatedFilesWereNotEditedByHand() throws IOException {
		Path model = modelBundle();
		Path edit = model.resolveSibling("org.sourcebench.model.edit");
		List<Path> files = new ArrayList<>(listFiles(model.resolve("src-gen")));
		files.removeIf(file -> file.getFileName().toString().equals(STAMP));
		files.addAll(listFiles(edit.resolve("src-gen")));
		files.add(edit.resolve("plugin.properties"));

		assertEquals(stamp(model).getProperty("output.sha256"), checksum(files, model.getParent()),
				"generated code differs from what regenerate.sh wrote: move hand-written code to src/ and run regenerate.sh");
	}

	private static Properties stamp(Path model) throws IOException {
		Properties stamp = new Properties();
		try (InputStream in = Files.newInputStream(model.resolve("src-gen").resolve(STAMP))) {
			stamp.load(in);
		}
		return stamp;
	}

	/** The model bundle's source folder, found from the working directory (the test project under Tycho). */
	private static Path modelBundle() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("bundles/org.sourcebench.model");
			if (Files.isRegularFile(candidate.resolve("model/sourcebench.ecore"))) {
				return candidate;
			}
		}
		assertNotNull(null, "bundles/org.sourcebench.model not found above " + Path.of("").toAbsolutePath());
		return null;
	}

	private static List<Path> listFiles(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'))).toList();
		}
	}

	private static String checksum(List<Path> files, Path base) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update(base.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
				digest.update(text.getBytes(StandardCharsets.ISO_8859_1));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
