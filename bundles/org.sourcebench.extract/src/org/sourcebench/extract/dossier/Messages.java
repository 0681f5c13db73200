package org.sourcebench.extract.dossier;

import org.sourcebench.core.nls.HeadlessMessages;

/** Externalised labels of this package ({@code messages.properties}), filled by {@link HeadlessMessages}. */
final class Messages {

	private static final String BUNDLE = "org.sourcebench.extract.dossier.messages";

	/** Extract Actors and Events. */
	static String RecordExtractionCommand_label;

	static {
		HeadlessMessages.initialize(BUNDLE, Messages.class);
	}

	private Messages() {
	}
}
