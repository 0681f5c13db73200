package org.sourcebench.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sourcebench.core.SourceTree.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails when the generated EMF code of any bundle no longer matches its {@code .ecore} + {@code .genmodel}, or
 * when generated files were edited by hand.
 *
 * <p>Running EMF's generator inside the OSGi test runtime would drag codegen and JDT into the target platform.
 * Instead {@code releng/codegen/regenerate-emf.sh} stamps {@code src-gen/*-codegen.properties} with the inputs
 * and outputs it used and a SHA-256 of each side (paths relative to {@code bundles/}, line endings normalised,
 * folders in path order, the stamp left out), and this test recomputes both from the working tree.
 */
class GeneratedCodeIsUpToDateTest {

	private static final String STAMP_SUFFIX = "-codegen.properties";


	@Test
	void everyGenmodelHasAStamp() throws IOException {
		List<Path> genModels = genModels();
		assertFalse(genModels.isEmpty(), "no genmodel found: the model bundle moved?");
		List<String> unstamped = new ArrayList<>();
		for (Path genModel : genModels) {
			Path srcGen = genModel.getParent().resolveSibling("src-gen");
			if (stamps(srcGen).isEmpty()) {
				unstamped.add(bundles().relativize(genModel).toString());
			}
		}
		assertEquals(List.of(), unstamped, "run the bundle's regenerate.sh");
	}

	@Test
	void generatedCodeMatchesItsModelAndWasNotEditedByHand() throws IOException {
		List<String> stale = new ArrayList<>();
		for (Path genModel : genModels()) {
			for (Path stampFile : stamps(genModel.getParent().resolveSibling("src-gen"))) {
				Properties stamp = new Properties();
				try (InputStream in = Files.newInputStream(stampFile)) {
					stamp.load(in);
				}
				String name = stampFile.getFileName().toString();
				String bundle = bundles().relativize(genModel.getParent().getParent()).toString();
				if (!stamp.getProperty("input.sha256", "").equals(checksum(entries(stamp, "inputs"), name))) {
					stale.add(bundle + ": the .ecore or .genmodel changed since src-gen was generated: run its regenerate.sh");
				}
				if (!stamp.getProperty("output.sha256", "").equals(checksum(entries(stamp, "outputs"), name))) {
					stale.add(bundle + ": generated code differs from what regenerate.sh wrote: move hand-written code to src/");
				}
			}
		}
		assertEquals(List.of(), stale);
	}

	private static List<String> entries(Properties stamp, String key) {
		String value = stamp.getProperty(key, "");
		return value.isBlank() ? List.of() : List.of(value.split(","));
	}

	private static List<Path> genModels() throws IOException {
		try (Stream<Path> walk = Files.walk(bundles(), 3)) {
			return walk.filter(p -> p.toString().endsWith(".genmodel")).filter(p -> !p.toString().contains("/target/"))
					.sorted().toList();
		}
	}

	private static List<Path> stamps(Path srcGen) throws IOException {
		if (!Files.isDirectory(srcGen)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(srcGen)) {
			return files.filter(p -> p.getFileName().toString().endsWith(STAMP_SUFFIX)).sorted().toList();
		}
	}

	private static String checksum(List<String> entries, String stampName) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Path bundles = bundles();
			for (String entry : entries) {
				for (Path file : files(bundles.resolve(entry), stampName)) {
					digest.update(bundles.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
					String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
					digest.update(text.getBytes(StandardCharsets.ISO_8859_1));
					digest.update((byte) 0);
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<Path> files(Path entry, String stampName) throws IOException {
		if (!Files.isDirectory(entry)) {
			return List.of(entry);
		}
		try (Stream<Path> walk = Files.walk(entry)) {
			return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(stampName))
					.sorted(Comparator.comparing(p -> entry.relativize(p).toString().replace('\\', '/'))).toList();
		}
	}
}
