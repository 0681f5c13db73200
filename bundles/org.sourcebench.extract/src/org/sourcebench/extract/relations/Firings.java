package org.sourcebench.extract.relations;

import java.util.Map;
import java.util.TreeMap;

/**
 * How often each relation mechanism fired in this JVM, printed to standard error at exit when
 * {@code -Dsourcebench.firings=true} (the keep rule of issue 11 asks how often a mechanism fires on the study and the
 * check half; the counts come from this property, never from reading the check half's output). Off: no cost.
 */
final class Firings {

	private static final boolean ON = Boolean.getBoolean("sourcebench.firings");
	private static final Map<String, Integer> COUNTS = new TreeMap<>();

	static {
		if (ON) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("firings " + snapshot())));
		}
	}

	private Firings() {
	}

	/** Counts one firing of the mechanism {@code name}. */
	static void count(String name) {
		if (ON) {
			synchronized (COUNTS) {
				COUNTS.merge(name, 1, Integer::sum);
			}
		}
	}

	private static String snapshot() {
		synchronized (COUNTS) {
			return COUNTS.toString();
		}
	}
}
