package org.sourcebench.report;

import org.sourcebench.core.nls.HeadlessMessages;

/**
 * Texts of the report bundle (sheet names, column headers, labels, messages), externalised in
 * {@code messages.properties} for translation, read by key through {@link HeadlessMessages} (the keys name
 * sheets and columns), so the bundle also runs in a plain JVM.
 *
 * <p>The round-trip reader finds sheets and columns by these texts, so a workbook is read back in the language
 * it was written in.
 */
public final class ReportMessages {

	private static final HeadlessMessages.Keyed TEXTS = HeadlessMessages.keyed("org.sourcebench.report.messages",
			ReportMessages.class);

	private ReportMessages() {
	}

	/** @return the text for {@code key}; throws {@link java.util.MissingResourceException} for an unknown key */
	public static String text(String key) {
		return TEXTS.text(key);
	}

	/** @return the text for {@code key} with {@code {0}}, {@code {1}}, ... filled in */
	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
