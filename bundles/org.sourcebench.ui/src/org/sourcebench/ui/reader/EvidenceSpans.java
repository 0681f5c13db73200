package org.sourcebench.ui.reader;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/** The evidence of any dossier element: an actor's or location's mentions, a claim's or relationship's evidence. */
public final class EvidenceSpans {

	private EvidenceSpans() {
	}

	/** @return the spans that show {@code element} in the sources; empty for elements without evidence */
	public static List<Span> of(EObject element) {
		if (element instanceof Actor actor) {
			return actor.getMentions();
		}
		if (element instanceof Location location) {
			return location.getMentions();
		}
		if (element instanceof Claim claim) {
			return claim.getEvidence() == null ? List.of() : List.of(claim.getEvidence());
		}
		if (element instanceof Relationship relationship) {
			return relationship.getEvidence();
		}
		if (element instanceof Span span) {
			return List.of(span);
		}
		return List.of();
	}

	/**
	 * @return the source to show {@code element} in: {@code preferred} if the element has evidence there,
	 *         else the source of its first evidence span, else null ({@code element} itself for a source)
	 */
	public static Source sourceFor(EObject element, Source preferred) {
		if (element instanceof Source source) {
			return source;
		}
		List<Span> spans = of(element);
		if (preferred != null && spans.stream().anyMatch(s -> s.getSource() == preferred)) {
			return preferred;
		}
		return spans.stream().map(Span::getSource).filter(s -> s != null).findFirst().orElse(null);
	}
}
