package org.sourcebench.extract.locations;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Last stage of {@link LocationExtractor}: drops the mentions of a place name that only modifies a common noun after
 * it ("the Gulf countries", "the Baltic nation", "the Monroe doctrine", "a Kashmir militant commander", "the Mumbai
 * and Pathankot investigations", "a Geneva-based monitor"): the parse makes the name a compound or an adjectival
 * modifier of that noun, which is no place noun (place-heads.tsv, the geo-nouns of location-words.tsv: "the Jabra
 * neighborhood", "the Gaza border" stay). A place left with no mention is dropped. Switch:
 * {@code locations.modifierNames}.
 */
final class ModifierNames extends PlaceStage {

	ModifierNames(PlaceNames names) {
		super(names);
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.modifierNames")) {
			return;
		}
		int dropped = 0;
		for (DocPlace dp : d.places.values()) {
			int before = dp.spans.size();
			dp.spans.removeIf(s -> s[0] >= d.datelineEnd && modifies(d, s[0], s[1]));
			dropped += before - dp.spans.size();
		}
		d.places.values().removeIf(dp -> dp.spans.isEmpty());
		Mechanisms.fired("locations.modifierNames", dropped);
	}

	/** Whether the name at {@code [b, e)} modifies a common noun after it. */
	private boolean modifies(Reading d, int b, int e) {
		if (d.t.startsWith("-based", e) || d.t.startsWith("-born", e)) {
			return true;
		}
		for (ParsedSentence s : d.parsed) {
			if (s.size() == 0 || s.start(0) > e || s.end(s.size() - 1) < e) {
				continue;
			}
			for (int i = 0; i < s.size(); i++) {
				if (s.end(i) == e && s.start(i) >= b) {
					return compoundOfNoun(s, i, e);
				}
			}
		}
		return false;
	}

	/**
	 * Whether token {@code i} (or the first conjunct of its list) is a compound of a common noun to its right that
	 * names no place.
	 */
	private boolean compoundOfNoun(ParsedSentence s, int i, int e) {
		int n = i;
		for (int hops = 0; hops < 4 && n >= 0 && s.deprel(n).equals("conj"); hops++) {
			n = s.head(n);
		}
		if (n < 0 || !s.deprel(n).equals("compound") && !s.deprel(n).equals("amod")) {
			return false;
		}
		int h = s.head(n);
		if (h < 0 || s.start(h) < e || !"NOUN".equals(s.pos(h))) {
			return false;
		}
		String w = s.word(h);
		return Character.isLowerCase(w.charAt(0)) && !placeNoun(w)
				&& !(w.endsWith("s") && placeNoun(w.substring(0, w.length() - 1)));
	}

	/** A noun after a name that keeps it a place: a place head, a geo-noun, an on-noun, a place-after noun. */
	private boolean placeNoun(String w) {
		return words.head(w) != null || words.is("geo-noun", w) || words.is("on-noun", w)
				|| words.is("place-after", w);
	}
}
