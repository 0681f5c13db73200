package org.sourcebench.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * All evidence spans that point into one source, with their owners, sorted by position. Spans whose offsets
 * do not fit the body (a damaged dossier; the validation view reports them) are left out rather than
 * breaking the reader.
 */
public final class SpanIndex {

	private final List<HighlightedSpan> spans;

	private SpanIndex(List<HighlightedSpan> spans) {
		this.spans = spans;
	}

	/** @return the spans of {@code dossier} that point into {@code source} */
	public static SpanIndex of(Dossier dossier, Source source) {
		List<HighlightedSpan> spans = new ArrayList<>();
		if (dossier != null && source != null) {
			int length = source.getBody() == null ? 0 : source.getBody().length();
			for (Actor actor : dossier.getActors()) {
				addAll(spans, actor.getMentions(), actor, SpanCategory.ACTOR, source, length);
			}
			for (Location location : dossier.getLocations()) {
				addAll(spans, location.getMentions(), location, SpanCategory.LOCATION, source, length);
			}
			for (Claim claim : dossier.getClaims()) {
				if (claim.getEvidence() != null) {
					addAll(spans, List.of(claim.getEvidence()), claim, SpanCategory.CLAIM, source, length);
				}
			}
			for (Relationship relationship : dossier.getRelationships()) {
				addAll(spans, relationship.getEvidence(), relationship, SpanCategory.RELATIONSHIP, source, length);
			}
		}
		spans.sort(Comparator.comparingInt((HighlightedSpan s) -> s.span().getBegin()).thenComparingInt(s -> -s.length()));
		return new SpanIndex(List.copyOf(spans));
	}

	private static void addAll(List<HighlightedSpan> into, List<Span> spans, EObject owner, SpanCategory category, Source source,
			int length) {
		for (Span span : spans) {
			if (span.getSource() == source && 0 <= span.getBegin() && span.getBegin() < span.getEnd() && span.getEnd() <= length) {
				into.add(new HighlightedSpan(span, owner, category));
			}
		}
	}

	/** @return every span, by position */
	public List<HighlightedSpan> all() {
		return spans;
	}

	/** @return the spans covering {@code offset}, innermost (shortest) first */
	public List<HighlightedSpan> at(int offset) {
		return spans.stream().filter(s -> s.covers(offset)).sorted(Comparator.comparingInt(HighlightedSpan::length)).toList();
	}

	/** @return the spans that belong to {@code element} (or are {@code element}), by position */
	public List<HighlightedSpan> of(EObject element) {
		return spans.stream().filter(s -> s.owner() == element || s.span() == element).toList();
	}
}
