package org.sourcebench.extract.dossier;

import java.util.Locale;
import java.util.ResourceBundle;

/** Externalised labels of this package ({@code messages.properties}). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.sourcebench.extract.dossier.messages", Locale.getDefault(), Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
