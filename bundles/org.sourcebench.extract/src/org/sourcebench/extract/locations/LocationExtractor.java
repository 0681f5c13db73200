package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.PlaceMention;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;

/**
 * Reads the locations of a document, in this order (an earlier reading owns its words):
 * <ol>
 * <li>the dateline ("KYIV (Reuters) -", "BOGOTA, Colombia", "SITTWE, Rakhine State -");</li>
 * <li>names before a place head noun ("Rakhine State", "the Darfur region", "the Jabra neighborhood", "Kyauktaw,
 * Ponnagyun and Buthidaung townships");</li>
 * <li>country names and capitals the actor reader judged to be places ("in Syria", "to Moscow");</li>
 * <li>gazetteer places (regions, sites, rivers, cities) that are not part of an actor's name;</li>
 * <li>cities and seats of government inside actor mentions when used as places ("inside the Kremlin", "attack
 * Moscow", "in Hamas-run Gaza");</li>
 * <li>names no table knows, in locative use with evidence that they are places: the entity tagger's GPE/LOC, a
 * first-level region of that name, "X, Province", "X north of Y", "the city of X", a list with a known place;</li>
 * <li>later mentions of the names found so far.</li>
 * </ol>
 * A direction word before a place makes a directional region of its own ("northern Syria", "central and southern
 * Khartoum"). Countries of ambiguous or unknown names come from "X, Country", "Country's X", the first-level regions
 * and cities of that name in the countries the document talks about, then the document's dominant country.
 * Immutable; safe to share.
 */
public final class LocationExtractor {

	private static final Pattern DATELINE = Pattern.compile(
			"^[ ]*([A-Z][\\p{L}'.\\-]*(?: [A-Z][\\p{L}'.\\-]*){0,3})(?:, ?([A-Z][\\p{L}'.\\-]*(?: [A-Z][\\p{L}'.\\-]*){0,3}))?"
					+ "(?= ?\\(|, ?\\(| ?-|[ ]*\\n|[ ]*$|, [A-Z][a-z]{2,8}\\.? \\d)",
			Pattern.MULTILINE);
	private static final int DATELINE_REACH = 200;
	private static final Pattern AFTER_PLACE = Pattern.compile("^(?:,| in| of)(?: the)? ");
	private static final long BIG_CITY = 100_000;

	private final ExtractionData data;
	private final LocationData words = LocationData.get();

	public LocationExtractor(ExtractionData data) {
		this.data = data;
	}

	/** The locations of a document read without a parse. */
	public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading) {
		return read(text, reading, List.of());
	}

	/** The locations of a document; {@code parsed} (may be empty) adds the entity tagger's place tags. */
	public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading, List<ParsedSentence> parsed) {
		// two readings: the second settles the countries of unknown names with everything the first one found
		Doc first = readPlaces(new Doc(text.matchText(), reading, parsed, null));
		Doc d = readPlaces(new Doc(text.matchText(), reading, parsed, first));
		List<ExtractedLocation> out = new ArrayList<>();
		for (DocPlace dp : d.places.values()) {
			List<TextSpan> spans = new ArrayList<>();
			dp.spans.stream().sorted((a, b) -> Integer.compare(a[0], b[0]))
					.forEach(s -> spans.add(TextSpan.of(text.body(), s[0], s[1])));
			out.add(new ExtractedLocation(dp.name, dp.place.kind(), countryName(dp.place.iso(), dp.name),
					dp.place.lat(), dp.place.lon(), dp.place.geonamesId(), spans, dp.confidence));
		}
		return out;
	}

	private Doc readPlaces(Doc d) {
		dateline(d);
		placeHeads(d);
		countryMentions(d);
		gazetteer(d);
		placesInActorMentions(d);
		unknownNames(d);
		laterMentions(d);
		return d;
	}

	private String countryName(String iso, String name) {
		Country c = data.countries().byIso(iso);
		if (c == null) {
			return name.equals("Soviet Union") ? "Soviet Union" : null;
		}
		return words.countryName(iso, c.name());
	}

	/** What one document's reading has found so far. */
	private final class Doc {
		final String t;
		final TextCursor c;
		final ActorReading reading;
		final Map<String, DocPlace> places = new LinkedHashMap<>();
		final List<int[]> taken = new ArrayList<>();
		final Map<String, Integer> isoWeight = new HashMap<>();
		final boolean[] placeTag;
		final Doc prior;
		final Map<String, Integer> placeWeight = new HashMap<>();
		String dominant = "";
		String dominantPlace = "";
		String datelineIso = "";
		int datelineEnd = -1;
		boolean guessed;

		Doc(String t, ActorReading reading, List<ParsedSentence> parsed, Doc prior) {
			this.t = t;
			this.prior = prior;
			if (prior != null) {
				for (DocPlace dp : prior.places.values()) {
					if (dp.guessed || dp.place.iso().isEmpty() || prior.isCapital(dp)
							|| dp.place.kind().equals("country") || dp.place.kind().equals("sea")
							|| !dp.place.curated() && dp.place.population() > 0 && dp.place.population() < BIG_CITY) {
						continue; // countries and capitals are named as places of diplomacy far from the story;
								  // a small town of the city table may be another country's namesake
					}
					long n = dp.spans.stream().filter(s -> s[0] > prior.datelineEnd).count();
					if (n > 0) {
						int w = placeWeight.merge(dp.place.iso(), (int) n, Integer::sum);
						if (dominantPlace.isEmpty() || w > placeWeight.getOrDefault(dominantPlace, 0)) {
							dominantPlace = dp.place.iso();
						}
					}
				}
			}
			this.c = TextCursor.of(t);
			this.reading = reading;
			this.placeTag = new boolean[t.length() + 1];
			for (DocActor a : reading.actors().actors()) {
				if (!a.iso().isEmpty()) {
					weigh(a.iso(), a.spans().size());
				}
			}
			reading.places().forEach(p -> weigh(p.country().iso(), 1));
			for (ParsedSentence s : parsed) {
				for (int i = 0; i < s.size(); i++) {
					String e = s.entity(i);
					if (("GPE".equals(e) || "LOC".equals(e)) && s.end(i) <= t.length()) {
						for (int k = s.start(i); k < s.end(i); k++) {
							placeTag[k] = true;
						}
					}
				}
			}
		}

		void weigh(String iso, int w) {
			if (iso == null || iso.isEmpty()) {
				return;
			}
			int n = isoWeight.merge(iso, w, Integer::sum);
			if (dominant.isEmpty() || n > isoWeight.getOrDefault(dominant, 0)) {
				dominant = iso;
			}
		}

		boolean inDoc(String iso) {
			return isoWeight.containsKey(iso);
		}

		/**
		 * 3 for the country of most of the story's places (second reading), 2 for another country of its places, 1
		 * for a country its actors name, else 0.
		 */
		int rank(String iso) {
			return iso.equals(dominantPlace) ? 3 : placeWeight.containsKey(iso) ? 2 : isoWeight.containsKey(iso) ? 1 : 0;
		}

		boolean free(int b, int e) {
			return !overlaps(taken, b, e) && reading.actors().within(b, e).isEmpty() && reading.actors().at(b) == null
					&& reading.actors().at(e - 1) == null;
		}

		boolean tagged(int b, int e) {
			for (int k = b; k < e; k++) {
				if (placeTag[k]) {
					return true;
				}
			}
			return false;
		}

		/** The place found so far whose bare name has the key of {@code name} ("Deir El-Balah", "Deir al-Balah"). */
		DocPlace byBareKey(String name) {
			String k = LocationData.key(name);
			for (DocPlace dp : places.values()) {
				if (dp.bare != null && LocationData.key(dp.bare).equals(k)) {
					return dp;
				}
			}
			return null;
		}

		private boolean isCapital(DocPlace dp) {
			Country c = data.countries().byIso(dp.place.iso());
			return c != null && c.capitals().contains(dp.name);
		}

		/** The place whose mention ends at {@code end} (found so far, or by the first reading), or null. */
		DocPlace placeEndingAt(int end) {
			return placeWith(1, end);
		}

		/** The place whose mention starts at {@code begin} (found so far, or by the first reading), or null. */
		DocPlace placeStartingAt(int begin) {
			return placeWith(0, begin);
		}

		private DocPlace placeWith(int side, int offset) {
			for (Doc doc = this; doc != null; doc = doc == prior ? null : prior) {
				for (DocPlace dp : doc.places.values()) {
					for (int[] s : dp.spans) {
						if (s[side] == offset) {
							return dp;
						}
					}
				}
			}
			return null;
		}

		/** The country of the nearest place mentioned before {@code offset} by the first reading (dateline too). */
		String nearestCountryBefore(int offset) {
			int best = -1;
			String iso = "";
			for (DocPlace dp : (prior == null ? this : prior).places.values()) {
				for (int[] s : dp.spans) {
					if (s[1] <= offset && s[0] > best && !dp.place.iso().isEmpty()) {
						best = s[0];
						iso = dp.place.iso();
					}
				}
			}
			return iso;
		}
	}

	// ---- 1. dateline ---------------------------------------------------------------------------------------

	private void dateline(Doc d) {
		Matcher m = DATELINE.matcher(d.t);
		while (m.find() && m.start(1) <= DATELINE_REACH) {
			if (dateline(d, m)) {
				return;
			}
		}
	}

	private boolean dateline(Doc d, Matcher m) {
		String first = titleCase(m.group(1));
		boolean shouting = m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && m.group(1).length() > 2;
		Country country = m.group(2) == null ? null : countryNamed(m.group(2));
		Place second = null;
		if (m.group(2) != null && country == null) {
			second = fullMatch(m.group(2), null);
		}
		if (!shouting && m.group(2) == null && !d.t.startsWith(",", m.end(1)) && !d.t.startsWith(" (", m.end(1))) {
			return false; // a mixed-case opening word is a dateline only before "(Agency)" or ", (Agency"
		}
		String iso = country != null ? country.iso() : second != null ? second.iso() : null;
		Country named = countryNamed(first);
		Place p = named != null ? countryPlace(named) : fullMatch(first, iso);
		if (p == null && iso != null && shouting) {
			p = new Place(first, "city", iso, Double.NaN, Double.NaN, 0, 0, false);
		}
		if (p == null) {
			return false;
		}
		add(d, p, m.start(1), m.end(1), 0.9, false);
		d.datelineEnd = m.end();
		d.datelineIso = p.iso();
		d.weigh(p.iso(), 2);
		if (country != null) {
			add(d, countryPlace(country), m.start(2), m.end(2), 0.9, false);
		} else if (second != null) {
			add(d, second, m.start(2), m.end(2), 0.85, false);
		}
		return true;
	}

	private static String titleCase(String caps) {
		if (!caps.equals(caps.toUpperCase(Locale.ROOT))) {
			return caps;
		}
		StringBuilder title = new StringBuilder();
		for (String w : caps.split(" ")) {
			title.append(title.length() == 0 ? "" : " ").append(w.charAt(0))
					.append(w.substring(1).toLowerCase(Locale.ROOT));
		}
		return title.toString();
	}

	private Place countryPlace(Country c) {
		return new Place(words.countryName(c.iso(), c.name()), "country", c.iso(), c.lat(), c.lon(), 0, 0, true);
	}

	/** The gazetteer place named exactly {@code name} (preferring {@code iso}, then curated, then larger). */
	private Place fullMatch(String name, String iso) {
		List<Place> full = new ArrayList<>();
		List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
		data.gazetteer().index().matchAt(name, 0, ms);
		ms.stream().filter(x -> x.end() == name.length()).forEach(x -> full.add(x.value()));
		return choose(full, x -> iso != null && iso.equals(x) ? 2 : 0);
	}

	// ---- 2. place heads ------------------------------------------------------------------------------------

	/** A run of name words ending at {@code end}: its start, or -1 ("Kyauktaw", "Deir al-Balah", "Central Darfur"). */
	private int nameRunBefore(TextCursor c, int end) {
		int b = -1;
		int pos = end;
		for (int n = 0; n < 4; n++) {
			int s = c.previousWordStart(pos);
			if (s < 0) {
				break;
			}
			String w = c.text().substring(s, c.wordEnd(s));
			if (!c.onlySpaces(s + w.length(), pos) || !isNameWord(w) || w.endsWith("'s")
					|| words.is("non-place", w)) {
				break;
			}
			b = s;
			pos = s;
		}
		while (b >= 0 && b < end && words.is("non-place", c.nextWord(b))) {
			int next = c.nextWordStart(c.wordEnd(b));
			b = next >= 0 && next < end ? next : -1;
		}
		return b;
	}


	/**
	 * A word that can stand in a place name: capitalised but not an acronym, or an article joined to a capitalised
	 * word ("al-Balah").
	 */
	private static boolean isNameWord(String w) {
		if (w.length() < 2) {
			return false;
		}
		if (Character.isUpperCase(w.charAt(0))) {
			int dash = w.indexOf('-');
			return !w.equals(w.toUpperCase(Locale.ROOT))
					&& (dash < 0 || dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))); // not "Kurdish-majority"
		}
		int dash = w.indexOf('-');
		return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
	}

	private void placeHeads(Doc d) {
		TextCursor c = d.c;
		String t = d.t;
		for (int i = 0; i < t.length(); i++) {
			if (!c.isWordStart(i)) {
				continue;
			}
			String w = t.substring(i, c.wordEnd(i));
			int after = c.wordEnd(i);
			String two = c.nextWord(after).isEmpty() || t.charAt(after) != ' ' ? null : w + " " + c.nextWord(after);
			LocationData.Head head = two == null ? null : words.head(two);
			int headEnd = head == null ? after : c.wordEnd(c.nextWordStart(after));
			if (head == null) {
				head = words.head(w);
			}
			boolean plural = false;
			if (head == null && w.length() > 3 && Character.isLowerCase(w.charAt(0)) && w.endsWith("s")) {
				head = words.head(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1));
				plural = head != null && head.role() != LocationData.Role.NAME;
				if (!plural) {
					head = null;
				}
			}
			if (head == null || overlaps(d.taken, i, headEnd)) {
				continue;
			}
			if (plural) {
				headList(d, i, headEnd, head);
			} else {
				headPlace(d, i, headEnd, head);
			}
			i = headEnd - 1;
		}
	}

	private void headPlace(Doc d, int headStart, int headEnd, LocationData.Head head) {
		TextCursor c = d.c;
		int b = nameRunBefore(c, headStart);
		int named = curatedEndingAt(d, headStart);
		if (named >= 0 && (b < 0 || named < b) && Character.isUpperCase(c.text().charAt(named))) {
			b = named; // "the At Tanf base": the gazetteer's name, whatever its words
		}
		if (b < 0) {
			return;
		}
		int runEnd = b + c.text().substring(b, headStart).stripTrailing().length();
		String run = c.text().substring(b, runEnd);
		boolean site = head.kind().equals("site");
		Place curated = named == b ? fullMatch(run, d.dominant) : null;
		if (curated != null && curated.kind().equals("site") && site && d.free(b, headEnd)) {
			add(d, curated, b, headEnd, 0.85, true); // "the At Tanf base" is At Tanf
			return;
		}
		if (head.role() == LocationData.Role.NAME && c.sentenceStart(b) && run.indexOf(' ') < 0
				&& fullMatch(run, null) == null && words.regions(run).isEmpty()) {
			return; // "Province officials said": a capitalised opening word
		}
		Place whole = fullMatch(c.text().substring(b, headEnd), null);
		if (whole != null && whole.curated() && !whole.kind().equals("country")
				&& (d.free(b, headEnd) || actorsInside(d, b, headEnd))) {
			add(d, whole, b, headEnd, 0.85, true); // "the Taiwan Strait", "Red Sea"
			return;
		}
		if (countryNamed(run) != null || isCountryOrCapital(c.text().substring(b, headEnd))
				|| isCountryOrCapital(run) && (site || head.role() == LocationData.Role.NAME)) {
			return; // "United States"; "the Kyiv market": a modifier; "the Pyongyang region" is read
		}
		if (words.is("non-place", run) || isAdjective(run)) {
			return; // "Islamic State", "the Syrian region"
		}
		if (!d.free(b, headEnd) && !(site && actorOnlyHere(d, b, runEnd)) && !personsOnly(d, b, runEnd)) {
			return;
		}
		Place known = whole != null ? whole : fullMatch(run, d.dominant);
		int spanEnd = head.role() == LocationData.Role.DESCRIPTOR ? runEnd : headEnd;
		if (known != null && (whole != null || head.role() != LocationData.Role.NAME)) {
			add(d, known, b, spanEnd, 0.8, true);
			return;
		}
		String name = head.role() == LocationData.Role.NAME ? c.text().substring(b, headEnd) : run;
		String iso = countryOf(d, b, headEnd, run, null);
		double[] ll = known == null ? new double[] {Double.NaN, Double.NaN} : new double[] {known.lat(), known.lon()};
		Place p = new Place(name, head.kind(), iso, ll[0], ll[1], regionId(run, iso), 0, true);
		boolean guessed = d.guessed;
		DocPlace dp = add(d, p, b, spanEnd, 0.65, true);
		if (dp != null) {
			dp.guessed = guessed;
		}
		if (dp != null && !site) {
			dp.bare = run;
		}
	}

	/** "Kyauktaw, Ponnagyun, Rathedaung and Buthidaung townships": every name of the list is a place. */
	private void headList(Doc d, int headStart, int headEnd, LocationData.Head head) {
		TextCursor c = d.c;
		List<int[]> runs = new ArrayList<>();
		int end = headStart;
		while (true) {
			int b = nameRunBefore(c, end);
			if (b < 0) {
				break;
			}
			int runEnd = b + c.text().substring(b, end).stripTrailing().length();
			runs.add(new int[] {b, runEnd});
			String conj = c.previousWord(b);
			int comma = c.commaBefore(b);
			if (comma >= 0) {
				end = comma;
			} else if (conj.equals("and") || conj.equals("or")) {
				end = c.previousWordStart(b);
				int comma2 = c.commaBefore(end);
				end = comma2 >= 0 ? comma2 : end;
			} else {
				break;
			}
		}
		if (runs.size() < 2) {
			return;
		}
		String hint = null;
		for (int[] r : runs) {
			String iso = countryOf(d, r[0], r[1], c.text().substring(r[0], r[1]), null);
			if (!iso.isEmpty() && !iso.equals(d.dominant)) {
				hint = iso;
			}
		}
		for (int k = runs.size() - 1; k >= 0; k--) {
			int[] r = runs.get(k);
			if (!d.free(r[0], r[1])) {
				continue;
			}
			String run = c.text().substring(r[0], r[1]);
			String iso = countryOf(d, r[0], r[1], run, hint);
			boolean guessed = d.guessed;
			Place p = new Place(run, head.kind(), iso, Double.NaN, Double.NaN, regionId(run, iso), 0, true);
			DocPlace dp = add(d, p, r[0], r[1], 0.6, true);
			if (dp != null) {
				dp.bare = run;
				dp.guessed = guessed;
			}
		}
	}

	private long regionId(String run, String iso) {
		for (Place r : words.regions(run)) {
			if (r.iso().equals(iso)) {
				return r.geonamesId();
			}
		}
		return 0;
	}

	/** The country whose name or alias is exactly {@code name}, or null. */
	private Country countryNamed(String name) {
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(name)) {
			if (m.begin() == 0 && m.end() == name.length() && m.value().type() == CountryTable.FormType.NAME) {
				return m.value().country();
			}
		}
		return null;
	}

	private boolean isCountryOrCapital(String run) {
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(run)) {
			if (m.begin() == 0 && m.end() == run.length() && m.value().type() != CountryTable.FormType.ADJECTIVE) {
				return true;
			}
		}
		return false;
	}

	private boolean isAdjective(String run) {
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(run)) {
			if (m.begin() == 0 && m.end() == run.length() && m.value().type() == CountryTable.FormType.ADJECTIVE) {
				return true;
			}
		}
		return false;
	}

	/** Whether every actor mention overlapping {@code [b, e)} lies strictly inside it ("Taiwan" of "Taiwan Strait"). */
	private static boolean actorsInside(Doc d, int b, int e) {
		List<ActorMention> ms = d.reading.actors().within(b, e);
		if (overlaps(d.taken, b, e) || d.reading.actors().at(b) != null && d.reading.actors().at(b).begin() < b
				|| d.reading.actors().at(e - 1) != null && d.reading.actors().at(e - 1).end() > e) {
			return false;
		}
		for (ActorMention m : ms) {
			if (m.end() - m.begin() >= e - b) {
				return false;
			}
		}
		return true;
	}

	/** The start of a hand-compiled gazetteer name of up to four words ending right before {@code headStart}, or -1. */
	private int curatedEndingAt(Doc d, int headStart) {
		int end = d.t.substring(0, headStart).stripTrailing().length();
		int best = -1;
		int pos = end;
		for (int n = 0; n < 4; n++) {
			int s = d.c.previousWordStart(pos);
			if (s < 0) {
				break;
			}
			List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
			data.gazetteer().index().matchAt(d.t, s, ms);
			if (ms.stream().anyMatch(m -> m.end() == end && m.value().curated() && !m.value().kind().equals("country"))) {
				best = s;
			}
			pos = s;
		}
		return best;
	}

	/** Whether the actor mentioned at {@code [b, e)} is mentioned nowhere else ("Al Aqsa Martyrs mosque"). */
	private static boolean actorOnlyHere(Doc d, int b, int e) {
		List<ActorMention> ms = d.reading.actors().within(b, e);
		if (ms.isEmpty()) {
			return false;
		}
		for (ActorMention m : ms) {
			for (int[] s : m.actor().spans()) {
				if (s[1] <= b || s[0] >= e) {
					return false;
				}
			}
		}
		return !overlaps(d.taken, b, e);
	}

	// ---- 3. countries and capitals in locative use -------------------------------------------------------

	private void countryMentions(Doc d) {
		for (PlaceMention pm : d.reading.places()) {
			if (overlaps(d.taken, pm.begin(), pm.end())) {
				continue;
			}
			Country c = pm.country();
			Place p = pm.capital()
					? new Place(d.t.substring(pm.begin(), pm.end()), "city", c.iso(), c.lat(), c.lon(), c.geonamesId(),
							0, true)
					: countryPlace(c);
			add(d, p, pm.begin(), pm.end(), 0.8, true);
		}
	}

	// ---- 4. gazetteer places ---------------------------------------------------------------------------------

	private void gazetteer(Doc d) {
		List<PhraseIndex.Match<Place>> matches = data.gazetteer().index().findAll(d.t);
		for (int i = 0; i < matches.size(); i++) {
			PhraseIndex.Match<Place> m = matches.get(i);
			int j = i;
			int longest = m.end();
			for (; j < matches.size() && matches.get(j).begin() == m.begin(); j++) {
				longest = Math.max(longest, matches.get(j).end());
			}
			List<Place> same = new ArrayList<>();
			for (int k = i; k < j; k++) {
				if (matches.get(k).end() == longest) {
					same.add(matches.get(k).value());
				}
			}
			i = j - 1;
			Place best = choose(same, d::rank);
			if (!d.free(m.begin(), longest) && !(best != null && actorsInside(d, m.begin(), longest))) {
				continue;
			}
			String article = d.c.previousWord(m.begin());
			if (best == null || best.kind().equals("country") || !plausible(d, m.begin(), longest, best)
					|| data.isEventNoun(d.c.nextWord(longest)) || article.equals("a") || article.equals("an")) {
				continue;
			}
			add(d, best, m.begin(), withMentionHead(d, longest), best.curated() ? 0.85 : 0.7, true);
		}
	}

	/** The end of a place mention with a following head noun that belongs to it ("Idlib province"). */
	private int withMentionHead(Doc d, int end) {
		String next = d.c.nextWord(end);
		LocationData.Head h = next.isEmpty() || d.t.charAt(end) != ' ' ? null : words.head(next);
		return h != null && h.role() == LocationData.Role.MENTION ? d.c.wordEnd(d.c.nextWordStart(end)) : end;
	}

	/**
	 * The most likely of same-named places: the hand-compiled places first (Geneva is not the 20,000-people Geneva,
	 * Illinois, of a US story), then places in the countries of the story's places ({@code rank} 2), then in the
	 * countries its actors name (1), then larger cities.
	 */
	private static Place choose(List<Place> same, java.util.function.ToIntFunction<String> rank) {
		Place best = null;
		long bestScore = Long.MIN_VALUE;
		for (Place p : same) {
			long score = p.population() + rank.applyAsInt(p.iso()) * 1_000_000_000L + (p.curated() ? 4_000_000_000L : 0);
			if (score > bestScore) {
				best = p;
				bestScore = score;
			}
		}
		return best;
	}

	/** A city name is a place only where it reads as a name of its own and is likely in this document. */
	private boolean plausible(Doc d, int b, int e, Place p) {
		if (p.curated()) {
			return true;
		}
		TextCursor c = d.c;
		int ps = c.previousWordStart(b);
		boolean prevCap = ps >= 0 && b > 1 && d.t.charAt(b - 1) == ' ' && Character.isUpperCase(d.t.charAt(ps))
				&& !c.sentenceStart(ps);
		String next = c.nextWord(e);
		boolean nextCap = !next.isEmpty() && e < d.t.length() && d.t.charAt(e) == ' '
				&& Character.isUpperCase(next.charAt(0));
		if (prevCap || nextCap) {
			return false;
		}
		return d.rank(p.iso()) > 0 || p.population() >= BIG_CITY && locativeFrame(d, b, e, false);
	}

	// ---- 5. places inside actor mentions -------------------------------------------------------------------

	/** "inside the Kremlin", "an attack on the Kremlin", "did not attack Moscow", "in Hamas-run Gaza". */
	private void placesInActorMentions(Doc d) {
		for (ActorMention am : d.reading.actors().mentions()) {
			int b = am.begin();
			int e = am.end();
			if (overlaps(d.taken, b, e)) {
				continue;
			}
			Place p = null;
			int pb = -1;
			for (int s = b; s >= 0 && s < e && p == null; s = d.c.nextWordStart(d.c.wordEnd(s))) {
				List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
				words.seats().matchAt(d.t, s, ms);
				data.gazetteer().index().matchAt(d.t, s, ms);
				List<Place> ending = new ArrayList<>();
				for (PhraseIndex.Match<Place> m : ms) {
					if (m.end() == e && !m.value().kind().equals("country")
							&& (m.value().curated() || m.value().population() >= BIG_CITY || d.inDoc(m.value().iso()))) {
						ending.add(m.value());
					}
				}
				p = choose(ending, d::rank);
				pb = s;
			}
			if (p == null || !locativeFrame(d, b, e, true)) {
				continue;
			}
			add(d, p, pb, e, 0.75, true);
		}
	}

	/**
	 * Whether the name at {@code [b, e)} is in locative use: after a locative preposition (words such as "the",
	 * "capital" or a direction skipped; "sources from Egypt" names an agent), after "city of" / "north of", before
	 * "grounds" after "on", after "attack on", and with {@code verbs}, as the object of a verb of attack or movement.
	 */
	private boolean locativeFrame(Doc d, int b, int e, boolean verbs) {
		TextCursor c = d.c;
		int pos = c.skipBack(b, w -> words.is("skip", w) || words.isDirection(w) || w.endsWith("-run")
				|| w.endsWith("-held") || w.endsWith("-controlled") || adjectiveCountry(capitalise(w)) != null
				|| w.endsWith("'s") && countryNamed(c.previousWordAsWritten(b).replaceAll("'s$", "")) != null, 3);
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
			return words.is("on-noun", c.previousWord(prevStart)) || words.is("on-noun", c.nextWord(e).toLowerCase(Locale.ROOT));
		}
		return verbs && words.is("place-verb", prev);
	}

	// ---- 6. names no table knows -------------------------------------------------------------------------------

	private void unknownNames(Doc d) {
		TextCursor c = d.c;
		String t = d.t;
		for (int i = 0; i < t.length(); i++) {
			if (!c.isWordStart(i)) {
				continue;
			}
			String w = t.substring(i, c.wordEnd(i));
			if (!isNameWord(w) || words.is("non-place", w)) {
				i = c.wordEnd(i) - 1;
				continue;
			}
			int b = i;
			int e = c.wordEnd(i);
			String last = w;
			while (!last.endsWith("'s") && e + 1 < t.length() && t.charAt(e) == ' ') {
				String next = c.nextWord(e);
				if (next.equals("of") && words.is("of-name", last) && isNameWord(c.nextWord(c.wordEnd(e + 1)))) {
					next = c.nextWord(c.wordEnd(e + 1)); // "Cape of Good Hope"
					e = c.wordEnd(e + 1);
				} else if (!isNameWord(next) || words.is("non-place", next)) {
					break;
				}
				last = next;
				e = c.wordEnd(e + 1);
			}
			i = e - 1;
			if (last.endsWith("'s")) {
				String next = c.nextWord(e);
				if (TextCursor.capitalised(next) || words.is("geo-noun", next.toLowerCase(Locale.ROOT))) {
					continue; // "Cox's Bazar", "Gaza's Deir El-Balah area": the owner of another name
				}
				e -= 2;
			}
			if (c.sentenceStart(b) || e <= b) {
				continue;
			}
			String run = t.substring(b, e);
			boolean strongFrame = ofFrame(d, b) || strongPreposition(d, b);
			if (!(d.free(b, e) || actorOnlyHere(d, b, e) || personsOnly(d, b, e)) || isCountryOrCapital(run)
					|| isAdjective(run) || words.is("org-noun", c.nextWord(e)) || words.is("org-noun", c.nextWord(e).toLowerCase(Locale.ROOT))
					|| data.isEventNoun(c.nextWord(e))) {
				continue;
			}
			DocPlace seen = d.byBareKey(run);
			if (seen != null) {
				add(d, seen.place, b, e, seen.confidence, true);
				continue;
			}
			boolean listed = listedWithPlace(d, b, e) && !isAdjective(c.nextWord(b));
			boolean known = d.tagged(b, e) || !words.regions(run).isEmpty() || fullMatch(run, null) != null;
			if (!listed && !strongFrame && !locativeFrame(d, b, e, known)) {
				continue;
			}
			boolean evidence = listed || strongFrame || known || followedByPlace(d, e) || relativeDirection(d, e)
					|| appositivePlace(d, e) || afterPlacePossessive(d, b);
			if (!evidence || !d.free(b, e) && !(strongFrame || listed)) {
				continue; // a name the actor reader read is taken over only in a clear place frame ("the town of X")
			}
			String iso = countryOf(d, b, e, run, listed ? d.placeEndingAt(previousConjunctEnd(d, b)).place.iso() : null);
			boolean guessed = d.guessed;
			long region = regionId(run, iso);
			Place p = new Place(run, region != 0 ? "province" : "city", iso, Double.NaN, Double.NaN, region, 0, false);
			DocPlace dp = add(d, p, b, e, 0.55, true);
			if (dp != null) {
				dp.bare = run;
				dp.guessed = guessed;
			}
		}
	}

	/**
	 * "near Boni", "outside Chuhuiv", "north of Sake", "besieged Babanusa", "an attack on Wad al-Noura": a word
	 * that takes places only.
	 */
	private boolean strongPreposition(Doc d, int b) {
		int pos = d.c.skipBack(b, w -> w.equals("the") || words.isDirection(w), 2);
		String prev = d.c.previousWord(pos);
		int prevStart = d.c.previousWordStart(pos);
		return words.is("strong", prev) || words.is("strong-verb", prev)
				|| prev.equals("of") && words.is("strong", d.c.previousWord(prevStart) + " of")
				|| prev.equals("on") && words.is("on-noun", d.c.previousWord(prevStart));
	}

	/** "Myawaddy, a trading hub", "Wad Madani, the state capital": an apposition headed by a place noun. */
	private boolean appositivePlace(Doc d, int e) {
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
	private boolean afterPlacePossessive(Doc d, int b) {
		String prev = d.c.previousWordAsWritten(b);
		if (!prev.endsWith("'s") || d.c.previousWordStart(b) < 0) {
			return false;
		}
		String owner = prev.substring(0, prev.length() - 2);
		return countryNamed(owner) != null || d.placeEndingAt(d.c.previousWordStart(b) + owner.length()) != null;
	}

	/** Whether every actor mention overlapping {@code [b, e)} is a person's inside it ("Khan Younis", "El Gezira"). */
	private static boolean personsOnly(Doc d, int b, int e) {
		List<ActorMention> ms = d.reading.actors().within(b, e);
		if (ms.isEmpty() || overlaps(d.taken, b, e) || d.reading.actors().at(b) != null && d.reading.actors().at(b).begin() < b
				|| d.reading.actors().at(e - 1) != null && d.reading.actors().at(e - 1).end() > e) {
			return false;
		}
		return ms.stream().allMatch(m -> m.actor().kind() == org.sourcebench.model.ActorKind.PERSON);
	}

	/** "the city of al-Fashir", "the areas of Al-Jili". */
	private boolean ofFrame(Doc d, int b) {
		int pos = d.c.skipBack(b, w -> w.equals("the"), 1);
		return d.c.previousWord(pos).equals("of") && words.is("geo-noun", d.c.previousWord(d.c.previousWordStart(pos)));
	}

	/** "Taechon, North Pyongan Province": a known place or country right after a comma. */
	private boolean followedByPlace(Doc d, int e) {
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

	/** "Al-Jili north of Khartoum". */
	private boolean relativeDirection(Doc d, int e) {
		String next = d.c.nextWord(e).toLowerCase(Locale.ROOT);
		int ns = d.c.nextWordStart(e);
		return ns >= 0 && words.isPreposition(next + " of") && d.c.nextWord(d.c.wordEnd(ns)).equals("of");
	}

	/** Whether the name at {@code b} continues a list whose previous member is a place ("Ponnagyun, Rathedaung"). */
	private boolean listedWithPlace(Doc d, int b, int e) {
		int end = previousConjunctEnd(d, b);
		String conj = d.c.previousWord(b);
		boolean listGoesOn = conj.equals("and") || conj.equals("or") || d.c.charAfter(e) == ','
				|| d.c.nextWord(e).equals("and") || d.c.nextWord(e).equals("or");
		return end >= 0 && listGoesOn && d.placeEndingAt(end) != null;
	}

	private int previousConjunctEnd(Doc d, int start) {
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

	// ---- 7. later mentions ---------------------------------------------------------------------------------

	private void laterMentions(Doc d) {
		unknownNames(d); // names seen as places by now are read again, wherever they stand ("in central Deir al-Balah")
		for (DocPlace dp : new ArrayList<>(d.places.values())) {
			if (dp.bare == null) {
				continue;
			}
			int from = 0;
			for (int at; (at = d.t.indexOf(dp.bare, from)) >= 0; from = at + 1) {
				int e = at + dp.bare.length();
				boolean whole = (at == 0 || !d.c.isWordChar(at - 1))
						&& (e == d.t.length() || !Character.isLetterOrDigit(d.t.charAt(e)));
				boolean inName = e < d.t.length() && d.t.charAt(e) == ' ' && TextCursor.capitalised(d.c.nextWord(e))
						&& words.head(d.c.nextWord(e)) == null
						|| at > 0 && d.t.charAt(at - 1) == ' ' && TextCursor.capitalised(d.c.previousWordAsWritten(at))
								&& !d.c.sentenceStart(d.c.previousWordStart(at));
				if (!whole || inName || !d.free(at, e)) {
					continue;
				}
				dp.spans.add(new int[] {at, e});
				d.taken.add(new int[] {at, e});
			}
		}
	}

	// ---- country of a place ------------------------------------------------------------------------------------

	/**
	 * The country of a place the gazetteer does not settle: "X, Country" / "X in Country" / "X, Place", "Country's
	 * X" / "Place's X", "the city's X" (the place before), "the Israeli city of X", a first-level region of that
	 * name, {@code hint} (a list's other places), a city of that name where the story's places are; failing those (a guess,
	 * noted in {@code d.guessed}): the country of most places the first reading found, the dateline's, the country
	 * the actors name most.
	 */
	private String countryOf(Doc d, int b, int e, String run, String hint) {
		d.guessed = false;
		TextCursor c = d.c;
		String after = d.t.substring(e, Math.min(d.t.length(), e + 40));
		Matcher in = AFTER_PLACE.matcher(after);
		if (in.find()) {
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(d.t, e + in.end(), cs);
			for (PhraseIndex.Match<CountryTable.Form> m : cs) {
				if (m.value().type() == CountryTable.FormType.NAME) {
					return m.value().country().iso();
				}
			}
			DocPlace dp = d.placeStartingAt(e + in.end());
			if (dp != null && !dp.place.iso().isEmpty() && !dp.guessed) {
				return dp.place.iso();
			}
		}
		String prev = c.previousWordAsWritten(b);
		if (prev.endsWith("'s") && c.previousWordStart(b) >= 0) {
			Country pc = countryNamed(prev.substring(0, prev.length() - 2));
			if (pc != null) {
				return pc.iso();
			}
			DocPlace dp = d.placeEndingAt(c.previousWordStart(b) + prev.length() - 2);
			if (dp != null && !dp.place.iso().isEmpty()) {
				return dp.place.iso();
			}
			if (words.is("geo-noun", prev.substring(0, prev.length() - 2).toLowerCase(Locale.ROOT))) {
				String before = d.nearestCountryBefore(b); // "the city's Kyivskyi district"
				if (!before.isEmpty()) {
					return before;
				}
			}
		}
		if (ofFrame(d, b)) {
			int of = c.previousWordStart(c.skipBack(b, w -> w.equals("the"), 1));
			Country adj = adjectiveCountry(c.previousWordAsWritten(c.previousWordStart(of))); // "the Israeli city of Sderot"
			if (adj != null) {
				return adj.iso();
			}
		}
		String fromRegion = pick(words.regions(run), d, e > b + run.length());
		if (fromRegion != null) {
			return fromRegion;
		}
		if (hint != null && !hint.isEmpty()) {
			return hint;
		}
		Place g = fullMatch(run, d.dominantPlace.isEmpty() ? d.dominant : d.dominantPlace);
		if (g != null && !g.kind().equals("country")
				&& (g.curated() || d.placeWeight.isEmpty() || d.placeWeight.containsKey(g.iso()))) {
			return g.iso();
		}
		d.guessed = true;
		return !d.dominantPlace.isEmpty() ? d.dominantPlace : !d.datelineIso.isEmpty() ? d.datelineIso : d.dominant;
	}

	private static String capitalise(String w) {
		return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}

	private Country adjectiveCountry(String word) {
		for (PhraseIndex.Match<CountryTable.Form> m : data.countries().index().findAll(word)) {
			if (m.begin() == 0 && m.end() == word.length() && m.value().type() == CountryTable.FormType.ADJECTIVE) {
				return m.value().country();
			}
		}
		return null;
	}

	/**
	 * The country of the first-level region of that name in the document's countries; with {@code headed} ("Chiapas
	 * state") also the only country that has one.
	 */
	private static String pick(List<Place> regions, Doc d, boolean headed) {
		String only = null;
		String actors = null;
		for (Place r : regions) {
			if (d.rank(r.iso()) >= 2) {
				return r.iso();
			}
			if (d.rank(r.iso()) == 1 && actors == null) {
				actors = r.iso();
			}
			only = only == null ? r.iso() : only.equals(r.iso()) ? only : "";
		}
		if (!headed) {
			return actors != null && d.placeWeight.isEmpty() && d.prior != null ? actors : null;
		}
		return actors != null ? actors : only == null || only.isEmpty() ? null : only;
	}

	// ---- adding a mention ------------------------------------------------------------------------------------

	/**
	 * Enters a mention of {@code p} at {@code [b, e)}. With {@code directional}, a direction word right before it
	 * makes a directional region ("northern Syria", "central Gaza"), and "central and southern Khartoum" also gives
	 * the first direction's region. Returns the document place, or null when the span is taken.
	 */
	private DocPlace add(Doc d, Place p, int b, int e, double conf, boolean directional) {
		if (overlaps(d.taken, b, e)) {
			return null;
		}
		TextCursor c = d.c;
		String dir = c.previousWord(b);
		int dirStart = c.previousWordStart(b);
		boolean lowerHead = e > b && d.t.substring(b, e).indexOf(' ') > 0 && Character.isLowerCase(
				d.t.charAt(d.t.lastIndexOf(' ', e - 1) + 1)) && !p.kind().equals("site");
		String firstWord = p.name().split(" ")[0];
		if (words.isDirection(firstWord) && p.name().indexOf(' ') > 0) {
			// "Eastern or Western Europe"
			coordinatedDirection(d, p, p.name().substring(firstWord.length() + 1), b, e, conf);
		} else if (directional && dirStart >= 0 && words.isDirection(dir)
				&& d.c.onlySpaces(dirStart + dir.length(), b) && !overlaps(d.taken, dirStart, b)
				&& !(lowerHead && c.previousWord(dirStart).equals("the"))) {
			String surface = d.t.substring(b, e);
			LocationData.Head h = words.head(c.previousWordAsWritten(e));
			if (h != null && h.role() != LocationData.Role.NAME && surface.indexOf(' ') > 0) {
				surface = surface.substring(0, surface.lastIndexOf(' '));
			}
			String name = (c.sentenceStart(dirStart) ? dir : c.previousWordAsWritten(b)) + " " + surface;
			String iso = p.iso().isEmpty() && p.kind().equals("river") ? d.dominant : p.iso();
			Place region = new Place(name, "region", iso, p.lat(), p.lon(), 0, 0, true);
			DocPlace dp = enter(d, region, name, dirStart, e, conf);
			coordinatedDirection(d, region, surface, dirStart, e, conf);
			return dp;
		}
		return enter(d, p, p.name(), b, e, conf);
	}

	private DocPlace enter(Doc d, Place p, String name, int b, int e, double conf) {
		String key = LocationData.key(name) + "\t" + p.kind().equals("country");
		DocPlace dp = d.places.computeIfAbsent(key, k -> new DocPlace(name, p, conf));
		dp.spans.add(new int[] {b, e});
		d.taken.add(new int[] {b, e});
		return dp;
	}

	/** "central and southern Khartoum": the first direction's region, mentioned by the whole phrase. */
	private void coordinatedDirection(Doc d, Place region, String surface, int dirStart, int e, double conf) {
		String conj = d.c.previousWord(dirStart);
		if (!conj.equals("or") && !conj.equals("and")) {
			return;
		}
		int conjStart = d.c.previousWordStart(dirStart);
		String dir = d.c.previousWord(conjStart);
		int first = d.c.previousWordStart(conjStart);
		if (!words.isDirection(dir) || overlaps(d.taken, first, conjStart)) {
			return;
		}
		String name = dir + " " + surface;
		enter(d, new Place(name, region.kind(), region.iso(), region.lat(), region.lon(), 0, 0, true), name, first, e,
				conf * 0.9);
		d.taken.add(new int[] {first, conjStart});
	}

	private static boolean overlaps(List<int[]> taken, int b, int e) {
		for (int[] s : taken) {
			if (b < s[1] && s[0] < e) {
				return true;
			}
		}
		return false;
	}
}
