package org.sourcebench.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
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
import org.sourcebench.model.geo.CountryNames;

/**
 * Loads a selection of the Spark extraction job's output into a dossier as one undoable command ("Import
 * Batch"), the way an extraction run records its results: sources are added (an article whose SHA-256 is already
 * in the dossier is skipped); actors and locations are matched to the dossier's by canonical name
 * (case-insensitive) and get the new mentions, or are created; a relationship with the same ends and event code
 * gets the new evidence (corroboration), or is created with status "extracted"; claims are added.
 */
public final class BatchImport {

	private static final SourcebenchFactory FACTORY = SourcebenchFactory.eINSTANCE;

	private final EditingDomain domain;
	private final Dossier dossier;

	public BatchImport(EditingDomain domain, Dossier dossier) {
		this.domain = domain;
		this.dossier = dossier;
	}

	/**
	 * What an import did.
	 *
	 * @param command the command, executed on the domain's stack, or {@code null} when nothing was selected
	 * @param selected the articles the selection accepted
	 * @param added the sources added
	 * @param duplicates the selected articles already in the dossier (same SHA-256), skipped
	 */
	public record Outcome(Command command, int selected, int added, int duplicates) {
	}

	/** Reads the selection from {@code folder} and executes the import on the domain's command stack. */
	public Outcome run(Path folder, BatchSelection selection) throws BatchException {
		BatchTables tables = new BatchTables(folder);
		tables.check();
		Map<String, Set<String>> actorNames = new HashMap<>();
		if (selection.needsActors()) {
			for (Map<String, Object> a : tables.rows("actors", r -> true)) {
				actorNames.computeIfAbsent(text(a, "source_id"), k -> new HashSet<>()).add(key(text(a, "name")));
			}
		}
		Set<String> known = new HashSet<>();
		dossier.getSources().forEach(s -> known.add(s.getSha256()));
		Map<String, Source> chosen = new LinkedHashMap<>();
		int selected = 0;
		int duplicates = 0;
		for (Map<String, Object> row : tables.rows("sources", r -> true)) {
			String id = text(row, "source_id");
			if (!selection.accepts(row, actorNames.getOrDefault(id, Set.of()))) {
				continue;
			}
			selected++;
			String sha = text(row, "sha256");
			if (sha != null && !known.add(sha)) {
				duplicates++;
				continue;
			}
			chosen.put(id, source(row));
		}
		if (chosen.isEmpty()) {
			return new Outcome(null, selected, 0, duplicates);
		}
		FindingsRecorder findings = new FindingsRecorder(dossier);
		chosen.values().forEach(findings::source);
		Map<String, Actor> actorsById = new HashMap<>();
		for (Map<String, Object> a : tables.rows("actors", r -> chosen.containsKey(text(r, "source_id")))) {
			String kind = text(a, "kind");
			Actor actor = findings.actor(text(a, "name"), kind == null ? null : ActorKind.getByName(kind.toUpperCase(Locale.ROOT)),
					text(a, "country"));
			actorsById.put(text(a, "actor_id"), actor);
		}
		Map<String, Location> locationsById = new HashMap<>();
		for (Map<String, Object> l : tables.rows("locations", r -> chosen.containsKey(text(r, "source_id")))) {
			locationsById.put(text(l, "location_id"), findings.location(text(l, "name"), created -> {
				String kind = text(l, "kind");
				LocationKind k = kind == null ? null : LocationKind.getByName(kind.toUpperCase(Locale.ROOT));
				created.setKind(k == null ? LocationKind.OTHER : k);
				created.setCountryCode(CountryNames.code(text(l, "country")));
				created.setLatitude((Double) l.get("latitude"));
				created.setLongitude((Double) l.get("longitude"));
				created.setGeoNamesId(text(l, "geonames_id"));
			}));
		}
		for (Map<String, Object> m : tables.rows("mentions", r -> chosen.containsKey(text(r, "source_id")))) {
			Source source = chosen.get(text(m, "source_id"));
			Span span = span(source, m, "start", "end");
			String entity = text(m, "entity_id");
			if ("actor".equals(text(m, "entity_type")) && actorsById.containsKey(entity)) {
				findings.mention(actorsById.get(entity), span);
			} else if (locationsById.containsKey(entity)) {
				findings.mention(locationsById.get(entity), span);
			}
		}
		for (Map<String, Object> c : tables.rows("claims", r -> chosen.containsKey(text(r, "source_id")))) {
			findings.claim(claim(findings, chosen.get(text(c, "source_id")), c));
		}
		for (Map<String, Object> r : tables.rows("relationships", row -> chosen.containsKey(text(row, "source_id")))) {
			Relationship relationship = findings.relationship(findings.actor(text(r, "from"), null, null),
					findings.actor(text(r, "to"), null, null), text(r, "cameo_code"),
					r.get("confidence") instanceof Double d ? d : 0);
			findings.evidence(relationship, span(chosen.get(text(r, "source_id")), r, "start", "end"));
		}
		// New objects get their spans directly; existing ones through commands, so that undo takes them away again.
		CompoundCommand command = new CompoundCommand(Messages.ImportBatchCommand_label, Messages.ImportBatchCommand_description);
		findings.additions((owner, feature, values) -> command.append(new AddCommand(domain, owner, feature, values)));
		domain.getCommandStack().execute(command);
		return new Outcome(command, selected, chosen.size(), duplicates);
	}

	private static Claim claim(FindingsRecorder findings, Source source, Map<String, Object> row) {
		Claim claim = Dossiers.withId(FACTORY.createClaim());
		String speaker = text(row, "speaker");
		claim.setSpeaker(speaker == null ? null : findings.actor(speaker, null, null));
		claim.setText(text(row, "text"));
		claim.setDirectQuote(Boolean.TRUE.equals(row.get("direct")));
		claim.setCue(text(row, "cue"));
		if (row.get("start") != null) {
			claim.setEvidence(span(source, row, "start", "end"));
		}
		return claim;
	}

	private static Source source(Map<String, Object> row) {
		Source source = Dossiers.newSource(text(row, "body"));
		source.setTitle(text(row, "title"));
		source.setOutlet(text(row, "outlet"));
		source.setUrl(text(row, "url"));
		source.setLanguage(text(row, "language"));
		source.setOriginalFileName(text(row, "file") != null ? text(row, "file") : text(row, "source_id"));
		source.setFormat(text(row, "format"));
		source.setSha256(text(row, "sha256"));
		String published = text(row, "published");
		if (published != null) {
			try {
				source.setPublished(OffsetDateTime.parse(published));
				source.setPublishedZoneKnown(true);
			} catch (DateTimeParseException withoutZone) {
				try {
					source.setPublished(LocalDateTime.parse(published).atOffset(ZoneOffset.UTC));
					source.setPublishedZoneKnown(false);
				} catch (DateTimeParseException e) {
					// not a date the job writes; the source stays undated
				}
			}
		}
		return source;
	}

	private static Span span(Source source, Map<String, Object> row, String begin, String end) {
		return Dossiers.newSpan(source, ((Number) row.get(begin)).intValue(), ((Number) row.get(end)).intValue());
	}

	private static String text(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value == null ? null : value.toString();
	}

	private static String key(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}
}
