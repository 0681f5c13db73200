package org.sourcebench.core.scoring;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.core.json.JsonWriter;

/**
 * Writes the evaluation export of {@code shared/eval/SCORING.md}: one entry per source with its body and the
 * actors, locations, claims and relationships evidenced in it. The one place its rules live, for the desktop's
 * JSON export (from a dossier) and the Spark job's (from its Parquet tables), so the two compare line by line:
 * <ul>
 * <li>actors and locations with a mention in the source, ordered by their first mention, then by name; their
 * mentions are distinct surface strings with the offsets of their first occurrence;</li>
 * <li>claims with evidence, by evidence offset, then by text;</li>
 * <li>one relationship per (from, to, CAMEO root) with the evidence that comes first, rejected ones left out,
 * ordered by evidence offset, then from, to and root;</li>
 * <li>offsets are UTF-16 indexes into the exported body, written only where they point at the text (a span
 * whose text no longer matches the body is exported as text alone).</li>
 * </ul>
 * Fields beyond the schema ({@code id}, {@code title}, {@code published}, {@code sha256}, {@code confidence}) are
 * ignored by the scorer and help a reader find the objects again.
 */
public final class ScoringExportWriter {

	/** A mention or an evidence span: its text and offsets (null when not known). */
	public record Span(String text, Integer start, Integer end) {
	}

	/** An actor ({@code kind} set) or a location ({@code kind} null) with its mentions in one source. */
	public record Entity(String name, String kind, String country, List<Span> mentions) {
	}

	/** A claim; {@code evidence} null when it has none in the source. */
	public record Claim(String speaker, boolean direct, String text, Span evidence) {
	}

	/** A relationship with one of its evidence spans in the source (a relationship may come once per span). */
	public record Relationship(String from, String to, String eventCode, double confidence, boolean rejected,
			Span evidence) {
	}

	/** One source: its metadata, body and what was found in it. */
	public record Source(String file, String id, String title, String published, String sha256, String body,
			List<Entity> actors, List<Entity> locations, List<Claim> claims, List<Relationship> relationships) {
	}

	private final JsonWriter json;

	/** Starts the export on {@code out} (UTF-8; flushed by the caller after {@link #finish()}). */
	public ScoringExportWriter(Writer out) {
		json = new JsonWriter(out);
		json.beginObject().name("sources").beginArray();
	}

	/** Writes one source by the rules above. */
	public ScoringExportWriter add(Source source) {
		String body = source.body() == null ? "" : source.body();
		json.beginObject();
		json.name("file").value(source.file());
		json.name("id").value(source.id());
		json.name("title").value(source.title());
		json.name("published").value(source.published());
		json.name("sha256").value(source.sha256());
		json.name("body").value(body);

		json.name("actors").beginArray();
		for (Entity actor : byFirstMention(source.actors())) {
			json.beginObject().name("name").value(actor.name()).name("kind").value(actor.kind()).name("country").value(actor.country());
			mentions(body, actor.mentions());
			json.endObject();
		}
		json.endArray();

		json.name("locations").beginArray();
		for (Entity location : byFirstMention(source.locations())) {
			json.beginObject().name("name").value(location.name()).name("country").value(location.country());
			mentions(body, location.mentions());
			json.endObject();
		}
		json.endArray();

		json.name("claims").beginArray();
		List<Claim> claims = new ArrayList<>(source.claims());
		claims.removeIf(c -> c.evidence() == null || c.evidence().start() == null);
		claims.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparing(c -> String.valueOf(c.text())));
		for (Claim claim : claims) {
			json.beginObject().name("speaker").value(claim.speaker()).name("direct").value(claim.direct()).name("text").value(claim.text());
			offsets(body, claim.evidence().start(), claim.evidence().end(), claim.text());
			json.endObject();
		}
		json.endArray();

		json.name("relationships").beginArray();
		for (Relationship r : firstPerTriple(source.relationships())) {
			json.beginObject().name("from").value(r.from()).name("to").value(r.to()).name("cameo").value(root(r.eventCode()))
					.name("confidence").value(r.confidence());
			json.name("evidence").beginObject().name("text").value(r.evidence().text());
			offsets(body, r.evidence().start(), r.evidence().end(), r.evidence().text());
			json.endObject();
			json.endObject();
		}
		json.endArray();
		json.endObject();
		return this;
	}

	/** Closes the export. */
	public void finish() {
		json.endArray().endObject().finish();
	}

	/** Entities with a mention, their mentions by position, ordered by the first mention, then by name. */
	private static List<Entity> byFirstMention(List<Entity> entities) {
		List<Entity> out = new ArrayList<>();
		for (Entity entity : entities) {
			List<Span> spans = new ArrayList<>(entity.mentions());
			spans.removeIf(s -> s.start() == null || s.end() == null);
			if (!spans.isEmpty()) {
				spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
				out.add(new Entity(entity.name(), entity.kind(), entity.country(), spans));
			}
		}
		out.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()).thenComparing(e -> String.valueOf(e.name())));
		return out;
	}

	/** Per (from, to, root): the evidence that comes first (the first given on a tie); rejected ones left out. */
	private static List<Relationship> firstPerTriple(List<Relationship> relationships) {
		Map<String, Relationship> byTriple = new LinkedHashMap<>();
		for (Relationship r : relationships) {
			if (r.rejected() || r.evidence() == null || r.evidence().start() == null) {
				continue;
			}
			String triple = name(r.from()) + "\u0000" + name(r.to()) + "\u0000" + root(r.eventCode());
			Relationship existing = byTriple.get(triple);
			if (existing == null || r.evidence().start() < existing.evidence().start()) {
				byTriple.put(triple, r);
			}
		}
		List<Relationship> out = new ArrayList<>(byTriple.values());
		out.sort(Comparator.comparingInt((Relationship r) -> r.evidence().start()).thenComparing(r -> name(r.from()))
				.thenComparing(r -> name(r.to())).thenComparing(r -> String.valueOf(root(r.eventCode()))));
		return out;
	}

	private void mentions(String body, List<Span> spans) {
		json.name("mentions").beginArray();
		Set<String> seen = new HashSet<>();
		for (Span span : spans) {
			if (span.text() != null && seen.add(span.text())) {
				json.beginObject().name("text").value(span.text());
				offsets(body, span.start(), span.end(), span.text());
				json.endObject();
			}
		}
		json.endArray();
	}

	/** Writes start/end only when they point at {@code text} in {@code body}. */
	private void offsets(String body, Integer start, Integer end, String text) {
		if (text != null && start != null && end != null && 0 <= start && start <= end && end <= body.length()
				&& body.substring(start, end).equals(text)) {
			json.name("start").value(start).name("end").value(end);
		}
	}

	/** @return the two-digit CAMEO root of an event code: "0421" gives "04" */
	public static String root(String eventCode) {
		if (eventCode == null) {
			return null;
		}
		String code = eventCode.strip();
		return code.length() >= 2 ? code.substring(0, 2) : code;
	}

	private static String name(String name) {
		return name == null ? "" : name;
	}
}
