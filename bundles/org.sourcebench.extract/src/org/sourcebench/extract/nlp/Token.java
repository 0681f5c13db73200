package org.sourcebench.extract.nlp;

/** A token of the body: offsets into the body, its text and the index of its sentence. */
public record Token(int begin, int end, String text, int sentence) {

	public boolean isCapitalised() {
		return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
	}
}
