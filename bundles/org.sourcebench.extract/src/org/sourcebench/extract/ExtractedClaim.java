package org.sourcebench.extract;

/**
 * An attributed statement: the speaker's canonical actor name, the claimed content ({@code direct} when the whole
 * content is a quotation, then without its marks), the cue that attributes it ("said", "according to", a quote
 * mark), the evidence span of the content in the body, and a confidence.
 */
public record ExtractedClaim(String speaker, String text, boolean direct, String cue, TextSpan evidence,
		double confidence) {
}
