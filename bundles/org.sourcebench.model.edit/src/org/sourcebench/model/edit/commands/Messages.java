package org.sourcebench.model.edit.commands;

import org.sourcebench.core.nls.HeadlessMessages;

/**
 * Command labels, externalised in {@code messages.properties}: Eclipse NLS style fields, filled by
 * {@link HeadlessMessages} so the commands also run in a plain JVM.
 */
public final class Messages {

	private static final String BUNDLE = "org.sourcebench.model.edit.commands.messages";

	/** "Create {0}" where {0} is the element type. */
	public static String CreateElementCommand_label;
	/** Delete. */
	public static String DeleteElementCommand_label;
	/** Rename. */
	public static String RenameCommand_label;
	/** Set Reliability. */
	public static String SetReliabilityCommand_label;
	/** Set Credibility. */
	public static String SetCredibilityCommand_label;
	/** Set Relationship Status. */
	public static String SetRelationshipStatusCommand_label;
	/** Merge Actors. */
	public static String MergeActorsCommand_label;
	/** Split Alias. */
	public static String SplitAliasCommand_label;
	/** Mark as Actor. */
	public static String MarkActorCommand_label;
	/** Mark as Location. */
	public static String MarkLocationCommand_label;
	/** Mark as Claim. */
	public static String MarkClaimCommand_label;
	/** Add Relationship. */
	public static String AddRelationshipCommand_label;
	/** Remove Mention. */
	public static String RemoveMentionCommand_label;

	static {
		HeadlessMessages.initialize(BUNDLE, Messages.class);
	}

	private Messages() {
	}
}
