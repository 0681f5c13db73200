package org.sourcebench.extract;

import java.util.List;
import java.util.Optional;

/** One shared engine for the unit tests and small lookups in its results. */
public final class ExtractionFixture {

	public static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

	private ExtractionFixture() {
	}

	public static DocumentExtraction extract(String body) {
		return ENGINE.extract(body);
	}

	public static Optional<ExtractedActor> actor(DocumentExtraction d, String name) {
		return d.actors().stream().filter(a -> a.name().equals(name)).findFirst();
	}

	public static List<String> mentionTexts(ExtractedActor a) {
		return a.mentions().stream().map(TextSpan::text).distinct().toList();
	}

	public static Optional<ExtractedLocation> location(DocumentExtraction d, String name) {
		return d.locations().stream().filter(l -> l.name().equals(name)).findFirst();
	}

	/** A claim of {@code speaker} whose text is exactly {@code text}. */
	public static boolean hasClaim(DocumentExtraction d, String speaker, String text) {
		return d.claims().stream().anyMatch(c -> c.speaker().equals(speaker) && c.text().equals(text));
	}

	/** A relationship from → to whose code is {@code code} or, for a two-digit root, any code under it. */
	public static boolean hasRelation(DocumentExtraction d, String from, String to, String code) {
		return d.relationships().stream().anyMatch(r -> r.from().equals(from) && r.to().equals(to)
				&& (r.cameoCode().equals(code) || code.length() == 2 && r.root().equals(code)));
	}
}
