package org.sourcebench.extract.nlp;

/** A sentence: body offsets, its token range {@code [firstToken, endToken)} and its paragraph number. */
public record Sentence(int index, int begin, int end, int firstToken, int endToken, int paragraph) {
}
