package org.sourcebench.ingest.dossier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Externalised labels of this package ({@code messages.properties}). Plain {@link ResourceBundle} rather
 * than Eclipse NLS, so that the ingest bundle keeps running on a plain class path.
 */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.sourcebench.ingest.dossier.messages", Locale.getDefault(), Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
