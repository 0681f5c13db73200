package org.sourcebench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sourcebench.ui.SourcebenchUi;

/**
 * The Analysis perspective. The editor area (dossier, source reader, diagrams) takes the centre; the
 * left folder holds the navigator, the bottom folder the review tables, the right folder properties.
 * Ratios are chosen so that the editor keeps at least ~700 px width on a 1366x768 screen.
 * Views contributed later join these folders through perspectiveExtensions by folder id.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(SourcebenchUi.LEFT_FOLDER_ID, IPageLayout.LEFT, 0.28f, editorArea);
        left.addView(SourcebenchUi.GETTING_STARTED_VIEW_ID);

        layout.createPlaceholderFolder(SourcebenchUi.BOTTOM_FOLDER_ID, IPageLayout.BOTTOM, 0.62f, editorArea);
        layout.createPlaceholderFolder(SourcebenchUi.RIGHT_FOLDER_ID, IPageLayout.RIGHT, 0.75f, editorArea);

        layout.addShowViewShortcut(SourcebenchUi.GETTING_STARTED_VIEW_ID);
        layout.addPerspectiveShortcut(SourcebenchUi.ANALYSIS_PERSPECTIVE_ID);
    }
}
