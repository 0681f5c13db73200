package org.sourcebench.extract.actors;

import java.util.List;

/** What the actor reader found: the document's actors and the country/capital mentions used as places. */
public record ActorReading(DocActors actors, List<PlaceMention> places) {
}
