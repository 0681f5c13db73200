package org.sourcebench.extract;

import java.time.LocalDate;

import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.relations.LearnedRoots;

/**
 * How {@link ExtractionEngine#extract(String, ExtractionOptions)} reads one document: its name (for the warnings of
 * {@link DocumentExtraction#warnings()}), its publication date, and the learned components' training dumps. Immutable;
 * {@link #DEFAULT} has none of them, the {@code with…} methods return a copy with one more.
 *
 * @param document         the document's name in warnings (a file name or id; null: unnamed)
 * @param date             the publication date (null: unknown); the actor readers resolve dated roles on it (the
 *                         Phoenix dictionaries' and the hand list's offices; unknown date: no hand-list office holder);
 *                         relationships are mapped to the document's own actors, not to the actor dictionary's
 *                         date-restricted roles
 * @param rootFeatures     when not null, receives the features of every actor pair the learned proposer reads
 *                         ({@link LearnedRoots}: its trainer's dump) and of every location the learned location filter
 *                         and detector read ({@link org.sourcebench.extract.locations.LearnedLocations}; rows whose
 *                         {@code to} is {@link org.sourcebench.extract.locations.LearnedLocations#ROW})
 * @param actorFeatures    when not null, receives the features of every actor the learned actor filter reads
 *                         ({@link LearnedActorFilter}: its trainer's dump)
 * @param claimFeatures    when not null, receives the candidates of the learned claim detector
 *                         ({@link org.sourcebench.extract.claims.LearnedClaims}: its trainer's dump)
 * @param relationFeatures when not null, receives every relation the learned relation filter reads
 *                         ({@link org.sourcebench.extract.relations.LearnedRelationFilter}: its trainer's dump; the
 *                         filter then reads the relations even when it is switched off)
 */
public record ExtractionOptions(String document, LocalDate date, LearnedRoots.Sink rootFeatures,
		LearnedActorFilter.Sink actorFeatures, LearnedRoots.Sink claimFeatures, LearnedRoots.Sink relationFeatures) {

	/** An unnamed document of unknown date, no training dumps. */
	public static final ExtractionOptions DEFAULT = new ExtractionOptions(null, null, null, null, null, null);

	/** An unnamed document published on {@code published} (may be null: unknown), no training dumps. */
	public static ExtractionOptions dated(LocalDate published) {
		return DEFAULT.withDate(published);
	}

	/** These options for the document named {@code name} (a file name or id: warnings name it). */
	public ExtractionOptions withDocument(String name) {
		return new ExtractionOptions(name, date, rootFeatures, actorFeatures, claimFeatures, relationFeatures);
	}

	/** These options for a document published on {@code published} (may be null: unknown). */
	public ExtractionOptions withDate(LocalDate published) {
		return new ExtractionOptions(document, published, rootFeatures, actorFeatures, claimFeatures, relationFeatures);
	}

	/** These options with the learned components' training dumps (each may be null: not dumped). */
	public ExtractionOptions withTrainingDumps(LearnedRoots.Sink roots, LearnedActorFilter.Sink actors,
			LearnedRoots.Sink claims, LearnedRoots.Sink relations) {
		return new ExtractionOptions(document, date, roots, actors, claims, relations);
	}
}
