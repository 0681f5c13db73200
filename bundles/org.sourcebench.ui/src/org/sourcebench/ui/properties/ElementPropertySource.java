package org.sourcebench.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage.Literals;
import org.sourcebench.model.edit.commands.RenameCommand;
import org.sourcebench.model.edit.commands.SetCredibilityCommand;
import org.sourcebench.model.edit.commands.SetFeatureCommand;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;
import org.sourcebench.model.edit.commands.SetReliabilityCommand;

/**
 * The Properties view's picture of a dossier element, built from the generated item providers' property
 * descriptors (the role emf.edit.ui's PropertySource plays in EMF editors). Every edit becomes the command of
 * that user action: Set Reliability, Set Credibility, Set Relationship Status, Rename, or a plain labelled set.
 */
public class ElementPropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource itemSource;
	private final EditingDomain domain;

	/**
	 * @param domain the domain edits go to; null makes the properties read-only
	 */
	public ElementPropertySource(EObject object, IItemPropertySource itemSource, EditingDomain domain) {
		this.object = object;
		this.itemSource = itemSource;
		this.domain = domain;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
			if (item.getFeature(object) instanceof EStructuralFeature feature && feature != Literals.SOURCE__BODY) {
				descriptors.add(new ElementPropertyDescriptor(object, item, feature, domain != null && item.canSetProperty(object)));
			}
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	private IItemPropertyDescriptor item(Object id) {
		return itemSource.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = item(id);
		return item != null && item.getFeature(object) instanceof EStructuralFeature feature ? object.eGet(feature) : null;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = item(id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Reset would bypass the named commands; the analyst sets a value instead.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = item(id);
		if (domain == null || item == null || !(item.getFeature(object) instanceof EStructuralFeature feature)) {
			return;
		}
		Object current = object.eGet(feature);
		if (value == null ? current == null : value.equals(current)) {
			return;
		}
		Command command = commandFor(feature, value, item.getDisplayName(object));
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** @return the named command for setting {@code feature} to {@code value} */
	Command commandFor(EStructuralFeature feature, Object value, String displayName) {
		if (feature == Literals.SOURCE__RELIABILITY) {
			return new SetReliabilityCommand(domain, (Source) object, (AdmiraltyReliability) value);
		}
		if (feature == Literals.CLAIM__CREDIBILITY) {
			return new SetCredibilityCommand(domain, (Claim) object, (ClaimCredibility) value);
		}
		if (feature == Literals.RELATIONSHIP__STATUS) {
			return new SetRelationshipStatusCommand(domain, (Relationship) object, (RelationshipStatus) value);
		}
		if (feature instanceof EAttribute && feature == RenameCommand.nameFeature(object)) {
			return new RenameCommand(domain, object, (String) value);
		}
		return new SetFeatureCommand(domain, object, feature, value,
				org.eclipse.osgi.util.NLS.bind(org.sourcebench.ui.internal.Messages.Properties_setLabel, displayName));
	}
}
