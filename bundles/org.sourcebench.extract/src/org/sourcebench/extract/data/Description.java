package org.sourcebench.extract.data;

import org.sourcebench.model.ActorKind;

/** A head noun of descriptions.tsv that refers back to the last actor of a kind (whose name contains a word). */
public record Description(String head, ActorKind kind, String nameContains) {
}
