package org.sourcebench.ui.reader;

import org.eclipse.swt.graphics.RGB;
import org.sourcebench.ui.internal.Messages;

/** What a highlighted span in the reader is evidence of; each category has its own colour and toggle. */
public enum SpanCategory {
	/** An actor's mention. */
	ACTOR(new RGB(255, 214, 102)),
	/** A location's mention. */
	LOCATION(new RGB(140, 210, 160)),
	/** A claim's evidence (the statement). */
	CLAIM(new RGB(173, 205, 255)),
	/** A relationship's evidence (the sentence with the event). */
	RELATIONSHIP(new RGB(244, 170, 200));

	private final RGB defaultColor;

	SpanCategory(RGB defaultColor) {
		this.defaultColor = defaultColor;
	}

	/** @return the colour used until the analyst picks another (light, so black text stays readable) */
	public RGB defaultColor() {
		return defaultColor;
	}

	/** @return the name shown in the legend and the preferences */
	public String label() {
		return switch (this) {
			case ACTOR -> Messages.SpanCategory_actor;
			case LOCATION -> Messages.SpanCategory_location;
			case CLAIM -> Messages.SpanCategory_claim;
			case RELATIONSHIP -> Messages.SpanCategory_relationship;
		};
	}
}
