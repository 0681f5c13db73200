package org.sourcebench.diagram.editor;

import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.sourcebench.diagram.notation.Diagram;

/**
 * Opens one diagram of a dossier, with the dossier's editing domain (whose command stack the diagram editor
 * shares). Not persisted: a diagram is reopened from its dossier.
 */
public class DiagramEditorInput implements IEditorInput {

	private final Diagram diagram;
	private final EditingDomain domain;

	/** @param domain the editing domain of the dossier that contains {@code diagram} */
	public DiagramEditorInput(Diagram diagram, EditingDomain domain) {
		this.diagram = Objects.requireNonNull(diagram);
		this.domain = Objects.requireNonNull(domain);
	}

	/** @return the diagram */
	public Diagram getDiagram() {
		return diagram;
	}

	/** @return the dossier's editing domain */
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public boolean exists() {
		return diagram.eContainer() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return diagram.getName() == null ? "" : diagram.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isInstance(diagram)) {
			return adapter.cast(diagram);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiagramEditorInput input && input.diagram == diagram;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(diagram);
	}
}
