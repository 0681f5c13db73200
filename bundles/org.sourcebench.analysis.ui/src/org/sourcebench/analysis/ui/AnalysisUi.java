package org.sourcebench.analysis.ui;

/** Ids of the link analysis views and commands (plugin.xml). */
public final class AnalysisUi {

	/** The Timeline view. */
	public static final String TIMELINE_VIEW_ID = "org.sourcebench.analysis.ui.views.timeline";
	/** The Map view. */
	public static final String MAP_VIEW_ID = "org.sourcebench.analysis.ui.views.map";
	/** The Corroboration view. */
	public static final String CORROBORATION_VIEW_ID = "org.sourcebench.analysis.ui.views.corroboration";
	/** Find Path… */
	public static final String FIND_PATH_COMMAND_ID = "org.sourcebench.analysis.ui.commands.findPath";
	/** Merge Corroborating Relationships (the Corroboration view's toolbar). */
	public static final String MERGE_CORROBORATING_COMMAND_ID = "org.sourcebench.analysis.ui.commands.mergeCorroborating";

	private AnalysisUi() {
	}
}
