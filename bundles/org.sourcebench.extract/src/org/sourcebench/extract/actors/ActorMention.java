package org.sourcebench.extract.actors;

/** A mention of a document actor at body offsets {@code [begin, end)}. */
public record ActorMention(int begin, int end, DocActor actor) {
}
