package org.sourcebench.model.store;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;

/**
 * EMF binary encoding of a dossier, for very large dossiers: smaller and faster than XMI, not readable.
 * Ids are ordinary attribute values here, so they survive a change of format.
 */
public class DossierBinaryResource extends BinaryResourceImpl {

	/** @param uri where the resource lives; may be null for a stream-only resource */
	public DossierBinaryResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}
}
