package org.sourcebench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible texts (messages.properties next to this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String Action_undo;
    public static String Action_redo;
    public static String Action_undoRedoLabel;
    public static String Action_delete;
    public static String Action_mergeActors;
    public static String Action_mergeActorsCommand;
    public static String Action_confirm;
    public static String Action_reject;
    public static String Action_unreview;
    public static String Action_validate;
    public static String Action_validateTooltip;
    public static String Action_openInReader;
    public static String Column_name;
    public static String Column_kind;
    public static String Column_country;
    public static String Column_mentions;
    public static String Column_sources;
    public static String Column_aliases;
    public static String Column_coordinates;
    public static String Column_speaker;
    public static String Column_text;
    public static String Column_direct;
    public static String Column_credibility;
    public static String Column_source;
    public static String Column_from;
    public static String Column_code;
    public static String Column_event;
    public static String Column_to;
    public static String Column_quadClass;
    public static String Column_corroboration;
    public static String Column_status;
    public static String Column_problem;
    public static String Column_element;
    public static String Dialog_openDossier;
    public static String Dialog_newDossier;
    public static String Dialog_saveDossierAs;
    public static String Dialog_dossierFiles;
    public static String Dialog_allFiles;
    public static String Dialog_defaultDossierFile;
    public static String Dialog_openFailedTitle;
    public static String Dialog_newFailedTitle;
    public static String Editor_notAFile;
    public static String Editor_cannotOpen;
    public static String Editor_saveFailedTitle;
    public static String Label_claim;
    public static String Label_relationship;
    public static String Label_unknownActor;
    public static String Label_untitled;
    public static String Menu_noRecentDossiers;
    public static String Navigator_sources;
    public static String Navigator_actors;
    public static String Navigator_locations;
    public static String Navigator_claims;
    public static String Navigator_relationships;
    public static String Navigator_unknownOutlet;
    public static String Navigator_undated;
    public static String Noun_actors;
    public static String Noun_claims;
    public static String Noun_locations;
    public static String Noun_relationships;
    public static String Preferences_description;
    public static String Preferences_highlight;
    public static String Preferences_defaultReliability;
    public static String Properties_setLabel;
    public static String Reader_source;
    public static String Reader_reliability;
    public static String Reader_reliabilityTooltip;
    public static String Reader_noSources;
    public static String Reader_spanCount;
    public static String Reader_toggleTooltip;
    public static String SpanCategory_actor;
    public static String SpanCategory_location;
    public static String SpanCategory_claim;
    public static String SpanCategory_relationship;
    public static String Table_filter;
    public static String Table_count;
    public static String Table_countFiltered;
    public static String Tooltip_corroboration;
    public static String Tooltip_credibility;
    public static String Tooltip_reliability;
    public static String Validation_ok;
    public static String Validation_count;
    public static String Value_direct;
    public static String Value_reported;
    public static String View_noDossier;
    public static String Import_windowTitle;
    public static String Import_pageTitle;
    public static String Import_pageDescription;
    public static String Import_addFiles;
    public static String Import_addFolder;
    public static String Import_remove;
    public static String Import_dossier;
    public static String Import_newDossierFile;
    public static String Import_browse;
    public static String Import_extract;
    public static String Import_noInputs;
    public static String Import_noDossier;
    public static String Import_jobName;
    public static String Import_reading;
    public static String Import_extracting;
    public static String Import_doneTitle;
    public static String Import_extractionFailed;
    public static String Import_analysisUnavailable;
    public static String Import_extracted;
    public static String Import_detailsTitle;
    public static String Sample_jobName;
    public static String Sample_dossierName;
    public static String Sample_failedTitle;
    public static String GettingStarted_openSample;
    public static String GettingStarted_openSampleTooltip;
    public static String GettingStarted_importArticles;
    public static String GettingStarted_newDossier;
    public static String GettingStarted_openDossier;
    public static String Column_degree;
    public static String Column_betweenness;
    public static String Column_eigenvector;
    public static String Tooltip_centrality;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
