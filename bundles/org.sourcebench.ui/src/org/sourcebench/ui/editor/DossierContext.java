package org.sourcebench.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Dossier;

/**
 * What the views need from the part that edits a dossier (the dossier editor, later also a diagram): the
 * dossier, the editing domain all changes go through, change notification and a way to show an element.
 * Views obtain it with {@code editor.getAdapter(DossierContext.class)}.
 */
public interface DossierContext {

	/** @return the dossier being edited */
	Dossier getDossier();

	/** @return the domain whose command stack every change to the dossier goes through */
	EditingDomain getEditingDomain();

	/**
	 * Shows {@code element} where the analyst can read it: the source reader at its evidence or mentions.
	 *
	 * @param element a source, actor, location, claim, relationship or span of this dossier
	 */
	void reveal(EObject element);

	/** Registers {@code listener}, run on the display thread once after each burst of model changes. */
	void addModelListener(Runnable listener);

	/** Unregisters a listener added with {@link #addModelListener(Runnable)}. */
	void removeModelListener(Runnable listener);
}
