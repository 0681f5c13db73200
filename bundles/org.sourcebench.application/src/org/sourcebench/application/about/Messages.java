package org.sourcebench.application.about;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the About dialog. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String About_title;
	public static String About_build;
	public static String About_aboutTab;
	public static String About_noticesTab;
	public static String About_text;
	public static String About_noticesMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
