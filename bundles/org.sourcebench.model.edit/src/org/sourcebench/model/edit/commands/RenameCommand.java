package org.sourcebench.model.edit.commands;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;

/**
 * Renames what has a name: an actor's canonical name, a location's or dossier's name, a source's title, a
 * diagram's name.
 * (Renaming an actor does not touch its aliases: the old name is not an alias unless the analyst adds it.)
 */
public class RenameCommand extends SetFeatureCommand {

	/**
	 * @throws IllegalArgumentException if {@code element} has no name ({@link #nameFeature} returns null)
	 */
	public RenameCommand(EditingDomain domain, EObject element, String newName) {
		super(domain, element, requireNameFeature(element), newName, Messages.RenameCommand_label);
	}

	/** @return the attribute that names {@code element}, or null if it has none */
	public static EAttribute nameFeature(EObject element) {
		if (element instanceof Actor) {
			return SourcebenchPackage.Literals.ACTOR__CANONICAL_NAME;
		}
		if (element instanceof Location) {
			return SourcebenchPackage.Literals.LOCATION__NAME;
		}
		if (element instanceof Dossier) {
			return SourcebenchPackage.Literals.DOSSIER__NAME;
		}
		if (element instanceof Source) {
			return SourcebenchPackage.Literals.SOURCE__TITLE;
		}
		// Elements of other models kept in a dossier (a diagram) are named by a string attribute "name".
		if (element != null && element.eClass().getEStructuralFeature("name") instanceof EAttribute name
				&& name.getEType().getInstanceClass() == String.class && !name.isMany()) {
			return name;
		}
		return null;
	}

	private static EAttribute requireNameFeature(EObject element) {
		EAttribute feature = nameFeature(element);
		if (feature == null) {
			throw new IllegalArgumentException(element.eClass().getName() + " has no name to change");
		}
		return feature;
	}
}
