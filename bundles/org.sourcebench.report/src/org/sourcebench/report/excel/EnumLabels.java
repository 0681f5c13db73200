package org.sourcebench.report.excel;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** Turns model enum literals into words for cells: {@code ARMED_GROUP} → "Armed group". */
final class EnumLabels {

	private EnumLabels() {
	}

	/** @return the literal in words, or null for null */
	static String of(Enumerator literal) {
		if (literal == null) {
			return null;
		}
		String words = literal.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
