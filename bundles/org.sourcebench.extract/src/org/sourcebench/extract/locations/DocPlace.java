package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.data.Place;

/** A location of one document while it is read: the place and its mention spans. */
final class DocPlace {

    final String name;
    final Place place;
    final List<int[]> spans = new ArrayList<>();
    double confidence;

    DocPlace(String name, Place place, double confidence) {
        this.name = name;
        this.place = place;
        this.confidence = confidence;
    }
}
