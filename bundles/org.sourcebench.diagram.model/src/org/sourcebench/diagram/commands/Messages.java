package org.sourcebench.diagram.commands;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Command labels, externalised in {@code messages.properties} (one public static field per key, Eclipse NLS
 * style), filled from a {@link ResourceBundle} so the commands also run in a plain JVM.
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
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader());
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !Modifier.isFinal(field.getModifiers())) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException e) {
					set(field, "!" + field.getName() + "!");
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private static void set(Field field, String value) {
		try {
			field.set(null, value);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private Messages() {
	}
}
