package org.sourcebench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.dossier.DossierExtraction;
import org.sourcebench.extract.dossier.ExtractionStoppedException;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportResult;
import org.sourcebench.ingest.dossier.DossierImport;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.store.DossierStore;

/**
 * {@code sourcebench analyze}: import files into a dossier (new or existing), run extraction on the new
 * sources, save the dossier and write the exports.
 * <p>
 * Nothing is written before the import has produced something: a run in which every file fails leaves
 * existing outputs as they were. Every output is written atomically (dossier by {@link DossierStore}, JSON
 * by {@link Outputs}), so an interrupted or failed run never leaves a half-written file.
 */
final class AnalyzeCommand {

	private final PrintStream out;
	private final ProgressReporter progress;
	private final AnalyzeOptions options;
	private final Supplier<ExtractionEngine> engines;

	AnalyzeCommand(AnalyzeOptions options, PrintStream out, PrintStream err, Supplier<ExtractionEngine> engines) {
		this.options = options;
		this.out = out;
		this.progress = new ProgressReporter(err, options.quiet());
		this.engines = engines;
	}

	int run() {
		if (options.dossier() == null) {
			return runLocked();
		}
		return DossierFile.underLock(options.dossier(), progress, this::runLocked);
	}

	private int runLocked() {
		int exit = ExitCodes.OK;

		ResourceSet resourceSet = DossierStore.createResourceSet();
		AdapterFactoryEditingDomain domain = DossierFile.newDomain(resourceSet);
		boolean existing = options.dossier() != null && Files.exists(options.dossier());
		Dossier dossier = options.dossier() == null ? Dossiers.newDossier("Analysis")
				: DossierFile.openOrCreate(options.dossier(), resourceSet, progress);
		if (dossier == null) {
			return ExitCodes.OUTPUT_FAILED;
		}
		int sourcesBefore = dossier.getSources().size();
		Dossier opened = dossier;
		progress.describeOriginalsWith(key -> describeOriginal(opened, key));

		DossierImport.Outcome imported = new DossierImport(domain, dossier)
				.run(options.inputs(), new ArticleImporter(options.maxFileSize()), progress);
		ImportResult result = imported.result();
		if (result.articles().isEmpty() && (result.hasProblems() || result.duplicates().isEmpty())) {
			progress.error(result.hasProblems() ? "no article could be imported; nothing written"
					: "no article files found in " + options.inputs() + "; nothing written");
			return ExitCodes.NOTHING_IMPORTED;
		}
		if (result.hasProblems()) {
			exit = Math.max(exit, ExitCodes.SOME_FILES_FAILED);
		}

		String extracted = "";
		if (options.extract() && !imported.sources().isEmpty()) {
			exit = Math.max(exit, extract(domain, dossier, imported.sources()));
			extracted = String.format("; dossier now has %d actors, %d locations, %d claims, %d relationships",
					dossier.getActors().size(), dossier.getLocations().size(), dossier.getClaims().size(),
					dossier.getRelationships().size());
		}

		if (options.dossier() != null && (!existing || !imported.sources().isEmpty())) {
			try {
				new DossierStore().save(dossier, options.dossier());
			} catch (IOException e) {
				progress.error(e.getMessage());
				return ExitCodes.OUTPUT_FAILED;
			}
		}
		if (options.json() != null) {
			exit = Math.max(exit, Outputs.writeJson(dossier, options.json(), out, progress));
		}
		int excel = options.xlsx() == null ? ExitCodes.OK : ExcelOutput.write(dossier, options.xlsx(), progress);
		exit = Math.max(exit, excel);

		progress.info(result.summary() + extracted + ".");
		if (options.dossier() != null) {
			progress.info((existing ? "Added to " : "Created ") + options.dossier() + ": "
					+ sourcesBefore + " + " + imported.sources().size() + " = " + dossier.getSources().size()
					+ " sources.");
		}
		if (options.json() != null && !options.json().equals("-") && exit != ExitCodes.OUTPUT_FAILED) {
			progress.info("Wrote " + options.json() + ".");
		}
		if (options.xlsx() != null && excel == ExitCodes.OK) {
			progress.info("Wrote " + options.xlsx() + ".");
		}
		return exit;
	}

	private int extract(AdapterFactoryEditingDomain domain, Dossier dossier, List<Source> sources) {
		ExtractionEngine engine;
		try {
			engine = engines.get();
		} catch (RuntimeException | LinkageError e) {
			progress.error("the extraction engine cannot start (" + e + "); sources imported without extraction");
			return ExitCodes.SOME_FILES_FAILED;
		}
		DossierExtraction.Outcome outcome = new DossierExtraction(engine, Duration.ofSeconds(options.timeLimit()))
				.run(domain, dossier, sources, (index, source) -> progress.extracting(index, sources.size(), label(source)));
		outcome.failures().forEach((source, e) -> progress.error(label(source) + ": " + failure(e)
				+ "; the source is imported without extraction results"));
		// always shown, like failures; the message names the file and the stage. The exit status says that the
		// results are incomplete (a script must notice), the source keeps what the other stages found.
		outcome.warnings().values().forEach(warnings -> warnings.forEach(w -> progress.error("warning: " + w.message())));
		return outcome.failures().isEmpty() && outcome.warnings().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
	}

	/** Why a source was not extracted, in words: the file was read, so an engine error is not the file's fault. */
	private static String failure(RuntimeException e) {
		if (e instanceof ExtractionStoppedException stopped) {
			return stopped.detail();
		}
		return "extraction failed (an error in Sourcebench's extraction engine, not in the file: "
				+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
	}

	/** Sources already in the dossier are keyed "source:ID" by the import; name their file instead. */
	private static String describeOriginal(Dossier dossier, String key) {
		if (key.startsWith(DossierImport.SOURCE_KEY_PREFIX)) {
			String id = key.substring(DossierImport.SOURCE_KEY_PREFIX.length());
			for (Source source : dossier.getSources()) {
				if (id.equals(source.getId())) {
					return label(source) + " (already in the dossier)";
				}
			}
		}
		return key;
	}

	private static String label(Source source) {
		return source.getOriginalFileName() != null ? source.getOriginalFileName() : source.getId();
	}
}
