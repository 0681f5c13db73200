package org.sourcebench.analysis.ui.timeline;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.GC;
import org.sourcebench.analysis.timeline.TimelineItem;
import org.sourcebench.analysis.ui.internal.Messages;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Relationship;
import org.sourcebench.ui.labels.ElementLabels;

/** Texts of timeline items: tooltips, table cells. */
final class TimelineLabels {

	private TimelineLabels() {
	}

	/** @return e.g. "Russia — Make a visit → Turkey" or the claim's speaker and text */
	static String title(TimelineItem item) {
		if (item.element() instanceof Relationship r) {
			return ElementLabels.name(r.getFrom()) + " \u2014 " + ElementLabels.eventName(r) + " \u2192 " + ElementLabels.name(r.getTo());
		}
		if (item.element() instanceof Claim c) {
			return ElementLabels.name(c.getSpeaker()) + ": \u201C" + ElementLabels.shorten(c.getText()) + "\u201D";
		}
		return ElementLabels.text(item.element());
	}

	/** @return the date and where it comes from */
	static String date(TimelineItem item) {
		return Messages.date(item.date());
	}

	static String tooltip(TimelineItem item) {
		return title(item) + "\n" + date(item) + "\n" + NLS.bind(Messages.Timeline_tooltipSources, item.corroboration());
	}

	/** @return {@code text}, cut with an ellipsis to fit {@code width} pixels */
	static String fit(GC gc, String text, int width) {
		if (text == null) {
			return "";
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}
}
