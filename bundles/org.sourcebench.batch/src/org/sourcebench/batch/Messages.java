package org.sourcebench.batch;

import org.sourcebench.core.nls.HeadlessMessages;

/** Externalised labels of this package ({@code messages.properties}), filled by {@link HeadlessMessages}. */
final class Messages {

	private static final String BUNDLE = "org.sourcebench.batch.messages";

	/** Import Batch. */
	static String ImportBatchCommand_label;
	/** Adds articles extracted by the Spark job, with their actors, locations, claims and relationships. */
	static String ImportBatchCommand_description;

	static {
		HeadlessMessages.initialize(BUNDLE, Messages.class);
	}

	private Messages() {
	}
}
