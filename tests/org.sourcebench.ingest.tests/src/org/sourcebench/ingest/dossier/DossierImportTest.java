package org.sourcebench.ingest.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportListener;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.test.support.TestArticles;

class DossierImportTest {

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@TempDir
	Path dir;

	private AdapterFactoryEditingDomain domain;
	private Dossier dossier;
	private DossierImport dossierImport;

	@BeforeEach
	void createDossier() {
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/test.sbx"));
		domain.getResourceSet().getResources().add(resource);
		dossier = Dossiers.newDossier("Test");
		dossier.setModified(CREATED);
		resource.getContents().add(dossier);
		dossierImport = new DossierImport(domain, dossier, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private DossierImport.Outcome importFiles(Path... files) {
		return dossierImport.run(List.of(files), new ArticleImporter(), ImportListener.NONE);
	}

	@Test
	void articlesBecomeSourcesWithTheirMetadata() {
		Path seed = TestArticles.copy("scraped/000_e2a23cc3f04865a0.txt", dir);
		Path html = TestArticles.copy("html/article.html", dir);

		DossierImport.Outcome outcome = importFiles(seed, html);

		assertEquals(2, dossier.getSources().size());
		Source scraped = dossier.getSources().get(0);
		assertNotNull(scraped.getId());
		assertEquals("International Cooperation Needed in Syria", scraped.getTitle());
		assertEquals("646570", scraped.getStoryCode());
		assertEquals(OffsetDateTime.parse("2017-06-17T04:18Z"), scraped.getPublished());
		assertFalse(scraped.isPublishedZoneKnown(), "no zone in the file: stored as UTC and flagged");
		assertEquals("000_e2a23cc3f04865a0.txt", scraped.getOriginalFileName());
		assertEquals("txt", scraped.getFormat());
		assertEquals("en", scraped.getLanguage());
		assertEquals(RawFile.sha256(TestArticles.bytes("scraped/000_e2a23cc3f04865a0.txt")), scraped.getSha256());
		assertEquals(TestArticles.text("scraped/000_e2a23cc3f04865a0.body.txt"), scraped.getBody());
		assertEquals(NOW, scraped.getRetrieved());
		assertNull(scraped.getNotes());

		Source web = dossier.getSources().get(1);
		assertEquals(OffsetDateTime.parse("2017-07-10T09:30+02:00"), web.getPublished());
		assertTrue(web.isPublishedZoneKnown());
		assertEquals("Levant Wire", web.getOutlet());
		assertEquals("https://levantwire.example/2017/07/10/geneva-seventh-round", web.getUrl());
		assertEquals("html", web.getFormat());
		assertEquals(outcome.sources(), dossier.getSources());
		assertEquals(NOW, dossier.getModified());
	}

	@Test
	void oneUndoRemovesTheWholeImport() {
		DossierImport.Outcome outcome = importFiles(TestArticles.copy("text/titled.txt", dir),
				TestArticles.copy("docx/article.docx", dir));

		assertEquals("Import Articles", outcome.command().getLabel());
		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertTrue(dossier.getSources().isEmpty());
		assertEquals(CREATED, dossier.getModified());
		domain.getCommandStack().redo();
		assertEquals(2, dossier.getSources().size());
		assertEquals(NOW, dossier.getModified());
	}

	@Test
	void aReprintIsNotedWithItsOriginal() {
		importFiles(TestArticles.copy("dedup/a-original.txt", dir), TestArticles.copy("dedup/c-reprint.txt", dir));

		Source original = dossier.getSources().get(0);
		String note = dossier.getSources().get(1).getNotes();
		assertNotNull(note);
		assertTrue(note.startsWith("Reprint of \u201CRussia Pushes Guarantors to Finalise Syria De-escalation Maps\u201D "
				+ "(a-original.txt, source " + original.getId() + "): "), note);
		assertTrue(note.matches(".*: \\d{2}% of its four-word sequences are shared\\."), note);
	}

	@Test
	void sourcesAlreadyInTheDossierAreComparedToo() {
		importFiles(TestArticles.copy("dedup/a-original.txt", dir));
		Source existing = dossier.getSources().get(0);

		DossierImport.Outcome second = importFiles(TestArticles.copy("dedup/a-original.txt", dir.resolve("again")),
				TestArticles.copy("dedup/b-same-text.txt", dir), TestArticles.copy("dedup/c-reprint.txt", dir));

		assertEquals(2, second.result().duplicates().size());
		assertEquals("source:" + existing.getId(), second.result().duplicates().get(0).originalKey());
		assertEquals(1, second.sources().size());
		assertEquals(2, dossier.getSources().size());
		assertTrue(second.sources().get(0).getNotes().contains("source " + existing.getId()));
	}

	@Test
	void whenNothingIsImportedNoCommandIsExecuted() {
		DossierImport.Outcome outcome = importFiles(TestArticles.copy("bad/empty.txt", dir));

		assertNull(outcome.command());
		assertTrue(outcome.sources().isEmpty());
		assertEquals(1, outcome.result().problems().size());
		assertFalse(domain.getCommandStack().canUndo());
		assertEquals(CREATED, dossier.getModified());
	}
}
