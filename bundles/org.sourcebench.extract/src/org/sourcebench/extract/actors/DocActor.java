package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.model.ActorKind;

/** An actor while one document is being read (mutable, local to one extract call). */
public final class DocActor {

	/** The name prefix of the unnamed speakers the claim readers add ("unnamed officials", "unnamed reports"). */
	public static final String UNNAMED = "unnamed ";

	private final String name;
	private final ActorKind kind;
	private final String iso;
	private final Set<String> offices = new LinkedHashSet<>();
	private final List<int[]> spans = new ArrayList<>();
	private final Set<String> readers = new LinkedHashSet<>(4);
	private double confidence;

	DocActor(String name, ActorKind kind, String iso, double confidence) {
		this.name = name;
		this.kind = kind;
		this.iso = iso == null ? "" : iso;
		this.confidence = confidence;
	}

	public String name() {
		return name;
	}

	public ActorKind kind() {
		return kind;
	}

	/** ISO country code, "" when none. */
	public String iso() {
		return iso;
	}

	public Set<String> offices() {
		return offices;
	}

	public List<int[]> spans() {
		return spans;
	}

	/**
	 * The readers (class simple names, first first) that made this actor or gave it a mention: what the learned
	 * actor filter ({@link LearnedActorFilter}) knows of how the actor was found.
	 */
	public Set<String> readers() {
		return readers;
	}

	public double confidence() {
		return confidence;
	}

	/** Whether an actor name is an unnamed speaker's ("unnamed officials"). */
	public static boolean isUnnamed(String name) {
		return name.startsWith(UNNAMED);
	}

	void raiseConfidence(double c) {
		confidence = Math.max(confidence, c);
	}
}
