package org.sourcebench.extract.data;

import java.util.List;

/**
 * One pattern of a PETRARCH verb block: the nouns that must head the phrases around the verb and the
 * prepositional phrases it must govern, before and after the verb ({@code - * {FINANCIAL AID} (TO +) [073]}),
 * with the CAMEO code it gives (null for {@code ---}: no event) and the code of the reverse event, target to
 * source, that a {@code [032:032]} code also gives (null: none).
 *
 * @param pre       noun slots before the verb (the subject's words, or words in front of the verb)
 * @param prePreps  prepositional slots before the verb
 * @param post      noun slots after the verb (the object)
 * @param postPreps prepositional slots after the verb
 * @param text      the pattern as written, for diagnostics
 */
public record PetrarchVerbPattern(List<NounSlot> pre, List<PrepSlot> prePreps, List<NounSlot> post,
		List<PrepSlot> postPreps, String code, String reverseCode, String text) {

	/**
	 * A noun slot: alternative phrases (a synset expands to several), each a list of word keys whose last word
	 * is the head of the phrase and the others its modifiers.
	 */
	public record NounSlot(List<List<String>> phrases) {
	}

	/**
	 * A prepositional slot: alternative prepositions and the noun slot of their object (null: any object);
	 * {@code target}/{@code source} when the pattern marks the object as the event's target ({@code +}) or
	 * source ({@code $}).
	 */
	public record PrepSlot(List<String> prepositions, NounSlot noun, boolean target, boolean source) {
	}

	/** How much of the sentence the pattern constrains: more specific patterns win. */
	public int specificity() {
		int n = 0;
		for (NounSlot s : pre) {
			n += 2 + s.phrases().get(0).size();
		}
		for (NounSlot s : post) {
			n += 2 + s.phrases().get(0).size();
		}
		for (PrepSlot p : prePreps) {
			n += 2 + (p.noun() == null ? 0 : p.noun().phrases().get(0).size());
		}
		for (PrepSlot p : postPreps) {
			n += 2 + (p.noun() == null ? 0 : p.noun().phrases().get(0).size());
		}
		return n;
	}
}
