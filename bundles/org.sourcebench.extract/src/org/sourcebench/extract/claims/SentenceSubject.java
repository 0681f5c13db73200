package org.sourcebench.extract.claims;

import java.util.List;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.nlp.Sentence;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * The subject of a sentence, for participle clauses and quoted labels that have none of their own ("..., saying",
 * "calling them “fabricated”"): a leading "he"/"she" is the last person who spoke; otherwise the first actor not
 * inside a prepositional phrase, moved along a title chain ("Iranian Foreign Ministry spokesman Bahram Qassemi").
 */
final class SentenceSubject {

	private static final Set<String> PREPOSITIONS = ClaimWords.get().list("preposition");

	/** Lowercase words of a title between an organisation and its officer ("Kremlin spokesman Peskov"). */
	private static final Set<String> TITLE_WORDS = ClaimWords.get().list("title");

	private final String t;
	private final DocActors actors;
	private final SpeakerFinder speakers;

	SentenceSubject(String matchText, DocActors actors, SpeakerFinder speakers) {
		this.t = matchText;
		this.actors = actors;
		this.speakers = speakers;
	}

	DocActor subjectOf(Sentence s, int before) {
		String first = TextCursor.of(t).nextWord(s.begin()).toLowerCase();
		if (first.equals("he") || first.equals("she")) {
			DocActor previous = speakers.lastPersonSpeakerBefore(s.begin());
			return previous != null ? previous : speakers.lastPersonSpeaker();
		}
		List<ActorMention> ms = actors.within(s.begin(), before);
		for (int i = 0; i < ms.size(); i++) {
			ActorMention m = ms.get(i);
			if (m.begin() > 0 && t.charAt(m.begin() - 1) == '(') {
				continue; // a dateline's outlet: "TEHRAN (FNA)- Iranian Foreign Ministry Spokesman ..."
			}
			if (PREPOSITIONS.contains(TextCursor.of(t).previousWord(m.begin()))
					|| TextCursor.of(t).previousWord(m.begin()).equals("the")
					&& PREPOSITIONS.contains(TextCursor.of(t).previousWord(TextCursor.of(t).previousWordStart(m.begin())))) {
				continue;
			}
			while (i + 1 < ms.size() && (isTitleGap(t.substring(m.end(), ms.get(i + 1).begin()))
					|| possessedPerson(m, ms.get(i + 1)))) {
				m = ms.get(++i);
			}
			return m.actor();
		}
		return null;
	}

	/**
	 * Whether {@code next} is a person {@code m} possesses with at most a title between ("Japan's Suga", "Ethiopia's
	 * former president Mulatu Teshome"): the person is the subject, not the body or state (mechanism
	 * {@code claims.possessed-person}).
	 */
	private boolean possessedPerson(ActorMention m, ActorMention next) {
		if (m.actor().kind() == ActorKind.PERSON || next.actor().kind() != ActorKind.PERSON
				|| !Mechanisms.on("claims.possessed-person")) {
			return false;
		}
		String gap = t.substring(m.end(), next.begin());
		String title = gap.length() < 3 ? "" : gap.substring(3).replaceAll("\\b(?:former|then|acting|interim|outgoing|new) ", "");
		if (!gap.startsWith("'s ") && !gap.startsWith("\u2019s ") || !isTitleGap(title)) {
			return false;
		}
		Mechanisms.fired("claims.possessed-person", 1);
		return true;
	}

	private static boolean isTitleGap(String gap) {
		String g = gap.trim();
		if (g.isEmpty()) {
			return true;
		}
		if (!g.matches("[A-Za-z-]+(?: [A-Za-z-]+){0,3}")) {
			return false;
		}
		for (String w : g.split(" ")) {
			if (!Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(w)) {
				return false; // "Netanyahu thanked Trump": a verb is no title
			}
		}
		return true;
	}
}
