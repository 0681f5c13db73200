package org.sourcebench.extract.locations;

import java.util.Locale;
import java.util.Set;

/** Compass words that make a directional region of a place ("northern Syria", "north-east Syria"). */
final class Directions {

    private static final Set<String> WORDS = Set.of("northern", "southern", "eastern", "western", "central",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
            "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "north", "south", "east", "west");

    private Directions() {
    }

    static boolean isDirection(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
