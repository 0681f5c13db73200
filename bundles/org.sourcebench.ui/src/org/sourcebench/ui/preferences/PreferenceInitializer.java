package org.sourcebench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.ui.reader.SpanCategory;

/** Default highlight colours and default reliability (F, "cannot be judged": a new source has no track record). */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = HighlightPreferences.store();
		for (SpanCategory category : SpanCategory.values()) {
			PreferenceConverter.setDefault(store, HighlightPreferences.colorKey(category), category.defaultColor());
		}
		store.setDefault(HighlightPreferences.DEFAULT_RELIABILITY, AdmiraltyReliability.F.getName());
	}
}
