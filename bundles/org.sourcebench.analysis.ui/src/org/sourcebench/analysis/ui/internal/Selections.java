package org.sourcebench.analysis.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Reads the dossier elements out of a workbench selection (diagram edit parts adapt to their element). */
public final class Selections {

	private Selections() {
	}

	/** @return the elements of {@code selection} that are (or adapt to) EObjects, in order */
	public static List<EObject> elements(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return List.of();
		}
		return ((List<?>) structured.toList()).stream().map(o -> Adapters.adapt(o, EObject.class)).filter(o -> o != null)
				.map(EObject.class::cast).toList();
	}
}
