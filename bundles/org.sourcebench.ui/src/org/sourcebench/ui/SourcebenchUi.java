package org.sourcebench.ui;

/**
 * Identifiers of the workbench parts and commands this bundle contributes, for the application, other bundles
 * (the diagram editor, the report wizards) and tests. The ids are also the ones in plugin.xml.
 */
public final class SourcebenchUi {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.sourcebench.ui";

	/** The Analysis perspective: the analyst's default layout. */
	public static final String ANALYSIS_PERSPECTIVE_ID = "org.sourcebench.ui.perspectives.analysis";

	/** The dossier editor: one .sbx file, its undo history, and the source reader as its page. */
	public static final String DOSSIER_EDITOR_ID = "org.sourcebench.ui.editors.dossier";

	/** The empty-state view that tells a new analyst how to start. */
	public static final String GETTING_STARTED_VIEW_ID = "org.sourcebench.ui.views.welcome";

	/** The dossier navigator: sources by outlet and date, actors and locations by kind. */
	public static final String NAVIGATOR_VIEW_ID = "org.sourcebench.ui.views.navigator";

	/** The Actors table. */
	public static final String ACTORS_VIEW_ID = "org.sourcebench.ui.views.actors";

	/** The Locations table. */
	public static final String LOCATIONS_VIEW_ID = "org.sourcebench.ui.views.locations";

	/** The Claims table. */
	public static final String CLAIMS_VIEW_ID = "org.sourcebench.ui.views.claims";

	/** The Relationships table. */
	public static final String RELATIONSHIPS_VIEW_ID = "org.sourcebench.ui.views.relationships";

	/** The Validation view listing the dossier's problems. */
	public static final String VALIDATION_VIEW_ID = "org.sourcebench.ui.views.validation";

	/** The platform's Properties view, where any selected element's properties are edited. */
	public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

	/** Folder of the Analysis perspective holding the navigator and Getting Started. */
	public static final String LEFT_FOLDER_ID = "org.sourcebench.ui.folders.left";

	/** Folder of the Analysis perspective for tables (actors, claims, relationships, validation). */
	public static final String BOTTOM_FOLDER_ID = "org.sourcebench.ui.folders.bottom";

	/** Folder of the Analysis perspective for properties. */
	public static final String RIGHT_FOLDER_ID = "org.sourcebench.ui.folders.right";

	/** File > New Dossier. */
	public static final String NEW_DOSSIER_COMMAND_ID = "org.sourcebench.ui.commands.newDossier";

	/** File > Open Dossier (parameter {@code org.sourcebench.ui.commands.openDossier.file} opens that file). */
	public static final String OPEN_DOSSIER_COMMAND_ID = "org.sourcebench.ui.commands.openDossier";

	/** File > Import Articles: the import wizard. */
	public static final String IMPORT_ARTICLES_COMMAND_ID = "org.sourcebench.ui.commands.importArticles";

	/** Creates and opens the sample dossier from the articles shipped in this bundle. */
	public static final String OPEN_SAMPLE_COMMAND_ID = "org.sourcebench.ui.commands.openSample";

	/** Merge the selected actors. */
	public static final String MERGE_ACTORS_COMMAND_ID = "org.sourcebench.ui.commands.mergeActors";

	/** Confirm the selected relationships. */
	public static final String CONFIRM_RELATIONSHIP_COMMAND_ID = "org.sourcebench.ui.commands.confirmRelationship";

	/** Reject the selected relationships. */
	public static final String REJECT_RELATIONSHIP_COMMAND_ID = "org.sourcebench.ui.commands.rejectRelationship";

	/** The id of the article import wizard (File > Import > Sourcebench > Articles). */
	public static final String IMPORT_WIZARD_ID = "org.sourcebench.ui.wizards.importArticles";

	/** The workbench's key binding context while a Sourcebench part is active. */
	public static final String CONTEXT_ID = "org.sourcebench.ui.context";

	/** The key binding context of the source reader (active with a dossier editor): hand annotation, find. */
	public static final String READER_CONTEXT_ID = "org.sourcebench.ui.contexts.reader";

	/** Reader: mark the selected text as an actor's mention. */
	public static final String MARK_ACTOR_COMMAND_ID = "org.sourcebench.ui.commands.markActor";

	/** Reader: mark the selected text as a location's mention. */
	public static final String MARK_LOCATION_COMMAND_ID = "org.sourcebench.ui.commands.markLocation";

	/** Reader: mark the selected text as a claim. */
	public static final String MARK_CLAIM_COMMAND_ID = "org.sourcebench.ui.commands.markClaim";

	/** Reader: add a relationship with the selected text as evidence. */
	public static final String ADD_RELATIONSHIP_COMMAND_ID = "org.sourcebench.ui.commands.addRelationship";

	/** Reader: remove the actor or location mentions the selection touches. */
	public static final String REMOVE_MENTION_COMMAND_ID = "org.sourcebench.ui.commands.removeMention";

	/** Opens the diagram selected in the navigator (handled by the diagram bundle). */
	public static final String OPEN_DIAGRAM_COMMAND_ID = "org.sourcebench.diagram.open";

	/** Search the dossier's texts, actor names and aliases, and claims. */
	public static final String SEARCH_DOSSIER_COMMAND_ID = "org.sourcebench.ui.commands.searchDossier";

	/** The Search view listing the hits of a dossier-wide search. */
	public static final String SEARCH_VIEW_ID = "org.sourcebench.ui.views.search";

	private SourcebenchUi() {
	}
}
