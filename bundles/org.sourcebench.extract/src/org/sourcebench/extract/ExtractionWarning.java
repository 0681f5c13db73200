package org.sourcebench.extract;

/**
 * A stage of the engine that failed on one document ({@link DocumentExtraction#warnings()}): the stage's error was
 * caught, what it had not yet produced is missing, and the other stages' results are kept (later stages read what
 * exists). A stage that reads the document sentence by sentence fails for one sentence only ({@link Sentences}): then
 * {@code sentence} is its index, that sentence's output is dropped and the stage's other sentences are kept. Each such
 * warning is a defect of the engine, never of the document.
 *
 * @param document the document's name ({@link ExtractionOptions#document()}; null when unnamed)
 * @param stage    the stage that failed (the names of {@link ExtractionEngine#STAGES})
 * @param error    what it threw
 * @param sentence the index (from 0) of the parsed sentence the stage failed on, or -1: the whole stage failed
 */
public record ExtractionWarning(String document, String stage, RuntimeException error, int sentence) {

	/** A whole stage that failed ({@code sentence} -1). */
	public ExtractionWarning(String document, String stage, RuntimeException error) {
		this(document, stage, error, -1);
	}

	/**
	 * One line for users: the document, the stage, the error and the engine's innermost frame that threw it, e.g.
	 * {@code 3512.txt: extraction stage "claims" failed (StringIndexOutOfBoundsException: … at SpeakerFinder.before:269);
	 * the article keeps the other stages' results}; for one sentence {@code 3512.txt: extraction stage "claims" failed on
	 * sentence 4 (index from 0) (…); the article keeps the stage's other sentences and the other stages' results}.
	 */
	public String message() {
		if (sentence >= 0) {
			return (document == null ? "" : document + ": ") + "extraction stage \"" + stage + "\" failed on sentence "
					+ sentence + " (index from 0) (" + cause()
					+ "); the article keeps the stage's other sentences and the other stages' results";
		}
		return (document == null ? "" : document + ": ") + "extraction stage \"" + stage + "\" failed (" + cause()
				+ "); the article keeps the other stages' results";
	}

	/** The error's class and message, and the engine's innermost frame that threw it. */
	public String cause() {
		return describe(error);
	}

	@Override
	public String toString() {
		return message();
	}

	/** The error's class and message, and the engine's innermost frame that threw it (one line). */
	public static String describe(Throwable e) {
		StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
		if (e.getMessage() != null) {
			b.append(": ").append(e.getMessage());
		}
		for (StackTraceElement f : e.getStackTrace()) {
			if (f.getClassName().startsWith("org.sourcebench") && !f.getClassName().equals(Stages.class.getName())
					&& !f.getClassName().equals(Sentences.class.getName())) {
				b.append(" at ").append(f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)).append('.')
						.append(f.getMethodName()).append(':').append(f.getLineNumber());
				break;
			}
		}
		return b.toString();
	}
}
