package org.sourcebench.extract.eval;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sourcebench.core.json.JsonWriter;
import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.syntax.TransitionParser;

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
		json.endArray().endObject();
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
		if (args.length - i < 2) {
			System.err.println("usage: EngineExport [--parser-events] OUT.json FILE_OR_DIR...");
			System.exit(2);
		}
		Path target = Path.of(args[i++]);
		List<Path> files = new ArrayList<>();
		for (; i < args.length; i++) {
			Path p = Path.of(args[i]);
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
				}
			} else {
				files.add(p);
			}
		}
		EngineExport export = new EngineExport();
		for (Path f : files) {
			String name = f.getFileName().toString();
			String body = name.equals(TestResources.SEED + ".txt") ? TestResources.body(TestResources.SEED)
					: TestResources.titleThenBody(Files.readString(f, StandardCharsets.UTF_8));
			export.add(name, engine.extract(body));
		}
		System.out.println("export: " + export.write(target) + " (" + files.size() + " articles)");
	}
}
