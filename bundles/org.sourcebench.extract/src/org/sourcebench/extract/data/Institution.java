package org.sourcebench.extract.data;

import org.sourcebench.model.ActorKind;

/**
 * An institution head of institutions.tsv. {@link #STATE} and {@link #MILITARY} are the reserved canonicals
 * that stand for the country's state actor and armed-forces actor.
 */
public record Institution(String canonical, ActorKind kind) {

	public static final String STATE = "{state}";
	public static final String MILITARY = "{military}";

	public boolean isState() {
		return STATE.equals(canonical);
	}

	public boolean isMilitary() {
		return MILITARY.equals(canonical);
	}
}
