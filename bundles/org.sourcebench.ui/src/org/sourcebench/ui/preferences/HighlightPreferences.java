package org.sourcebench.ui.preferences;

import java.time.Duration;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.sourcebench.extract.dossier.TimeLimitedExtraction;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;
import org.sourcebench.ui.reader.SpanCategory;

/**
 * Preference keys and typed access to the workbench's preferences: one highlight colour per span category,
 * the reliability given to newly imported sources and the analysis time limit per article.
 */
public final class HighlightPreferences {

	/** Key of the reliability (A..F) new sources get. */
	public static final String DEFAULT_RELIABILITY = "defaultReliability";

	/** Key of the analysis time limit per article, in seconds (the import job stops an article's analysis after it). */
	public static final String ANALYSIS_TIME_LIMIT = "analysisTimeLimit";

	private HighlightPreferences() {
	}

	/** @return the preference key of {@code category}'s highlight colour */
	public static String colorKey(SpanCategory category) {
		return "highlight." + category.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** @return the preference store of the workbench bundle */
	public static IPreferenceStore store() {
		return SourcebenchUiPlugin.getDefault().getPreferenceStore();
	}

	/** @return the colour the reader uses for {@code category} */
	public static RGB color(SpanCategory category) {
		if (!store().contains(colorKey(category))) {
			return category.defaultColor();
		}
		return PreferenceConverter.getColor(store(), colorKey(category));
	}

	/** @return the analysis time limit per article ({@link TimeLimitedExtraction#DEFAULT} when unset or out of range) */
	public static Duration analysisTimeLimit() {
		int seconds = store().getInt(ANALYSIS_TIME_LIMIT);
		if (seconds < 1 || seconds > TimeLimitedExtraction.MAX.toSeconds()) {
			return TimeLimitedExtraction.DEFAULT;
		}
		return Duration.ofSeconds(seconds);
	}

	/** @return the reliability a newly imported source gets */
	public static AdmiraltyReliability defaultReliability() {
		AdmiraltyReliability reliability = AdmiraltyReliability.get(store().getString(DEFAULT_RELIABILITY));
		return reliability == null ? AdmiraltyReliability.F : reliability;
	}
}
