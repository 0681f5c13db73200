package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * After every reader has run ({@code locations.personNames}): a place mention that lies inside a mention of a
 * person is part of the person's name, no place ("Mahamadou Sana" is no mention of Sanaa; "the ambassador in Seoul,
 * Georgy Zinoviev," names no place after the comma). The claim and event readers add persons after the location
 * reader has run, so this looks at the document's final actors. Only names of two or more capitalised words count;
 * the same word elsewhere in the document is then the person's short name too ("Sana further said"). A location
 * left without mentions is dropped. A name the text gives as a place's ("a village called X", "the town of X")
 * stays a place. With {@code locations.personSurnames} also a place mention that is the last word of a person's full
 * name in the story, wherever it stands ("Josh Green ... Green expressed"; "Sheikh Hasina ... sentenced Hasina"): a
 * person's surname, no place, unless the place is a country or the text names it as a place.
 */
public final class PersonNamePlaces {

	private PersonNamePlaces() {
	}

	public static List<ExtractedLocation> prune(String body, List<ExtractedLocation> locations, DocActors actors) {
		if (!Mechanisms.on("locations.personNames")) {
			return locations;
		}
		List<int[]> persons = new ArrayList<>();
		Set<String> surnames = new HashSet<>();
		boolean bySurname = Mechanisms.on("locations.personSurnames");
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON) {
				for (int[] s : a.spans()) {
					String mention = body.substring(s[0], s[1]).strip();
					if (fullName(mention)) {
						persons.add(s);
						// not after a place head ("Camp Tigri", a place the actor reader took for a person)
						String[] words = mention.split("\\s+");
						if (bySurname && LocationData.get().head(words[0]) == null) {
							surnames.add(words[words.length - 1]);
						}
					}
				}
			}
		}
		if (persons.isEmpty()) {
			return locations;
		}
		List<ExtractedLocation> out = new ArrayList<>();
		for (ExtractedLocation l : locations) {
			Set<String> names = new HashSet<>();
			for (TextSpan s : l.mentions()) {
				if (persons.stream().anyMatch(p -> p[0] <= s.begin() && s.end() <= p[1]) && !named(body, s.begin())) {
					names.add(s.text()); // the same word elsewhere is the person's short name ("Sana further said")
				} else if (surnames.contains(s.text()) && !"country".equals(l.kind()) && !named(body, s.begin())) {
					names.add(s.text()); // "Josh Green" in the story: "Green expressed a warm welcome" names him
					Mechanisms.fired("locations.personSurnames", 1);
				}
			}
			List<TextSpan> kept = l.mentions().stream().filter(s -> !names.contains(s.text())).toList();
			Mechanisms.fired("locations.personNames", l.mentions().size() - kept.size());
			if (kept.size() == l.mentions().size()) {
				out.add(l);
			} else if (!kept.isEmpty()) {
				out.add(new ExtractedLocation(l.name(), l.kind(), l.country(), l.lat(), l.lon(), l.geonamesId(), kept,
						l.confidence()));
			}
		}
		return out;
	}

	/**
	 * Whether the words before {@code b} name a place by its name ("a village called X", "a hamlet known as X", "the
	 * town of X"): the location reader's own evidence outranks the person reading of an unknown name.
	 */
	private static boolean named(String body, int b) {
		TextCursor c = TextCursor.of(body);
		LocationData words = LocationData.get();
		String prev = c.previousWord(b);
		int prevStart = c.previousWordStart(b);
		String before = prevStart < 0 ? "" : c.previousWord(prevStart);
		return words.is("naming", prev) || words.is("naming", before + " " + prev)
				|| prev.equals("of") && words.is("geo-noun", before);
	}

	/**
	 * Whether a person's mention is a name of two or more capitalised words ("Georgy Zinoviev"): a one-word mention
	 * may be a short form the actor shares with a place, and a description ("a spokesperson for Somaliland") names
	 * its place.
	 */
	private static boolean fullName(String mention) {
		String[] words = mention.strip().split("\\s+");
		if (words.length < 2) {
			return false;
		}
		for (String w : words) {
			if (!Character.isUpperCase(w.charAt(0))) {
				return false;
			}
		}
		return true;
	}
}
