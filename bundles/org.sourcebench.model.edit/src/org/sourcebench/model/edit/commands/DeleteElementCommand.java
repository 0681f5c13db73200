package org.sourcebench.model.edit.commands;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Deletes elements of a dossier and every reference to them, with exact undo. Deleting takes with it what
 * makes no sense without the element:
 * <ul>
 * <li>an actor: the relationships it is an end of (a relationship needs both ends); claims it spoke or is
 * about stay, without it;</li>
 * <li>a source: the evidence spans that point into it (an actor's mentions, a claim's or relationship's
 * evidence); the claims and relationships stay.</li>
 * </ul>
 * The dossier must be in a resource of {@code domain}'s resource set, as
 * {@link org.sourcebench.model.edit.DossierEditingDomains} arranges, or references from elsewhere are not
 * found.
 */
public class DeleteElementCommand extends DeleteCommand {

	/** Deletes {@code elements} and their dependents. */
	public DeleteElementCommand(EditingDomain domain, Collection<? extends EObject> elements) {
		super(domain, withDependents(elements));
		setLabel(Messages.DeleteElementCommand_label);
		setDescription(Messages.DeleteElementCommand_label);
	}

	/** @return {@code elements} followed by what has to go with them */
	static Set<EObject> withDependents(Collection<? extends EObject> elements) {
		Set<EObject> all = new LinkedHashSet<>(elements);
		for (EObject element : elements) {
			Dossier dossier = Dossiers.dossierOf(element);
			if (dossier == null) {
				continue;
			}
			if (element instanceof Actor actor) {
				for (Relationship relationship : dossier.getRelationships()) {
					if (relationship.getFrom() == actor || relationship.getTo() == actor) {
						all.add(relationship);
					}
				}
			} else if (element instanceof Source source) {
				for (Iterator<EObject> it = dossier.eAllContents(); it.hasNext();) {
					if (it.next() instanceof Span span && span.getSource() == source && !contains(all, span)) {
						all.add(span);
					}
				}
			}
		}
		return all;
	}

	/** @return true if {@code object} or one of its containers is already in {@code objects} */
	private static boolean contains(Set<EObject> objects, EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (objects.contains(current)) {
				return true;
			}
		}
		return false;
	}
}
