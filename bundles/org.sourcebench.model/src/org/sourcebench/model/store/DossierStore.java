package org.sourcebench.model.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.core.io.FileWriteException;
import org.sourcebench.core.io.IoProblems;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.SourcebenchPackage;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves dossiers: one {@code .sbx} file per dossier, XMI by default, EMF binary for very large
 * dossiers (both detected from the content on load).
 *
 * <p><b>Saving is atomic:</b> the dossier is written to a temporary file in the same directory, forced to
 * disk, and renamed over the target, so a crash leaves either the old or the new file, never half of one.
 * The previous version is kept as {@code <name>.sbx.bak} (one generation).
 *
 * <p><b>Loading is all or nothing:</b> a damaged, truncated or foreign file, or one with an XML document type
 * declaration (the door for external entities, XXE), raises {@link DossierLoadException} naming the file and
 * the problem. The XML parser resolves no external entities and never reads another file or URL: a
 * reference out of the dossier is an error, not something to fetch.
 *
 * <p>Plain Java: works in OSGi and in a plain JVM alike. Instances are stateless and thread-safe.
 */
public class DossierStore {

	/** Suffix of the backup kept next to a saved dossier. */
	public static final String BACKUP_SUFFIX = AtomicFileWriter.BACKUP_SUFFIX;

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private static final String SAX_EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
	private static final String SAX_EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
	private static final String XERCES_DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
	private static final String XERCES_LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

	/**
	 * Loads a dossier into a resource set of its own.
	 *
	 * @return the dossier, the only root of its resource
	 * @throws DossierLoadException if the file is missing, damaged, truncated, foreign or unsafe
	 */
	public Dossier load(Path file) throws DossierLoadException {
		return load(file, createResourceSet());
	}

	/**
	 * Loads a dossier into {@code resourceSet} (e.g. an editing domain's). On failure the resource set is left
	 * as it was.
	 *
	 * @throws DossierLoadException if the file is missing, damaged, truncated, foreign or unsafe
	 */
	public Dossier load(Path file, ResourceSet resourceSet) throws DossierLoadException {
		Path absolute = file.toAbsolutePath().normalize();
		try {
			if (Files.size(absolute) == 0) {
				throw new DossierLoadException(file, "the file is empty", null);
			}
		} catch (NoSuchFileException e) {
			throw new DossierLoadException(file, "the file does not exist", e);
		} catch (IOException e) {
			throw new DossierLoadException(file, "the file cannot be read (" + IoProblems.describe(e) + ")", e);
		}

		URI uri = URI.createFileURI(absolute.toString());
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			throw new DossierLoadException(file, "it is already open in this resource set", null);
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(absolute), 1 << 16)) {
			DossierFormat format = DossierFormat.sniff(in);
			if (format == null) {
				throw new DossierLoadException(file, "it is not a Sourcebench dossier (neither XML nor EMF binary)", null);
			}
			Resource resource = DossierResourceFactory.createResource(uri, format);
			resourceSet.getResources().add(resource);
			boolean loaded = false;
			try {
				resource.load(in, loadOptions(format));
				Dossier dossier = checkLoaded(file, resource);
				loaded = true;
				return dossier;
			} catch (IOException | RuntimeException e) {
				throw new DossierLoadException(file, describe(e), e);
			} catch (StackOverflowError e) {
				throw new DossierLoadException(file, "it is damaged or crafted: its elements are nested too deeply to read", null);
			} catch (OutOfMemoryError e) {
				// A crafted binary file can declare a count far beyond its size; what it allocated is garbage now.
				throw new DossierLoadException(file, "it is damaged or crafted: reading it needs more memory than"
						+ " Sourcebench has (" + e.getMessage() + ")", null);
			} finally {
				if (!loaded) {
					resource.unload();
					resourceSet.getResources().remove(resource);
				}
			}
		} catch (IOException e) {
			throw new DossierLoadException(file, "the file cannot be read (" + IoProblems.describe(e) + ")", e);
		}
	}

	/**
	 * Saves atomically, in the format of the dossier's resource if it is a dossier resource, else XMI.
	 *
	 * @throws IOException naming the file, if it cannot be written; the previous file is then untouched
	 */
	public void save(Dossier dossier, Path file) throws IOException {
		save(dossier, file, dossier.eResource() instanceof DossierBinaryResource ? DossierFormat.BINARY : DossierFormat.XMI);
	}

	/**
	 * Saves atomically in {@code format}, keeping the previous file as {@code .bak}. Objects without an id are
	 * given one first. A dossier that is in no resource yet is put into a new one of that format; one already
	 * in a resource stays there (an editor's resource is not disturbed): binary is written straight from it,
	 * XMI from a binary resource through a copy (ids are kept).
	 *
	 * @throws IOException naming the file, if it cannot be written or if an object refers to one outside the
	 *                     dossier (which would not load again); the previous file is then untouched
	 */
	public void save(Dossier dossier, Path file, DossierFormat format) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Dossiers.assignMissingIds(dossier);
		String foreign = firstForeignReference(dossier);
		if (foreign != null) {
			throw new IOException("Cannot save dossier " + file + ": " + foreign);
		}
		Resource resource = resourceFor(dossier, URI.createFileURI(target.toString()), format);

		try {
			AtomicFileWriter.write(target, true, out -> {
				if (format == DossierFormat.BINARY && !(resource instanceof BinaryResourceImpl)) {
					// EMF's binary writer takes any resource: no copy of an editor's XMI dossier needed.
					BinaryResourceImpl.EObjectOutputStream binary = new BinaryResourceImpl.EObjectOutputStream(out, saveOptions(format));
					binary.saveResource(resource);
					binary.flush();
				} else {
					resource.save(out, saveOptions(format));
				}
			});
		} catch (FileWriteException e) {
			Throwable cause = e.getCause();
			String problem = cause instanceof RuntimeException || cause instanceof Resource.IOWrappedException ? describeSaveFailure(cause) : e.getProblem();
			throw new IOException("Cannot save dossier " + file + ": " + problem, e);
		}
	}

	/** @return where {@link #save} keeps the previous version of {@code file} */
	public static Path backupOf(Path file) {
		return AtomicFileWriter.backupOf(file);
	}

	/**
	 * @return a resource set that opens {@code .sbx} files as dossiers and refuses to read any other file or
	 *         URL (a dossier is self-contained; following an {@code href} out of it would be a way in for a
	 *         crafted file)
	 */
	public static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(SourcebenchPackage.eNS_URI, SourcebenchPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DossierResourceFactory.EXTENSION,
				new DossierResourceFactory());
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("A dossier never reads other files or URLs: " + uri);
			}
		});
		return resourceSet;
	}

	private static Resource resourceFor(Dossier dossier, URI uri, DossierFormat format) {
		Resource current = dossier.eResource();
		boolean matches = format == DossierFormat.BINARY ? current != null : current instanceof DossierXmiResource;
		if (matches && current.getContents().size() == 1) {
			return current;
		}
		Resource resource = DossierResourceFactory.createResource(uri, format);
		if (current == null && dossier.eContainer() == null) {
			resource.getContents().add(dossier);
		} else {
			// Keep the caller's resource as it is; write a copy, which keeps every id.
			resource.getContents().add(EcoreUtil.copy(dossier));
		}
		return resource;
	}

	private static Map<Object, Object> loadOptions(DossierFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == DossierFormat.XMI) {
			Map<String, Boolean> features = new HashMap<>();
			features.put(XERCES_DISALLOW_DOCTYPE, Boolean.TRUE);
			features.put(SAX_EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE);
			features.put(SAX_EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE);
			features.put(XERCES_LOAD_EXTERNAL_DTD, Boolean.FALSE);
			features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
			options.put(XMLResource.OPTION_PARSER_FEATURES, features);
			options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
			options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
			options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		}
		return options;
	}

	private static Map<Object, Object> saveOptions(DossierFormat format) {
		Map<Object, Object> options = new HashMap<>();
		if (format == DossierFormat.XMI) {
			options.put(XMLResource.OPTION_ENCODING, "UTF-8");
			options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
			options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		}
		return options;
	}

	/** The resource loaded without an exception; make sure it is whole and ours. */
	private static Dossier checkLoaded(Path file, Resource resource) throws DossierLoadException {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new DossierLoadException(file, "it is damaged: " + first.getMessage()
					+ (first.getLine() > 0 ? " (line " + first.getLine() + ")" : ""), null);
		}
		if (resource.getContents().isEmpty()) {
			throw new DossierLoadException(file, "it contains no dossier", null);
		}
		if (resource.getContents().size() > 1 || !(resource.getContents().get(0) instanceof Dossier)) {
			EObject root = resource.getContents().get(0);
			throw new DossierLoadException(file, "it is not a Sourcebench dossier (it holds a " + root.eClass().getName()
					+ (resource.getContents().size() > 1 ? " and " + (resource.getContents().size() - 1) + " more roots" : "") + ")", null);
		}
		Dossier dossier = (Dossier) resource.getContents().get(0);
		String foreign = firstForeignReference(dossier);
		if (foreign != null) {
			throw new DossierLoadException(file, "it is damaged: " + foreign, null);
		}
		return dossier;
	}

	/**
	 * @return a description of the first reference from inside {@code dossier} to an object that is not in
	 *         it (including an unresolved proxy), or null if there is none. Neither format can write such a
	 *         reference faithfully, and loading must not follow one.
	 */
	static String firstForeignReference(Dossier dossier) {
		for (Iterator<EObject> it = dossier.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				Iterable<?> values = reference.isMany() ? (Iterable<?>) value : List.of(value);
				for (Object target : values) {
					EObject eTarget = (EObject) target;
					if (eTarget.eIsProxy() || Dossiers.dossierOf(eTarget) != dossier) {
						return object.eClass().getName() + "." + reference.getName() + " of " + idOf(object) + " refers to "
								+ (eTarget.eIsProxy() ? String.valueOf(EcoreUtil.getURI(eTarget)) : eTarget.eClass().getName() + " " + idOf(eTarget))
								+ ", which is not in the dossier";
					}
				}
			}
		}
		return null;
	}

	private static String idOf(EObject object) {
		String id = EcoreUtil.getID(object);
		return id == null ? "(no id)" : id;
	}

	/** A failure of the serializer, in one line (never the whole text of an attribute). */
	static String describeSaveFailure(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		message = message.replaceAll("\\s+", " ");
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

	/** Turns a parser or I/O failure into a sentence about the file. */
	static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof Resource.IOWrappedException || cause instanceof org.eclipse.emf.common.util.WrappedException) {
			if (cause.getCause() == null || cause.getCause() == cause) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			String message = String.valueOf(sax.getMessage());
			if (message.contains("DOCTYPE")) {
				return "it contains an XML document type declaration (DOCTYPE), which dossiers never have; refused because"
						+ " it could make the parser read other files or URLs (XXE)";
			}
			return "it is damaged or truncated: the XML is not well-formed at line " + sax.getLineNumber() + ", column "
					+ sax.getColumnNumber() + " (" + message + ")";
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return "it is not a Sourcebench dossier (it uses the model '" + notFound.uri() + "')";
		}
		if (cause instanceof ClassNotFoundException || cause instanceof FeatureNotFoundException) {
			XMIException xmi = (XMIException) cause;
			return "it is damaged or not a dossier: " + cause.getMessage() + " (line " + xmi.getLine() + ")";
		}
		if (cause instanceof XMIException xmi) {
			return "it is damaged: " + cause.getMessage() + " (line " + xmi.getLine() + ")";
		}
		if (cause instanceof EOFException) {
			return "it is truncated (the data ends early)";
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		if (cause instanceof RuntimeException) {
			return "it is damaged (" + cause.getClass().getSimpleName() + ": " + message + ")";
		}
		return message;
	}
}
