package org.sourcebench.ui.report;

import org.eclipse.osgi.util.NLS;

/** Texts of the Excel report wizards, externalised in {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sourcebench.ui.report.messages";

	public static String ActiveDossier_unnamed;
	public static String ReportFilePage_file;
	public static String ReportFilePage_browse;
	public static String ReportFilePage_noDossier;
	public static String ReportFilePage_noFile;
	public static String ReportFilePage_exists;
	public static String ReportFilePage_notFound;
	public static String ReportFilePage_excelFiles;
	public static String ReportFilePage_allFiles;
	public static String ExportWizard_title;
	public static String ExportWizard_pageTitle;
	public static String ExportWizard_pageDescription;
	public static String ExportJob_name;
	public static String ExportJob_done;
	public static String ExportJob_doneTitle;
	public static String ReportFilePage_dialogSave;
	public static String ReportFilePage_dialogOpen;
	public static String ImportWizard_title;
	public static String ImportWizard_pageTitle;
	public static String ImportWizard_pageDescription;
	public static String ImportWizard_reading;
	public static String ImportWizard_failed;
	public static String ImportWizard_resultTitle;
	public static String ImportWizard_applied;
	public static String ImportWizard_nothing;
	public static String ImportWizard_issues;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
