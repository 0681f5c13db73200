package org.sourcebench.ui.views.tables;

import java.util.List;
import java.util.Objects;

import org.sourcebench.model.Span;

/** Counting helpers for the tables' "sources" columns. */
final class Evidence {

	private Evidence() {
	}

	/** @return in how many different sources the spans lie */
	static int distinctSources(List<Span> spans) {
		return (int) spans.stream().map(Span::getSource).filter(Objects::nonNull).distinct().count();
	}
}
