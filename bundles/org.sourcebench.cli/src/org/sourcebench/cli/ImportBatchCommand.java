package org.sourcebench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sourcebench.batch.BatchException;
import org.sourcebench.batch.BatchImport;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierStore;

/**
 * {@code sourcebench import-batch}: loads a selection of the Spark extraction job's Parquet output into a dossier
 * (new or existing), under the dossier's lock, saved atomically; optionally writes the JSON export afterwards.
 */
final class ImportBatchCommand {

	private final ImportBatchOptions options;
	private final PrintStream out;
	private final ProgressReporter progress;

	ImportBatchCommand(ImportBatchOptions options, PrintStream out, PrintStream err) {
		this.options = options;
		this.out = out;
		this.progress = new ProgressReporter(err, options.quiet());
	}

	int run() {
		return DossierFile.underLock(options.dossier(), progress, this::runLocked);
	}

	private int runLocked() {
		ResourceSet resourceSet = DossierStore.createResourceSet();
		AdapterFactoryEditingDomain domain = DossierFile.newDomain(resourceSet);
		boolean existing = Files.exists(options.dossier());
		Dossier dossier = DossierFile.openOrCreate(options.dossier(), resourceSet, progress);
		if (dossier == null) {
			return ExitCodes.OUTPUT_FAILED;
		}
		int before = dossier.getSources().size();
		BatchImport.Outcome outcome;
		try {
			outcome = new BatchImport(domain, dossier).run(options.batch(), options.selection());
		} catch (BatchException e) {
			progress.error(e.getMessage());
			return ExitCodes.NOTHING_IMPORTED;
		}
		if (outcome.added() == 0) {
			progress.error(outcome.selected() == 0 ? "no article of " + options.batch() + " matches the selection; nothing written"
					: "every selected article is already in the dossier; nothing written");
			return ExitCodes.NOTHING_IMPORTED;
		}
		try {
			new DossierStore().save(dossier, options.dossier());
		} catch (IOException e) {
			progress.error(e.getMessage());
			return ExitCodes.OUTPUT_FAILED;
		}
		int exit = ExitCodes.OK;
		if (options.json() != null) {
			exit = Outputs.writeJson(dossier, options.json(), out, progress);
		}
		progress.info("Imported " + outcome.added() + " of " + outcome.selected() + " selected articles"
				+ (outcome.duplicates() > 0 ? " (" + outcome.duplicates() + " already in the dossier)" : "")
				+ "; dossier now has " + dossier.getActors().size() + " actors, " + dossier.getLocations().size()
				+ " locations, " + dossier.getClaims().size() + " claims, " + dossier.getRelationships().size()
				+ " relationships.");
		progress.info((existing ? "Added to " : "Created ") + options.dossier() + ": " + before + " + "
				+ outcome.added() + " = " + dossier.getSources().size() + " sources.");
		return exit;
	}
}
