package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Reads the locations of a document, in this order (an earlier reading owns its words):
 * <ol>
 * <li>the dateline ("KYIV (Reuters) -", "BOGOTA, Colombia", "SITTWE, Rakhine State -");</li>
 * <li>regions whose names join two names with "and" ("Jammu and Kashmir");</li>
 * <li>names before a place head noun ("Rakhine State", "the Darfur region", "the Jabra neighborhood", "Kyauktaw,
 * Ponnagyun and Buthidaung townships");</li>
 * <li>country names and capitals the actor reader judged to be places ("in Syria", "to Moscow");</li>
 * <li>gazetteer places (regions, sites, rivers, cities) that are not part of an actor's name;</li>
 * <li>cities and seats of government inside actor mentions when used as places ("inside the Kremlin", "attack
 * Moscow", "in Hamas-run Gaza");</li>
 * <li>country names listed with a place or owning a place phrase ("in Saudi Arabia, the UAE and Bahrain", "in
 * Syria's northwestern province of Idlib");</li>
 * <li>names no table knows, in locative use with evidence that they are places: the entity tagger's GPE/LOC, a
 * first-level region of that name, "X, Province", "X north of Y", "the city of X", a list with a known place;</li>
 * <li>later mentions of the names found so far;</li>
 * <li>then mentions of a name that only modifies a common noun are dropped ("the Gulf countries", "a Geneva-based
 * monitor").</li>
 * </ol>
 * A direction word before a place makes a directional region of its own ("northern Syria", "central and southern
 * Khartoum"). Countries of ambiguous or unknown names come from "X, Country", "Country's X", the first-level regions
 * and cities of that name in the countries the document talks about, then the document's dominant country.
 * Each stage is a class of this package, in that order: {@link Datelines}, {@link JoinedRegions}, {@link BorderPairs},
 * {@link JoinedRoutes}, {@link HeadNounPlaces}, {@link WatersOf}, {@link CountryMentions}, {@link GazetteerPlaces},
 * {@link PlacesInActorMentions}, {@link ListedAndOwningCountries}, {@link UnknownNames}, {@link LaterMentions},
 * {@link ModifierNames}; after both readings {@link NameExtents} and {@link DirectionPhrases} ("the north of Somalia",
 * "Syria's northwest"); they share {@link PlaceNames} (table look-ups), {@link LocativeFrames}
 * (the words that show locative use) and {@link CountryOfPlace} (resolution), and write into one {@link Reading}.
 * Immutable; safe to share.
 */
public final class LocationExtractor {

	private final PlaceNames names;
	private final Datelines datelines;
	private final JoinedRegions joinedRegions;
	private final BorderPairs borderPairs;
	private final JoinedRoutes joinedRoutes;
	private final HeadNounPlaces headNounPlaces;
	private final WatersOf watersOf;
	private final CountryMentions countryMentions;
	private final GazetteerPlaces gazetteerPlaces;
	private final PlacesInActorMentions placesInActorMentions;
	private final ListedAndOwningCountries listedAndOwningCountries;
	private final TerritorialCountries territorialCountries;
	private final UnknownNames unknownNames;
	private final KoreanSides koreanSides;
	private final LaterMentions laterMentions;
	private final ModifierNames modifierNames;
	private final NameExtents nameExtents;
	private final DirectionPhrases directionPhrases;

	public LocationExtractor(ExtractionData data) {
		this.names = new PlaceNames(data);
		LocativeFrames frames = new LocativeFrames(names);
		PlaceNameRuns runs = new PlaceNameRuns(names);
		CountryOfPlace countries = new CountryOfPlace(names, frames);
		this.datelines = new Datelines(names);
		this.joinedRegions = new JoinedRegions(names);
		this.borderPairs = new BorderPairs(names);
		this.joinedRoutes = new JoinedRoutes(names);
		this.headNounPlaces = new HeadNounPlaces(names, runs, countries);
		this.watersOf = new WatersOf(names);
		this.countryMentions = new CountryMentions(names);
		this.gazetteerPlaces = new GazetteerPlaces(names, frames, runs);
		this.placesInActorMentions = new PlacesInActorMentions(names, frames);
		this.listedAndOwningCountries = new ListedAndOwningCountries(names, frames);
		this.territorialCountries = new TerritorialCountries(names, frames);
		this.unknownNames = new UnknownNames(names, frames, countries);
		this.koreanSides = new KoreanSides(names, frames);
		this.laterMentions = new LaterMentions(names, unknownNames);
		this.modifierNames = new ModifierNames(names);
		this.nameExtents = new NameExtents(names);
		this.directionPhrases = new DirectionPhrases(names);
	}

	/** The locations of a document read without a parse. */
	public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading) {
		return read(text, reading, List.of());
	}

	/** The locations of a document; {@code parsed} (may be empty) adds the entity tagger's place tags. */
	public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading, List<ParsedSentence> parsed) {
		return read(text, reading, parsed, null);
	}

	/**
	 * What the reader knows of an emitted place beyond its {@link ExtractedLocation}: the stage that entered it (the
	 * stage of the second reading, which settles the places), its population (0 when unknown), whether it comes from
	 * the hand-compiled places and whether its country is a guess. The features of {@link LearnedLocations}.
	 */
	public record Origin(String via, long population, boolean curated, boolean guessed) {
	}

	/** The locations of a document as {@link #read(AnalyzedText, ActorReading, List)}; {@code origins} (may be null)
	 * receives each one's {@link Origin} by name. */
	public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading, List<ParsedSentence> parsed,
			java.util.Map<String, Origin> origins) {
		// two readings: the second settles the countries of unknown names with everything the first one found
		Reading first = readPlaces(new Reading(text.matchText(), text.body(), reading, parsed, null, names));
		Reading d = readPlaces(new Reading(text.matchText(), text.body(), reading, parsed, first, names));
		nameExtents.extend(d);
		directionPhrases.add(d);
		List<ExtractedLocation> out = new ArrayList<>();
		for (DocPlace dp : d.places.values()) {
			List<TextSpan> spans = new ArrayList<>();
			dp.spans.stream().sorted((a, b) -> Integer.compare(a[0], b[0]))
					.forEach(s -> spans.add(TextSpan.of(text.body(), s[0], s[1])));
			if (origins != null) {
				origins.put(dp.name, new Origin(dp.via, dp.place.population(), dp.place.curated(), dp.guessed));
			}
			out.add(new ExtractedLocation(dp.name, dp.place.kind(), names.countryName(dp.place.iso(), dp.name),
					dp.place.lat(), dp.place.lon(), dp.place.geonamesId(), spans, dp.confidence));
		}
		return out;
	}

	private Reading readPlaces(Reading d) {
		stage(d, "datelines").datelines.read(d);
		stage(d, "joinedRegions").joinedRegions.read(d);
		stage(d, "borderPairs").borderPairs.read(d);
		stage(d, "joinedRoutes").joinedRoutes.read(d);
		stage(d, "headNouns").headNounPlaces.read(d);
		stage(d, "watersOf").watersOf.read(d);
		stage(d, "countries").countryMentions.read(d);
		stage(d, "gazetteer").gazetteerPlaces.read(d);
		stage(d, "inActors").placesInActorMentions.read(d);
		stage(d, "listed").listedAndOwningCountries.read(d);
		stage(d, "territorial").territorialCountries.read(d);
		stage(d, "unknown").unknownNames.read(d);
		stage(d, "korean").koreanSides.read(d);
		stage(d, "later").laterMentions.read(d);
		stage(d, "modifiers").modifierNames.read(d);
		return d;
	}

	private LocationExtractor stage(Reading d, String name) {
		d.stage = name;
		return this;
	}
}
