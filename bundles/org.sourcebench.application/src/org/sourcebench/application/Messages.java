package org.sourcebench.application;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the application's window: the menu bar's menus. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_delete;
	public static String Menu_window;
	public static String Menu_help;
	public static String Menu_openPerspective;
	public static String Menu_showView;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
