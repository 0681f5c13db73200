package org.sourcebench.model.store;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * XMI encoding of a dossier. Objects are identified by their {@code id} attribute (a UUID), so references
 * in the file read {@code speaker="3f2a…"} and survive reordering; the id index makes resolving them on load
 * linear rather than quadratic.
 */
public class DossierXmiResource extends XMIResourceImpl {

	/** @param uri where the resource lives; may be null for a stream-only resource */
	public DossierXmiResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
	}

	@Override
	protected boolean useUUIDs() {
		// The model's own id attribute is the identity; no second, resource-level xmi:id.
		return false;
	}
}
