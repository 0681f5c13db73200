package org.sourcebench.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.provider.SourcebenchItemProviderAdapterFactory;
import org.sourcebench.model.store.DossierFormat;
import org.sourcebench.model.store.DossierResourceFactory;
import org.sourcebench.model.store.DossierStore;

/**
 * Creates the editing domain every dossier edit goes through: an {@link AdapterFactoryEditingDomain} with a
 * {@link BasicCommandStack} (one undo history) over a resource set from {@link DossierStore#createResourceSet()}.
 * Needs no workbench; an editor wraps the same domain.
 */
public final class DossierEditingDomains {

	private DossierEditingDomains() {
	}

	/** @return the item providers for dossiers, plus resources and a reflective fallback for other models */
	public static ComposedAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SourcebenchItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return adapterFactory;
	}

	/** @return a new domain with an empty resource set; load dossiers into it with {@link DossierStore#load(java.nio.file.Path, org.eclipse.emf.ecore.resource.ResourceSet)} */
	public static AdapterFactoryEditingDomain create() {
		return new AdapterFactoryEditingDomain(createAdapterFactory(), new BasicCommandStack(), DossierStore.createResourceSet());
	}

	/**
	 * @return a new domain editing {@code dossier}: its resource is moved into the domain's resource set, or,
	 *         if it has none, a new in-memory one is made for it (commands need the dossier in the domain's
	 *         resource set to find every reference)
	 */
	public static AdapterFactoryEditingDomain createFor(Dossier dossier) {
		AdapterFactoryEditingDomain domain = create();
		Resource resource = dossier.eResource();
		if (resource == null) {
			resource = DossierResourceFactory.createResource(
					URI.createURI("memory:/" + Dossiers.withId(dossier).getId() + "." + DossierResourceFactory.EXTENSION),
					DossierFormat.XMI);
			resource.getContents().add(dossier);
		}
		domain.getResourceSet().getResources().add(resource);
		return domain;
	}
}
