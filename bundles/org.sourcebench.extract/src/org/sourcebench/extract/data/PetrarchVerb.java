package org.sourcebench.extract.data;

import java.util.List;

import org.sourcebench.extract.Mechanisms;

/**
 * A verb of a PETRARCH verb block: its base form, the particle words a multi-word verb needs before and after it
 * ("CORDON_+OFF" is written "+CORDON_OFF": after = [OFF]), its own code (null: the block's) with the code of
 * the reverse event ({@code [031:032]}: source met target 031, target was met 032) and the block's patterns.
 */
public record PetrarchVerb(String base, List<String> before, List<String> after, String code, String reverseCode,
		Block block) {

	/**
	 * A synonym block: the code of its isolated verbs (and the code of the reverse event, target to source, that a
	 * {@code [032:033]} code gives, or null) and the patterns every verb of the block shares.
	 */
	public record Block(String description, String code, String reverseCode, List<PetrarchVerbPattern> patterns) {
	}

	/**
	 * The code a verb line marks "no event" with ("HOLD {...} [---]": a bare "held" codes nothing, only its patterns
	 * do, as PETRARCH reads it); {@code relations.no-code-verbs} off: the block's code, as before.
	 */
	public static final String NO_CODE = "---";

	/** The mechanism switch of {@link #NO_CODE}. */
	public static final String NO_CODE_SWITCH = "relations.no-code-verbs";

	/** The code of the isolated verb (no pattern matched), or null for no event. */
	public String isolatedCode() {
		if (NO_CODE.equals(code)) {
			if (Mechanisms.on(NO_CODE_SWITCH)) {
				Mechanisms.fired(NO_CODE_SWITCH, 1);
				return null;
			}
			return block.code();
		}
		return code != null ? code : block.code();
	}

	/** The code of the isolated verb's reverse event (target to source), or null. */
	public String isolatedReverseCode() {
		if (NO_CODE.equals(code)) {
			return Mechanisms.on(NO_CODE_SWITCH) ? null : block.reverseCode();
		}
		return code != null ? reverseCode : block.reverseCode();
	}
}
