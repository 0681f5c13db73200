package org.sourcebench.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.actors.ActorExtractor;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.ParsedActorReader;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DescribedHolders;
import org.sourcebench.extract.actors.HeadedNames;
import org.sourcebench.extract.actors.NamedExercises;
import org.sourcebench.extract.actors.PersonShortForms;
import org.sourcebench.extract.actors.PlaceFramedPersons;
import org.sourcebench.extract.actors.PlacedStates;
import org.sourcebench.extract.claims.ClaimExtractor;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.locations.LearnedLocations;
import org.sourcebench.extract.locations.LearnedPlaces;
import org.sourcebench.extract.locations.LocationExtractor;
import org.sourcebench.extract.locations.PersonNamePlaces;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.TextAnalyzer;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.relations.ClaimStances;
import org.sourcebench.extract.relations.Designations;
import org.sourcebench.extract.relations.DocumentPairs;
import org.sourcebench.extract.relations.EventCoder;
import org.sourcebench.extract.relations.LearnedRelationFilter;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.actors.LearnedActorDetector;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.relations.ListBlocs;
import org.sourcebench.extract.relations.ParsedRelationReader;
import org.sourcebench.extract.relations.RelationExtractor;
import org.sourcebench.extract.syntax.DependencyParser;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.syntax.TransitionParser;

/**
 * Extracts actors, locations, attributed claims and CAMEO-coded relationships from a document body.
 * <p>
 * An engine is immutable after construction and safe to share between threads: the OpenNLP models and the
 * dictionaries are loaded once per JVM and shared; all per-document state lives in the {@link #extract} call.
 * Results are deterministic for a given body.
 */
public final class ExtractionEngine {

	private final ExtractionData data;
	private final TextAnalyzer analyzer = new TextAnalyzer();
	private final ActorExtractor actors;
	private final LocationExtractor locations;
	private final ClaimExtractor claims;
	private final RelationExtractor relations;
	private final DependencyParser parser;
	private final ParsedRelationReader parsedEvents;
	private final ParsedActorReader parsedActors;

	private ExtractionEngine(ExtractionData data, DependencyParser parser) {
		this.data = data;
		this.actors = new ActorExtractor(data);
		this.locations = new LocationExtractor(data);
		this.claims = new ClaimExtractor(data);
		this.relations = new RelationExtractor(data);
		this.parser = parser;
		this.parsedEvents = parser == null ? null
				: new ParsedRelationReader(new EventCoder(PetrarchDictionaries.verbs(), PetrarchDictionaries.actors(),
						PetrarchDictionaries.agents()), data.cameo(), data.forms());
		this.parsedActors = new ParsedActorReader(data);
	}

	/**
	 * The default engine: the bundle's OpenNLP models, its dependency parser ({@link TransitionParser}) and data
	 * files (loaded on first use, then shared). The parse adds claims (clausal and position-noun complements,
	 * "according to"), named persons, and relationships ({@link ParsedRelationReader}: verb and noun events on the
	 * parse, their sides mapped to the document's actors), which also give the full CAMEO code of the events the
	 * word windows find.
	 */
	public static ExtractionEngine createDefault() {
		return new ExtractionEngine(ExtractionData.get(), new TransitionParser());
	}

	/** An engine without a dependency parser: the word-window readers only. */
	public static ExtractionEngine withoutParser() {
		return new ExtractionEngine(ExtractionData.get(), null);
	}

	/** The default engine with another dependency parser (tests: hand-written parses). */
	public static ExtractionEngine withParser(DependencyParser parser) {
		return new ExtractionEngine(ExtractionData.get(), parser);
	}

	/**
	 * The dependency parser and entity tagger the extractors read syntax from (shared, thread-safe; its models
	 * load on first use or through {@link #loadModels()}); null for {@link #withoutParser()}.
	 */
	public DependencyParser parser() {
		return parser;
	}

	/**
	 * Loads the parser's models and the extraction data once per JVM. Blocking (seconds): call it from a
	 * background job at start-up, never on the UI thread; later calls return at once.
	 */
	public static void loadModels() {
		TransitionParser.load();
		ExtractionData.get();
	}

	/** Reads one document body (offsets of every result index this string). */
	public DocumentExtraction extract(String body) {
		return extract(body, null);
	}

	/**
	 * Reads one document body published on {@code date} (may be null). The actor readers resolve dated roles on it
	 * (the Phoenix dictionaries' and the hand list's offices; unknown date: no hand-list office holder); relationships
	 * are mapped to the document's own actors, not to the actor dictionary's date-restricted roles.
	 */
	public DocumentExtraction extract(String body, LocalDate date) {
		return extract(body, date, null);
	}

	/**
	 * Reads one document body as {@link #extract(String, LocalDate)} does; {@code features}, when not null, receives
	 * the features of every actor pair the learned proposer reads ({@link LearnedRoots}: its trainer's dump) and of
	 * every location the learned filter reads ({@link LearnedLocations}; rows whose {@code to} is
	 * {@link LearnedLocations#ROW}).
	 */
	public DocumentExtraction extract(String body, LocalDate date, LearnedRoots.Sink features) {
		return extract(body, date, features, null, null);
	}

	/**
	 * Reads one document body as {@link #extract(String, LocalDate, LearnedRoots.Sink)} does; {@code actorFeatures},
	 * when not null, receives the features of every actor the learned actor filter reads ({@link LearnedActorFilter}:
	 * its trainer's dump), {@code claimFeatures} the candidates of the learned claim detector
	 * ({@link org.sourcebench.extract.claims.LearnedClaims}: its trainer's dump).
	 */
	public DocumentExtraction extract(String body, LocalDate date, LearnedRoots.Sink features,
			LearnedActorFilter.Sink actorFeatures, LearnedRoots.Sink claimFeatures) {
		return extract(body, date, features, actorFeatures, claimFeatures, null);
	}

	/**
	 * Reads one document body as {@link #extract(String, LocalDate, LearnedRoots.Sink, LearnedActorFilter.Sink,
	 * LearnedRoots.Sink)} does; {@code relationFeatures}, when not null, receives every relation the learned relation
	 * filter reads ({@link LearnedRelationFilter}: its trainer's dump).
	 */
	public DocumentExtraction extract(String body, LocalDate date, LearnedRoots.Sink features,
			LearnedActorFilter.Sink actorFeatures, LearnedRoots.Sink claimFeatures, LearnedRoots.Sink relationFeatures) {
		AnalyzedText text = analyzer.analyze(body);
		ActorReading reading = actors.read(text, date);
		List<ParsedSentence> parsed = parser == null ? List.of()
				: parser instanceof TransitionParser tp ? tp.parse(text) // the same sentences and tokens: split once
				: parser.parse(body);
		if (parser != null) {
			parsedActors.read(body, parsed, reading.actors());
		}
		org.sourcebench.extract.actors.ForceNames.find(text.matchText(), reading.actors(), data);
		PlaceFramedPersons.drop(text.matchText(), reading.actors(), data);
		NamedExercises.drop(text.matchText(), reading.actors()); // "a military exercise dubbed “Justice Mission”"
		Map<String, LocationExtractor.Origin> origins = new HashMap<>();
		List<ExtractedLocation> locs = locations.read(text, reading, parsed, origins);
		PlacedStates.drop(reading.actors(), placeSpans(locs));
		if (parser != null) { // descriptions as mentions, before the claim and relation readers look actors up
			org.sourcebench.extract.actors.LearnedCoref.apply(body, parsed, reading.actors());
		}
		List<ExtractedClaim> cl = new ArrayList<>(claims.read(text, reading.actors(), parsed, claimFeatures));
		List<ExtractedRelationship> rel = new ArrayList<>(Mechanisms.on("relations.windows")
				? relations.read(text, reading.actors())
				: List.of());
		boolean relFilter = relationFeatures != null || LearnedRelationFilter.on();
		Map<String, String> sources = new HashMap<>(); // the stage that made each relation (the relation filter's)
		stage(relFilter, rel, "windows", sources);
		if (parser != null) {
			parsedEvents.read(body, parsed, reading.actors(), cl, rel);
			stage(relFilter, rel, "parsed", sources);
			ClaimStances.read(body, parsed, reading.actors(), cl, rel);
			stage(relFilter, rel, "stances", sources);
			ListBlocs.prune(parsed, reading.actors(), rel);
			Designations.prune(rel);
		}
		locs = PersonNamePlaces.prune(body, locs, reading.actors());
		Map<String, String> renamed = new HashMap<>(HeadedNames.merge(reading.actors())); // "the Houthi group said"
		renamed.putAll(PersonShortForms.settleLate(body, reading.actors())); // "Polyansky said" after "Dmitry Polyansky"
		renamed.putAll(DescribedHolders.merge(body, reading.actors())); // "the army spokesman, Col Jane Roe,"
		if (!renamed.isEmpty()) {
			renameSides(renamed, cl, rel);
		}
		if (parser != null) {
			LearnedRoots.apply(body, parsed, reading.actors(), cl, rel, features);
			stage(relFilter, rel, LearnedRelationFilter.LEARNED, sources);
		}
		locs = LearnedLocations.apply(body, parsed, locs, origins, reading.actors(), features);
		Map<String, Float> actorLeads = relFilter ? new HashMap<>() : null;
		// last: the model's inputs are final
		LearnedActorFilter.apply(body, reading.actors(), cl, rel, locs, actorFeatures, actorLeads);
		if (relFilter) { // after the actor filter: its scores are the relation filter's features
			LearnedRelationFilter.apply(body, parsed, reading.actors(), cl, rel, locs, sources, actorLeads,
					relationFeatures);
		}
		if (parser != null) { // document-level pairs: after the sentence readers and the relation filter
			DocumentPairs.apply(body, parsed, reading.actors(), cl, rel);
		}
		// places no reader emitted (after the actor filter: its inputs stay those it was trained on)
		locs = LearnedPlaces.apply(body, parsed, locs, reading.actors(), data, features);
		// "WANA (Oct 30) – Iran's ...": read last, so that the credit speaks no claim and is no relation's side
		org.sourcebench.extract.actors.DatelineCredits.read(body, reading.actors(), data);
		if (parser != null) { // last: the readers' actors and places are final, the new actors take no claim
			LearnedActorDetector.apply(body, parsed, reading.actors(), locs);
		}
		return new DocumentExtraction(body, toActors(body, reading), locs, cl, rel);
	}

	/**
	 * The claims' speakers and the relations' sides named by an actor that a late reading merged into another go by
	 * that other's name; a relation that then repeats another (or joins an actor to itself) is dropped.
	 */
	private static void renameSides(Map<String, String> renamed, List<ExtractedClaim> cl,
			List<ExtractedRelationship> rel) {
		java.util.function.UnaryOperator<String> to = n -> {
			String r = n;
			for (int hops = 0; hops < 4 && renamed.containsKey(r); hops++) {
				r = renamed.get(r);
			}
			return r;
		};
		cl.replaceAll(c -> renamed.containsKey(c.speaker()) ? new ExtractedClaim(to.apply(c.speaker()), c.text(),
				c.direct(), c.cue(), c.evidence(), c.confidence()) : c);
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<ExtractedRelationship> out = new ArrayList<>();
		for (ExtractedRelationship r : rel) {
			ExtractedRelationship x = renamed.containsKey(r.from()) || renamed.containsKey(r.to())
					? new ExtractedRelationship(to.apply(r.from()), to.apply(r.to()), r.cameoCode(), r.evidence(),
							r.confidence())
					: r;
			if (x != r && x.from().equals(x.to()) || !seen.add(x.from() + "|" + x.to() + "|" + x.cameoCode())) {
				continue;
			}
			out.add(x);
		}
		rel.clear();
		rel.addAll(out);
	}

	/** Records {@code stage} as the maker of each relation not yet recorded (when the relation filter reads them). */
	private static void stage(boolean on, List<ExtractedRelationship> rel, String stage, Map<String, String> sources) {
		if (on) {
			for (ExtractedRelationship r : rel) {
				sources.putIfAbsent(LearnedRelationFilter.key(r), stage);
			}
		}
	}

	/** The mentions of the document's places as {begin, end} pairs. */
	private static List<int[]> placeSpans(List<ExtractedLocation> locs) {
		List<int[]> out = new ArrayList<>();
		for (ExtractedLocation l : locs) {
			for (TextSpan s : l.mentions()) {
				out.add(new int[] {s.begin(), s.end()});
			}
		}
		return out;
	}

	private List<ExtractedActor> toActors(String body, ActorReading reading) {
		List<ExtractedActor> out = new ArrayList<>();
		for (DocActor a : reading.actors().actors()) {
			if (a.spans().isEmpty()) {
				continue;
			}
			List<TextSpan> spans = new ArrayList<>();
			a.spans().stream().sorted(Comparator.comparingInt((int[] s) -> s[0]))
					.forEach(s -> spans.add(TextSpan.of(body, s[0], s[1])));
			Country c = data.countries().byIso(a.iso());
			out.add(new ExtractedActor(a.name(), a.kind(), c == null ? null : c.name(), spans, a.confidence()));
		}
		return out;
	}
}
