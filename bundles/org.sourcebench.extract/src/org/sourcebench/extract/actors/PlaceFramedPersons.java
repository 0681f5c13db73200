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
 * Such a person loses its mentions, so the location readers that come after may read the name. Runs after every actor
 * reader, before the location reader.
 */
public final class PlaceFramedPersons {

	private static final int DESCRIPTION_WORDS = 3;

	private PlaceFramedPersons() {
	}

	public static void drop(String t, DocActors actors, ExtractionData data) {
		if (!Mechanisms.on("actors.placeFramedPersons")) {
			return;
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.kind() != ActorKind.PERSON || a.name().startsWith(DocActor.UNNAMED) || !a.offices().isEmpty()) {
				continue;
			}
			List<ActorMention> ms = actors.mentions().stream().filter(m -> m.actor() == a).toList();
			if (ms.isEmpty() || !ms.stream().allMatch(m -> placeFramed(t, m, data))) {
				continue;
			}
			ms.forEach(actors::remove);
			Mechanisms.fired("actors.placeFramedPersons", 1);
		}
	}

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
