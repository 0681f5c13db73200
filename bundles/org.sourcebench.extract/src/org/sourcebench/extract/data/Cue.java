package org.sourcebench.extract.data;

/** A cue of attributed speech (cues.tsv): lemma, and whether it takes an addressee ("told Reuters that"). */
public record Cue(String lemma, boolean addressee) {

    public boolean isAccordingTo() {
        return "according to".equals(lemma);
    }
}
