package org.sourcebench.releng.codegen;

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
import java.util.Iterator;
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
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of one {@code .genmodel} of a Sourcebench bundle, outside Eclipse, with EMF's
 * codegen from Maven Central (run by {@code releng/codegen/regenerate-emf.sh}; each model bundle's
 * {@code regenerate.sh} calls that with its genmodel).
 *
 * <p>What it does, in order:
 * <ol>
 * <li>brings the genmodel in line with its {@code .ecore} (reconcile), drops the copies of GenModel
 * annotations ({@code get}, {@code body}, …) that {@code initialize} puts into it (the annotation in the
 * {@code .ecore} is the one place for such code), and saves the genmodel when that changed it;</li>
 * <li>generates the model code — and with {@code --edit} the item providers — into a scratch tree: the
 * genmodel's {@code platform:/resource/<project>/} of generated projects points there, every other bundle
 * of {@code bundles/} points at itself (for genmodels that use another one);</li>
 * <li>replaces {@code src-gen} (and, for the edit project, {@code icons/} and {@code plugin.properties})
 * wholesale, never merging: hand-written code lives in {@code src/};</li>
 * <li>writes a stamp into the model project's {@code src-gen}: the inputs and outputs (paths relative to
 * {@code bundles/}) and a SHA-256 of each side, which {@code GeneratedCodeIsUpToDateTest} (core tests)
 * recomputes to fail a build whose generated code is stale or was edited by hand.</li>
 * </ol>
 */
public final class RegenerateEmfCode {

	private static final String VENDOR_PLACEHOLDER = "providerName = www.example.org";

	private RegenerateEmfCode() {
	}

	/**
	 * @param args {@code <bundles dir> <genmodel, relative to bundles> <stamp file name> <scratch dir>
	 *             [--edit] [--vendor NAME]}
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: RegenerateEmfCode <bundles dir> <genmodel relative to it> <stamp name> <scratch dir> [--edit] [--vendor NAME]");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		Path genModelFile = bundles.resolve(args[1]);
		String stampName = args[2];
		Path scratch = Path.of(args[3]).toAbsolutePath().normalize();
		boolean edit = Arrays.asList(args).contains("--edit");
		int vendorAt = Arrays.asList(args).indexOf("--vendor");
		String vendor = vendorAt > 0 && vendorAt + 1 < args.length ? args[vendorAt + 1] : "Sourcebench";

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		mapBundles(bundles);

		Resource genModelResource = resourceSet.getResource(fileUri(genModelFile), true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);
		String modelProject = project(genModel.getModelDirectory());
		String editProject = edit ? project(genModel.getEditDirectory()) : null;
		// generated projects go to the scratch tree; the genmodel says where in it
		EcorePlugin.getPlatformResourceMap().put(modelProject, fileUri(Files.createDirectories(scratch.resolve(modelProject))));
		if (editProject != null) {
			EcorePlugin.getPlatformResourceMap().put(editProject, fileUri(Files.createDirectories(scratch.resolve(editProject))));
		}

		genModel.reconcile();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.initialize(genPackage.getEcorePackage());
		}
		stripCopiedBodies(genModel);
		byte[] before = Files.readAllBytes(genModelFile);
		ByteArrayOutputStream after = new ByteArrayOutputStream();
		genModelResource.save(after, null);
		if (!Arrays.equals(before, after.toByteArray())) {
			Files.write(genModelFile, after.toByteArray());
			System.out.println("Updated " + genModelFile + " from the .ecore");
		}

		genModel.setCanGenerate(true);
		check(genModel.diagnose(), "GenModel is invalid");
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
		check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model code",
				new BasicMonitor.Printing(System.out)), "Generation failed");
		List<String> outputs = new ArrayList<>();
		replaceTree(scratch.resolve(modelProject).resolve("src-gen"), bundles.resolve(modelProject).resolve("src-gen"));
		outputs.add(modelProject + "/src-gen");
		if (editProject != null) {
			check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit code",
					new BasicMonitor.Printing(System.out)), "Generation failed");
			Path scratchEdit = scratch.resolve(editProject);
			replaceTree(scratchEdit.resolve("src-gen"), bundles.resolve(editProject).resolve("src-gen"));
			replaceTree(scratchEdit.resolve("icons"), bundles.resolve(editProject).resolve("icons"));
			// EMF writes a placeholder vendor; the genmodel has no setting for it
			String properties = Files.readString(scratchEdit.resolve("plugin.properties"), StandardCharsets.ISO_8859_1)
					.replace(VENDOR_PLACEHOLDER, "providerName = " + vendor);
			Files.writeString(bundles.resolve(editProject).resolve("plugin.properties"), properties, StandardCharsets.ISO_8859_1);
			outputs.add(editProject + "/src-gen");
			outputs.add(editProject + "/plugin.properties");
		}

		List<String> inputs = List.of(bundles.relativize(genModelFile).toString().replace('\\', '/'),
				bundles.relativize(ecoreOf(genModelFile)).toString().replace('\\', '/'));
		Path stamp = bundles.resolve(modelProject).resolve("src-gen").resolve(stampName);
		String text = "# Written by releng/codegen/regenerate-emf.sh (RegenerateEmfCode). Do not edit.\n"
				+ "inputs=" + String.join(",", inputs) + "\n"
				+ "outputs=" + String.join(",", outputs) + "\n"
				+ "input.sha256=" + CodegenChecksum.of(bundles, inputs, stampName) + "\n"
				+ "output.sha256=" + CodegenChecksum.of(bundles, outputs, stampName) + "\n";
		Files.writeString(stamp, text, StandardCharsets.UTF_8);
		System.out.println("Regenerated " + String.join(", ", outputs));
	}

	/** Every bundle folder is its own platform:/resource project, so genmodels can use each other. */
	private static void mapBundles(Path bundles) throws IOException {
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				EcorePlugin.getPlatformResourceMap().put(dir.getFileName().toString(), fileUri(dir));
			}
		}
	}

	/** {@code /org.sourcebench.model/src-gen} → {@code org.sourcebench.model}. */
	private static String project(String directory) {
		if (directory == null || directory.isBlank()) {
			throw new IllegalStateException("the genmodel names no directory for the code");
		}
		return URI.createURI(directory).segment(0);
	}

	private static Path ecoreOf(Path genModelFile) {
		String name = genModelFile.getFileName().toString().replaceFirst("\\.genmodel$", ".ecore");
		return genModelFile.resolveSibling(name);
	}

	/**
	 * {@code initialize} copies the GenModel annotations of the {@code .ecore} (get, body, create, convert) into
	 * the genmodel, where they would go stale when the annotation changes: drop the copies, the templates read
	 * the annotation when the copy is unset.
	 */
	private static void stripCopiedBodies(GenModel genModel) {
		for (Iterator<EObject> it = genModel.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				String name = attribute.getName();
				if (attribute.isChangeable() && !attribute.isMany()
						&& (name.equals("get") || name.equals("body") || name.equals("create") || name.equals("convert"))) {
					object.eUnset(attribute);
				}
			}
		}
	}

	private static void check(Diagnostic diagnostic, String what) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(what + ": " + diagnostic);
		}
	}

	private static URI fileUri(Path path) {
		String uri = path.toUri().toString();
		return URI.createURI(Files.isDirectory(path) && !uri.endsWith("/") ? uri + "/" : uri);
	}

	private static void replaceTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new IllegalStateException("the generator produced no " + from);
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

	/**
	 * The checksum of the stamp: SHA-256 over path (relative to {@code bundles/}) and content (line endings
	 * normalised) of each file, folders expanded in path order, the stamp itself left out.
	 * {@code GeneratedCodeIsUpToDateTest} computes the same.
	 */
	static final class CodegenChecksum {

		private CodegenChecksum() {
		}

		static String of(Path bundles, List<String> entries, String stampName) {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
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
}
