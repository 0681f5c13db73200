package org.sourcebench.extract.claims;

import org.sourcebench.extract.data.Cue;

/** A cue verb at {@code [begin, end)} outside quotations, with the speaker found for it and its clause start. */
final class CueHit {

    final int begin;
    final int end;
    final String form;
    final Cue cue;
    SpeakerFinder.Found speaker;
    boolean inverted;
    boolean participle;
    boolean located;
    /** Whether the parse gives the cue verb a clausal complement ("suggested Israel appeared ..."). */
    boolean clausal;
    int clauseStart;

    CueHit(int begin, int end, String form, Cue cue) {
        this.begin = begin;
        this.end = end;
        this.form = form;
        this.cue = cue;
        this.clauseStart = begin;
    }
}
