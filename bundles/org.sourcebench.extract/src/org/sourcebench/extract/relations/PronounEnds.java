package org.sourcebench.extract.relations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.model.ActorKind;

/**
 * Event ends that are pronouns (eighteenth session, family "ends"; a speaker's "we" in a quotation is read by
 * {@link SpeechActs#speakerOf}):
 * <ul>
 * <li>{@code ends.we-body}: a body's "we" in its own quotation is the body itself, not the country it belongs to
 * ("“We strongly condemn North Korea's missile launch,” South Korea's military said": the military; "“We advise the
 * Japanese side to be prudent,” China's coast guard said": the coast guard). A person's "we" stays the country
 * the person serves ({@code speech.first-person}).</li>
 * </ul>
 * Stateless.
 */
final class PronounEnds {

	/** The switch of a body's own "we". */
	static final String WE_BODY = "ends.we-body";

	private PronounEnds() {
	}

	/** Whether a speaker's "we" is the speaker itself rather than its country: a body, not a person. */
	static boolean ownBody(DocActor speaker) {
		if (speaker.kind() == ActorKind.PERSON || !Mechanisms.on(WE_BODY)) {
			return false;
		}
		Mechanisms.fired(WE_BODY, 1);
		return true;
	}
}
