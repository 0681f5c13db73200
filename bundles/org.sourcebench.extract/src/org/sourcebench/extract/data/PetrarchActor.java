package org.sourcebench.extract.data;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of a PETRARCH actor dictionary: its primary phrase (the display name), the code it has when no
 * date restriction applies (may be null) and its date-restricted codes ("BARACK_OBAMA [USAGOV >090120]").
 */
public record PetrarchActor(String primary, String defaultCode, List<Role> roles) {

	/** A code that holds from {@code from} to {@code to}, both inclusive; null bounds are open. */
	public record Role(String code, LocalDate from, LocalDate to) {

		boolean holdsOn(LocalDate date) {
			return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
		}
	}

	public PetrarchActor {
		roles = List.copyOf(roles);
	}

	/**
	 * The code on {@code date}: the first role whose dates include it, else the default code; with no date the
	 * latest-starting open role, else the default. Null when the record has no code then.
	 */
	public String codeOn(LocalDate date) {
		if (date != null) {
			for (Role r : roles) {
				if (r.holdsOn(date)) {
					return r.code();
				}
			}
			return defaultCode;
		}
		if (defaultCode != null) {
			return defaultCode;
		}
		Role latest = null;
		for (Role r : roles) {
			if (r.to() == null && (latest == null || latest.from() != null && r.from() != null
					&& r.from().isAfter(latest.from()))) {
				latest = r;
			}
		}
		return latest == null ? null : latest.code();
	}

	/** The primary phrase as a name: "BARACK_OBAMA" → "Barack Obama". */
	public String displayName() {
		StringBuilder b = new StringBuilder();
		for (String w : PetrarchSource.words(primary)) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(capitalise(w));
		}
		return b.toString();
	}

	private static String capitalise(String w) {
		StringBuilder b = new StringBuilder(w.length());
		boolean start = true;
		for (char c : w.toCharArray()) {
			b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = c == '-' || c == '\'' || c == '.';
		}
		return b.toString();
	}
}
