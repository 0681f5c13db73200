package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.relations.HandParses.extract;
import static org.sourcebench.extract.relations.HandParses.has;
import static org.sourcebench.extract.relations.HandParses.show;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;

/**
 * The country word before an act noun names the author of the act a criticism is aimed at (twenty-eighth session,
 * helper "relends28"; {@code relations.adjective-authors}): "condemned a Chilean airstrike" is 11 toward Chile, and a
 * later "condemned the strike" finds Chile as the author of the act told before, though the reader's source of that
 * act is the first actor inside its phrase (Peru). Hand-written parses of sentences
 * written for this test, in the format of {@link ParsedRelationReaderTest}. Both fail with
 * {@code -Dsourcebench.off=relations.adjective-authors}.
 */
class AdjectiveAuthorsTest {

	private static final String CHILE = "Chile/Chile/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root "
			+ "./././3/punct";
	/** "Peru condemned a Chilean airstrike." */
	private static final String CONDEMNED = "Peru/Peru/PROPN/2/nsubj condemned/condemn/VERB/0/root a/a/DET/5/det "
			+ "Chilean/Chilean/ADJ/5/amod airstrike/airstrike/NOUN/2/obj ./././2/punct";
	/** "A Chilean strike on Peru killed ten soldiers." */
	private static final String STRIKE = "A/a/DET/3/det Chilean/Chilean/ADJ/3/amod strike/strike/NOUN/6/nsubj "
			+ "on/on/ADP/5/case Peru/Peru/PROPN/3/nmod killed/kill/VERB/0/root ten/ten/NUM/8/nummod "
			+ "soldiers/soldier/NOUN/6/obj ./././6/punct";
	/** "Peru condemned the strike." */
	private static final String THE_STRIKE = "Peru/Peru/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det "
			+ "strike/strike/NOUN/2/obj ./././2/punct";

	@Test
	void theCountryOfACondemnedActIsItsAuthor() {
		DocumentExtraction d = extract(CHILE, CONDEMNED);
		// the parse reader's code: the learned proposer's country-adjective ends may add a bare 11 of their own
		assertTrue(d.relationships().stream().anyMatch(r -> r.from().equals("Peru") && r.to().equals("Chile")
				&& r.cameoCode().equals("111")), show(d));
	}

	@Test
	void theActToldBeforeKeepsItsCountryAsAuthor() {
		DocumentExtraction d = extract(CHILE, STRIKE, THE_STRIKE);
		assertTrue(has(d, "Peru", "Chile", "11"), show(d));
	}
}
