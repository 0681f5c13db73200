package org.sourcebench.diagram.editor;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.sourcebench.model.cameo.CameoEvent;
import org.sourcebench.model.cameo.CameoTable;

/** Picks a CAMEO event from the full table, filtered as the analyst types a code or words of a label. */
public final class CameoEventDialog {

	/** Viewer property holding a {@code Supplier<CameoEvent>} that asks for the event of a new relationship. */
	public static final String CHOOSER_PROPERTY = "org.sourcebench.diagram.cameoChooser";

	private CameoEventDialog() {
	}

	/** @return the chosen event, or null if cancelled */
	public static CameoEvent choose(Shell shell) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				CameoEvent event = (CameoEvent) element;
				return event.code() + "  " + CameoEvent.readable(event.label()) + "  (" + Messages.quad(event.quadClass()) + ")";
			}
		});
		dialog.setTitle(Messages.Cameo_Title);
		dialog.setMessage(Messages.Cameo_Message);
		dialog.setElements(CameoTable.getDefault().events().toArray());
		dialog.setMultipleSelection(false);
		dialog.setMatchEmptyString(true);
		dialog.setIgnoreCase(true);
		return dialog.open() == Window.OK ? (CameoEvent) dialog.getFirstResult() : null;
	}
}
