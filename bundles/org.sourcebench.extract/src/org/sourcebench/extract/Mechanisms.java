package org.sourcebench.extract;

import java.util.Set;

/**
 * Switches that turn one mechanism of the engine off, for measuring what each contributes — one property for all
 * stages: {@code -Dsourcebench.off=relations.joint,repair.stranded,...} (releng/scripts/eval-extract.sh passes
 * {@code $JAVA_OPTS}). Names are {@code <area>.<mechanism>}; every mechanism is on unless named there. Read once per
 * JVM.
 */
public final class Mechanisms {

	private static final Set<String> OFF = Set.of(System.getProperty("sourcebench.off", "").split(","));

	private Mechanisms() {
	}

	/** Whether the mechanism {@code name} ({@code <area>.<mechanism>}) runs. */
	public static boolean on(String name) {
		return !OFF.contains(name);
	}
}
