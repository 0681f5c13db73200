package org.sourcebench.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.sourcebench.extract.dossier.TimeLimitedExtraction;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Ratings;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.reader.SpanCategory;

/**
 * Window > Preferences > Sourcebench: the reader's highlight colours, the default source reliability and the analysis
 * time limit per article.
 */
public class SourcebenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SourcebenchPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(HighlightPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		for (SpanCategory category : SpanCategory.values()) {
			addField(new ColorFieldEditor(HighlightPreferences.colorKey(category),
					org.eclipse.osgi.util.NLS.bind(Messages.Preferences_highlight, category.label()), getFieldEditorParent()));
		}
		AdmiraltyReliability[] values = AdmiraltyReliability.VALUES.toArray(new AdmiraltyReliability[0]);
		String[][] entries = new String[values.length][];
		for (int i = 0; i < values.length; i++) {
			entries[i] = new String[] { Ratings.label(values[i]), values[i].getName() };
		}
		addField(new ComboFieldEditor(HighlightPreferences.DEFAULT_RELIABILITY, Messages.Preferences_defaultReliability, entries,
				getFieldEditorParent()));
		IntegerFieldEditor timeLimit = new IntegerFieldEditor(HighlightPreferences.ANALYSIS_TIME_LIMIT,
				Messages.Preferences_analysisTimeLimit, getFieldEditorParent());
		timeLimit.setValidRange(1, (int) TimeLimitedExtraction.MAX.toSeconds());
		addField(timeLimit);
	}
}
