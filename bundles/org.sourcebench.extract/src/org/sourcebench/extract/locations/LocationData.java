package org.sourcebench.extract.locations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.data.WordClasses;

/**
 * The location reader's own data files, loaded once per JVM: the words of locative use (location-words.tsv), place
 * head nouns and their roles (place-heads.tsv), first-level administrative regions of every country (regions.tsv,
 * GeoNames admin1), seats of government that double as institutions (seats.tsv) and the country names a location
 * reports (location-country-names.tsv). Immutable; safe to share.
 */
public final class LocationData {

	/** How a head noun belongs to the place before it ("Rakhine State", "Darfur region", "Jabra neighborhood"). */
	enum Role { NAME, MENTION, DESCRIPTOR }

	/** A head of place-heads.tsv; {@code mechanism} is the switch its row is read under ("" for none). */
	record Head(String words, String kind, Role role, String mechanism) {
	}

	private static final Set<String> GENERIC = Set.of("oblast", "province", "state", "region", "governorate",
			"district", "prefecture", "city", "territory", "county", "department", "municipality", "raion", "rayon",
			"krai", "kray", "republic", "division", "autonomous", "special", "capital", "township", "village", "tract",
			"town", "neighborhood", "neighbourhood", "area");
	private static final Map<String, String> DIRECTION_FORMS = Map.of("northern", "north", "southern", "south",
			"eastern", "east", "western", "west");

	/**
	 * The first words of a name that make the learned location models' feature "directional" ("Northern Darfur",
	 * "Upper Nile"): {@link LearnedPlaces} was trained with these compass words, {@link LearnedLocations} with
	 * {@link #LEARNED_REGION_WORDS}. They are part of the models' input and stay as the models were trained (a change
	 * means retraining both); the rule readers' direction words are the "direction" class of location-words.tsv.
	 */
	static final Set<String> LEARNED_COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");
	/** {@link #LEARNED_COMPASS_WORDS}, the bare intercardinal points and "upper", "lower": {@link LearnedLocations}'. */
	static final Set<String> LEARNED_REGION_WORDS = union(LEARNED_COMPASS_WORDS, Set.of("northeast", "northwest",
			"southeast", "southwest", "upper", "lower"));

	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`]");
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final WordClasses words = WordClasses.read("location-words.tsv", 1, 0);
	private final Map<String, Head> heads = new HashMap<>();
	private final Map<String, List<Place>> regions = new HashMap<>();
	private final Map<String, String> countryNames = new HashMap<>();
	private final PhraseIndex<Place> seats = new PhraseIndex<>();

	private LocationData() {
		for (String[] r : DataFile.rows("place-heads.tsv", 4)) {
			if (!DataFile.cell(r, 3).isBlank() && !org.sourcebench.extract.Mechanisms.on(DataFile.cell(r, 3).trim())) {
				continue;
			}
			Role role = Role.valueOf(DataFile.cell(r, 2).trim().toUpperCase(Locale.ROOT));
			heads.put(r[0].trim(), new Head(r[0].trim(), r[1].trim(), role, DataFile.cell(r, 3).trim()));
		}
		for (String[] r : DataFile.rows("regions.tsv", 4)) {
			Place p = new Place(r[0], "province", r[2], Double.NaN, Double.NaN, Long.parseLong(r[3]), 0, false);
			addRegion(r[0], p);
			if (!r[1].isEmpty()) {
				addRegion(r[1], p);
			}
		}
		for (String[] r : DataFile.rows("location-country-names.tsv", 2)) {
			countryNames.put(r[0].trim(), r[1].trim());
		}
		for (String[] r : DataFile.rows("seats.tsv", 7)) {
			Place p = new Place(r[0], r[1], r[2], num(r[3]), num(r[4]), r[5].isEmpty() ? 0 : Long.parseLong(r[5]), 0,
					true);
			seats.add(r[0], p, true);
			DataFile.list(DataFile.cell(r, 6)).forEach(a -> seats.add(a, p, true));
		}
		seats.freeze();
	}

	public static LocationData get() {
		return Holder.DATA;
	}

	private static final class Holder {
		static final LocationData DATA = new LocationData();
	}

	private static double num(String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}

	private void addRegion(String name, Place p) {
		String k = key(name);
		if (!k.isEmpty()) {
			List<Place> l = regions.computeIfAbsent(k, x -> new ArrayList<>());
			if (!l.contains(p)) {
				l.add(p);
			}
		}
	}

	/**
	 * A spelling-tolerant key of a place name: lower case without accents, apostrophes and hyphens, the Arabic
	 * article and generic words ("Oblast", "State") dropped, "Northern" read as "North" ("Northern Darfur" and
	 * "North Darfur state" share a key).
	 */
	static String key(String name) {
		String s = Normalizer.normalize(name, Normalizer.Form.NFD);
		s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
		s = SEPARATORS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
		StringBuilder out = new StringBuilder();
		String[] ws = s.split(" ");
		for (int i = 0; i < ws.length; i++) {
			String w = ws[i];
			if (w.isEmpty() || ws.length > 1 && GENERIC.contains(w)) {
				continue;
			}
			if ((w.equals("al") || w.equals("el") || w.equals("ad") || w.equals("ar") || w.equals("as")
					|| w.equals("ash") || w.equals("at") || w.equals("az") || w.equals("an") || w.equals("ed")
					|| w.equals("es") || w.equals("et") || w.equals("ez") || w.equals("ul")) && i + 1 < ws.length) {
				continue;
			}
			out.append(out.length() == 0 ? "" : " ").append(DIRECTION_FORMS.getOrDefault(w, w));
		}
		return out.toString();
	}

	/** Whether {@code word} is of a class of location-words.tsv; fails on a class the file lacks. */
	public boolean is(String category, String word) {
		return words.in(category, word);
	}

	public boolean isPreposition(String word) {
		return is("preposition", word);
	}

	public boolean isDirection(String word) {
		return is("direction", word.toLowerCase(Locale.ROOT));
	}

	Head head(String words) {
		return heads.get(words);
	}

	/** First-level regions whose name has the key of {@code name}. */
	List<Place> regions(String name) {
		return regions.getOrDefault(key(name), List.of());
	}

	PhraseIndex<Place> seats() {
		return seats;
	}

	/** The country name a location reports for a country table entry. */
	String countryName(String iso, String tableName) {
		return countryNames.getOrDefault(iso, tableName);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> out = new java.util.HashSet<>(a);
		out.addAll(b);
		return Set.copyOf(out);
	}
}
