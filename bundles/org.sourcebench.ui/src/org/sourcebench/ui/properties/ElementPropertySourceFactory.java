package org.sourcebench.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.sourcebench.model.edit.DossierEditingDomains;

/**
 * Adapts dossier elements to {@link IPropertySource} for the Properties view (registered in plugin.xml), using
 * the item providers of the element's editing domain, or read-only ones for an element outside any editor.
 */
public class ElementPropertySourceFactory implements IAdapterFactory {

	private static ComposedAdapterFactory fallbackItemProviders;

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
			return null;
		}
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		org.eclipse.emf.common.notify.AdapterFactory factory = domain instanceof AdapterFactoryEditingDomain afed ? afed.getAdapterFactory()
				: fallback();
		IItemPropertySource itemSource = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : adapterType.cast(new ElementPropertySource(object, itemSource, domain));
	}

	private static synchronized ComposedAdapterFactory fallback() {
		if (fallbackItemProviders == null) {
			fallbackItemProviders = DossierEditingDomains.createAdapterFactory();
		}
		return fallbackItemProviders;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
