package org.sourcebench.extract.data;

/**
 * A cue of attributed speech (cues.tsv): lemma, whether it takes an addressee ("told Reuters that"), and whether
 * it introduces a claim only before a that-clause, colon or quotation ("announced that", not "announced the capture").
 */
public record Cue(String lemma, boolean addressee, boolean clauseOnly) {

	public boolean isAccordingTo() {
		return "according to".equals(lemma);
	}
}
