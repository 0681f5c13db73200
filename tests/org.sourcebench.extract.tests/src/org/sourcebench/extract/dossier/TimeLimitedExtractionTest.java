package org.sourcebench.extract.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractionFixture;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;

/**
 * The time limit per article ({@link TimeLimitedExtraction}, through {@link DossierExtraction}): an article whose
 * extraction hangs (a stage made to hang by the engine's test-only fault injector) is stopped at the limit, reported
 * by name with "the time limit", and leaves nothing in the dossier; the other articles are extracted.
 */
class TimeLimitedExtractionTest {

	/** The engine's fault injector (org.sourcebench.extract.Stages): "STAGE:hang@DOCUMENT" hangs that stage there. */
	private static final String FAULT = "sourcebench.test.failing-stage";

	@AfterEach
	void clearFault() {
		System.clearProperty(FAULT);
	}

	private static Source source(Dossier dossier, String file, String body) {
		Source source = Dossiers.newSource(body);
		source.setOriginalFileName(file);
		dossier.getSources().add(source);
		return source;
	}

	@Test
	void aHangingArticleIsStoppedAtTheLimitAndTheOthersAreExtracted() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Dossier dossier = Dossiers.newDossier("Test");
		Source hanging = source(dossier, "hangs.txt", "Vladimir Putin met officials in Amman on Monday.");
		Source good = source(dossier, "good.txt", "Turkish President Recep Tayyip Erdogan met Emmanuel Macron in Paris.");
		System.setProperty(FAULT, "claims:hang@hangs.txt");

		long start = System.nanoTime();
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE, Duration.ofSeconds(2))
				.run(domain, dossier, List.of(hanging, good), (index, source) -> {
				});
		long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

		assertTrue(seconds < 30, "stopped at the limit, not later: " + seconds + " s");
		assertEquals(List.of(hanging), List.copyOf(outcome.failures().keySet()));
		ExtractionStoppedException stopped = assertInstanceOf(ExtractionStoppedException.class,
				outcome.failures().get(hanging));
		assertEquals(ExtractionStoppedException.Reason.TIME_LIMIT, stopped.reason());
		assertEquals("hangs.txt: extraction stopped after 2 s (the time limit per article)", stopped.getMessage());
		assertTrue(outcome.warnings().isEmpty(), outcome.warnings().toString());
		assertTrue(dossier.getActors().stream().anyMatch(a -> a.getCanonicalName().equals("Recep Tayyip Erdogan")),
				"the next article is extracted: " + dossier.getActors());
		assertFalse(dossier.getActors().stream().anyMatch(a -> a.getMentions().stream().anyMatch(m -> m.getSource() == hanging)),
				"nothing of the stopped article is recorded: " + dossier.getActors());
		assertTrue(dossier.getLocations().stream().noneMatch(l -> l.getName().equals("Amman")), dossier.getLocations().toString());
	}

	@Test
	void withoutAFaultTheLimitChangesNothing() {
		Dossier plain = Dossiers.newDossier("Plain");
		Dossier limited = Dossiers.newDossier("Limited");
		String body = "Russia's deputy UN ambassador Dmitry Polyansky said on Monday that the United States had attacked Iran.";
		new DossierExtraction(ExtractionFixture.ENGINE).run(domain(), plain, List.of(source(plain, "a.txt", body)),
				(index, source) -> {
				});
		DossierExtraction.Outcome outcome = new DossierExtraction(ExtractionFixture.ENGINE, Duration.ofMinutes(2))
				.run(domain(), limited, List.of(source(limited, "a.txt", body)), (index, source) -> {
				});
		assertTrue(outcome.failures().isEmpty() && outcome.warnings().isEmpty(), outcome.toString());
		assertEquals(names(plain), names(limited));
		assertEquals(plain.getClaims().size(), limited.getClaims().size());
		assertEquals(plain.getRelationships().size(), limited.getRelationships().size());
	}

	@Test
	void aTooLongTextAndAnErrorAreStoppedWithTheirReason() {
		ExtractionStoppedException tooLong = assertThrows(ExtractionStoppedException.class, () -> TimeLimitedExtraction
				.run("big.txt", TimeLimitedExtraction.MAX_EXTRACTED_CHARS + 1, Duration.ofSeconds(5), () -> null));
		assertEquals(ExtractionStoppedException.Reason.TOO_LONG, tooLong.reason());
		assertTrue(tooLong.getMessage().startsWith("big.txt: the text is too long to extract"), tooLong.getMessage());
		ExtractionStoppedException overflow = assertThrows(ExtractionStoppedException.class,
				() -> TimeLimitedExtraction.run("deep.txt", 10, Duration.ofSeconds(5), () -> {
					throw new StackOverflowError();
				}));
		assertEquals("deep.txt: extraction failed: the text is nested too deeply (stack overflow)", overflow.getMessage());
		IllegalStateException engine = new IllegalStateException("engine");
		assertEquals(engine, assertThrows(IllegalStateException.class,
				() -> TimeLimitedExtraction.run("a.txt", 10, Duration.ofSeconds(5), () -> {
					throw engine;
				})), "the engine's exceptions pass unchanged");
	}

	/** Loads for 1.5 s, ignoring interrupts, as the engine's model holders load on first use. */
	private static final class SlowToLoad {
		static final int VALUE;

		static {
			long end = System.nanoTime() + 1_500_000_000L;
			while (System.nanoTime() < end) {
				try {
					Thread.sleep(50);
				} catch (InterruptedException ignored) {
					// a model being read does not look at interrupts either
				}
			}
			VALUE = 42;
		}
	}

	/**
	 * A worker past its limit while it loads a class is stopped only after the loading: stopped inside the static
	 * initialiser, the class would stay unusable for the JVM's life (every later article: NoClassDefFoundError).
	 */
	@Test
	void aWorkerIsNotStoppedWhileItLoadsAClass() {
		ExtractionStoppedException stopped = assertThrows(ExtractionStoppedException.class,
				() -> TimeLimitedExtraction.run("cold.txt", 10, Duration.ofMillis(300), () -> {
					int loaded = SlowToLoad.VALUE;
					while (loaded > 0) { // then hangs, ignoring interrupts
						try {
							Thread.sleep(1000);
						} catch (InterruptedException ignored) {
							// like the engine
						}
					}
					return null;
				}));
		assertEquals(ExtractionStoppedException.Reason.TIME_LIMIT, stopped.reason());
		assertEquals(42, SlowToLoad.VALUE, "the class loaded whole");
	}

	@Test
	void theLimitComesFromTheSystemPropertyOrTheDefault() {
		assertNull(System.getProperty(TimeLimitedExtraction.PROPERTY));
		assertEquals(TimeLimitedExtraction.DEFAULT, TimeLimitedExtraction.fromProperty());
		try {
			System.setProperty(TimeLimitedExtraction.PROPERTY, "7");
			assertEquals(Duration.ofSeconds(7), TimeLimitedExtraction.fromProperty());
			System.setProperty(TimeLimitedExtraction.PROPERTY, "0");
			assertThrows(IllegalArgumentException.class, TimeLimitedExtraction::fromProperty);
			System.setProperty(TimeLimitedExtraction.PROPERTY, "soon");
			assertTrue(assertThrows(IllegalArgumentException.class, TimeLimitedExtraction::fromProperty).getMessage()
					.contains(TimeLimitedExtraction.PROPERTY));
		} finally {
			System.clearProperty(TimeLimitedExtraction.PROPERTY);
		}
	}

	private static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	}

	private static List<String> names(Dossier dossier) {
		return dossier.getActors().stream().map(a -> a.getCanonicalName()).sorted().toList();
	}
}
