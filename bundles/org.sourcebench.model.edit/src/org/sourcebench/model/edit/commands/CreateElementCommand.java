package org.sourcebench.model.edit.commands;

import java.text.MessageFormat;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.provider.SourcebenchEditPlugin;

/**
 * Adds a new source, actor, location, claim or relationship to a dossier ("Create Actor"). Build the element
 * with {@link Dossiers} first; the command gives it an id if it has none. After execution
 * {@link #getAffectedObjects()} is the new element, for selecting it.
 */
public class CreateElementCommand extends AddCommand {

	/**
	 * @throws IllegalArgumentException if a dossier does not hold elements of that type directly
	 */
	public CreateElementCommand(EditingDomain domain, Dossier dossier, IdentifiedElement element) {
		super(domain, dossier, containmentFor(element), Dossiers.withId(element));
		String label = MessageFormat.format(Messages.CreateElementCommand_label, typeName(element));
		setLabel(label);
		setDescription(label);
	}

	/** @return the dossier feature that holds elements like {@code element} */
	public static EReference containmentFor(IdentifiedElement element) {
		if (element instanceof Source) {
			return SourcebenchPackage.Literals.DOSSIER__SOURCES;
		}
		if (element instanceof Actor) {
			return SourcebenchPackage.Literals.DOSSIER__ACTORS;
		}
		if (element instanceof Location) {
			return SourcebenchPackage.Literals.DOSSIER__LOCATIONS;
		}
		if (element instanceof Claim) {
			return SourcebenchPackage.Literals.DOSSIER__CLAIMS;
		}
		if (element instanceof Relationship) {
			return SourcebenchPackage.Literals.DOSSIER__RELATIONSHIPS;
		}
		throw new IllegalArgumentException("A dossier does not hold a " + element.eClass().getName() + " directly");
	}

	private static String typeName(IdentifiedElement element) {
		return SourcebenchEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type");
	}
}
