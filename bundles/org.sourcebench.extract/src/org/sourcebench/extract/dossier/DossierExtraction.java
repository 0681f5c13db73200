package org.sourcebench.extract.dossier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.geo.CountryNames;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionCancelledException;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.ExtractionWarning;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.FindingsRecorder;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.Span;

/**
 * Runs the extraction engine on sources and records what it finds in the dossier, as one
 * {@link RecordExtractionCommand} on the editing domain.
 * <p>
 * The dossier holds each actor, location and relationship once for all sources, by name
 * ({@link FindingsRecorder}, the rule the Spark batch import shares): an actor or location whose canonical name
 * (case-insensitive) is already in the dossier gets the new mentions; a relationship with the same from, to and
 * event code gets the new evidence span (corroboration). Everything else is created. Country names of the engine
 * become ISO codes ({@link CountryNames}); extracted relationships have status
 * {@link org.sourcebench.model.RelationshipStatus#EXTRACTED} until an analyst reviews them.
 * <p>
 * With a time limit ({@link TimeLimitedExtraction}: the CLI, the workbench's import job, the Spark job) each article
 * is extracted on a worker thread and one that runs past the limit is stopped and reported as a failure (an
 * {@link ExtractionStoppedException} naming the article and the time limit) without any of its results; the recording
 * happens afterwards, on the caller's thread, for all articles at once.
 * <p>
 * A run can be cancelled ({@link #run(EditingDomain, Dossier, List, BiConsumer, BooleanSupplier)}: the workbench's
 * Cancel): the signal is looked at before each article and while one is extracted (the engine ends at its next stage;
 * a hung stage is stopped). The run then stops: the articles extracted before the Cancel are recorded as usual (one
 * command), the one being read and those not started get nothing, and the outcome's {@link Outcome#cancellation()}
 * names them.
 */
public final class DossierExtraction {

	private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;

	private final ExtractionEngine engine;
	private final Duration timeLimit;

	/** @param engine the extraction engine, run on the caller's thread without a time limit */
	public DossierExtraction(ExtractionEngine engine) {
		this.engine = engine;
		this.timeLimit = null;
	}

	/**
	 * @param engine    the extraction engine
	 * @param timeLimit the time limit per article (from 1 s to a day; see {@link TimeLimitedExtraction#check})
	 */
	public DossierExtraction(ExtractionEngine engine, Duration timeLimit) {
		this.engine = engine;
		this.timeLimit = TimeLimitedExtraction.check(timeLimit);
	}

	/**
	 * What an extraction run did.
	 *
	 * @param command the executed command, or {@code null} when nothing was found
	 * @param failures the sources the engine failed on, with the error, in order (an {@link ExtractionStoppedException}
	 *                 for one past the time limit, too long, or failing with an Error)
	 * @param warnings the sources extracted only in part (a stage of the engine failed; the other stages' results are
	 *                 recorded), with the engine's warnings, in order
	 * @param cancellation how the run was cancelled, or {@code null} when it ran to the end
	 */
	public record Outcome(Command command, Map<Source, RuntimeException> failures,
			Map<Source, List<ExtractionWarning>> warnings, Cancellation cancellation) {

		/** Whether the run was cancelled before its last source. */
		public boolean cancelled() {
			return cancellation != null;
		}
	}

	/**
	 * A cancelled run.
	 *
	 * @param cause       the engine's cancellation, naming the source that was being read (its
	 *                    {@link ExtractionCancelledException#document() document})
	 * @param notAnalysed the sources left without results by the Cancel, in order: the one being read and those not
	 *                    started (the ones before it are recorded, or in {@link Outcome#failures()})
	 */
	public record Cancellation(ExtractionCancelledException cause, List<Source> notAnalysed) {
	}

	/**
	 * Extracts the sources and records the results. A source the engine fails on is reported in the
	 * outcome and left without results; the others are recorded, those extracted only in part (a stage of the engine
	 * failed) with their warnings in the outcome.
	 *
	 * @param domain the dossier's editing domain
	 * @param dossier the dossier holding the sources
	 * @param sources the sources to extract, in order
	 * @param progress told (index from 1, source) before each source is extracted
	 * @return the command and the failures
	 */
	public Outcome run(EditingDomain domain, Dossier dossier, List<Source> sources, BiConsumer<Integer, Source> progress) {
		return run(domain, dossier, sources, progress, null);
	}

	/**
	 * {@link #run(EditingDomain, Dossier, List, BiConsumer)}, cancellable.
	 *
	 * @param cancelled the caller's cancellation signal (null: none), looked at on the caller's thread before each
	 *                  source and, with a time limit, every {@link TimeLimitedExtraction#POLL} while one is extracted
	 * @return the command and the failures; when it was cancelled, also the {@link Outcome#cancellation()}: the
	 *         sources extracted before the Cancel are recorded (in the one command), the others are not
	 */
	public Outcome run(EditingDomain domain, Dossier dossier, List<Source> sources, BiConsumer<Integer, Source> progress,
			BooleanSupplier cancelled) {
		FindingsRecorder findings = new FindingsRecorder(dossier);
		Map<Source, RuntimeException> failures = new LinkedHashMap<>();
		Map<Source, List<ExtractionWarning>> warnings = new LinkedHashMap<>();
		Cancellation cancellation = null;
		int index = 0;
		for (Source source : sources) {
			progress.accept(++index, source);
			if (cancelled != null && cancelled.getAsBoolean()) {
				cancellation = new Cancellation(new ExtractionCancelledException(name(source)),
						List.copyOf(sources.subList(index - 1, sources.size())));
				break;
			}
			if (source.getBody() == null || source.getBody().isBlank()) {
				continue;
			}
			DocumentExtraction extraction;
			try {
				extraction = extract(source, cancelled);
			} catch (ExtractionCancelledException e) {
				// the articles before this one keep their results; this one and the rest get none
				cancellation = new Cancellation(e, List.copyOf(sources.subList(index - 1, sources.size())));
				break;
			} catch (RuntimeException e) {
				failures.put(source, e);
				continue;
			}
			if (!extraction.complete()) {
				warnings.put(source, extraction.warnings());
			}
			record(findings, source, extraction);
		}
		// New objects get their spans directly; existing ones through commands, so that undo takes them away again.
		List<Command> commands = new ArrayList<>();
		findings.additions((owner, feature, values) -> commands.add(new AddCommand(domain, owner, feature, values)));
		Command command = commands.isEmpty() ? null : new RecordExtractionCommand(commands);
		if (command != null) {
			domain.getCommandStack().execute(command);
		}
		return new Outcome(command, failures, warnings, cancellation);
	}

	private DocumentExtraction extract(Source source, BooleanSupplier cancelled) {
		// the publication date resolves the actor dictionary's date-restricted roles
		ExtractionOptions options = ExtractionOptions.dated(
				source.getPublished() == null ? null : source.getPublished().toLocalDate()).withDocument(name(source));
		if (timeLimit == null) {
			return engine.extract(source.getBody(), options, cancelled);
		}
		TimeLimitedExtraction.warmUp(engine);
		return TimeLimitedExtraction.run(options.document(), source.getBody().length(), timeLimit, cancelled,
				stop -> engine.extract(source.getBody(), options, stop));
	}

	/** The source's file name (its id when it has none): the engine's warnings name it. */
	private static String name(Source source) {
		return source.getOriginalFileName() != null ? source.getOriginalFileName() : source.getId();
	}

	private static void record(FindingsRecorder findings, Source source, DocumentExtraction extraction) {
		for (ExtractedActor extracted : extraction.actors()) {
			Actor actor = findings.actor(extracted.name(), extracted.kind(), extracted.country());
			for (TextSpan mention : extracted.mentions()) {
				findings.mention(actor, span(source, mention));
			}
		}
		for (ExtractedLocation extracted : extraction.locations()) {
			Location location = findings.location(extracted.name(), created -> {
				created.setKind(locationKind(extracted.kind()));
				created.setCountryCode(CountryNames.code(extracted.country()));
				created.setLatitude(Double.isNaN(extracted.lat()) ? null : extracted.lat());
				created.setLongitude(Double.isNaN(extracted.lon()) ? null : extracted.lon());
				created.setGeoNamesId(extracted.geonamesId() > 0 ? Long.toString(extracted.geonamesId()) : null);
			});
			for (TextSpan mention : extracted.mentions()) {
				findings.mention(location, span(source, mention));
			}
		}
		for (ExtractedClaim extracted : extraction.claims()) {
			Claim claim = Dossiers.withId(FACTORY.createClaim());
			claim.setSpeaker(extracted.speaker() == null ? null : findings.actor(extracted.speaker(), null, null));
			claim.setText(extracted.text());
			claim.setDirectQuote(extracted.direct());
			claim.setCue(extracted.cue());
			if (extracted.evidence() != null) {
				claim.setEvidence(span(source, extracted.evidence()));
			}
			findings.claim(claim);
		}
		for (ExtractedRelationship extracted : extraction.relationships()) {
			Relationship relationship = findings.relationship(findings.actor(extracted.from(), null, null),
					findings.actor(extracted.to(), null, null), extracted.cameoCode(), extracted.confidence());
			if (extracted.evidence() != null) {
				findings.evidence(relationship, span(source, extracted.evidence()));
			}
		}
	}

	private static Span span(Source source, TextSpan span) {
		return Dossiers.newSpan(source, span.begin(), span.end());
	}

	/** The engine's location kinds (country, city, region, province, river, site, sea) in the model's terms. */
	static LocationKind locationKind(String kind) {
		if (kind == null) {
			return LocationKind.OTHER;
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "country" -> LocationKind.COUNTRY;
			case "city", "town", "village" -> LocationKind.CITY;
			case "region", "province", "district" -> LocationKind.REGION;
			case "river", "sea", "lake", "strait" -> LocationKind.WATER;
			case "site", "base", "airport", "port", "crossing" -> LocationKind.SITE;
			default -> LocationKind.OTHER;
		};
	}
}
