package org.sourcebench.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.core.scoring.ScoringExportWriter;
import org.sourcebench.model.geo.CountryNames;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Writes a dossier in the export schema of {@code shared/eval/SCORING.md}: one entry per source with its
 * body and the actors, locations, claims and relationships evidenced in it.
 * <p>
 * The dossier keeps actors, locations and relationships once for all sources; the export lists, per
 * source, those with a mention or an evidence span in that source, with only that source's spans. The
 * rules (which objects, in which order, which offsets) are {@link ScoringExportWriter}'s, shared with the
 * Spark job's export; this class only reads the dossier. Sources are in dossier order.
 */
public final class JsonExporter {

	/**
	 * Writes the export as UTF-8.
	 *
	 * @param dossier the dossier
	 * @param out the stream; flushed, not closed
	 * @throws IOException when writing fails
	 */
	public void write(Dossier dossier, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			ScoringExportWriter export = new ScoringExportWriter(writer);
			for (Source source : dossier.getSources()) {
				export.add(source(dossier, source));
			}
			export.finish();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		writer.flush();
	}

	private static ScoringExportWriter.Source source(Dossier dossier, Source source) {
		List<ScoringExportWriter.Entity> actors = new ArrayList<>();
		for (Actor actor : dossier.getActors()) {
			actors.add(new ScoringExportWriter.Entity(actor.getCanonicalName(),
					actor.getKind() == null ? null : actor.getKind().getName().toLowerCase(Locale.ROOT),
					CountryNames.name(actor.getCountry()), spans(actor.getMentions(), source)));
		}
		List<ScoringExportWriter.Entity> locations = new ArrayList<>();
		for (Location location : dossier.getLocations()) {
			locations.add(new ScoringExportWriter.Entity(location.getName(), null, CountryNames.name(location.getCountryCode()),
					spans(location.getMentions(), source)));
		}
		List<ScoringExportWriter.Claim> claims = new ArrayList<>();
		for (Claim claim : dossier.getClaims()) {
			Span evidence = claim.getEvidence();
			if (evidence != null && evidence.getSource() == source) {
				String text = claim.getText() != null ? claim.getText() : evidence.getText();
				claims.add(new ScoringExportWriter.Claim(claim.getSpeaker() == null ? null : claim.getSpeaker().getCanonicalName(),
						claim.isDirectQuote(), text, span(evidence)));
			}
		}
		List<ScoringExportWriter.Relationship> relationships = new ArrayList<>();
		for (Relationship r : dossier.getRelationships()) {
			for (Span evidence : r.getEvidence()) {
				if (evidence.getSource() == source) {
					relationships.add(new ScoringExportWriter.Relationship(r.getFrom() == null ? null : r.getFrom().getCanonicalName(),
							r.getTo() == null ? null : r.getTo().getCanonicalName(), r.getEventCode(), r.getConfidence(),
							r.getStatus() == RelationshipStatus.REJECTED, span(evidence)));
				}
			}
		}
		return new ScoringExportWriter.Source(source.getOriginalFileName(), source.getId(), source.getTitle(), published(source),
				source.getSha256(), source.getBody(), actors, locations, claims, relationships);
	}

	/** @return the spans of {@code all} that lie in {@code source} */
	private static List<ScoringExportWriter.Span> spans(List<Span> all, Source source) {
		return all.stream().filter(s -> s.getSource() == source).map(JsonExporter::span).toList();
	}

	private static ScoringExportWriter.Span span(Span span) {
		return new ScoringExportWriter.Span(span.getText(), span.getBegin(), span.getEnd());
	}

	/** ISO 8601; without offset when the source gave none (the model then holds UTC only as a placeholder). */
	private static String published(Source source) {
		if (source.getPublished() == null) {
			return null;
		}
		return source.isPublishedZoneKnown() ? source.getPublished().toString()
				: source.getPublished().toLocalDateTime().toString();
	}
}
