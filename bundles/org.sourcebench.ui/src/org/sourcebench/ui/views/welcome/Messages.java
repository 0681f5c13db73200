package org.sourcebench.ui.views.welcome;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the Getting Started view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String GettingStarted_title;
	public static String GettingStarted_intro;
	public static String GettingStarted_stepsHeading;
	public static String GettingStarted_step1;
	public static String GettingStarted_step2;
	public static String GettingStarted_step3;
	public static String GettingStarted_step4;
	public static String GettingStarted_headlessHeading;
	public static String GettingStarted_headless;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
