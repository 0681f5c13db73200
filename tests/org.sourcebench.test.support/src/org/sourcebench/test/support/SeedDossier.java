package org.sourcebench.test.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.dossier.DossierExtraction;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportListener;
import org.sourcebench.ingest.dossier.DossierImport;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.edit.DossierEditingDomains;

/**
 * The seed article ({@code /work/shared/samples/000_e2a23cc3f04865a0.txt}, or the folder named by the system
 * property {@code sourcebench.samples}) imported and extracted into a fresh dossier, the way the workbench does
 * it: both steps are commands on the dossier's editing domain.
 */
public record SeedDossier(AdapterFactoryEditingDomain domain, Dossier dossier, Source source) {

	static final String SEED = "000_e2a23cc3f04865a0.txt";

	/** @return the seed article's file */
	public static Path seedFile() {
		Path file = Path.of(System.getProperty("sourcebench.samples", "/work/shared/samples")).resolve(SEED);
		assertTrue(Files.isRegularFile(file), "seed article missing: " + file);
		return file;
	}

	/** Imports and extracts the seed article. */
	public static SeedDossier load() {
		Dossier dossier = Dossiers.newDossier("Seed");
		AdapterFactoryEditingDomain domain = DossierEditingDomains.createFor(dossier);
		DossierImport.Outcome imported = new DossierImport(domain, dossier).run(List.of(seedFile()), new ArticleImporter(), ImportListener.NONE);
		assertFalse(imported.sources().isEmpty(), "seed article not imported: " + imported.result());
		new DossierExtraction(ExtractionEngine.createDefault()).run(domain, dossier, imported.sources(), (i, s) -> {
		});
		assertFalse(dossier.getRelationships().isEmpty(), "no relationships extracted from the seed article");
		return new SeedDossier(domain, dossier, imported.sources().get(0));
	}
}
