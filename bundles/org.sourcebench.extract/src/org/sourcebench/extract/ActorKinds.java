package org.sourcebench.extract;

import java.util.Locale;

import org.sourcebench.model.ActorKind;

/**
 * The export names of the model's {@link ActorKind} (the one actor-kind enumeration; the annotation guidelines'
 * kinds): lower case, {@code armed_group}.
 */
public final class ActorKinds {

	private ActorKinds() {
	}

	/** The export name, e.g. {@code armed_group}. */
	public static String id(ActorKind kind) {
		return kind.getName().toLowerCase(Locale.ROOT);
	}

	/** Parses an export name ({@code organization} is accepted for {@code organisation}). */
	public static ActorKind fromId(String id) {
		String k = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
		if (k.equals("organization")) {
			return ActorKind.ORGANISATION;
		}
		ActorKind kind = ActorKind.getByName(k.toUpperCase(Locale.ROOT));
		if (kind == null) {
			throw new IllegalArgumentException("unknown actor kind " + id);
		}
		return kind;
	}
}
