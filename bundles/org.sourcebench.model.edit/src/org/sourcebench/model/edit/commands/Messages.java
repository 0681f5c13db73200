package org.sourcebench.model.edit.commands;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Command labels, externalised in {@code messages.properties} in the style of Eclipse NLS (one public static
 * field per key), but filled from a {@link ResourceBundle} so the commands also run in a plain JVM without
 * {@code org.eclipse.osgi}.
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
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, java.util.Locale.getDefault(), Messages.class.getClassLoader());
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !Modifier.isFinal(field.getModifiers())) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException e) {
					setQuietly(field, "!" + field.getName() + "!");
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private static void setQuietly(Field field, String value) {
		try {
			field.set(null, value);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private Messages() {
	}
}
