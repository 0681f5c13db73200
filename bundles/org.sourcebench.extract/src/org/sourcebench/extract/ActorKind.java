package org.sourcebench.extract;

import java.util.Locale;

/** The kinds of actor of the annotation guidelines; {@link #id()} is the lowercase name used in exports. */
public enum ActorKind {
    PERSON, STATE, GOVERNMENT, MILITARY, ORGANISATION, ARMED_GROUP, MEDIA, COMPANY, ALLIANCE, OTHER;

    /** The export name, e.g. {@code armed_group}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an export name ({@code organization} is accepted for {@code organisation}). */
    public static ActorKind fromId(String id) {
        String k = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (k.equals("organization")) {
            return ORGANISATION;
        }
        return valueOf(k.toUpperCase(Locale.ROOT));
    }
}
