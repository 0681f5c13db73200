package org.sourcebench.model;

import org.sourcebench.core.nls.HeadlessMessages;

/**
 * What the Admiralty ratings mean, in words an analyst reads in a table or a report. Texts live in
 * {@code ratings.properties} (translatable); the model itself stores only the letter or number.
 *
 * <p>The two scales are independent on purpose: a usually reliable source (B) can pass on an improbable
 * report (5), which is rated "B5", not averaged.
 */
public final class Ratings {

	private static final HeadlessMessages.Keyed TEXTS = HeadlessMessages.keyed("org.sourcebench.model.ratings", Ratings.class);

	private Ratings() {
	}

	/** @return e.g. "Completely reliable" for {@link AdmiraltyReliability#A} */
	public static String meaning(AdmiraltyReliability reliability) {
		return text("reliability." + reliability.getName());
	}

	/** @return e.g. "Probably true" for {@link ClaimCredibility#PROBABLY_TRUE} */
	public static String meaning(ClaimCredibility credibility) {
		return text("credibility." + credibility.getName());
	}

	/** @return e.g. "A - Completely reliable" */
	public static String label(AdmiraltyReliability reliability) {
		return reliability.getName() + " - " + meaning(reliability);
	}

	/** @return e.g. "2 - Probably true" */
	public static String label(ClaimCredibility credibility) {
		return credibility.getValue() + " - " + meaning(credibility);
	}

	/** @return the combined Admiralty code of a claim from a source, e.g. "B2" */
	public static String code(AdmiraltyReliability reliability, ClaimCredibility credibility) {
		return reliability.getName() + credibility.getValue();
	}

	private static String text(String key) {
		return TEXTS.text(key);
	}
}
