package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Event ends that are pronouns (eighteenth session, family "ends"):
 * <ul>
 * <li>{@code ends.claim-pronoun}: a subject "he/she/it/they" that opens a reported claim of a document actor ("Rwandan
 * forces said they had killed 14 rebels", "Mali's junta said it was withdrawing its ambassador") is the claim's
 * speaker, when person and pronoun agree (he/she a person; it/they no person, no medium). The parse reader's own rule
 * takes the reporting verb's subject, which a broken parse often lacks; the claim readers found the speaker
 * anyway.</li>
 * <li>{@code ends.we-body}: a body's "we" in its own quotation is the body itself, not the country it belongs to
 * ("“We strongly condemn North Korea's missile launch,” South Korea's military said": the military; "“We advise the
 * Japanese side to be prudent,” China's coast guard said": the coast guard). A person's "we" stays the country
 * the person serves ({@code speech.first-person}).</li>
 * </ul>
 * Stateless.
 */
final class PronounEnds {

	/** The switch of the claim speakers. */
	static final String CLAIM = "ends.claim-pronoun";
	/** The switch of a body's own "we". */
	static final String WE_BODY = "ends.we-body";
	private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she");
	private static final Set<String> IMPERSONAL_SUBJECTS = Set.of("it", "they");
	/** What may stand between a claim's start and its opening pronoun: quotes, "that". */
	private static final Pattern OPENING = Pattern.compile("[\\s\"'\u201c\u2018]*(?:that[\\s\"'\u201c\u2018]+)?");
	/** How far (characters) into a claim its opening pronoun may stand. */
	private static final int OPENING_WIDTH = 12;

	private PronounEnds() {
	}

	/**
	 * The speaker of the claim that the subject pronoun at {@code h} opens, as a mention at the pronoun, or null.
	 */
	static ActorMention claimSpeaker(ParsedSentence s, int h, String body, List<SpeechActs.Speech> speeches) {
		String w = s.word(h).toLowerCase(Locale.ROOT);
		boolean person = PERSONAL_SUBJECTS.contains(w);
		if (!person && !IMPERSONAL_SUBJECTS.contains(w) || !s.deprel(h).startsWith("nsubj") || !Mechanisms.on(CLAIM)) {
			return null;
		}
		int at = s.start(h);
		for (SpeechActs.Speech sp : speeches) {
			if (sp.begin() > at || at >= sp.end() || at - sp.begin() > OPENING_WIDTH
					|| !OPENING.matcher(body.substring(sp.begin(), at)).matches()) {
				continue;
			}
			DocActor a = sp.speaker();
			if (a.kind() == ActorKind.MEDIA || (a.kind() == ActorKind.PERSON) != person) {
				return null;
			}
			Mechanisms.fired(CLAIM, 1);
			return new ActorMention(at, s.end(h), a);
		}
		return null;
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
