package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;

/**
 * What one reading of a document has found so far: its places and their mention spans, the text they have taken,
 * and the weight of each country among the story's actors and places (to settle the country of ambiguous names).
 * {@link #add} enters a mention, making "northern Syria" a directional region of its own. One per reading; not shared.
 */
final class Reading {

	/** -Dsourcebench.trace.places=true prints every place mention entered, with the stage that entered it. */
	static final boolean TRACE = Boolean.getBoolean("sourcebench.trace.places");

	final String t;
	final TextCursor c;
	final ActorReading reading;
	final Map<String, DocPlace> places = new LinkedHashMap<>();
	final List<int[]> taken = new ArrayList<>();
	final Map<String, Integer> isoWeight = new HashMap<>();
	final boolean[] placeTag;
	/** Characters of names the parse puts after a locative preposition, directly or as a later conjunct. */
	final boolean[] locativeCase;
	final Reading prior;
	/** The parsed sentences of the document (may be empty). */
	final List<ParsedSentence> parsed;
	final Map<String, Integer> placeWeight = new HashMap<>();
	String dominant = "";
	String dominantPlace = "";
	String datelineIso = "";
	int datelineEnd = -1;
	boolean guessed;
	/** The stage now reading (set by {@link LocationExtractor} before each stage; recorded in each new place). */
	String stage = "";
	private final ExtractionData data;
	private final LocationData words;

	Reading(String t, String original, ActorReading reading, List<ParsedSentence> parsed, Reading prior,
			PlaceNames names) {
		this.t = t;
		this.data = names.data();
		this.words = names.words();
		this.prior = prior;
		this.parsed = parsed;
		if (prior != null) {
			for (DocPlace dp : prior.places.values()) {
				if (dp.guessed || dp.place.iso().isEmpty() || prior.isCapital(dp)
						|| dp.place.kind().equals("country") || dp.place.kind().equals("sea")
						|| !dp.place.curated() && dp.place.population() > 0
								&& dp.place.population() < PlaceNames.BIG_CITY) {
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
		this.c = TextCursor.of(t, original);
		this.reading = reading;
		this.placeTag = new boolean[t.length() + 1];
		this.locativeCase = new boolean[t.length() + 1];
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
				if ("PROPN".equals(s.pos(i)) && s.end(i) <= t.length() && locativeCase(s, i)) {
					for (int k = s.start(i); k < s.end(i); k++) {
						locativeCase[k] = true;
					}
				}
			}
		}
	}

	/**
	 * Whether the parse attaches token {@code i} with a locative preposition ("in", "near", "across"; not "from" or
	 * "to", which also take agents): the phrase it heads, or the first conjunct of its list ("in Jordan, the United
	 * Arab Emirates and Bahrain", "at Depsang and Demchok"), has that preposition as its case marker.
	 */
	private boolean locativeCase(ParsedSentence s, int i) {
		int n = i;
		for (int hops = 0; hops < 8 && n >= 0; hops++) {
			String rel = s.deprel(n);
			if (rel.equals("flat") || rel.startsWith("flat:") || rel.equals("compound") || rel.equals("conj")) {
				n = s.head(n);
				continue;
			}
			break;
		}
		if (n < 0 || !"obl".equals(s.deprel(n)) && !"nmod".equals(s.deprel(n))) {
			return false;
		}
		for (int k : s.children(n, "case")) {
			String p = s.word(k).toLowerCase(Locale.ROOT);
			if (words.isPreposition(p) && !p.equals("from") && !p.equals("to")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a match of the country table is a country's name standing as a word of its own (a possessive may follow:
	 * "Syria's"), in no text a place entered so far has taken and inside no longer actor name ("Bank of Israel"); the
	 * stages that read country names in frames of their own ({@link ListedAndOwningCountries},
	 * {@link TerritorialCountries}) read those.
	 */
	boolean freeCountryName(PhraseIndex.Match<CountryTable.Form> m) {
		int b = m.begin();
		int e = m.end();
		return m.value().type() == CountryTable.FormType.NAME && c.isWordStart(b)
				&& !(e < t.length() && c.isWordChar(e) && !c.possessiveAfter(e)) && !overlaps(taken, b, e)
				&& !insideActorName(b, e);
	}

	/** Whether an actor mention longer than {@code [b, e)} covers it ("Bank of Israel"). */
	private boolean insideActorName(int b, int e) {
		for (ActorMention am : reading.actors().within(b, e)) {
			if (am.begin() < b || am.end() > e) {
				return true;
			}
		}
		return false;
	}

	/** Whether the parse puts a name of {@code [b, e)} after a locative preposition. */
	boolean locativeCase(int b, int e) {
		for (int k = b; k < e; k++) {
			if (locativeCase[k]) {
				return true;
			}
		}
		return false;
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
		for (Reading doc = this; doc != null; doc = doc == prior ? null : prior) {
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

	/**
	 * Enters a mention of {@code p} at {@code [b, e)}. With {@code directional}, a direction word right before it
	 * makes a directional region ("northern Syria", "central Gaza"), and "central and southern Khartoum" also gives
	 * the first direction's region. Returns the document place, or null when the span is taken.
	 */
	DocPlace add(Place p, int b, int e, double conf, boolean directional) {
		if (overlaps(taken, b, e) || p.kind().equals("country")
				&& org.sourcebench.extract.actors.ActorExtractor.townName(t, b)) {
			return null; // "Puerto Jordan" is no mention of Jordan (locations.placeOpenings)
		}
		String dir = c.previousWord(b);
		int dirStart = c.previousWordStart(b);
		boolean lowerHead = e > b && t.substring(b, e).indexOf(' ') > 0 && Character.isLowerCase(
				t.charAt(t.lastIndexOf(' ', e - 1) + 1)) && !p.kind().equals("site");
		String firstWord = p.name().split(" ")[0];
		boolean directed = directional && dirStart >= 0 && words.isDirection(dir)
				&& Mechanisms.on("locations.directedNames");
		if (words.isDirection(firstWord) && p.name().indexOf(' ') > 0 && !directed) {
			// "Eastern or Western Europe"; but a direction before a name that opens with one directs it ("the
			// northern West Bank", "eastern South Sudan": locations.directedNames)
			coordinatedDirection(p, p.name().substring(firstWord.length() + 1), b, e, conf);
		} else if (directional && dirStart >= 0 && words.isDirection(dir)
				&& c.onlySpaces(dirStart + dir.length(), b) && !overlaps(taken, dirStart, b)
				&& !(lowerHead && (c.previousWord(dirStart).equals("the") || OwnedDirections.owned(this, dirStart)))) {
			String surface = t.substring(b, e);
			LocationData.Head h = words.head(c.previousWordAsWritten(e));
			if (h != null && h.role() != LocationData.Role.NAME && surface.indexOf(' ') > 0) {
				surface = surface.substring(0, surface.lastIndexOf(' '));
			}
			String name = (c.sentenceStart(dirStart) ? dir : c.previousWordAsWritten(b)) + " " + surface;
			if (words.isDirection(firstWord) && p.name().indexOf(' ') > 0) {
				Mechanisms.fired("locations.directedNames", 1);
			}
			String iso = p.iso().isEmpty() && p.kind().equals("river") ? dominant : p.iso();
			Place region = new Place(name, "region", iso, p.lat(), p.lon(), 0, 0, true);
			DocPlace dp = enter(region, name, dirStart, e, conf);
			coordinatedDirection(region, surface, dirStart, e, conf);
			return dp;
		}
		return enter(p, p.name(), b, e, conf);
	}

	/** With {@link #TRACE}: prints a place mention entered at [b, e), the reading (1 or 2) and the stage. */
	void trace(int b, int e, String name, String stage) {
		trace("PLACE", b, e, name, stage);
	}

	/** With {@link #TRACE}: prints one trace line of {@code kind} for the span [b, e) in this reading (1 or 2). */
	void trace(String kind, int b, int e, String name, String detail) {
		System.err.println(kind + "\t" + t.length() + "\t" + (prior == null ? 1 : 2) + "\t" + b + "\t" + e + "\t" + name
				+ "\t" + detail);
	}

	private DocPlace enter(Place p, String name, int b, int e, double conf) {
		return enter(p, name, b, e, conf, stage);
	}

	/** The key of a place's entry: its name's key and whether it is a country. */
	private static String key(Place p, String name) {
		return LocationData.key(name) + "\t" + p.kind().equals("country");
	}

	/** Enters a mention of {@code p} at [b, e), a new place entered by the stage {@code via}. */
	private DocPlace enter(Place p, String name, int b, int e, double conf, String via) {
		DocPlace dp = places.computeIfAbsent(key(p, name), k -> new DocPlace(name, p, conf, via));
		if (TRACE) {
			trace(b, e, name, StackWalker.getInstance().walk(fs -> fs.map(f -> f.getClassName().replaceAll(".*\\.", "")
					+ "." + f.getMethodName() + ":" + f.getLineNumber())
					.filter(x -> !x.startsWith("Reading.")).findFirst().orElse("?")));
		}
		dp.spans.add(new int[] {b, e});
		taken.add(new int[] {b, e});
		return dp;
	}

	/**
	 * Enters a mention of {@code p} named {@code name} at {@code [b, e)} over words other places may hold ("Syria's
	 * northwest" over Syria's own mention), with the stage {@code via}: {@link DirectionPhrases}, after both readings.
	 */
	void enterOver(Place p, String name, int b, int e, double conf, String via) {
		DocPlace dp = places.get(key(p, name));
		if (dp == null || dp.spans.stream().noneMatch(s -> s[0] == b && s[1] == e)) {
			enter(p, name, b, e, conf, via);
		}
	}

	/** "central and southern Khartoum": the first direction's region, mentioned by the whole phrase. */
	private void coordinatedDirection(Place region, String surface, int dirStart, int e, double conf) {
		String conj = c.previousWord(dirStart);
		if (!conj.equals("or") && !conj.equals("and")) {
			return;
		}
		int conjStart = c.previousWordStart(dirStart);
		String dir = c.previousWord(conjStart);
		int first = c.previousWordStart(conjStart);
		if (!words.isDirection(dir) || overlaps(taken, first, conjStart)) {
			return;
		}
		String name = dir + " " + surface;
		enter(new Place(name, region.kind(), region.iso(), region.lat(), region.lon(), 0, 0, true), name, first, e,
				conf * 0.9);
		taken.add(new int[] {first, conjStart});
	}

	/** Whether every actor mention overlapping {@code [b, e)} lies strictly inside it ("Taiwan" of "Taiwan Strait"). */
	boolean actorsInside(int b, int e) {
		List<ActorMention> ms = reading.actors().within(b, e);
		if (overlaps(taken, b, e) || reading.actors().at(b) != null && reading.actors().at(b).begin() < b
				|| reading.actors().at(e - 1) != null && reading.actors().at(e - 1).end() > e) {
			return false;
		}
		for (ActorMention m : ms) {
			if (m.end() - m.begin() >= e - b) {
				return false;
			}
		}
		return true;
	}

	/** Whether the actor mentioned at {@code [b, e)} is mentioned nowhere else ("Al Aqsa Martyrs mosque"). */
	boolean actorOnlyHere(int b, int e) {
		List<ActorMention> ms = reading.actors().within(b, e);
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
		return !overlaps(taken, b, e);
	}

	/** Whether every actor mention overlapping {@code [b, e)} is a person's inside it ("Khan Younis", "El Gezira"). */
	boolean personsOnly(int b, int e) {
		List<ActorMention> ms = reading.actors().within(b, e);
		if (ms.isEmpty() || overlaps(taken, b, e) || reading.actors().at(b) != null && reading.actors().at(b).begin() < b
				|| reading.actors().at(e - 1) != null && reading.actors().at(e - 1).end() > e) {
			return false;
		}
		return ms.stream().allMatch(m -> m.actor().kind() == org.sourcebench.model.ActorKind.PERSON);
	}

	static boolean overlaps(List<int[]> taken, int b, int e) {
		for (int[] s : taken) {
			if (b < s[1] && s[0] < e) {
				return true;
			}
		}
		return false;
	}
}
