package org.sourcebench.extract.relations;

import java.util.Set;

/**
 * Switches that turn one mechanism of the relation readers off, for measuring what each contributes
 * ({@code -Dsourcebench.relations.off=joint,roles}; releng/scripts/eval-extract.sh passes {@code $JAVA_OPTS}). Every
 * mechanism is on unless named there; read once per JVM.
 */
final class RelationSwitches {

	private static final Set<String> OFF = Set.of(System.getProperty("sourcebench.relations.off", "").split(","));

	private RelationSwitches() {
	}

	/** Whether the mechanism {@code name} runs. */
	static boolean on(String name) {
		return !OFF.contains(name);
	}
}
