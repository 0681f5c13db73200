package org.sourcebench.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's mechanisms, for measuring what each contributes (the keep rule of issue 11: a mechanism stays when it
 * raises a half of the development articles it was not found on).
 * <ul>
 * <li>Switches, one property for all stages: {@code -Dsourcebench.off=relations.joint,repair.stranded,...}
 * (releng/scripts/eval-extract.sh passes {@code $JAVA_OPTS}). Names are {@code <area>.<mechanism>}; every mechanism
 * is on unless named there.</li>
 * <li>Firing counts: with {@code -Dsourcebench.fired=true} every {@link #fired(String, int)} is counted and the counts
 * are printed to standard error at exit ("fires n times on the study half, m on the check half", without reading
 * the check half's output).</li>
 * </ul>
 * Read once per JVM; thread-safe.
 */
public final class Mechanisms {

	private static final Set<String> OFF = Set.of(System.getProperty("sourcebench.off", "").split(","));
	private static final boolean COUNTING = Boolean.getBoolean("sourcebench.fired");
	private static final Map<String, AtomicInteger> FIRED = new ConcurrentHashMap<>();

	static {
		if (COUNTING) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("fired " + new TreeMap<>(FIRED))));
		}
	}

	private Mechanisms() {
	}

	/** Whether the mechanism {@code name} ({@code <area>.<mechanism>}) runs. */
	public static boolean on(String name) {
		return !OFF.contains(name);
	}

	/** Whether firings are counted ({@code -Dsourcebench.fired=true}): lets a mechanism skip work done only to count. */
	public static boolean counting() {
		return COUNTING;
	}

	/** Counts {@code n} firings of the mechanism {@code name} (items it added, sides it resolved), when counting. */
	public static void fired(String name, int n) {
		if (COUNTING && n > 0) {
			FIRED.computeIfAbsent(name, k -> new AtomicInteger()).addAndGet(n);
		}
	}
}
