package org.sourcebench.analysis.dating;

/** Where the date of an event or claim comes from, so that the analyst can tell a stated date from a guess. */
public enum DateBasis {
	/** The text gives the date (a relationship's date, a claim's stated date). */
	STATED,
	/** No date in the text: the earliest publication date of the sources that report it. */
	PUBLISHED,
	/** Neither: the element is listed apart from the time axis. */
	UNDATED
}
