package org.sourcebench.extract.actors;

import org.sourcebench.extract.data.Country;

/** A country name or capital that the actor reader judged to be used as a place ("in Syria", "to Moscow"). */
public record PlaceMention(int begin, int end, Country country, boolean capital) {
}
