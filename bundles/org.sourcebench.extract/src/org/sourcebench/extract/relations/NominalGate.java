package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;

/**
 * An event noun governed by a verb that is no event of its own ({@code relations.attach-nominal-gate}): "the call
 * followed days of negotiations between X and Y", "Z facilitated the talks between X and Y", "X responded with
 * tariffs on Y". The parse reader took every such verb for the event that cancels or replaces the noun's ("suspended
 * talks", "called off the truce") and left the noun unasserted; a verb that neither the trigger table nor the CAMEO
 * verb dictionary codes, that is no irrealis verb ("plan", "seek") and no denial, reports the noun's event, which is
 * asserted as that verb is (negation, modals and conditions on the verb and above it still gate it). Stateless.
 */
final class NominalGate {

	static final String SWITCH = "relations.attach-nominal-gate";

	private NominalGate() {
	}

	/**
	 * Whether the event noun under the verb with lemma {@code lemma} is asserted as the verb is; {@code coded}:
	 * the trigger table or the dictionary codes the verb.
	 */
	static boolean reports(String lemma, boolean coded, EventWords words) {
		if (!Mechanisms.on(SWITCH) || coded || words.irrealis(lemma) || words.denial(lemma)
				|| !words.intentCode(lemma).isEmpty()) {
			return false;
		}
		Mechanisms.fired(SWITCH, 1);
		return true;
	}
}
