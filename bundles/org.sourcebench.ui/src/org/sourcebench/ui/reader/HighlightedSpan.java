package org.sourcebench.ui.reader;

import org.eclipse.emf.ecore.EObject;
import org.sourcebench.model.Span;

/**
 * One evidence span of the shown source and the element it belongs to.
 *
 * @param span     the span
 * @param owner    the actor, location, claim or relationship the span is evidence of
 * @param category how it is coloured
 */
public record HighlightedSpan(Span span, EObject owner, SpanCategory category) {

	/** @return the span's length in characters */
	public int length() {
		return span.getEnd() - span.getBegin();
	}

	/** @return whether the span covers character {@code offset} */
	public boolean covers(int offset) {
		return span.getBegin() <= offset && offset < span.getEnd();
	}
}
