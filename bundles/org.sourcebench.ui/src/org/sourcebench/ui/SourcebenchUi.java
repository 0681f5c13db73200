package org.sourcebench.ui;

/**
 * Identifiers of the workbench parts this bundle contributes, for the application, other bundles and tests.
 */
public final class SourcebenchUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.sourcebench.ui";

    /** The Analysis perspective: the analyst's default layout. */
    public static final String ANALYSIS_PERSPECTIVE_ID = "org.sourcebench.ui.perspectives.analysis";

    /** The empty-state view that tells a new analyst how to start. */
    public static final String GETTING_STARTED_VIEW_ID = "org.sourcebench.ui.views.welcome";

    /** Folder of the Analysis perspective where editors' companion views (navigator) go. */
    public static final String LEFT_FOLDER_ID = "org.sourcebench.ui.folders.left";

    /** Folder of the Analysis perspective for tables (actors, claims, relationships). */
    public static final String BOTTOM_FOLDER_ID = "org.sourcebench.ui.folders.bottom";

    /** Folder of the Analysis perspective for properties and outline. */
    public static final String RIGHT_FOLDER_ID = "org.sourcebench.ui.folders.right";

    private SourcebenchUi() {
    }
}
