package org.sourcebench.extract.data;

/**
 * One agent of a PETRARCH agent dictionary: a sector code that combines with the actor it modifies, after it
 * ({@code [~GOV]}: "Syrian officials" → SYRGOV) or before it ({@code [NGO~]}).
 */
public record PetrarchAgent(String phrase, String code, boolean prefix) {

	/** Combines with an actor code ({@code null}: no actor, written "---" as PETRARCH does). */
	public String applyTo(String actorCode) {
		String base = actorCode == null ? "---" : actorCode;
		if (prefix) {
			return code + base;
		}
		for (int i = 3; i + code.length() <= base.length(); i += 3) {
			if (base.startsWith(code, i)) {
				return base; // "IGOCOPITP" already holds COP
			}
		}
		return base + code;
	}
}
