package org.sourcebench.extract.relations;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often each relation mechanism fired in this JVM, for the keep rule's report ("fires n times on the study half,
 * m on the check half", without reading the check half's output): counted only when
 * {@code -Dsourcebench.fired=true}, printed to standard error at exit. Thread-safe.
 */
final class Fired {

	private static final boolean ON = Boolean.getBoolean("sourcebench.fired");
	private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

	static {
		if (ON) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("fired " + new TreeMap<>(COUNTS))));
		}
	}

	private Fired() {
	}

	/** Counts {@code n} firings of the mechanism {@code name} (relationships it added, sides it resolved). */
	static void count(String name, int n) {
		if (ON && n > 0) {
			COUNTS.computeIfAbsent(name, k -> new AtomicInteger()).addAndGet(n);
		}
	}
}
