package org.sourcebench.extract.actors;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often each actor mechanism changed something in this JVM, for the keep rule of issue 11 (a mechanism must fire
 * on text it was not found on): with {@code -Dsourcebench.fired=true} the counts go to standard error at exit, as
 * {@code fired actors.NAME N}. Off, counting costs one property check. Thread-safe.
 */
final class Firings {

	private static final boolean ON = Boolean.getBoolean("sourcebench.fired");
	private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

	static {
		if (ON) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> new TreeMap<>(COUNTS)
					.forEach((k, v) -> System.err.println("fired " + k + " " + v))));
		}
	}

	private Firings() {
	}

	/** Counts one change made by the mechanism {@code name}. */
	static void fired(String name) {
		if (ON) {
			COUNTS.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
		}
	}
}
