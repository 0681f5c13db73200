package org.sourcebench.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionWarning;
import org.sourcebench.extract.dossier.DossierExtraction;
import org.sourcebench.extract.dossier.ExtractionStoppedException;
import org.sourcebench.extract.dossier.TimeLimitedExtraction;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.dossier.DossierImport;
import org.sourcebench.ingest.dossier.ImportArticlesCommand;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.model.geo.CountryNames;

/**
 * Extracts one input article into the rows of every output table, the way the desktop does it: the article is
 * read by the ingest readers (or built from JSON Lines fields), imported into a dossier of its own and extracted
 * by {@link DossierExtraction} with the shared {@link ExtractionEngine}; the rows are read off that dossier.
 * So a job's rows agree with {@code sourcebench analyze --json} on the same file.
 * <p>
 * Never throws: any failure of one article, {@link Error}s such as a stack overflow included, becomes a
 * {@code reject} row naming the article and the reason; so does an article whose extraction runs past the time limit
 * per article ({@link TimeLimitedExtraction}: system property {@value TimeLimitedExtraction#PROPERTY} of the executor,
 * whole seconds, default 60), which is stopped with nothing of it written, and the partition goes on with the next. An
 * article extracted in part (a stage of the engine failed) keeps its rows and gets one {@code warnings} row per failed
 * stage. The engine is built once per JVM (executor) and shared by its task threads; it is thread-safe.
 */
public final class ArticleExtraction {

	private ArticleExtraction() {
	}

	/** The engine of this JVM: models and dictionaries load once, on the first article an executor sees. */
	private static final class Engine {
		static final ExtractionEngine INSTANCE = ExtractionEngine.createDefault();
	}

	/** @param input a row of {@link Tables#INPUT} @return a row of {@link Tables#ARTICLE} */
	public static Row extract(Row input) {
		String id = input.getAs("id");
		String file = input.getAs("file");
		String sourceId = id != null ? id : file;
		try {
			String corrupt = input.getAs("corrupt");
			if (corrupt != null) {
				return reject(sourceId, file, "not a JSON object: " + abbreviate(corrupt));
			}
			if (sourceId == null || sourceId.isBlank()) {
				return reject(sourceId, file, "the record has no id");
			}
			byte[] content = input.getAs("content");
			ParsedArticle article = content != null ? readFile(file, content) : fromFields(input);
			return extract(sourceId, article);
		} catch (ImportException e) {
			return reject(sourceId, file, e.getDetail());
		} catch (VirtualMachineError | RuntimeException | LinkageError | IOException e) {
			// OutOfMemoryError and StackOverflowError are VirtualMachineErrors: this article is lost, the job goes on
			return reject(sourceId, file, e.toString());
		}
	}

	private static Row extract(String sourceId, ParsedArticle article) {
		Dossier dossier = Dossiers.newDossier("batch");
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		Source source = DossierImport.toSource(article, Instant.EPOCH);
		domain.getCommandStack().execute(new ImportArticlesCommand(domain, dossier, List.of(source), Instant.EPOCH));
		DossierExtraction.Outcome outcome = new DossierExtraction(Engine.INSTANCE, TimeLimitedExtraction.fromProperty())
				.run(domain, dossier, List.of(source), (index, s) -> { });
		RuntimeException failure = outcome.failures().get(source);
		if (failure != null) {
			// the reject row names the article; an engine exception is the engine's, not the file's
			return reject(sourceId, article.fileName(), failure instanceof ExtractionStoppedException stopped
					? stopped.detail() : "extraction failed: " + failure);
		}
		List<Row> warnings = new ArrayList<>();
		for (ExtractionWarning w : outcome.warnings().getOrDefault(source, List.of())) {
			warnings.add(RowFactory.create(sourceId, source.getOriginalFileName(), w.stage(), w.message()));
		}
		return rows(sourceId, dossier, source, warnings);
	}

	private static Row rows(String sourceId, Dossier dossier, Source source, List<Row> warnings) {
		List<Row> actors = new ArrayList<>();
		List<Row> mentions = new ArrayList<>();
		List<Row> locations = new ArrayList<>();
		List<Row> claims = new ArrayList<>();
		List<Row> relationships = new ArrayList<>();
		int n = 0;
		for (Actor a : dossier.getActors()) {
			String actorId = sourceId + "#a" + (n++);
			actors.add(RowFactory.create(sourceId, actorId, a.getCanonicalName(), lower(a.getKind()),
					CountryNames.name(a.getCountry()), a.getAliases().toArray(String[]::new)));
			mentions(sourceId, "actor", actorId, a.getMentions(), source, mentions);
		}
		n = 0;
		for (Location l : dossier.getLocations()) {
			String locationId = sourceId + "#l" + (n++);
			locations.add(RowFactory.create(sourceId, locationId, l.getName(), lower(l.getKind()),
					CountryNames.name(l.getCountryCode()), l.getLatitude(), l.getLongitude(), l.getGeoNamesId()));
			mentions(sourceId, "location", locationId, l.getMentions(), source, mentions);
		}
		n = 0;
		for (Claim c : dossier.getClaims()) {
			Span e = c.getEvidence();
			claims.add(RowFactory.create(sourceId, sourceId + "#c" + (n++),
					c.getSpeaker() == null ? null : c.getSpeaker().getCanonicalName(), c.isDirectQuote(),
					c.getText() != null ? c.getText() : e == null ? null : e.getText(), c.getCue(),
					e == null ? null : e.getBegin(), e == null ? null : e.getEnd(), e == null ? null : e.getText()));
		}
		n = 0;
		for (Relationship r : dossier.getRelationships()) {
			String relationshipId = sourceId + "#r" + (n++);
			List<Span> evidence = new ArrayList<>(r.getEvidence());
			evidence.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
			for (Span e : evidence) {
				relationships.add(RowFactory.create(sourceId, relationshipId,
						r.getFrom() == null ? null : r.getFrom().getCanonicalName(),
						r.getTo() == null ? null : r.getTo().getCanonicalName(), r.getEventCode(), r.getEventLabel(),
						r.getQuadClass() == null ? null : r.getQuadClass().getValue(), r.getGoldstein(),
						r.getConfidence(), lower(r.getStatus()), e.getText(), e.getBegin(), e.getEnd()));
			}
		}
		Row sourceRow = RowFactory.create(sourceId, source.getOriginalFileName(), source.getUrl(), source.getOutlet(),
				source.getTitle(), published(source), source.getLanguage(), source.getFormat(), source.getSha256(),
				source.getBody());
		return RowFactory.create(sourceRow, actors.toArray(), mentions.toArray(), locations.toArray(),
				claims.toArray(), relationships.toArray(), null, warnings.toArray());
	}

	private static void mentions(String sourceId, String type, String entityId, List<Span> spans, Source source,
			List<Row> out) {
		List<Span> sorted = new ArrayList<>();
		for (Span s : spans) {
			if (s.getSource() == source) {
				sorted.add(s);
			}
		}
		sorted.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
		for (Span s : sorted) {
			out.add(RowFactory.create(sourceId, type, entityId, s.getText(), s.getBegin(), s.getEnd()));
		}
	}

	/** Reads a file's bytes with the ingest readers (format by extension, as on the desktop). */
	private static ParsedArticle readFile(String file, byte[] content) throws IOException, ImportException {
		Path dir = Files.createTempDirectory("sourcebench-article");
		Path path = dir.resolve(Path.of(file).getFileName().toString());
		try {
			Files.write(path, content);
			return new ArticleImporter().read(path);
		} finally {
			Files.deleteIfExists(path);
			Files.deleteIfExists(dir);
		}
	}

	/** A JSON Lines record: {@code id}, {@code url}, {@code outlet}, {@code published} (ISO 8601), {@code title}, {@code body}. */
	private static ParsedArticle fromFields(Row input) throws ImportException {
		String id = input.getAs("id");
		String body = input.getAs("body");
		Path name = Path.of(id.replace('/', '_'));
		if (body == null || body.isBlank()) {
			throw new ImportException(name, ImportProblem.Reason.EMPTY, "the record has no body");
		}
		ParsedArticle.Builder b = ParsedArticle.builder(name, ArticleFormat.TEXT, RawFile.sha256(body))
				.title(input.getAs("title")).outlet(input.getAs("outlet")).url(input.getAs("url")).body(body);
		String published = input.getAs("published");
		if (published != null && !published.isBlank()) {
			try {
				OffsetDateTime t = OffsetDateTime.parse(published);
				b.published(t.toLocalDateTime(), t.getOffset());
			} catch (DateTimeParseException withoutZone) {
				try {
					b.published(published.length() == 10 ? LocalDateTime.parse(published + "T00:00")
							: LocalDateTime.parse(published), (ZoneOffset) null);
				} catch (DateTimeParseException e) {
					throw new ImportException(name, ImportProblem.Reason.MALFORMED,
							"published is not an ISO 8601 date: " + abbreviate(published));
				}
			}
		}
		return b.build();
	}

	private static Row reject(String sourceId, String file, String reason) {
		return RowFactory.create(null, new Object[0], new Object[0], new Object[0], new Object[0], new Object[0],
				RowFactory.create(sourceId, file, reason), new Object[0]);
	}

	private static String published(Source source) {
		if (source.getPublished() == null) {
			return null;
		}
		return source.isPublishedZoneKnown() ? source.getPublished().toString()
				: source.getPublished().toLocalDateTime().toString();
	}

	/** The lower-case name of a model enumeration literal, as the JSON export writes it. */
	private static String lower(Enumerator literal) {
		return literal == null ? null : literal.getName().toLowerCase(Locale.ROOT);
	}

	private static String abbreviate(String s) {
		return s.length() <= 80 ? s : s.substring(0, 77) + "...";
	}
}
