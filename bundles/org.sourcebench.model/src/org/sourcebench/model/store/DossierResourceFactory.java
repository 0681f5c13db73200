package org.sourcebench.model.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Resource factory for {@code .sbx} (registered through {@code org.eclipse.emf.ecore.extension_parser}):
 * an existing file in EMF binary format gets a {@link DossierBinaryResource}, anything else a
 * {@link DossierXmiResource}.
 *
 * <p>This serves generic EMF tooling. Sourcebench code opens and saves dossiers with {@link DossierStore},
 * which adds safe parser settings, clear errors and atomic saving.
 */
public class DossierResourceFactory implements Resource.Factory {

	/** File extension of a dossier. */
	public static final String EXTENSION = "sbx";

	@Override
	public Resource createResource(URI uri) {
		return isBinary(uri) ? new DossierBinaryResource(uri) : new DossierXmiResource(uri);
	}

	/** @return a new, empty resource of that format */
	public static Resource createResource(URI uri, DossierFormat format) {
		return format == DossierFormat.BINARY ? new DossierBinaryResource(uri) : new DossierXmiResource(uri);
	}

	private static boolean isBinary(URI uri) {
		if (uri == null || !URIConverter.INSTANCE.exists(uri, null)) {
			return false;
		}
		try (InputStream in = new BufferedInputStream(URIConverter.INSTANCE.createInputStream(uri))) {
			return DossierFormat.sniff(in) == DossierFormat.BINARY;
		} catch (IOException e) {
			return false; // the XMI loader will report the problem with the file
		}
	}
}
