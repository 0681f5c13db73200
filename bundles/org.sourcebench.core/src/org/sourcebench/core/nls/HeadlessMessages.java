package org.sourcebench.core.nls;

import java.lang.reflect.Field;
import java.text.MessageFormat;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How headless bundles load their externalised texts (UI bundles use Eclipse {@code NLS}). A {@code Messages}
 * class declares one {@code public static String} field per key of its {@code messages.properties} and fills
 * them in its static initialiser with {@link #initialize(String, Class)}, exactly as a UI bundle's
 * {@code Messages extends NLS} calls {@code NLS.initializeMessages}. Where the key itself is data (a report
 * sheet's key, a rating's letter) a bundle reads by key with {@link #keyed(String, Class)} instead. Either way the
 * properties are read with {@link ResourceBundle} in the default locale through the owner's class loader, so the
 * bundle also runs in a plain JVM without {@code org.eclipse.osgi}; patterns are {@link MessageFormat} patterns,
 * as with NLS.
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

	/**
	 * @param bundleName the properties' base name, e.g. {@code org.sourcebench.report.messages}
	 * @param owner the class whose class loader finds them
	 * @return texts read by key, in the default locale at the time of each call
	 */
	public static Keyed keyed(String bundleName, Class<?> owner) {
		return new Keyed(bundleName, owner.getClassLoader());
	}

	/** Texts of one properties file, read by key. */
	public static final class Keyed {

		private final String bundleName;
		private final ClassLoader loader;

		private Keyed(String bundleName, ClassLoader loader) {
			this.bundleName = bundleName;
			this.loader = loader;
		}

		/**
		 * @param key a key of the properties
		 * @return its text
		 * @throws MissingResourceException when there is no such key
		 */
		public String text(String key) {
			return ResourceBundle.getBundle(bundleName, Locale.getDefault(), loader).getString(key);
		}

		/**
		 * @param key a key whose text is a {@link MessageFormat} pattern
		 * @param arguments the pattern's arguments
		 * @return the formatted text
		 */
		public String format(String key, Object... arguments) {
			return MessageFormat.format(text(key), arguments);
		}
	}
}
