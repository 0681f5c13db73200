package org.sourcebench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the stages of one document's extraction, each isolated: a stage that throws a {@link RuntimeException} is
 * recorded as an {@link ExtractionWarning} (document, stage, error) and the extraction goes on with what the other
 * stages produced. Not thread-safe: one instance per {@link ExtractionEngine#extract(String, ExtractionOptions)} call.
 * <p>
 * Tests make a named stage throw with the system property {@value #FAULT_PROPERTY} (the stage's name; unset in use):
 * the injected fault is caught and reported like any other. The value "STAGE{@value #HANG_SUFFIX}" makes the stage hang
 * instead (it sleeps for ever and ignores interrupts, like a runaway loop that never looks at them), for the tests of
 * the per-article time limit ({@link org.sourcebench.extract.dossier.TimeLimitedExtraction}), which no exception guard
 * catches; it applies to named documents only (never to the unnamed warm-up text of the time limit). Either fault
 * applies to every document, or with "{@value #DOCUMENT_MARK}NAME" at the end to the document of that
 * name only ("claims:hang@kcna.txt"), so that a test can show the other documents go on.
 */
final class Stages {

	/** The system property naming a stage that throws (fault injection for tests; read once per document). */
	static final String FAULT_PROPERTY = "sourcebench.test.failing-stage";

	/** After a stage's name in {@value #FAULT_PROPERTY}: the stage hangs instead of throwing. */
	static final String HANG_SUFFIX = ":hang";

	/** Before a document's name at the end of {@value #FAULT_PROPERTY}: the fault is injected into that document only. */
	static final String DOCUMENT_MARK = "@";

	private final String document;
	private final String failing;
	private final List<ExtractionWarning> warnings = new ArrayList<>();

	/** @param document the document's name in warnings (null: unnamed) */
	Stages(String document) {
		this.document = document;
		this.failing = fault(System.getProperty(FAULT_PROPERTY), document);
	}

	/** The fault of {@code property} ("STAGE" or "STAGE:hang") for {@code document}, or null when none applies. */
	private static String fault(String property, String document) {
		if (property == null) {
			return null;
		}
		int mark = property.lastIndexOf(DOCUMENT_MARK);
		if (mark < 0) {
			return property;
		}
		return property.substring(mark + 1).equals(document) ? property.substring(0, mark) : null;
	}

	/** Runs {@code stage}; when it throws, records the warning and returns. */
	void run(String name, Runnable stage) {
		try {
			inject(name);
			stage.run();
		} catch (RuntimeException e) {
			warnings.add(new ExtractionWarning(document, name, e));
		}
	}

	/** The value {@code stage} makes, or {@code fallback} (recording the warning) when it throws. */
	<T> T get(String name, Supplier<T> stage, T fallback) {
		try {
			inject(name);
			return stage.get();
		} catch (RuntimeException e) {
			warnings.add(new ExtractionWarning(document, name, e));
			return fallback;
		}
	}

	/** The warnings so far, in the order of the stages. */
	List<ExtractionWarning> warnings() {
		return warnings;
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
