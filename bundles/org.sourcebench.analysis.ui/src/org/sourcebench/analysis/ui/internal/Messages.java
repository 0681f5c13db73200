package org.sourcebench.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.sourcebench.analysis.dating.DateBasis;
import org.sourcebench.analysis.dating.EventDate;

/** The link analysis views' user-visible texts (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Column_from;
	public static String Column_to;
	public static String Column_event;
	public static String Column_date;
	public static String Column_status;
	public static String Column_sources;
	public static String Date_undated;
	public static String Date_stated;
	public static String Date_published;
	public static String ExportPng_action;
	public static String ExportPng_title;
	public static String Corroboration_columnIndependent;
	public static String Corroboration_columnReports;
	public static String Corroboration_columnGrades;
	public static String Corroboration_nothingToMerge;
	public static String Corroboration_description;
	public static String Timeline_columnUndated;
	public static String Timeline_tooltipSources;
	public static String Timeline_lanesPerActor;
	public static String Timeline_lanesPerQuadClass;
	public static String Timeline_zoomToFit;
	public static String Timeline_clearFilter;
	public static String Timeline_undated;
	public static String Timeline_description;
	public static String Timeline_descriptionFiltered;
	public static String Timeline_laneActors;
	public static String Timeline_laneQuadClass;
	public static String Map_markerTooltip;
	public static String Map_basemapCredit;
	public static String Map_showWorld;
	public static String Map_description;
	public static String Map_descriptionWithout;
	public static String FindPath_title;
	public static String FindPath_noDossier;
	public static String FindPath_anyQuadClass;
	public static String FindPath_from;
	public static String FindPath_to;
	public static String FindPath_through;
	public static String FindPath_confirmedOnly;
	public static String FindPath_columnRelationships;
	public static String FindPath_find;
	public static String FindPath_chooseTwo;
	public static String FindPath_notConnected;
	public static String FindPath_steps;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** @return the event's date and where it comes from ("2017-05-04 (stated)"), or "undated" */
	public static String date(EventDate date) {
		if (!date.isDated()) {
			return Date_undated;
		}
		return NLS.bind(date.basis() == DateBasis.STATED ? Date_stated : Date_published, date.date());
	}
}
