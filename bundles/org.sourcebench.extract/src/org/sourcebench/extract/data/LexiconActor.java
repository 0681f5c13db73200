package org.sourcebench.extract.data;

import java.util.List;

import org.sourcebench.model.ActorKind;

/** A named actor of actors.tsv: canonical name, kind, ISO country (or ""), offices and surface forms. */
public record LexiconActor(String name, ActorKind kind, String iso, List<String> offices, List<String> aliases) {
}
