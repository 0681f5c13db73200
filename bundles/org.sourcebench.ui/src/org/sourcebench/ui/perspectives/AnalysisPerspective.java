package org.sourcebench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.sourcebench.ui.SourcebenchUi;

/**
 * The Analysis perspective, laid out for a 1366x768 screen: the dossier editor (the source reader) keeps the
 * full width above, about 55% of the height, because reading is most of the work; the navigator sits at the
 * left (under Getting Started until a dossier is open); the review tables share the bottom, with Properties
 * at the bottom right so that a row chosen in a table is graded right beside it.
 * Views contributed later join these folders through perspectiveExtensions by folder id.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	/**
	 * Sourcebench's menus, toolbar buttons and key bindings are shown only while this action set is: only this
	 * perspective adds it, so inside an Eclipse IDE they stay out of the other perspectives.
	 */
	public static final String ACTION_SET_ID = "org.sourcebench.ui.actionSet";

	/** The IDE's Project Explorer (org.eclipse.ui.navigator.resources), present only inside an IDE. */
	static final String PROJECT_EXPLORER_ID = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(SourcebenchUi.LEFT_FOLDER_ID, IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(SourcebenchUi.GETTING_STARTED_VIEW_ID);
		left.addView(SourcebenchUi.NAVIGATOR_VIEW_ID);
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getViewRegistry().find(PROJECT_EXPLORER_ID) != null) {
			// Inside an IDE the Properties view's resource pages look the Project Explorer up in the active page
			// and log an error when it is missing: it gets a tab behind the navigator.
			left.addView(PROJECT_EXPLORER_ID);
		}

		IFolderLayout bottom = layout.createFolder(SourcebenchUi.BOTTOM_FOLDER_ID, IPageLayout.BOTTOM, 0.55f, editorArea);
		bottom.addView(SourcebenchUi.ACTORS_VIEW_ID);
		bottom.addView(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		bottom.addView(SourcebenchUi.CLAIMS_VIEW_ID);
		bottom.addView(SourcebenchUi.LOCATIONS_VIEW_ID);
		// Problems read as sentences: they need the width of the bottom folder, not the narrow right one.
		bottom.addView(SourcebenchUi.VALIDATION_VIEW_ID);
		bottom.addPlaceholder(SourcebenchUi.SEARCH_VIEW_ID);

		IFolderLayout right = layout.createFolder(SourcebenchUi.RIGHT_FOLDER_ID, IPageLayout.RIGHT, 0.70f, SourcebenchUi.BOTTOM_FOLDER_ID);
		right.addView(SourcebenchUi.PROPERTIES_VIEW_ID);

		layout.addActionSet(ACTION_SET_ID);
		layout.addShowViewShortcut(SourcebenchUi.GETTING_STARTED_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.NAVIGATOR_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.ACTORS_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.LOCATIONS_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.CLAIMS_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.VALIDATION_VIEW_ID);
		layout.addShowViewShortcut(SourcebenchUi.PROPERTIES_VIEW_ID);
		layout.addPerspectiveShortcut(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID);
		layout.addNewWizardShortcut(SourcebenchUi.IMPORT_WIZARD_ID);
	}
}
