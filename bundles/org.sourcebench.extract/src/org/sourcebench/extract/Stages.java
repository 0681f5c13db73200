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
 * the injected fault is caught and reported like any other.
 */
final class Stages {

	/** The system property naming a stage that throws (fault injection for tests; read once per document). */
	static final String FAULT_PROPERTY = "sourcebench.test.failing-stage";

	private final String document;
	private final String failing = System.getProperty(FAULT_PROPERTY);
	private final List<ExtractionWarning> warnings = new ArrayList<>();

	/** @param document the document's name in warnings (null: unnamed) */
	Stages(String document) {
		this.document = document;
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
		if (name.equals(failing)) {
			throw new IllegalStateException("fault injected by -D" + FAULT_PROPERTY + "=" + name);
		}
	}
}
