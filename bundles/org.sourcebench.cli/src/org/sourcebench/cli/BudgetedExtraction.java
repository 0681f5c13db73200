package org.sourcebench.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionWarning;
import org.sourcebench.extract.dossier.DossierExtraction;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;

/**
 * Runs the extraction source by source, each within a time budget, so one pathological article cannot hold
 * up the batch: the engine works on a worker thread against a command stack that only collects the command;
 * the command is executed here, on the caller's stack, once the worker finished in time. A worker that runs
 * over its budget (or fails with any error, even a stack overflow or out of memory) leaves the dossier
 * untouched: its source stays imported without extraction results and is reported. A source on which a stage of the
 * engine failed keeps the other stages' results; the engine's warnings are reported.
 */
final class BudgetedExtraction {

	/**
	 * Longest body that is extracted (characters). Measured: extraction runs at about 15,000 characters per
	 * CPU-second and needs about 350 MB for 256 KB of text, so a longer text would not finish within the
	 * default time limit anyway and could exhaust the 2 GB heap; such a source is imported and reported.
	 */
	static final int MAX_EXTRACTED_CHARS = 1_000_000;

	private final ExtractionEngine engine;
	private final Duration budget;

	BudgetedExtraction(ExtractionEngine engine, Duration budget) {
		this.engine = engine;
		this.budget = budget;
	}

	/**
	 * What a run did to the sources that did not go as they should, each in order.
	 *
	 * @param failures the sources that were not extracted, each with the reason in words
	 * @param warnings the sources extracted only in part, each with the engine's warnings in words (they name the
	 *                 file and the failed stage)
	 */
	record Result(Map<Source, String> failures, Map<Source, List<String>> warnings) {
	}

	Result run(AdapterFactoryEditingDomain domain, Dossier dossier, List<Source> sources,
			BiConsumer<Integer, Source> progress) {
		Result result = new Result(new LinkedHashMap<>(), new LinkedHashMap<>());
		int index = 0;
		for (Source source : sources) {
			progress.accept(++index, source);
			String failure = extract(domain, dossier, source, result.warnings());
			if (failure != null) {
				result.failures().put(source, failure);
			}
		}
		return result;
	}

	private String extract(AdapterFactoryEditingDomain domain, Dossier dossier, Source source,
			Map<Source, List<String>> warnings) {
		int length = source.getBody() == null ? 0 : source.getBody().length();
		if (length > MAX_EXTRACTED_CHARS) {
			return String.format(java.util.Locale.ROOT, "the text is too long to extract (%,d characters; the limit is"
					+ " %,d); the source is imported without extraction results", length, MAX_EXTRACTED_CHARS);
		}
		CollectingCommandStack collected = new CollectingCommandStack();
		AdapterFactoryEditingDomain workerDomain = new AdapterFactoryEditingDomain(domain.getAdapterFactory(),
				collected, domain.getResourceSet());
		AtomicReference<String> failure = new AtomicReference<>();
		AtomicReference<List<String>> partial = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				DossierExtraction.Outcome outcome = new DossierExtraction(engine).run(workerDomain, dossier,
						List.of(source), (i, s) -> {
						});
				RuntimeException error = outcome.failures().get(source);
				if (error != null) {
					// the file was read; a failure here is the engine's, and saying the file is damaged would mislead
					failure.set("extraction failed (an error in Sourcebench's extraction engine, not in the file: "
							+ error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage())
							+ "); the source is imported without extraction results");
				}
				List<ExtractionWarning> stages = outcome.warnings().get(source);
				if (stages != null) {
					partial.set(stages.stream().map(ExtractionWarning::message).toList());
				}
			} catch (StackOverflowError | OutOfMemoryError e) {
				failure.set("extraction failed: " + (e instanceof StackOverflowError
						? "the text is nested too deeply (stack overflow)"
						: "it needs more memory than Sourcebench has (-Xmx)"));
			} catch (RuntimeException | LinkageError | AssertionError e) {
				failure.set("extraction failed (" + e + ")");
			}
		}, "sourcebench-extract");
		worker.setDaemon(true);
		worker.start();
		try {
			worker.join(budget.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (worker.isAlive()) {
			stop(worker);
			return "extraction stopped after " + budget.toSeconds() + " s (the time limit per file); the source is"
					+ " imported without extraction results";
		}
		if (failure.get() != null) {
			return failure.get();
		}
		if (collected.command != null) {
			domain.getCommandStack().execute(collected.command);
		}
		if (partial.get() != null) {
			warnings.put(source, partial.get());
		}
		return null;
	}

	/**
	 * The engine does not look at interrupts, and a runaway extraction must not keep a core busy (or its
	 * memory) for the rest of the batch; its thread touches nothing but its own objects and the collecting
	 * stack, so stopping it is safe here.
	 */
	@SuppressWarnings("deprecation") // Thread.stop: deprecated in Java 17, marked for removal only from Java 18
	private static void stop(Thread worker) {
		worker.interrupt();
		try {
			worker.join(200);
			if (worker.isAlive()) {
				worker.stop();
				worker.join(2000);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (UnsupportedOperationException e) {
			// Java 20+: the daemon thread runs on until the run ends; its results are discarded.
		}
	}

	/** A command stack that keeps the command instead of executing it. */
	private static final class CollectingCommandStack extends BasicCommandStack {
		private volatile Command command;

		@Override
		public void execute(Command command) {
			this.command = command;
		}
	}
}
