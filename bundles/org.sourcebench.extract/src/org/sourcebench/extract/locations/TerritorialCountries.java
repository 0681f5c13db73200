package org.sourcebench.extract.locations;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 5c of {@link LocationExtractor}: a country that no reading so far made a place is one where the article uses
 * it as a territory: the parse makes it the object of "border" ("the province borders Chad, Niger and Mali", "the
 * strip bordering Egypt"); after a locative word it owns a territorial phrase the earlier stages do not take, a
 * compass word ending the phrase ("refugees fled into Chad's north") or up to two lower-case modifiers before a
 * territorial noun ("clashes in Niger's restive western region", "just outside Chad's maritime boundary", "off
 * Chad's Bol port"); or it follows "invasion of", "partition of", "annexation of". Switch
 * {@code locations.territorialFrames}. Without a locative word, a possessive owning a closing noun of extent
 * ("Tehran, Iran's capital.": {@code locations.ownedExtent}) and the object of a verb of entering, leaving or
 * invading ("to leave Russia": {@code locations.enteredCountries}) make the country a place too.
 */
final class TerritorialCountries extends PlaceStage {

	private final LocativeFrames frames;

	TerritorialCountries(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.territorialFrames")) {
			return;
		}
		int fired = 0;
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(d.t)) {
			if (!d.freeCountryName(m) || isPlace(d, m.value().country().iso())) {
				continue;
			}
			int b = m.begin();
			int e = m.end();
			if (borderObject(d, b, e) || ownedTerritory(d, b, e) || territorialAct(d, b)) {
				if (d.add(names.countryPlace(m.value().country()), b, e, 0.7, false) != null) {
					fired++;
				}
			} else if (ownedExtent(d, b, e) || enteredOrLeft(d, b)) {
				d.add(names.countryPlace(m.value().country()), b, e, 0.7, false);
			}
		}
		Mechanisms.fired("locations.territorialFrames", fired);
	}

	/**
	 * "Iran's capital.", "a slum of Haiti's capital,", "violating Guyana's territory", "entered Japan's airspace,",
	 * "close to Burundi's borders, and" ({@code locations.ownedExtent}, twenty-ninth session): without a locative
	 * word the possessive owns a noun of the country's extent (class owned-extent; up to two modifiers between) that
	 * ends its phrase: punctuation, a function word or a name follows ("capital Kyiv"), not a noun it modifies
	 * ("Japan's coast guard", "China's state media", "Estonia's border guards").
	 */
	private boolean ownedExtent(Reading d, int b, int e) {
		TextCursor c = d.c;
		if (!c.possessiveAfter(e) || !Mechanisms.on("locations.ownedExtent")) {
			return false;
		}
		int pos = e + 2;
		for (int n = 0; n < 3; n++) {
			int s = c.nextWordStart(pos);
			if (s < 0 || !d.t.substring(pos, s).isBlank()) {
				return false;
			}
			String w = c.nextWord(pos);
			int end = c.wordEnd(s);
			if (words.is("owned-extent", w.toLowerCase(Locale.ROOT))) {
				int next = c.nextWordStart(end);
				if (next < 0 || !d.t.substring(end, next).isBlank()) {
					Mechanisms.fired("locations.ownedExtent", 1);
					return true; // "Iran's capital." / "Burundi's borders, and"
				}
				String after = c.nextWord(end);
				boolean ends = TextCursor.capitalised(after) || words.is("extent-end", after);
				if (ends) {
					Mechanisms.fired("locations.ownedExtent", 1);
				}
				return ends;
			}
			if (w.isEmpty() || n == 2 || TextCursor.capitalised(w) && n > 0 || Character.isDigit(w.charAt(0))) {
				return false;
			}
			pos = end;
		}
		return false;
	}

	/**
	 * "had 72 hours to leave Russia", "Moscow, which invaded Ukraine", "entered Ukraine from Belarus", "from entering
	 * Hungary" ({@code locations.enteredCountries}, twenty-ninth session): the object of a verb of entering, leaving
	 * or invading (class entry-verb) is the country's territory.
	 */
	private boolean enteredOrLeft(Reading d, int b) {
		if (!Mechanisms.on("locations.enteredCountries")) {
			return false;
		}
		int pos = d.c.skipBack(b, w -> w.equals("the"), 1);
		int s = d.c.previousWordStart(pos);
		if (s < 0 || !d.t.substring(d.c.wordEnd(s), pos).isBlank()
				|| !words.is("entry-verb", d.c.previousWord(pos))) {
			return false;
		}
		Mechanisms.fired("locations.enteredCountries", 1);
		return true;
	}

	/** Whether a place reading so far entered the country {@code iso} itself. */
	private static boolean isPlace(Reading d, String iso) {
		for (DocPlace dp : d.places.values()) {
			if (dp.place.kind().equals("country") && dp.place.iso().equals(iso)) {
				return true;
			}
		}
		return false;
	}

	/** "it borders Chad, Niger and Mali", "the part bordering Egypt": the name (or a conjunct) is the verb's object. */
	private static boolean borderObject(Reading d, int b, int e) {
		for (ParsedSentence s : d.parsed) {
			if (s.size() == 0 || s.start(0) > b || s.end(s.size() - 1) < e) {
				continue;
			}
			int n = s.headOf(b, e);
			if (n < 0) {
				return false;
			}
			for (int hops = 0; hops < 4 && n >= 0 && s.deprel(n).equals("conj"); hops++) {
				n = s.head(n);
			}
			if (n < 0 || !s.deprel(n).equals("obj")) {
				return false;
			}
			int h = s.head(n);
			return h >= 0 && "VERB".equals(s.pos(h)) && s.lemma(h).toLowerCase(Locale.ROOT).equals("border");
		}
		return false;
	}

	/**
	 * "into Chad's north", "in Niger's restive western region", "outside Chad's maritime boundary", "off Chad's Bol
	 * port": after a locative word, the possessive owns a compass word that ends the phrase, or up to two modifiers
	 * (lower-case, or one capitalised name) before a territorial noun.
	 */
	private boolean ownedTerritory(Reading d, int b, int e) {
		TextCursor c = d.c;
		if (!c.possessiveAfter(e) || !frames.locativeFrame(d, b, e, false)) {
			return false;
		}
		int pos = e + 2;
		for (int n = 0; n < 2; n++) {
			int s = c.nextWordStart(pos);
			if (s < 0) {
				return false;
			}
			String w = c.nextWord(pos);
			int end = c.wordEnd(s);
			if (territorial(w)) {
				return true;
			}
			if (words.isDirection(w.toLowerCase(Locale.ROOT))) {
				int next = c.nextWordStart(end);
				if (next < 0 || !d.t.substring(end, next).isBlank() || territorial(c.nextWord(end))) {
					return true; // "into Chad's north." / "Chad's northern region"
				}
			} else if (w.isEmpty() || TextCursor.capitalised(w) && n > 0) {
				return false;
			}
			pos = end;
		}
		return territorial(c.nextWord(pos));
	}

	private boolean territorial(String w) {
		String l = w.toLowerCase(Locale.ROOT);
		return !w.isEmpty() && (words.is("geo-noun", l) || words.is("territory-noun", l)
				|| Character.isLowerCase(w.charAt(0)) && words.head(w) != null);
	}

	/** "the invasion of Chad", "a partition of the Sudan". */
	private boolean territorialAct(Reading d, int b) {
		TextCursor c = d.c;
		int pos = b;
		if (c.previousWord(pos).equals("the")) {
			pos = c.previousWordStart(pos);
		}
		if (!c.previousWord(pos).equals("of")) {
			return false;
		}
		return words.is("territorial-act", c.previousWord(c.previousWordStart(pos)));
	}
}
