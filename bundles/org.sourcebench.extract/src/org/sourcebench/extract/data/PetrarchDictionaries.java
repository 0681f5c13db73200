package org.sourcebench.extract.data;

/**
 * The bundle's PETRARCH dictionaries (CAMEO verb patterns, Phoenix actors and agents, our additions), each loaded
 * once per JVM on first use and shared; immutable.
 */
public final class PetrarchDictionaries {

	private PetrarchDictionaries() {
	}

	public static PetrarchVerbDictionary verbs() {
		return Verbs.INSTANCE;
	}

	public static PetrarchActorDictionary actors() {
		return Actors.INSTANCE;
	}

	public static PetrarchAgentDictionary agents() {
		return Agents.INSTANCE;
	}

	private static final class Verbs {
		static final PetrarchVerbDictionary INSTANCE = PetrarchVerbDictionary.bundled();
	}

	private static final class Actors {
		static final PetrarchActorDictionary INSTANCE = PetrarchActorDictionary.bundled();
	}

	private static final class Agents {
		static final PetrarchAgentDictionary INSTANCE = PetrarchAgentDictionary.bundled();
	}
}
