package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * A gazetteer name that is only a piece of a longer place name, which {@link GazetteerPlaces} leaves to the later
 * stages: a name before a particle and another name word ("Mocímboa da Praia", the town, not Mocímboa), after a
 * capitalised "Sea of", "Gulf of", "Bay of" ("the Sea of Azov" is no mention of the town of Azov), or itself such a
 * word before "of" and a name ("the Gulf of Finland" is no mention of the Persian Gulf). Switch
 * {@code locations.longerNames}.
 */
final class LongerNames {

	private final LocationData words;
	private final PlaceNameRuns runs;

	LongerNames(PlaceNames names, PlaceNameRuns runs) {
		this.words = names.words();
		this.runs = runs;
	}

	/** Whether the gazetteer match at {@code [b, e)} is a piece of a longer name. */
	boolean inside(Reading d, int b, int e) {
		TextCursor c = d.c;
		String t = d.t;
		int ns = c.nextWordStart(e);
		if (ns == e + 1 && t.charAt(e) == ' ') {
			String next = c.nextWord(e);
			if (runs.joins(c, ns, next)) {
				int after = c.nextWordStart(c.wordEnd(ns));
				if (after >= 0 && PlaceNameRuns.isNameWord(c.nextWord(c.wordEnd(ns)))) {
					return true; // "Mocímboa da Praia"
				}
			}
			if (next.equals("of") && words.is("of-name", t.substring(b, e))
					&& PlaceNameRuns.isNameWord(c.nextWord(c.wordEnd(ns)))) {
				return true; // "Gulf of Finland"
			}
		}
		int ps = c.previousWordStart(b);
		if (ps >= 0 && c.previousWordAsWritten(b).equals("of") && c.onlySpaces(ps + 2, b)) {
			return words.is("of-name", c.previousWordAsWritten(ps)); // "Sea of Azov"
		}
		return false;
	}

	/**
	 * Whether the run {@code [b, e)} of {@link UnknownNames} is a longer place name around an actor's mention that
	 * lies inside it: "the Gulf of Finland", "Mocimboa da Praia" (Praia, the capital of Cape Verde, read as its state).
	 */
	boolean joined(Reading d, int b, int e, String run) {
		if (!Mechanisms.on("locations.longerNames") || !d.actorsInside(b, e)) {
			return false;
		}
		String[] w = run.split(" ");
		for (int i = 1; i + 1 < w.length; i++) {
			if (w[i].equals("of") && words.is("of-name", w[i - 1]) || words.is("particle", w[i])) {
				Mechanisms.fired("locations.longerNames", 1);
				return true;
			}
		}
		return false;
	}
}
