package org.sourcebench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs the stages of one document's extraction, each isolated: a stage that throws a {@link RuntimeException} is
 * recorded as an {@link ExtractionWarning} (document, stage, error) and the extraction goes on with what the other
 * stages produced. Not thread-safe: one instance per {@link ExtractionEngine#extract(String, ExtractionOptions)} call.
 * <p>
 * Before each stage the caller's cancellation signal is looked at: once it is set, the next stage throws an
 * {@link ExtractionCancelledException}, which is no stage's warning and ends the extraction (the workbench's Cancel
 * takes effect within one stage).
 * <p>
 * Tests make a named stage throw with the system property {@value #FAULT_PROPERTY} (the stage's name; unset in use):
 * the injected fault is caught and reported like any other. The value "STAGE{@value #HANG_SUFFIX}" makes the stage hang
 * instead (it sleeps for ever and ignores interrupts, like a runaway loop that never looks at them), for the tests of
 * the per-article time limit ({@link org.sourcebench.extract.dossier.TimeLimitedExtraction}), which no exception guard
 * catches; it applies to named documents only (never to the unnamed warm-up text of the time limit). Either fault
 * applies to every document, or with "{@value #DOCUMENT_MARK}NAME" at the end to the document of that
 * name only ("claims:hang@kcna.txt"), so that a test can show the other documents go on. The value
 * "STAGE{@value #SENTENCE_MARK}N" makes the stage's reading of its sentence at index N throw (a stage that reads sentence by
 * sentence through {@link Sentences}; "claims@sentence:2", "relations.parsed@sentence:0@kcna.txt"): that sentence is
 * reported and dropped, the stage's other sentences are kept.
 * <p>
 * While a stage runs, its runner is the extracting thread's {@link #current()} (what {@link Sentences} reports to).
 */
final class Stages {

	/** The system property naming a stage that throws (fault injection for tests; read once per document). */
	static final String FAULT_PROPERTY = "sourcebench.test.failing-stage";

	/** After a stage's name in {@value #FAULT_PROPERTY}: the stage hangs instead of throwing. */
	static final String HANG_SUFFIX = ":hang";

	/** Before a document's name at the end of {@value #FAULT_PROPERTY}: the fault is injected into that document only. */
	static final String DOCUMENT_MARK = "@";

	/** After a stage's name in {@value #FAULT_PROPERTY}, before a sentence's index: that sentence's reading throws. */
	static final String SENTENCE_MARK = "@sentence:";

	/** The runner of the stage running on this thread (null outside a stage). */
	private static final ThreadLocal<Stages> CURRENT = new ThreadLocal<>();

	private final String document;
	private final String failing;
	private final BooleanSupplier cancelled;
	private final List<ExtractionWarning> warnings = new ArrayList<>();
	/** The stage running (null between stages). */
	private String stage;

	/** @param document the document's name in warnings (null: unnamed) */
	Stages(String document) {
		this(document, null);
	}

	/**
	 * @param document  the document's name in warnings (null: unnamed)
	 * @param cancelled the caller's cancellation signal (null: none)
	 */
	Stages(String document, BooleanSupplier cancelled) {
		this.document = document;
		this.failing = fault(System.getProperty(FAULT_PROPERTY), document);
		this.cancelled = cancelled;
	}

	/** The fault of {@code property} ("STAGE" or "STAGE:hang") for {@code document}, or null when none applies. */
	private static String fault(String property, String document) {
		if (property == null) {
			return null;
		}
		int mark = property.lastIndexOf(DOCUMENT_MARK);
		if (mark < 0 || property.startsWith(SENTENCE_MARK.substring(1), mark + 1)) {
			return property;
		}
		return property.substring(mark + 1).equals(document) ? property.substring(0, mark) : null;
	}

	/**
	 * Runs {@code stage}; when it throws, records the warning and returns.
	 *
	 * @throws ExtractionCancelledException when the caller cancelled the extraction (before the stage)
	 */
	void run(String name, Runnable stage) {
		checkCancelled();
		Stages outer = enter(name);
		try {
			inject(name);
			stage.run();
		} catch (ExtractionCancelledException e) {
			throw e;
		} catch (RuntimeException e) {
			warnings.add(new ExtractionWarning(document, name, e));
		} finally {
			leave(outer);
		}
	}

	/**
	 * The value {@code stage} makes, or {@code fallback} (recording the warning) when it throws.
	 *
	 * @throws ExtractionCancelledException when the caller cancelled the extraction (before the stage)
	 */
	<T> T get(String name, Supplier<T> stage, T fallback) {
		checkCancelled();
		Stages outer = enter(name);
		try {
			inject(name);
			return stage.get();
		} catch (ExtractionCancelledException e) {
			throw e;
		} catch (RuntimeException e) {
			warnings.add(new ExtractionWarning(document, name, e));
			return fallback;
		} finally {
			leave(outer);
		}
	}

	/** The runner of the stage running on this thread, or null outside {@link ExtractionEngine#extract}'s stages. */
	static Stages current() {
		return CURRENT.get();
	}

	private Stages enter(String name) {
		Stages outer = CURRENT.get();
		stage = name;
		CURRENT.set(this);
		return outer;
	}

	private void leave(Stages outer) {
		stage = null;
		if (outer == null) {
			CURRENT.remove();
		} else {
			CURRENT.set(outer);
		}
	}

	/** Records that the running stage failed on its sentence at {@code index} (its other sentences are kept). */
	void sentenceFailed(int index, RuntimeException e) {
		warnings.add(new ExtractionWarning(document, stage, e, index));
	}

	/** Throws the injected fault when {@value #FAULT_PROPERTY} names the running stage's sentence at {@code index}. */
	void injectSentence(int index) {
		if (failing != null && stage != null && failing.equals(stage + SENTENCE_MARK + index)) {
			throw new IllegalStateException("fault injected by -D" + FAULT_PROPERTY + "=" + failing);
		}
	}

	/** The warnings so far, in the order of the stages. */
	List<ExtractionWarning> warnings() {
		return warnings;
	}

	/** @throws ExtractionCancelledException when the caller's cancellation signal is set */
	void checkCancelled() {
		if (cancelled != null && cancelled.getAsBoolean()) {
			throw new ExtractionCancelledException(document);
		}
	}

	private void inject(String name) {
		assert ExtractionEngine.STAGES.contains(name) : name + " is not in ExtractionEngine.STAGES";
		if (failing == null || !failing.startsWith(name)) {
			return;
		}
		if (failing.length() == name.length()) {
			throw new IllegalStateException("fault injected by -D" + FAULT_PROPERTY + "=" + name);
		}
		if (failing.endsWith(HANG_SUFFIX) && failing.length() == name.length() + HANG_SUFFIX.length() && document != null) {
			hang();
		}
	}

	/** Never returns: only a stopped thread ends it (a sleep, so that a hung test costs no processor time). */
	private static void hang() {
		while (true) {
			try {
				Thread.sleep(1000);
			} catch (InterruptedException ignored) {
				// a runaway stage does not look at interrupts either
			}
		}
	}
}
