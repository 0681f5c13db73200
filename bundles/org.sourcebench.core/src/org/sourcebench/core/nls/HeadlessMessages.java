package org.sourcebench.core.nls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Eclipse NLS for headless bundles: a {@code Messages} class declares one {@code public static String} field
 * per key of its {@code messages.properties} and fills them in its static initialiser with
 * {@link #initialize(String, Class)}, exactly as a UI bundle's {@code Messages extends NLS} calls
 * {@code NLS.initializeMessages}. The properties are read with {@link ResourceBundle} through the class's own
 * class loader, so the bundle also runs in a plain JVM without {@code org.eclipse.osgi}; patterns are
 * {@link java.text.MessageFormat} patterns, as with NLS.
 */
public final class HeadlessMessages {

	private HeadlessMessages() {
	}

	/**
	 * Fills every non-final static {@code String} field of {@code messages} with the value of the key of the same
	 * name; a key missing from the properties gives {@code !FieldName!} (visible, but no failure).
	 *
	 * @param bundleName the properties' base name, e.g. {@code org.sourcebench.model.edit.commands.messages}
	 * @param messages the class holding the fields
	 */
	public static void initialize(String bundleName, Class<?> messages) {
		ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.getDefault(), messages.getClassLoader());
		for (Field field : messages.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && field.getType() == String.class) {
				String value;
				try {
					value = bundle.getString(field.getName());
				} catch (MissingResourceException e) {
					value = "!" + field.getName() + "!";
				}
				try {
					field.setAccessible(true);
					field.set(null, value);
				} catch (IllegalAccessException e) {
					throw new IllegalStateException("cannot set " + messages.getName() + "." + field.getName(), e);
				}
			}
		}
	}
}
