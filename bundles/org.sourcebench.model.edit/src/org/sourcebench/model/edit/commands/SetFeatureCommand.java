package org.sourcebench.model.edit.commands;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Sets one feature of one object, under a label a person understands. Each user action that is a plain
 * "set" is a tiny subclass naming the feature and the label.
 */
public class SetFeatureCommand extends SetCommand {

	/**
	 * @param domain  the editing domain whose stack the command goes on
	 * @param owner   the object to change
	 * @param feature the feature to set
	 * @param value   the new value
	 * @param label   the command's label, e.g. "Set Reliability"
	 */
	public SetFeatureCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, String label) {
		super(domain, owner, feature, value);
		setLabel(label);
		setDescription(label);
	}
}
