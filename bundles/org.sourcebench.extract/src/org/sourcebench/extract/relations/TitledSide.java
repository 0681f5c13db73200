package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;

/**
 * The side a speaker's title names ({@code relations.titled-side}): "Houthi military spokesman Yahya Sarea", "Myanmar
 * military spokesman Major General Zaw Min Tun", "LNA spokesman Ahmad al-Mesmari". An actor named in the title words
 * just before one of the speaker's mentions (only words between them, no punctuation but an apostrophe or a period
 * of an abbreviation such as "Brig.") is the speaker's own side, and so is every actor of that actor's country. What the speaker says
 * its own side did ("the armed forces targeted a ship") is a report, not a criticism of that side. Only speakers the
 * actor readers gave no country of their own are read this way (those with one are already kept from their own
 * country's actors). Stateless.
 */
public final class TitledSide {

	/** The switch. */
	public static final String NAME = "relations.titled-side";
	/** Longest stretch of title words between the side's mention and the speaker's. */
	private static final int GAP = 48;
	/** Most words in that stretch. */
	private static final int WORDS = 6;

	/** Words that join or relate phrases rather than build a title. */
	private static final Set<String> LINKS = Set.of("and", "or", "by", "with", "to", "for", "from", "against", "on",
			"at", "in", "as", "than");

	private TitledSide() {
	}

	/** Whether {@code target} is the side named in {@code speaker}'s title (or of that side's country). */
	public static boolean titled(String body, DocActors actors, DocActor speaker, DocActor target) {
		Side side = of(body, actors, speaker);
		return side != null && side.covers(target);
	}

	/** The sides named in a speaker's titles: actors and their countries. */
	public record Side(Set<DocActor> actors, Set<String> isos) {

		/** Whether the actor is one of these sides or of their countries; counted as a firing when it is. */
		public boolean covers(DocActor target) {
			boolean own = actors.contains(target) || !target.iso().isEmpty() && isos.contains(target.iso());
			Mechanisms.fired(NAME, own ? 1 : 0);
			return own;
		}
	}

	/**
	 * The sides {@code speaker}'s titles name, or null when there are none to read (the switch off, a speaker with a
	 * country of its own, no title naming an actor).
	 */
	public static Side of(String body, DocActors actors, DocActor speaker) {
		if (speaker == null || !speaker.iso().isEmpty() || !Mechanisms.on(NAME)) {
			return null;
		}
		Set<DocActor> sides = new HashSet<>();
		Set<String> isos = new HashSet<>();
		ActorMention last = null; // the mention before the current one, in text order
		for (ActorMention m : actors.mentions()) {
			ActorMention side = last;
			last = m;
			if (m.actor() != speaker || side == null || side.end() > m.begin()) {
				continue;
			}
			DocActor a = side.actor();
			if (a == speaker || m.begin() - side.end() > GAP || !titleWords(body, side.end(), m.begin())) {
				continue;
			}
			sides.add(a);
			if (!a.iso().isEmpty()) {
				isos.add(a.iso());
			}
		}
		return sides.isEmpty() ? null : new Side(sides, isos);
	}

	/** Whether only words (letters, hyphens, apostrophes, abbreviation periods) stand in body[b, e). */
	private static boolean titleWords(String body, int b, int e) {
		int words = 0;
		int wordStart = -1;
		for (int i = b; i < e; i++) {
			char c = body.charAt(i);
			if (Character.isLetter(c) || c == '-' || c == '\'' || c == '’') {
				if (wordStart < 0) {
					words++;
					wordStart = i;
				}
			} else if (c == ' ' || c == '.' && abbreviation(body, wordStart, i) && i + 1 < e && body.charAt(i + 1) == ' ') {
				if (wordStart >= 0 && LINKS.contains(body.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
					return false;
				}
				wordStart = -1;
			} else {
				return false;
			}
		}
		return words <= WORDS;
	}

	/** Whether body[b, e) is a short capitalised word an abbreviation's period may close ("Gen", "Brig", "Lt"). */
	private static boolean abbreviation(String body, int b, int e) {
		return b >= 0 && e - b <= 4 && Character.isUpperCase(body.charAt(b));
	}
}
