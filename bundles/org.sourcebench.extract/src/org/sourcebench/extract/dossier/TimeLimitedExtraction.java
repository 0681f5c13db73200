package org.sourcebench.extract.dossier;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionCancelledException;
import org.sourcebench.extract.ExtractionEngine;

/**
 * Runs one article's extraction on a worker thread within a time limit, so that one pathological article (a hang:
 * a loop no exception guard catches) cannot stall the command line, the workbench's import job or the Spark job. The
 * worker touches nothing but the engine and its own objects: nothing is recorded in a dossier until it returned in
 * time, so an article past the limit leaves nothing half-written. It is then stopped, and reported as an
 * {@link ExtractionStoppedException} naming the article and "the time limit"; so are a text too long to extract and an
 * {@link Error} of the engine (a stack overflow, out of memory). The engine's RuntimeExceptions pass through unchanged.
 * <p>
 * The one mechanism for every consumer ({@link DossierExtraction#DossierExtraction(org.sourcebench.extract.ExtractionEngine,
 * Duration)}): the CLI's {@code --time-limit}, the workbench's preference, the Spark job's system property
 * {@value #PROPERTY}.
 * <p>
 * Cancellable ({@link #run(String, int, Duration, BooleanSupplier, Function)}): the caller's signal is polled while
 * it waits ({@link #POLL}) and passed on to the engine, which ends at its next stage; a worker still running
 * {@link #CANCEL_GRACE} after the signal (a stage that does not return) is stopped as at the time limit. Either way
 * the article ends with an {@link ExtractionCancelledException} (not a failure, not a time limit) and nothing of it is
 * returned.
 */
public final class TimeLimitedExtraction {

	/** The system property giving the time limit per article in whole seconds (the Spark job's and the CLI's default). */
	public static final String PROPERTY = "sourcebench.extract.time-limit";

	/** The time limit per article when nothing else is set. */
	public static final Duration DEFAULT = Duration.ofSeconds(60);

	/** The longest time limit that can be set: a day. */
	public static final Duration MAX = Duration.ofDays(1);

	/**
	 * Longest body that is extracted (characters). Measured: extraction runs at about 15,000 characters per
	 * CPU-second and needs about 350 MB for 256 KB of text, so a longer text would not finish within the
	 * default time limit anyway and could exhaust the 2 GB heap; such a source is imported and reported.
	 */
	public static final int MAX_EXTRACTED_CHARS = 1_000_000;

	private TimeLimitedExtraction() {
	}

	/**
	 * @return the time limit of system property {@value #PROPERTY} (whole seconds from 1 to 86,400), or {@link #DEFAULT}
	 *         when it is unset
	 * @throws IllegalArgumentException when the property is set to anything else
	 */
	public static Duration fromProperty() {
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			return DEFAULT;
		}
		try {
			return check(Duration.ofSeconds(Long.parseLong(value.trim())));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"-D" + PROPERTY + " wants a whole number of seconds from 1 to " + MAX.toSeconds() + ", not " + value, e);
		}
	}

	/** @return {@code limit} @throws IllegalArgumentException unless it is from 1 s to a day */
	public static Duration check(Duration limit) {
		if (limit.compareTo(Duration.ofSeconds(1)) < 0 || limit.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("the time limit per article must be from 1 to " + MAX.toSeconds()
					+ " seconds, not " + limit.toSeconds());
		}
		return limit;
	}

	/**
	 * Runs {@code extraction} of {@code document} (of {@code length} characters) within {@code limit}.
	 *
	 * @return what it returned
	 * @throws ExtractionStoppedException when it ran past the limit, the text is too long, or it failed with an Error
	 * @throws RuntimeException           what the extraction threw
	 */
	static DocumentExtraction run(String document, int length, Duration limit, Supplier<DocumentExtraction> extraction) {
		return run(document, length, limit, null, stop -> extraction.get());
	}

	/**
	 * Runs {@code extraction} of {@code document} (of {@code length} characters) within {@code limit} unless
	 * {@code cancelled} says so first.
	 *
	 * @param cancelled  the caller's cancellation signal, polled on the caller's thread every {@link #POLL} (null: none)
	 * @param extraction the extraction, given the signal to look at on its own thread (set once the caller cancelled)
	 * @return what it returned
	 * @throws ExtractionCancelledException when the caller cancelled it (or before it started)
	 * @throws ExtractionStoppedException   when it ran past the limit, the text is too long, or it failed with an Error
	 * @throws RuntimeException             what the extraction threw
	 */
	static DocumentExtraction run(String document, int length, Duration limit, BooleanSupplier cancelled,
			Function<BooleanSupplier, DocumentExtraction> extraction) {
		if (cancelled != null && cancelled.getAsBoolean()) {
			throw new ExtractionCancelledException(document);
		}
		if (length > MAX_EXTRACTED_CHARS) {
			throw ExtractionStoppedException.tooLong(document, length);
		}
		return runTimed(document, limit, cancelled, extraction);
	}

	/** How often the caller's cancellation signal is looked at while an article is extracted. */
	static final Duration POLL = Duration.ofMillis(50);

	/**
	 * How long a cancelled worker is given to end at its next stage before it is stopped (the engine's stages take
	 * well under a second on a news article).
	 */
	static final Duration CANCEL_GRACE = Duration.ofSeconds(1);

	/**
	 * Loads what the engine loads on first use (its models and dictionaries, a few seconds once per JVM) by extracting
	 * a fixed text on the caller's thread, without a limit, so that the loading neither counts against the first
	 * article's time limit nor is interrupted by it. Once per JVM; later calls return at once. The text is unnamed, so
	 * the test-only hang fault (which applies to named documents only) never hangs it.
	 */
	static void warmUp(ExtractionEngine engine) {
		if (!warm) {
			synchronized (TimeLimitedExtraction.class) {
				if (!warm) {
					try {
						engine.extract(WARM_UP);
					} catch (RuntimeException | LinkageError e) {
						// a broken engine fails on every article the same way, and each is reported there
					} finally {
						warm = true;
					}
				}
			}
		}
	}

	/** A text that goes through every stage of the engine (actors, places, a claim, a relation). */
	private static final String WARM_UP = "Russian President Vladimir Putin said on Monday in Moscow that the United States "
			+ "had attacked Iran. \"We condemn the strikes,\" the Kremlin said.";

	private static volatile boolean warm;

	private static DocumentExtraction runTimed(String document, Duration limit, BooleanSupplier cancelled,
			Function<BooleanSupplier, DocumentExtraction> extraction) {
		AtomicReference<DocumentExtraction> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean stopping = new AtomicBoolean();
		Thread worker = new Thread(() -> {
			try {
				result.set(extraction.apply(stopping::get));
			} catch (RuntimeException | Error e) { // NOPMD: an Error of one article must not end the others
				failure.set(e);
			}
		}, "sourcebench-extract");
		worker.setDaemon(true);
		worker.start();
		boolean cancel = false;
		try {
			cancel = await(worker, limit, cancelled);
		} catch (InterruptedException e) {
			// the caller is being stopped: stop the worker too, and say so as a time limit would
			Thread.currentThread().interrupt();
		}
		if (cancel) {
			stopping.set(true);
			try {
				worker.join(CANCEL_GRACE.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (worker.isAlive()) {
				stop(worker);
			}
			throw new ExtractionCancelledException(document);
		}
		if (worker.isAlive()) {
			stop(worker);
			throw ExtractionStoppedException.timeLimit(document, limit);
		}
		Throwable error = failure.get();
		if (error instanceof RuntimeException e) {
			throw e;
		}
		if (error instanceof Error e) {
			throw ExtractionStoppedException.error(document, e);
		}
		return result.get();
	}

	/**
	 * Waits for {@code worker} to end within {@code limit}, looking at {@code cancelled} (may be null) every
	 * {@link #POLL}: true when the caller cancelled while the worker ran.
	 */
	private static boolean await(Thread worker, Duration limit, BooleanSupplier cancelled) throws InterruptedException {
		if (cancelled == null) {
			worker.join(limit.toMillis());
			return false;
		}
		long deadline = System.nanoTime() + limit.toNanos();
		for (long left = limit.toNanos(); left > 0 && worker.isAlive(); left = deadline - System.nanoTime()) {
			if (cancelled.getAsBoolean()) {
				return true;
			}
			worker.join(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
		}
		return false;
	}

	/**
	 * The engine does not look at interrupts, and a runaway extraction must not keep a core busy (or its
	 * memory) for the rest of the batch; its thread touches nothing but its own objects, so stopping it is safe here,
	 * with one exception: a thread stopped inside a static initialiser (the engine loads its models and dictionaries
	 * lazily, in holder classes, on first use) leaves that class unusable for the rest of the JVM's life, and every later
	 * article would fail with a NoClassDefFoundError (found by the Spark test: a 2 s limit on a cold executor). So the
	 * worker is stopped only outside {@code <clinit>}: it is given up to {@link #CLASS_INIT_WAIT} to finish loading, and
	 * when it is still loading then, it is left to run on (a daemon; its result is discarded).
	 */
	@SuppressWarnings("deprecation") // Thread.stop: deprecated in Java 17, marked for removal only from Java 18
	private static void stop(Thread worker) {
		worker.interrupt();
		try {
			worker.join(200);
			long deadline = System.nanoTime() + CLASS_INIT_WAIT.toNanos();
			while (worker.isAlive() && initialising(worker) && System.nanoTime() < deadline) {
				worker.join(50);
			}
			if (worker.isAlive() && !initialising(worker)) {
				worker.stop();
				worker.join(2000);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (UnsupportedOperationException e) {
			// Java 20+: the daemon thread runs on until the run ends; its results are discarded.
		}
	}

	/** The longest wait for a worker past its limit to leave a static initialiser before it is left to run on. */
	static final Duration CLASS_INIT_WAIT = Duration.ofSeconds(60);

	/** Whether {@code thread} is running a static initialiser (loading a class's models or data). */
	private static boolean initialising(Thread thread) {
		for (StackTraceElement frame : thread.getStackTrace()) {
			if ("<clinit>".equals(frame.getMethodName())) {
				return true;
			}
		}
		return false;
	}
}
