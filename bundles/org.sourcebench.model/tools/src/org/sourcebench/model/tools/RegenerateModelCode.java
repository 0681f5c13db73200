package org.sourcebench.model.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
 * Regenerates the EMF model code ({@code org.sourcebench.model/src-gen}) and edit code
 * ({@code org.sourcebench.model.edit/src-gen}, its {@code plugin.properties} and {@code icons/}) from
 * {@code model/sourcebench.genmodel}, outside Eclipse. Run it through {@code regenerate.sh}.
 *
 * <p>Code is generated into a scratch tree and then replaces the {@code src-gen} folders wholesale. That is
 * safe because {@code src-gen} holds only generated code: hand-written behaviour lives in {@code src/} or in
 * GenModel annotations of the {@code .ecore} (get/body/create/convert), never in {@code @generated NOT}
 * methods, so no JMerge (and no JDT) is needed.
 *
 * <p>Finally it writes {@link #STAMP_FILE} into the model's {@code src-gen}: a SHA-256 of the
 * {@code .ecore} + {@code .genmodel} it was generated from and of the generated files, which
 * {@code GeneratedCodeIsUpToDateTest} recomputes.
 *
 * <p>Not part of any bundle: it lives in {@code tools/} and is not on {@code build.properties}.
 */
public final class RegenerateModelCode {

	/** Relative to the model bundle's {@code src-gen}. */
	public static final String STAMP_FILE = "sourcebench-codegen.properties";

	private RegenerateModelCode() {
	}

	/**
	 * @param args model bundle directory, edit bundle directory, scratch directory
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: RegenerateModelCode <model bundle dir> <edit bundle dir> <scratch dir>");
			System.exit(2);
		}
		Path modelBundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path editBundle = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
		deleteTree(scratch);
		Path scratchModel = Files.createDirectories(scratch.resolve("org.sourcebench.model"));
		Path scratchEdit = Files.createDirectories(scratch.resolve("org.sourcebench.model.edit"));

		// platform:/resource/<project>/ is where the genmodel says code goes; point it at the scratch tree.
		EcorePlugin.getPlatformResourceMap().put("org.sourcebench.model", fileUri(scratchModel));
		EcorePlugin.getPlatformResourceMap().put("org.sourcebench.model.edit", fileUri(scratchEdit));

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Path genModelFile = modelBundle.resolve("model/sourcebench.genmodel");
		Resource genModelResource = resourceSet.getResource(fileUri(genModelFile), true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);

		// Bring the genmodel in line with the .ecore (new classes/features get default settings, stale ones
		// go), then save it if that changed anything so the file on disk stays the complete truth.
		genModel.reconcile();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.initialize(genPackage.getEcorePackage());
		}
		stripCopiedBodies(genModel);
		byte[] before = Files.readAllBytes(genModelFile);
		java.io.ByteArrayOutputStream after = new java.io.ByteArrayOutputStream();
		genModelResource.save(after, null);
		if (!java.util.Arrays.equals(before, after.toByteArray())) {
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
		// src-gen is replaced wholesale, so nothing is ever merged: a JControlModel without a facade helper
		// (canMerge() == false) keeps the generator from loading JMerge's JDT-based facade.
		Generator generator = new Generator() {
			private final JControlModel noMerge = new JControlModel();

			@Override
			public JControlModel getJControlModel() {
				return noMerge;
			}
		};
		generator.setInput(genModel);
		check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model code", new BasicMonitor.Printing(System.out)));
		check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit code", new BasicMonitor.Printing(System.out)));

		replaceTree(scratchModel.resolve("src-gen"), modelBundle.resolve("src-gen"));
		replaceTree(scratchEdit.resolve("src-gen"), editBundle.resolve("src-gen"));
		replaceTree(scratchEdit.resolve("icons"), editBundle.resolve("icons"));
		// The generated properties carry EMF's placeholder vendor; the genmodel has no setting for it.
		String editProperties = Files.readString(scratchEdit.resolve("plugin.properties"), StandardCharsets.ISO_8859_1)
				.replace("providerName = www.example.org", "providerName = Sourcebench");
		Files.writeString(editBundle.resolve("plugin.properties"), editProperties, StandardCharsets.ISO_8859_1);

		String stamp = "# Written by RegenerateModelCode (bundles/org.sourcebench.model/regenerate.sh). Do not edit.\n"
				+ "input.sha256=" + inputChecksum(modelBundle) + "\n"
				+ "output.sha256=" + outputChecksum(modelBundle, editBundle) + "\n";
		Files.writeString(modelBundle.resolve("src-gen").resolve(STAMP_FILE), stamp, StandardCharsets.UTF_8);
		System.out.println("Regenerated " + modelBundle.resolve("src-gen") + " and " + editBundle.resolve("src-gen"));
	}

	/**
	 * {@code initialize} copies the GenModel annotations of the {@code .ecore} (get, body, create, convert)
	 * into the genmodel, where they would go stale when the annotation changes. The annotation is the one
	 * place for such code, so drop the copies; the templates read the annotation when the copy is unset.
	 */
	private static void stripCopiedBodies(GenModel genModel) {
		for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = genModel.eAllContents(); it.hasNext();) {
			org.eclipse.emf.ecore.EObject object = it.next();
			for (org.eclipse.emf.ecore.EAttribute attribute : object.eClass().getEAllAttributes()) {
				String name = attribute.getName();
				if (attribute.isChangeable() && !attribute.isMany()
						&& (name.equals("get") || name.equals("body") || name.equals("create") || name.equals("convert"))) {
					object.eUnset(attribute);
				}
			}
		}
	}

	/**
	 * SHA-256 over the {@code .ecore} and {@code .genmodel} with line endings normalised, so a checkout with
	 * CRLF line endings does not count as a change.
	 */
	public static String inputChecksum(Path modelBundle) {
		return checksum(List.of(modelBundle.resolve("model/sourcebench.ecore"), modelBundle.resolve("model/sourcebench.genmodel")),
				modelBundle);
	}

	/** SHA-256 over every generated file (both src-gen folders, edit plugin.properties), sorted by path. */
	public static String outputChecksum(Path modelBundle, Path editBundle) {
		List<Path> files = new ArrayList<>();
		files.addAll(listFiles(modelBundle.resolve("src-gen")));
		files.removeIf(file -> file.getFileName().toString().equals(STAMP_FILE));
		files.addAll(listFiles(editBundle.resolve("src-gen")));
		files.add(editBundle.resolve("plugin.properties"));
		return checksum(files, modelBundle.getParent());
	}

	private static List<Path> listFiles(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'))).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void check(Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("Generation failed: " + diagnostic);
		}
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			System.out.println(diagnostic);
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
		deleteTree(to);
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

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
