package org.sourcebench.extract.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractionCancelledException;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;

/**
 * Cancelling a {@link DossierExtraction} run (the workbench's Cancel): it takes effect inside a running article, also
 * one whose stage hangs, well before the time limit per article; the run stops there with a
 * {@link DossierExtraction.Cancellation} naming that article (not a failure, not a time limit) and the articles not
 * started. The articles extracted before the Cancel keep their results, recorded as one command (one undo takes them
 * away); the cancelled article and those after it get none.
 */
class CancelledExtractionTest {

	/** The engine's fault injector (org.sourcebench.extract.Stages): "STAGE:hang@DOCUMENT" hangs that stage there. */
	private static final String FAULT = "sourcebench.test.failing-stage";
	/** Well under the time limit of 60 s: the cancel ends the hung article within about a second. */
	private static final Duration BOUND = Duration.ofSeconds(5);

	@AfterEach
	void clearFault() {
		System.clearProperty(FAULT);
	}

	@Test
	void aCancelEndsAHangingArticleWellBeforeTheTimeLimitAndRecordsNothing() {
		AdapterFactoryEditingDomain domain = domain();
		Dossier dossier = Dossiers.newDossier("Test");
		Source good = source(dossier, "good.txt", "Turkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.");
		Source hanging = source(dossier, "hangs.txt", "Vladimir Putin met officials in Amman on Monday.");
		System.setProperty(FAULT, "claims:hang@hangs.txt");
		Source later = source(dossier, "later.txt", "Emmanuel Macron met Vladimir Putin in Moscow on Friday.");
		AtomicLong started = new AtomicLong();
		// Cancel pressed half a second into the hanging article
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE, TimeLimitedExtraction.DEFAULT)
				.run(domain, dossier, List.of(good, hanging, later), (index, source) -> {
					if (source == hanging) {
						started.set(System.nanoTime());
					}
				}, () -> started.get() != 0 && System.nanoTime() - started.get() > 500_000_000L);
		Duration took = Duration.ofNanos(System.nanoTime() - started.get()).minusMillis(500);

		assertTrue(took.compareTo(BOUND) < 0, "cancelled within " + took.toMillis() + " ms");
		assertTrue(outcome.cancelled() && outcome.failures().isEmpty(), outcome.toString());
		ExtractionCancelledException e = outcome.cancellation().cause();
		assertEquals("hangs.txt", e.document());
		assertEquals("hangs.txt: extraction cancelled", e.getMessage());
		assertEquals(List.of(hanging, later), outcome.cancellation().notAnalysed());
		assertTrue(names(dossier).contains("Recep Tayyip Erdogan"), "the article done before the Cancel keeps its results: "
				+ names(dossier));
		assertTrue(dossier.getActors().stream().flatMap(a -> a.getMentions().stream()).allMatch(m -> m.getSource() == good),
				"nothing of the cancelled article or the one after it: " + dossier.getActors());
		assertTrue(domain.getCommandStack().canUndo());
		assertEquals(outcome.command(), domain.getCommandStack().getUndoCommand(), "one command");
		domain.getCommandStack().undo();
		assertTrue(dossier.getActors().isEmpty() && dossier.getClaims().isEmpty() && dossier.getLocations().isEmpty(),
				"one undo takes the results away: " + dossier.getActors());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aCancelBetweenArticlesEndsTheRunBeforeTheNext() {
		Dossier dossier = Dossiers.newDossier("Test");
		Source first = source(dossier, "a.txt", "Turkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.");
		Source second = source(dossier, "b.txt", "Vladimir Putin met officials in Amman on Monday.");
		AtomicBoolean cancel = new AtomicBoolean();
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE).run(domain(), dossier,
				List.of(first, second), (index, source) -> cancel.set(index == 2), cancel::get);
		assertEquals("b.txt", outcome.cancellation().cause().document());
		assertEquals(List.of(second), outcome.cancellation().notAnalysed());
		assertTrue(names(dossier).contains("Recep Tayyip Erdogan"), "a.txt keeps its results: " + names(dossier));
		assertTrue(dossier.getActors().stream().flatMap(a -> a.getMentions().stream()).allMatch(m -> m.getSource() == first),
				dossier.getActors().toString());
	}

	@Test
	void aCancelBeforeTheFirstArticleRecordsNothing() {
		Dossier dossier = Dossiers.newDossier("Test");
		Source first = source(dossier, "a.txt", "Turkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.");
		AdapterFactoryEditingDomain domain = domain();
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE).run(domain, dossier,
				List.of(first), (index, source) -> {
				}, () -> true);
		assertEquals(List.of(first), outcome.cancellation().notAnalysed());
		assertTrue(outcome.command() == null && dossier.getActors().isEmpty(), dossier.getActors().toString());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void anUnsetSignalChangesNothing() {
		Dossier plain = Dossiers.newDossier("Plain");
		Dossier signalled = Dossiers.newDossier("Signalled");
		String body = "Russia's deputy UN ambassador Dmitry Polyansky said on Monday that the United States had attacked Iran.";
		new DossierExtraction(ExtractionFixture.ENGINE, Duration.ofMinutes(2)).run(domain(), plain,
				List.of(source(plain, "a.txt", body)), (index, source) -> {
				});
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE, Duration.ofMinutes(2))
				.run(domain(), signalled, List.of(source(signalled, "a.txt", body)), (index, source) -> {
				}, () -> false);
		assertTrue(outcome.failures().isEmpty() && outcome.warnings().isEmpty() && !outcome.cancelled(), outcome.toString());
		assertEquals(names(plain), names(signalled));
		assertEquals(plain.getClaims().size(), signalled.getClaims().size());
		assertEquals(plain.getRelationships().size(), signalled.getRelationships().size());
	}

	private static Source source(Dossier dossier, String file, String body) {
		Source source = Dossiers.newSource(body);
		source.setOriginalFileName(file);
		dossier.getSources().add(source);
		return source;
	}

	private static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	}

	private static List<String> names(Dossier dossier) {
		return dossier.getActors().stream().map(a -> a.getCanonicalName()).sorted().toList();
	}
}
