package org.sourcebench.extract;

import java.util.List;

import org.sourcebench.model.ActorKind;

/**
 * An actor of one document: canonical name (GUIDELINES.md), kind, country (English short name, or {@code null}),
 * every mention in text order, and a confidence in [0, 1].
 */
public record ExtractedActor(String name, ActorKind kind, String country, List<TextSpan> mentions, double confidence) {

	public ExtractedActor {
		mentions = List.copyOf(mentions);
	}
}
