package org.sourcebench.ui.properties;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.sourcebench.ui.editor.DossierContext;

/**
 * The Properties page of the dossier editor and the dossier views. The platform's page shows values as they
 * were when the selection was made; this one refreshes after every burst of model changes of the dossier it
 * shows (a command, its undo or redo), so Confirm, Set Credibility and their undo show at once.
 */
public class LivePropertySheetPage extends PropertySheetPage {

	/** Refreshes the rows if the page is still shown. */
	public void modelChanged() {
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			refresh();
		}
	}

	/** @return a page that follows {@code context}'s model changes until it is disposed */
	public static LivePropertySheetPage following(DossierContext context) {
		LivePropertySheetPage page = new LivePropertySheetPage() {
			private final Runnable listener = this::modelChanged;

			{
				context.addModelListener(listener);
			}

			@Override
			public void dispose() {
				context.removeModelListener(listener);
				super.dispose();
			}
		};
		return page;
	}
}
