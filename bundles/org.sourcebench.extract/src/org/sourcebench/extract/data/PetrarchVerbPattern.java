package org.sourcebench.extract.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * @param specificity how much of the sentence the pattern constrains (computed from the slots): more specific
 *                    patterns win
 */
public record PetrarchVerbPattern(List<NounSlot> pre, List<PrepSlot> prePreps, List<NounSlot> post,
		List<PrepSlot> postPreps, String code, String reverseCode, String text, int specificity) {

	public PetrarchVerbPattern(List<NounSlot> pre, List<PrepSlot> prePreps, List<NounSlot> post,
			List<PrepSlot> postPreps, String code, String reverseCode, String text) {
		this(pre, prePreps, post, postPreps, code, reverseCode, text, specificity(pre, prePreps, post, postPreps));
	}

	/**
	 * A noun slot: alternative phrases (a synset expands to several), each a list of word keys whose last word
	 * is the head of the phrase and the others its modifiers; {@code heads} the phrases' last words (the event
	 * coder's quick test of a token before it reads the modifiers).
	 */
	public record NounSlot(List<List<String>> phrases, Set<String> heads) {

		public NounSlot(List<List<String>> phrases) {
			this(phrases, headsOf(phrases));
		}

		private static Set<String> headsOf(List<List<String>> phrases) {
			Set<String> out = new HashSet<>();
			for (List<String> ph : phrases) {
				out.add(ph.get(ph.size() - 1));
			}
			return Set.copyOf(out);
		}
	}

	/**
	 * A prepositional slot: alternative prepositions and the noun slot of their object (null: any object);
	 * {@code target}/{@code source} when the pattern marks the object as the event's target ({@code +}) or
	 * source ({@code $}).
	 */
	public record PrepSlot(List<String> prepositions, NounSlot noun, boolean target, boolean source) {
	}

	/** How much of the sentence a pattern with these slots constrains: more specific patterns win. */
	private static int specificity(List<NounSlot> pre, List<PrepSlot> prePreps, List<NounSlot> post,
			List<PrepSlot> postPreps) {
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
