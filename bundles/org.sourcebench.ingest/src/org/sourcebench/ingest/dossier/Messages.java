package org.sourcebench.ingest.dossier;

import org.sourcebench.core.nls.HeadlessMessages;

/** Externalised labels of this package ({@code messages.properties}), filled by {@link HeadlessMessages}. */
final class Messages {

	private static final String BUNDLE = "org.sourcebench.ingest.dossier.messages";

	/** Import Articles. */
	static String ImportArticlesCommand_label;
	/** Adds the imported articles to the dossier as sources. */
	static String ImportArticlesCommand_description;
	/** Reprint of "{0}" ({1}, source {2}): {3}% of its four-word sequences are shared. */
	static String ReprintNote;
	/** untitled. */
	static String Untitled;

	static {
		HeadlessMessages.initialize(BUNDLE, Messages.class);
	}

	private Messages() {
	}
}
