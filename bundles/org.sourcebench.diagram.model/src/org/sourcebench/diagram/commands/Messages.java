package org.sourcebench.diagram.commands;

import org.sourcebench.core.nls.HeadlessMessages;

/**
 * Command labels, externalised in {@code messages.properties}: Eclipse NLS style fields, filled by
 * {@link HeadlessMessages} so the commands also run in a plain JVM.
 */
public final class Messages {

	private static final String BUNDLE = "org.sourcebench.diagram.commands.messages";

	/** New Diagram. */
	public static String CreateDiagramCommand_label;
	/** Move Actor. */
	public static String PlaceNodeCommand_label;
	/** Pin Actor. */
	public static String PinNodeCommand_label;
	/** Unpin Actor. */
	public static String UnpinNodeCommand_label;
	/** Layout Diagram. */
	public static String ApplyLayoutCommand_label;
	/** Bend Edge. */
	public static String SetBendpointsCommand_label;
	/** Create Actor. */
	public static String CreateActorOnDiagramCommand_label;
	/** Create Relationship. */
	public static String CreateRelationshipCommand_label;
	/** Filter Diagram. */
	public static String SetDiagramFilterCommand_label;
	/** Show Actors. */
	public static String AddActorsToDiagramCommand_label;
	/** "Diagram of {0}". */
	public static String DefaultDiagramName;
	/** New actor. */
	public static String NewActorName;

	static {
		HeadlessMessages.initialize(BUNDLE, Messages.class);
	}

	private Messages() {
	}
}
