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
	/** Where the parse's clausal complement begins (after "that"), or -1; and where a contrast clause joined to the
	 * cue verb after it begins (", but the claim could not be verified"), or -1. */
	int complementBegin = -1;
	int contrastBegin = -1;
	/** Where the parse's object of the cue verb begins and ends when a position noun heads it ("intent"), or -1. */
	int positionBegin = -1;
	int positionEnd = -1;
	/** Whether the words between the cue and {@code complementBegin} are only adjuncts and addressees of the cue. */
	boolean onlyAdjunctsBefore;
	/** Where the parsed subject before the cue verb begins, resolved or not ("the rebels insisted"), or -1. */
	int subjectBegin = -1;
	int clauseStart;
	/** Whether the claim holds an earlier cue's attributed statement ("Kim said ..., KCNA reported"). */
	boolean outer;
	/** Whether the parse has only adjuncts of the cue verb between it and the next comma or the sentence end
	 * ("..., Lai said yesterday.", "... said this evening, adding"): what was said stands before the cue. */
	boolean adjunctTail;
	/** Where lower-case title words before the speaker's name begin right after a comma ("..., government spokesman
	 * Zabihullah Mujahid said"), or -1 (claims.title-break). */
	int titleBegin = -1;
	/** Whether the window reader found no content for the cue: its sentence is free for a later cue's claim. */
	boolean noContent;

	CueHit(int begin, int end, String form, Cue cue) {
		this.begin = begin;
		this.end = end;
		this.form = form;
		this.cue = cue;
		this.clauseStart = begin;
	}
}
