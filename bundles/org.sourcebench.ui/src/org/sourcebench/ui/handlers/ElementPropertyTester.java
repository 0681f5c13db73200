package org.sourcebench.ui.handlers;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.emf.ecore.EObject;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.SourcebenchPackage;

/**
 * What plugin.xml's {@code enabledWhen}/{@code visibleWhen} expressions ask of a selected dossier element
 * (namespace {@code org.sourcebench.ui}):
 * <ul>
 * <li>{@code diagram}: the element is one of its dossier's diagrams (the notation model lives in another
 * bundle, so the type alone cannot say it);</li>
 * <li>{@code contained}: the element is still in a dossier (not deleted meanwhile).</li>
 * </ul>
 * What changes with the model rather than with the selection (a relationship's status, say) is left to the handlers,
 * which check that their command can execute: the workbench re-evaluates these expressions on selection changes.
 */
public class ElementPropertyTester extends PropertyTester {

	/** The namespace of the properties. */
	public static final String NAMESPACE = "org.sourcebench.ui";
	/** Property: the element is a diagram of its dossier. */
	public static final String DIAGRAM = "diagram";
	/** Property: the element is contained in a dossier. */
	public static final String CONTAINED = "contained";

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof EObject element)) {
			return false;
		}
		return switch (property) {
			case DIAGRAM -> element.eContainer() instanceof Dossier
					&& element.eContainmentFeature() == SourcebenchPackage.Literals.DOSSIER__DIAGRAMS;
			case CONTAINED -> element.eContainer() != null;
			default -> false;
		};
	}
}
