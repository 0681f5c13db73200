package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;

/**
 * The words around a name that show it is used as a place: a locative preposition or verb before it ("in", "near",
 * "outside", "attack"), "the city of X", "X north of Y", "X, Province", an apposition headed by a place noun, a list
 * whose other member is a place. Used by the stages that read names no table settles.
 */
final class LocativeFrames extends PlaceStage {


	LocativeFrames(PlaceNames names) {
		super(names);
	}

	/**
	 * Whether the name at {@code [b, e)} is in locative use: after a locative preposition (words such as "the",
	 * "capital" or a direction skipped; "sources from Egypt" names an agent), after "city of" / "north of", before
	 * "grounds" after "on", after "attack on", and with {@code verbs}, as the object of a verb of attack or movement.
	 */
	boolean locativeFrame(Reading d, int b, int e, boolean verbs) {
		TextCursor c = d.c;
		int pos = b;
		for (int n = 0; n < 3; n++) {
			int s = c.previousWordStart(pos);
			if (s < 0 || !skippedBeforePlace(d, s, c.previousWordAsWritten(pos))) {
				break;
			}
			pos = s;
		}
		String prev = c.previousWord(pos);
		int prevStart = c.previousWordStart(pos);
		if (prev.isEmpty()) {
			return false;
		}
		if (prev.equals("from") || prev.equals("to")) {
			return !words.is(prev + "-agent", c.previousWordOverPunctuation(prevStart));
		}
		if (words.isPreposition(prev)) {
			return true;
		}
		if (prev.equals("of")) {
			String before = c.previousWord(prevStart);
			return words.is("geo-noun", before) || words.isPreposition(before + " of");
		}
		if (prev.equals("on") || prev.equals("against")) {
			return words.is("on-noun", c.previousWord(prevStart))
					|| words.is("on-noun", c.nextWord(e).toLowerCase(Locale.ROOT));
		}
		return verbs && words.is("place-verb", prev);
	}

	/**
	 * A word between a locative preposition and a place: "the", "capital", a direction, "Hamas-run", a nationality
	 * adjective, the possessive of a country or of a place found so far ("in north Kashmir's Kupwara").
	 */
	private boolean skippedBeforePlace(Reading d, int start, String written) {
		String w = written.toLowerCase(Locale.ROOT);
		if (words.is("skip", w) || words.isDirection(w) || w.endsWith("-run") || w.endsWith("-held")
				|| w.endsWith("-controlled") || names.adjectiveCountry(capitalise(w)) != null) {
			return true;
		}
		if (!written.endsWith("'s")) {
			return false;
		}
		String owner = written.substring(0, written.length() - 2);
		return names.countryNamed(owner) != null || d.placeEndingAt(start + owner.length()) != null;
	}

	/**
	 * "near Boni", "outside Chuhuiv", "north of Sake", "besieged Babanusa", "an attack on Wad al-Noura": a word
	 * that takes places only.
	 */
	boolean strongPreposition(Reading d, int b) {
		int pos = d.c.skipBack(b, w -> w.equals("the") || words.isDirection(w), 2);
		String prev = d.c.previousWord(pos);
		int prevStart = d.c.previousWordStart(pos);
		return words.is("strong", prev) || words.is("strong-verb", prev)
				|| prev.equals("of") && words.is("strong", d.c.previousWord(prevStart) + " of")
				|| prev.equals("on") && words.is("on-noun", d.c.previousWord(prevStart));
	}

	/**
	 * "in places including Hawahabid, Lafoole and Afgoye", "other areas like Pagak, Maiwut and Turru", "towns such as
	 * X" ({@code locations.openedLists}): the first name of a list that a plural noun of places (class list-noun) opens
	 * with "including", "like" or "such as"; the later names follow as listed places.
	 */
	boolean placeListOpening(Reading d, int b) {
		TextCursor c = d.c;
		String prev = c.previousWord(b);
		int prevStart = c.previousWordStart(b);
		if (prev.equals("as") && c.previousWord(prevStart).equals("such")) {
			prevStart = c.previousWordStart(prevStart);
		} else if (!prev.equals("including") && !prev.equals("like")) {
			return false;
		}
		if (prevStart < 0 || !words.is("list-noun", c.previousWord(prevStart))
				|| !Mechanisms.on("locations.openedLists")) {
			return false;
		}
		Mechanisms.fired("locations.openedLists", 1);
		return true;
	}

	/** "the city of al-Fashir", "the areas of Al-Jili"; "a village called Tessit", "a hamlet known as Los Pinos". */
	boolean ofFrame(Reading d, int b) {
		TextCursor c = d.c;
		int pos = c.skipBack(b, w -> w.equals("the"), 1);
		String prev = c.previousWord(pos);
		int prevStart = c.previousWordStart(pos);
		if (words.is("naming", prev) || prev.equals("as") && words.is("naming", c.previousWord(prevStart) + " as")) {
			int nounEnd = prev.equals("as") ? c.previousWordStart(prevStart) : prevStart;
			return words.is("geo-noun", c.previousWord(nounEnd));
		}
		return prev.equals("of") && words.is("geo-noun", c.previousWord(prevStart));
	}

	/** "Myawaddy, a trading hub", "Wad Madani, the state capital": an apposition headed by a place noun. */
	boolean appositivePlace(Reading d, int e) {
		if (d.c.charAfter(e) != ',') {
			return false;
		}
		int pos = d.t.indexOf(',', e) + 1;
		String first = d.c.nextWord(pos).toLowerCase(Locale.ROOT);
		if (!first.equals("a") && !first.equals("the") && !first.equals("an")) {
			return false;
		}
		pos = d.c.wordEnd(d.c.nextWordStart(pos));
		for (int n = 0; n < 4; n++) {
			int s = d.c.nextWordStart(pos);
			if (s < 0) {
				return false;
			}
			String w = d.c.nextWord(s).toLowerCase(Locale.ROOT);
			if (words.is("geo-noun", w) && !w.equals("part") && !w.equals("rest")) {
				return true;
			}
			pos = d.c.wordEnd(s);
		}
		return false;
	}

	/** "from Thailand's Mae Sot": a name after a country's or a place's possessive. */
	boolean afterPlacePossessive(Reading d, int b) {
		String prev = d.c.previousWordAsWritten(b);
		if (!prev.endsWith("'s") || d.c.previousWordStart(b) < 0) {
			return false;
		}
		String owner = prev.substring(0, prev.length() - 2);
		return names.countryNamed(owner) != null || d.placeEndingAt(d.c.previousWordStart(b) + owner.length()) != null;
	}

	/** "Taechon, North Pyongan Province": a known place or country right after a comma. */
	boolean followedByPlace(Reading d, int e) {
		if (d.c.charAfter(e) != ',') {
			return false;
		}
		int s = d.c.nextWordStart(d.t.indexOf(',', e) + 1);
		if (s < 0) {
			return false;
		}
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(d.t, s, cs);
		if (cs.stream().anyMatch(x -> x.value().type() == CountryTable.FormType.NAME)) {
			return true;
		}
		for (DocPlace dp : d.places.values()) {
			for (int[] sp : dp.spans) {
				if (sp[0] == s) {
					return !dp.place.kind().equals("city");
				}
			}
		}
		return false;
	}

	/**
	 * "Maarat al-Numan in southern Idlib", "Sittwe, in Rakhine State": a country or a place found so far contains the
	 * name that ends at {@code e}.
	 */
	boolean containedInPlace(Reading d, int e) {
		TextCursor c = d.c;
		int pos = c.charAfter(e) == ',' ? d.t.indexOf(',', e) + 1 : e;
		if (!c.nextWord(pos).equals("in")) {
			return false;
		}
		int s = c.nextWordStart(c.wordEnd(c.nextWordStart(pos)));
		if (s >= 0 && c.nextWord(s).equals("the")) {
			s = c.nextWordStart(c.wordEnd(s));
		}
		if (s < 0) {
			return false;
		}
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(d.t, s, cs);
		return cs.stream().anyMatch(x -> x.value().type() == CountryTable.FormType.NAME)
				|| d.placeStartingAt(s) != null;
	}

	/** "at Depsang and Demchok in eastern Ladakh": the next member of the list is a place (found so far). */
	boolean nextConjunctIsPlace(Reading d, int e) {
		TextCursor c = d.c;
		int pos = c.charAfter(e) == ',' ? d.t.indexOf(',', e) + 1 : e;
		String next = c.nextWord(pos);
		if (next.equals("and") || next.equals("or")) {
			pos = c.wordEnd(c.nextWordStart(pos));
		} else if (pos == e) {
			return false;
		}
		int s = c.nextWordStart(pos);
		return s >= 0 && d.placeStartingAt(s) != null;
	}

	/** "Al-Jili north of Khartoum". */
	boolean relativeDirection(Reading d, int e) {
		String next = d.c.nextWord(e).toLowerCase(Locale.ROOT);
		int ns = d.c.nextWordStart(e);
		return ns >= 0 && words.isPreposition(next + " of") && d.c.nextWord(d.c.wordEnd(ns)).equals("of");
	}

	/** Whether the name at {@code b} continues a list whose previous member is a place ("Ponnagyun, Rathedaung"). */
	boolean listedWithPlace(Reading d, int b, int e) {
		int end = previousConjunctEnd(d, b);
		String conj = d.c.previousWord(b);
		boolean listGoesOn = conj.equals("and") || conj.equals("or") || d.c.charAfter(e) == ','
				|| d.c.nextWord(e).equals("and") || d.c.nextWord(e).equals("or");
		return end >= 0 && listGoesOn && d.placeEndingAt(end) != null;
	}

	int previousConjunctEnd(Reading d, int start) {
		int b = d.c.skipBack(start, w -> words.is("skip", w) && !w.equals("the"), 1); // "and neighbouring Narino"
		int comma = d.c.commaBefore(b);
		if (comma >= 0) {
			return d.t.substring(0, comma).stripTrailing().length();
		}
		String conj = d.c.previousWord(b);
		if (conj.equals("and") || conj.equals("or")) {
			int s = d.c.previousWordStart(b);
			int comma2 = d.c.commaBefore(s);
			return comma2 >= 0 ? comma2 : d.t.substring(0, s).stripTrailing().length();
		}
		return -1;
	}

	private static String capitalise(String w) {
		return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}
}
