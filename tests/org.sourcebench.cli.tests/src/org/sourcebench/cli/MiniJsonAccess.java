package org.sourcebench.cli;

/** Lets tests in sub-packages use the package-private {@link MiniJson}. */
public final class MiniJsonAccess {

    private MiniJsonAccess() {
    }

    /** @param text JSON @return the parsed value */
    public static Object parse(String text) {
        return MiniJson.parse(text);
    }
}
