package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sourcebench.core.json.JsonWriter;
import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.LearnedActorDetector;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.actors.LearnedCoref;
import org.sourcebench.extract.claims.DocumentSpeakers;
import org.sourcebench.extract.claims.LearnedCues;
import org.sourcebench.extract.claims.LearnedSpeakers;
import org.sourcebench.extract.locations.LearnedLocations;
import org.sourcebench.extract.locations.LearnedPlaces;
import org.sourcebench.extract.relations.DocumentPairs;
import org.sourcebench.extract.relations.LearnedReroot;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.syntax.TransitionParser;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.scraped.ScrapedPageReader;
import org.sourcebench.ingest.text.PlainTextReader;
import org.sourcebench.test.support.TestArticles;

/**
 * The engine's results in the export schema of shared/eval/SCORING.md (the fields score.py reads, with offsets),
 * without a dossier: used by the evaluation tests and, as a plain-JVM main, by
 * {@code releng/scripts/eval-extract.sh} to score the engine on article folders in seconds.
 */
public final class EngineExport {

	private final StringWriter out = new StringWriter();
	private final JsonWriter json = new JsonWriter(out).beginObject().name("sources").beginArray();

	/** Adds one source: {@code file} is the article's file name, matched to the gold file's {@code article}. */
	public EngineExport add(String file, DocumentExtraction d) {
		json.beginObject().name("file").value(file).name("body").value(d.body()).name("actors").beginArray();
		for (ExtractedActor a : d.actors()) {
			json.beginObject().name("name").value(a.name()).name("kind").value(ActorKinds.id(a.kind()));
			mentions(a.mentions());
			json.endObject();
		}
		json.endArray().name("locations").beginArray();
		for (ExtractedLocation l : d.locations()) {
			json.beginObject().name("name").value(l.name()).name("country").value(l.country());
			mentions(l.mentions());
			json.endObject();
		}
		json.endArray().name("claims").beginArray();
		for (ExtractedClaim c : d.claims()) {
			json.beginObject().name("speaker").value(c.speaker()).name("direct").value(c.direct()).name("text")
					.value(c.text()).name("start").value(c.evidence().begin()).name("end")
					.value(c.evidence().end()).endObject();
		}
		json.endArray().name("relationships").beginArray();
		for (ExtractedRelationship r : d.relationships()) {
			json.beginObject().name("from").value(r.from()).name("to").value(r.to()).name("cameo")
					.value(r.cameoCode()).name("confidence").value(r.confidence()).name("evidence").beginObject().name("text").value(r.evidence().text())
					.name("start").value(r.evidence().begin()).name("end").value(r.evidence().end()).endObject()
					.endObject();
		}
		json.endArray();
		if (!d.warnings().isEmpty()) { // only then: the exports of complete extractions stay as they were
			json.name("warnings").beginArray();
			d.warnings().forEach(w -> json.value(w.message()));
			json.endArray();
		}
		json.endObject();
		return this;
	}

	private void mentions(List<TextSpan> spans) {
		json.name("mentions").beginArray();
		List<String> seen = new ArrayList<>();
		for (TextSpan m : spans) {
			if (!seen.contains(m.text())) {
				seen.add(m.text());
				json.beginObject().name("text").value(m.text()).name("start").value(m.begin()).name("end")
						.value(m.end()).endObject();
			}
		}
		json.endArray();
	}

	/** Writes the export to {@code file} through a temp file in its folder. */
	public Path write(Path file) throws IOException {
		json.endArray().endObject().finish();
		Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
		Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
		Files.writeString(tmp, out.toString(), StandardCharsets.UTF_8);
		return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The options of the learned components' training dumps. */
	private static final Set<String> DUMPS = Set.of("--features", "--location-features", "--actor-features",
			"--claim-features", "--actor-candidates", "--place-features", "--relation-features", "--docpair-features",
			"--speaker22-features", "--coref-features", "--claimcue23-features", "--speaker24-features",
			"--reroot-features");

	/**
	 * {@code EngineExport [--parser-events] OUT.json FILE_OR_DIR...}: extracts every {@code .txt} article (a title
	 * line, then the body; the seed's scraped page is read as the evaluation tests read it) and writes the export.
	 */
	public static void main(String[] args) throws IOException {
		int i = 0;
		ExtractionEngine engine = ExtractionEngine.createDefault();
		if (args.length > 0 && args[0].equals("--parser-events")) {
			engine = ExtractionEngine.withParser(new TransitionParser());
			i++;
		}
		// the learned components' training dumps: --features (the relation proposer's pairs), --location-features,
		// --actor-features, --claim-features, --relation-features, each with its file
		Map<String, Path> dumpFiles = new LinkedHashMap<>();
		while (args.length > i + 1 && DUMPS.contains(args[i])) {
			dumpFiles.put(args[i], Path.of(args[i + 1]));
			i += 2;
		}
		Map<String, StringBuilder> dumps = new LinkedHashMap<>();
		dumpFiles.keySet().forEach(option -> dumps.put(option, new StringBuilder()));
		StringBuilder features = dumps.get("--features");
		StringBuilder locationFeatures = dumps.get("--location-features");
		StringBuilder actorFeatures = dumps.get("--actor-features");
		StringBuilder claimFeatures = dumps.get("--claim-features");
		StringBuilder actorCandidates = dumps.get("--actor-candidates");
		StringBuilder placeFeatures = dumps.get("--place-features");
		StringBuilder relationFeatures = dumps.get("--relation-features");
		StringBuilder docpairFeatures = dumps.get("--docpair-features");
		StringBuilder speakerFeatures = dumps.get("--speaker22-features");
		StringBuilder corefFeatures = dumps.get("--coref-features");
		StringBuilder cueFeatures = dumps.get("--claimcue23-features");
		StringBuilder speaker24Features = dumps.get("--speaker24-features");
		StringBuilder rerootFeatures = dumps.get("--reroot-features");
		if (actorFeatures != null || relationFeatures != null) {
			LearnedActorFilter.dumpFeatures();
		}
		if (args.length - i < 2) {
			System.err.println("usage: EngineExport [--parser-events] [--features OUT.tsv] [--location-features OUT.tsv] "
					+ "[--actor-features OUT.tsv] [--claim-features OUT.tsv] [--actor-candidates OUT.tsv] [--place-features OUT.tsv] "
					+ "[--relation-features OUT.tsv] [--docpair-features OUT.tsv] [--speaker22-features OUT.tsv] "
					+ "[--coref-features OUT.tsv] [--claimcue23-features OUT.tsv] [--speaker24-features OUT.tsv] "
					+ "[--reroot-features OUT.tsv] OUT.json FILE_OR_DIR...");
			System.exit(2);
		}
		Path target = Path.of(args[i++]);
		List<Path> files = new ArrayList<>();
		for (; i < args.length; i++) {
			addArticles(Path.of(args[i]), files);
		}
		EngineExport export = new EngineExport();
		boolean undated = Boolean.getBoolean("sourcebench.eval.undated");
		int dated = 0;
		for (Path f : files) {
			String name = f.getFileName().toString();
			String body = name.equals(TestResources.SEED + ".txt") ? TestResources.body(TestResources.SEED)
					: TestResources.titleThenBody(Files.readString(f, StandardCharsets.UTF_8));
			LocalDate date = undated ? null : published(f);
			dated += date == null ? 0 : 1;
			LearnedRoots.Sink sink = features == null && locationFeatures == null && placeFeatures == null ? null : c -> {
				StringBuilder dump = c.to().equals(LearnedLocations.ROW) ? locationFeatures
						: c.to().startsWith(LearnedPlaces.ROW + "|") ? placeFeatures : features;
				if (dump != null) {
					appendRow(dump, name, c);
				}
			};
			LearnedActorFilter.Sink actorSink = actorFeatures == null ? null
					: (actor, begin, fs) -> actorFeatures.append(name).append('\t').append(actor).append("\t\t")
							.append(begin).append('\t').append(begin).append('\t').append(String.join(" ", fs))
							.append('\n');
			LearnedRoots.Sink claimSink = claimFeatures == null ? null : c -> appendRow(claimFeatures, name, c);
			LearnedActorDetector.dumpTo(actorCandidates == null ? null : c -> appendRow(actorCandidates, name, c));
			DocumentSpeakers.dumpTo(speakerFeatures == null ? null : c -> appendRow(speakerFeatures, name, c));
			LearnedCoref.dumpTo(corefFeatures == null ? null : c -> appendRow(corefFeatures, name, c));
			LearnedCues.dumpTo(cueFeatures == null ? null : c -> appendRow(cueFeatures, name, c));
			LearnedSpeakers.dumpTo(speaker24Features == null ? null : c -> appendRow(speaker24Features, name, c));
			LearnedRoots.Sink relationSink = relationFeatures == null ? null : c -> appendRow(relationFeatures, name, c);
			DocumentPairs.dumpTo(docpairFeatures == null ? null : c -> appendRow(docpairFeatures, name, c));
			LearnedReroot.dumpTo(rerootFeatures == null ? null : c -> appendRow(rerootFeatures, name, c));
			DocumentExtraction d = engine.extract(body, ExtractionOptions.dated(date).withDocument(name)
					.withTrainingDumps(sink, actorSink, claimSink, relationSink));
			// as the CLI and the import job: a failed stage is reported, the article keeps the others' results
			d.warnings().forEach(w -> System.err.println("WARNING " + w.message()));
			export.add(name, d);
		}
		for (Map.Entry<String, Path> dump : dumpFiles.entrySet()) {
			Files.writeString(dump.getValue(), dumps.get(dump.getKey()), StandardCharsets.UTF_8);
		}
		System.out.println("export: " + export.write(target) + " (" + files.size() + " articles, " + dated + " dated)");
	}

	/** One row of a training dump: file, from, to, begin, end, the candidate's features. */
	private static void appendRow(StringBuilder dump, String file, LearnedRoots.Candidate c) {
		dump.append(file).append('\t').append(c.from()).append('\t').append(c.to()).append('\t').append(c.begin())
				.append('\t').append(c.end()).append('\t').append(String.join(" ", c.features())).append('\n');
	}

	/**
	 * The publication date the product would have for an article, as the workbench and the CLI pass it to the engine:
	 * the date the importer reads from the file (the seed's scraped page: its date line; a plain-text article: a date
	 * paragraph at the top, which these files seldom have), else the date recorded for the article's page in its
	 * batch's sources table ({@code README.md} / {@code SOURCES-*.md} next to {@code articles/}: a row whose first
	 * cell is the article's name) when that date cell starts with an ISO date — the page's own date line or address,
	 * which the HTML importer reads from the live page. A date the annotator only inferred from the events ("not in
	 * the stored copy (...)") is not used: the product would not have it from the stored text. Null when unknown.
	 */
	static LocalDate published(Path article) throws IOException {
		String name = article.getFileName().toString();
		LocalDateTime read = null;
		try {
			read = name.equals(TestResources.SEED + ".txt")
					? new ScrapedPageReader().read(TestArticles.raw("scraped/" + TestResources.SEED + ".txt")).published()
					: new PlainTextReader().read(new RawFile(article, Files.readAllBytes(article))).published();
		} catch (ImportException e) {
			// no date from the importer; the sources table may have one
		}
		if (read != null) {
			return read.toLocalDate();
		}
		Path batch = article.toRealPath().getParent().getParent();
		if (batch == null || !Files.isDirectory(batch)) {
			return null;
		}
		String stem = name.substring(0, name.length() - ".txt".length());
		try (Stream<Path> s = Files.list(batch)) {
			for (Path table : s.filter(t -> t.getFileName().toString().matches("README\\.md|SOURCES.*\\.md")).sorted()
					.toList()) {
				LocalDate d = tableDate(Files.readAllLines(table, StandardCharsets.UTF_8), stem);
				if (d != null) {
					return d;
				}
			}
		}
		return null;
	}

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b");

	/** The ISO date in the {@code date} column of the table row for {@code stem}, or null. */
	static LocalDate tableDate(List<String> lines, String stem) {
		int column = -1;
		for (String line : lines) {
			if (!line.startsWith("|")) {
				column = -1;
				continue;
			}
			String[] cells = line.split("\\|", -1);
			if (column < 0) {
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].strip().equals("date")) {
						column = c;
					}
				}
			} else if (cells.length > column && cells[1].strip().equals(stem)) {
				Matcher m = ISO_DATE.matcher(cells[column].strip());
				return m.find() ? LocalDate.parse(m.group(1)) : null;
			}
		}
		return null;
	}

	/** Adds an article file, or a folder's .txt articles in name order, to {@code files}. */
	static void addArticles(Path p, List<Path> files) throws IOException {
		if (Files.isDirectory(p)) {
			try (Stream<Path> s = Files.list(p)) {
				s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
			}
		} else {
			files.add(p);
		}
	}
}
