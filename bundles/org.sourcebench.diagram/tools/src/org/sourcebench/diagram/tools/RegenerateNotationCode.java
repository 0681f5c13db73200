package org.sourcebench.diagram.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the notation model code ({@code org.sourcebench.diagram/src-gen}) from
 * {@code model/notation.genmodel}, outside Eclipse; run it through {@code regenerate.sh}. The notation
 * model uses the Sourcebench model's genmodel (its classes extend {@code IdentifiedElement} and refer to
 * actors, relationships and sources), which is found through {@code platform:/resource/org.sourcebench.model/}.
 *
 * <p>Like the model bundle's generator it replaces {@code src-gen} wholesale (no JMerge, no JDT) and writes
 * {@link #STAMP_FILE}, which {@code NotationCodeIsUpToDateTest} recomputes.
 */
public final class RegenerateNotationCode {

	/** Relative to the diagram bundle's {@code src-gen}. */
	public static final String STAMP_FILE = "notation-codegen.properties";

	private RegenerateNotationCode() {
	}

	/** @param args diagram bundle directory, model bundle directory, scratch directory */
	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: RegenerateNotationCode <diagram bundle dir> <model bundle dir> <scratch dir>");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path modelBundle = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Files.createDirectories(Path.of(args[2]).toAbsolutePath().normalize().resolve("org.sourcebench.diagram"));

		EcorePlugin.getPlatformResourceMap().put("org.sourcebench.diagram", fileUri(scratch));
		EcorePlugin.getPlatformResourceMap().put("org.sourcebench.model", fileUri(modelBundle));

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Path genModelFile = bundle.resolve("model/notation.genmodel");
		Resource genModelResource = resourceSet.getResource(fileUri(genModelFile), true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);
		genModel.reconcile();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.initialize(genPackage.getEcorePackage());
		}
		byte[] before = Files.readAllBytes(genModelFile);
		ByteArrayOutputStream after = new ByteArrayOutputStream();
		genModelResource.save(after, null);
		if (!Arrays.equals(before, after.toByteArray())) {
			Files.write(genModelFile, after.toByteArray());
			System.out.println("Updated " + genModelFile + " from the .ecore");
		}

		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("GenModel is invalid: " + diagnostic);
		}
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// src-gen is replaced wholesale: a JControlModel without a facade keeps JMerge (and JDT) out.
		Generator generator = new Generator() {
			private final JControlModel noMerge = new JControlModel();

			@Override
			public JControlModel getJControlModel() {
				return noMerge;
			}
		};
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "notation code",
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("Generation failed: " + result);
		}
		replaceTree(scratch.resolve("src-gen"), bundle.resolve("src-gen"));
		String stamp = "# Written by RegenerateNotationCode (bundles/org.sourcebench.diagram/regenerate.sh). Do not edit.\n"
				+ "input.sha256=" + checksum(List.of(bundle.resolve("model/notation.ecore"), bundle.resolve("model/notation.genmodel")), bundle) + "\n"
				+ "output.sha256=" + outputChecksum(bundle) + "\n";
		Files.writeString(bundle.resolve("src-gen").resolve(STAMP_FILE), stamp, StandardCharsets.UTF_8);
		System.out.println("Regenerated " + bundle.resolve("src-gen"));
	}

	/** SHA-256 over every generated file except the stamp, sorted by path. */
	static String outputChecksum(Path bundle) throws IOException {
		Path root = bundle.resolve("src-gen");
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(STAMP_FILE))
					.sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'))).forEach(files::add);
		}
		return checksum(files, bundle);
	}

	/** SHA-256 over relative path and content (line endings normalised) of each file. */
	static String checksum(List<Path> files, Path base) {
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
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static URI fileUri(Path path) {
		String uri = path.toUri().toString();
		return URI.createURI(Files.isDirectory(path) && !uri.endsWith("/") ? uri + "/" : uri);
	}

	private static void replaceTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new IllegalStateException("Generator produced no " + from);
		}
		if (Files.exists(to)) {
			try (Stream<Path> walk = Files.walk(to)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
