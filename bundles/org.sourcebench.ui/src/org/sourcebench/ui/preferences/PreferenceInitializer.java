package org.sourcebench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.sourcebench.extract.dossier.TimeLimitedExtraction;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.ui.reader.SpanCategory;

/**
 * Default highlight colours, default reliability (F, "cannot be judged": a new source has no track record) and the
 * analysis time limit per article (the command line's default, 60 s).
 */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = HighlightPreferences.store();
		for (SpanCategory category : SpanCategory.values()) {
			PreferenceConverter.setDefault(store, HighlightPreferences.colorKey(category), category.defaultColor());
		}
		store.setDefault(HighlightPreferences.DEFAULT_RELIABILITY, AdmiraltyReliability.F.getName());
		store.setDefault(HighlightPreferences.ANALYSIS_TIME_LIMIT, (int) TimeLimitedExtraction.DEFAULT.toSeconds());
	}
}
