package org.sourcebench.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the report bundle (sheet names, column headers, labels, messages), externalised in
 * {@code messages.properties} for translation. A {@link ResourceBundle} rather than Eclipse NLS, so the bundle
 * also runs in a plain JVM.
 *
 * <p>The round-trip reader finds sheets and columns by these texts, so a workbook is read back in the language
 * it was written in.
 */
public final class ReportMessages {

	private static final String BUNDLE = "org.sourcebench.report.messages";

	private ReportMessages() {
	}

	/** @return the text for {@code key}; throws {@link java.util.MissingResourceException} for an unknown key */
	public static String text(String key) {
		return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), ReportMessages.class.getClassLoader()).getString(key);
	}

	/** @return the text for {@code key} with {@code {0}}, {@code {1}}, ... filled in */
	public static String format(String key, Object... arguments) {
		return MessageFormat.format(text(key), arguments);
	}
}
