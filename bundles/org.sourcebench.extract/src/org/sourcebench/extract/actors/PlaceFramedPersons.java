package org.sourcebench.extract.actors;

import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.locations.LocationData;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * A person every mention of which stands in a place's frame is a place the name readers took for a person (mechanism
 * {@code actors.placeFramedPersons}): the name ends in a capitalised feature head of location-words.tsv (class
 * feature-head: "Ayungin Shoal", "Nacho Junction"), a lower-case place head of place-heads.tsv follows it ("El Gezira
 * state"), or a comma and an indefinite description headed by one within three words ("Wad Madani, a key city").
 * Such a person loses its mentions, so the location readers that come after may read the name. With mechanism
 * {@code actors.locativeNames} the same holds for a person or a body that no dictionary named (the tagger's, the
 * speaker readers') whose every mention stands right after "in", "at", "into", a strong preposition or a strong verb
 * of location-words.tsv ("weapons recovered in Tunga Daji", "a vehicle at Ras Jdir", "residents fled Htun Ya Wai").
 * Runs after every actor reader, before the location reader.
 */
public final class PlaceFramedPersons {

	private static final int DESCRIPTION_WORDS = 3;

	private PlaceFramedPersons() {
	}

	public static void drop(String t, DocActors actors, ExtractionData data) {
		boolean framed = Mechanisms.on("actors.placeFramedPersons");
		boolean locative = Mechanisms.on("actors.locativeNames");
		if (!framed && !locative) {
			return;
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.name().startsWith(DocActor.UNNAMED) || !a.offices().isEmpty()) {
				continue;
			}
			boolean person = a.kind() == ActorKind.PERSON;
			boolean guessed = (person || a.kind() == ActorKind.ORGANISATION) && a.confidence() < DICTIONARY;
			if (!person && !guessed) {
				continue;
			}
			List<ActorMention> ms = actors.mentions().stream().filter(m -> m.actor() == a).toList();
			if (ms.isEmpty()) {
				continue;
			}
			if (framed && person && ms.stream().allMatch(m -> placeFramed(t, m, data))) {
				ms.forEach(actors::remove);
				Mechanisms.fired("actors.placeFramedPersons", 1);
			} else if (locative && guessed && ms.stream().allMatch(m -> afterLocative(t, m, data))) {
				ms.forEach(actors::remove);
				Mechanisms.fired("actors.locativeNames", 1);
			}
		}
	}

	/**
	 * "recovered weapons in Tunga Daji,", "a burning vehicle at Ras Jdir", "have completely fled Htun Ya Wai": a
	 * capitalised name right after "in", "at", "into", a strong preposition or a strong verb of location-words.tsv,
	 * that neither owns ("in Putin's view") nor modifies ("in Hamas-run Gaza", "in IDF bases") what follows.
	 */
	private static boolean afterLocative(String t, ActorMention m, ExtractionData data) {
		String text = t.substring(m.begin(), m.end());
		if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		TextCursor c = TextCursor.of(t);
		String prev = c.previousWord(m.begin());
		LocationData words = LocationData.get();
		if (!IN_AT.contains(prev) && !words.is("strong", prev) && !words.is("strong-verb", prev)) {
			return false;
		}
		if (c.possessiveAfter(m.end()) || m.end() < t.length() && t.charAt(m.end()) == '-') {
			return false;
		}
		String next = c.nextWord(m.end());
		return next.isEmpty() || !t.startsWith(" ", m.end()) || !Character.isLowerCase(next.charAt(0))
				|| words.isPreposition(next) || CLAUSE.contains(next) || placeHead(next, data);
	}

	/** The plain locative prepositions: a name after them is where something is or goes. */
	private static final java.util.Set<String> IN_AT = java.util.Set.of("in", "at", "into");
	/** Words after a place that open a clause or a list rather than modify the name ("in X and Y", "at X after"). */
	private static final java.util.Set<String> CLAUSE = java.util.Set.of("and", "or", "after", "before", "on",
			"where", "which", "when", "while", "as", "since", "during", "last", "this");
	/** Dictionary actors (confidence 0.9 and more) are never read as places here. */
	private static final double DICTIONARY = 0.9;

	private static boolean placeFramed(String t, ActorMention m, ExtractionData data) {
		String text = t.substring(m.begin(), m.end());
		if (LocationData.get().is("feature-head", NameRun.lastWord(text))) {
			return true;
		}
		TextCursor c = TextCursor.of(t);
		if (t.startsWith(" ", m.end()) && placeHead(c.nextWord(m.end() + 1), data)) {
			return true; // "El Gezira state"
		}
		if (!t.startsWith(", a ", m.end()) && !t.startsWith(", an ", m.end())) {
			return false;
		}
		int i = t.indexOf(' ', m.end() + 2) + 1;
		for (int k = 0; k < DESCRIPTION_WORDS && i > 0 && i < t.length(); k++) {
			String w = c.nextWord(i);
			if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
				return false;
			}
			if (placeHead(w, data)) {
				return true; // "Wad Madani, a key city in El Gezira state"
			}
			i += w.length();
			if (!t.startsWith(" ", i)) {
				return false;
			}
			i++;
		}
		return false;
	}

	private static boolean placeHead(String word, ExtractionData data) {
		return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
				&& data.placeHeads().containsKey(word.toLowerCase(Locale.ROOT));
	}
}
