package org.sourcebench.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.sourcebench.extract.actors.ActorExtractor;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.ParsedActorReader;
import org.sourcebench.extract.actors.DatelineCredits;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.DescribedHolders;
import org.sourcebench.extract.actors.ForceNames;
import org.sourcebench.extract.actors.HeadedNames;
import org.sourcebench.extract.actors.InnerPersons;
import org.sourcebench.extract.actors.NamedExercises;
import org.sourcebench.extract.actors.PersonShortForms;
import org.sourcebench.extract.actors.PlaceFramedPersons;
import org.sourcebench.extract.actors.PlacedStates;
import org.sourcebench.extract.claims.ClaimExtractor;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.locations.HeadMentions;
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
import org.sourcebench.extract.relations.LearnedReroot;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.actors.LearnedActorDetector;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.actors.LearnedCoref;
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
 * Results are deterministic for a given body. Each stage is isolated: an engine defect in one stage costs that stage's
 * results, reported in {@link DocumentExtraction#warnings()}, not the article's; in the stages that read sentence by
 * sentence ({@link Sentences}), one sentence's. An extraction can be cancelled between stages
 * ({@link #extract(String, ExtractionOptions, java.util.function.BooleanSupplier)}).
 */
public final class ExtractionEngine {

	/**
	 * The stages of {@link #extract(String, ExtractionOptions)}, in order (the names its warnings give; those after
	 * "actors" that read the parse run only with a parser): the text analysis (sentences, tokens, tags; when it fails
	 * the result is empty), the actor reader, the dependency parse, the late actor readers and merges, the places, the
	 * claims, the relations' readers and filters and the learned components (named as their switches), and the
	 * "output" of the actors.
	 */
	public static final List<String> STAGES = List.of("analysis", "actors", "parse", "actors.parsed",
			"actors.force-names", "actors.place-framed", "actors.named-exercises", "locations", "actors.placed-states",
			"actors.learned-coref", "claims", "relations.windows", "relations.parsed", "relations.stances",
			"relations.list-blocs", "relations.designations", "locations.person-names", "actors.headed-names",
			"actors.short-forms", "actors.described-holders", "actors.renamed-sides", "relations.learned-roots",
			"locations.learned-filter", "actors.learned-filter", "relations.learned-filter", "relations.document-pairs",
			"relations.learned-reroot", "locations.learned-detect", "actors.dateline-credits", "actors.learned-detect",
			"actors.inner-persons", "locations.head-mentions", "output");

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

	/** Reads one document body (offsets of every result index this string) with {@link ExtractionOptions#DEFAULT}. */
	public DocumentExtraction extract(String body) {
		return extract(body, ExtractionOptions.DEFAULT);
	}

	/**
	 * Reads one document body as {@code options} say: its name (for warnings), its publication date (the actor readers
	 * resolve dated roles on it) and the learned components' training dumps; the offsets of every result index
	 * {@code body}.
	 * <p>
	 * Each stage ({@link #STAGES}) is isolated: a stage that throws a {@link RuntimeException} leaves an
	 * {@link ExtractionWarning} naming the document, the stage and the error in {@link DocumentExtraction#warnings()},
	 * and the article keeps what the other stages produced (later stages read what exists; a stage that failed midway
	 * may have made part of its changes). Only errors ({@link StackOverflowError}, {@link OutOfMemoryError}) escape.
	 */
	public DocumentExtraction extract(String body, ExtractionOptions options) {
		return extract(body, options, null);
	}

	/**
	 * {@link #extract(String, ExtractionOptions)}, cancellable: {@code cancelled} is looked at before each stage
	 * ({@link #STAGES}), and once it answers true the extraction ends with an {@link ExtractionCancelledException}
	 * naming the document (it returns nothing; a stage that never returns is not ended by it: the time limit of
	 * {@link org.sourcebench.extract.dossier.TimeLimitedExtraction} stops such a thread). The signal is read on the
	 * extracting thread and must be cheap and thread-safe (an {@link java.util.concurrent.atomic.AtomicBoolean}'s get).
	 *
	 * @param cancelled the caller's cancellation signal (null: not cancellable)
	 * @throws ExtractionCancelledException when the caller cancelled it
	 */
	public DocumentExtraction extract(String body, ExtractionOptions options, BooleanSupplier cancelled) {
		Stages s = new Stages(options.document(), cancelled);
		AnalyzedText text = s.get("analysis", () -> analyzer.analyze(body), null);
		if (text == null) { // nothing to read
			return new DocumentExtraction(body, List.of(), List.of(), List.of(), List.of(), s.warnings());
		}
		Document d = new Document();
		d.reading = s.get("actors", () -> actors.read(text, options.date()), d.reading);
		if (parser != null) {
			// the transition parser reads the analysis' sentences and tokens: the body is split once
			d.parsed = s.get("parse", () -> parser instanceof TransitionParser tp ? tp.parse(text) : parser.parse(body),
					d.parsed);
			s.run("actors.parsed", () -> parsedActors.read(body, d.parsed, d.actors()));
		}
		s.run("actors.force-names", () -> ForceNames.find(text.matchText(), d.actors(), data));
		s.run("actors.place-framed", () -> PlaceFramedPersons.drop(text.matchText(), d.actors(), data));
		// "a military exercise dubbed “Justice Mission”"
		s.run("actors.named-exercises", () -> NamedExercises.drop(text.matchText(), d.actors()));
		d.locs = s.get("locations", () -> locations.read(text, d.reading, d.parsed, d.origins), d.locs);
		s.run("actors.placed-states", () -> PlacedStates.drop(d.actors(), placeSpans(d.locs)));
		if (parser != null) { // descriptions as mentions, before the claim and relation readers look actors up
			s.run("actors.learned-coref", () -> LearnedCoref.apply(body, d.parsed, d.actors()));
		}
		s.run("claims", () -> d.cl.addAll(claims.read(text, d.actors(), d.parsed, options.claimFeatures())));
		if (Mechanisms.on("relations.windows")) {
			s.run("relations.windows", () -> d.rel.addAll(relations.read(text, d.actors())));
		}
		boolean relFilter = options.relationFeatures() != null || LearnedRelationFilter.on();
		d.made(relFilter, "windows");
		if (parser != null) {
			s.run("relations.parsed", () -> parsedEvents.read(body, d.parsed, d.actors(), d.cl, d.rel));
			d.made(relFilter, "parsed");
			s.run("relations.stances", () -> ClaimStances.read(body, d.parsed, d.actors(), d.cl, d.rel));
			d.made(relFilter, "stances");
			s.run("relations.list-blocs", () -> ListBlocs.prune(d.parsed, d.actors(), d.rel));
			s.run("relations.designations", () -> Designations.prune(d.rel));
		}
		d.locs = s.get("locations.person-names", () -> PersonNamePlaces.prune(body, d.locs, d.actors()), d.locs);
		Map<String, String> renamed = new HashMap<>();
		// "the Houthi group said"
		s.run("actors.headed-names", () -> renamed.putAll(HeadedNames.merge(d.actors())));
		// "Polyansky said" after "Dmitry Polyansky"
		s.run("actors.short-forms", () -> renamed.putAll(PersonShortForms.settleLate(body, d.actors())));
		// "the army spokesman, Col Jane Roe,"
		s.run("actors.described-holders", () -> renamed.putAll(DescribedHolders.merge(body, d.actors())));
		if (!renamed.isEmpty()) {
			s.run("actors.renamed-sides", () -> renameSides(renamed, d.cl, d.rel));
		}
		if (parser != null) {
			s.run("relations.learned-roots", () -> LearnedRoots.apply(body, d.parsed, d.actors(), d.cl, d.rel,
					options.rootFeatures()));
			d.made(relFilter, LearnedRelationFilter.LEARNED);
		}
		d.locs = s.get("locations.learned-filter", () -> LearnedLocations.apply(body, d.parsed, d.locs, d.origins,
				d.actors(), options.rootFeatures()), d.locs);
		Map<String, Float> actorLeads = relFilter ? new HashMap<>() : null;
		// last: the model's inputs are final
		s.run("actors.learned-filter", () -> LearnedActorFilter.apply(body, d.actors(), d.cl, d.rel, d.locs,
				options.actorFeatures(), actorLeads));
		if (relFilter) { // after the actor filter: its scores are the relation filter's features
			s.run("relations.learned-filter", () -> LearnedRelationFilter.apply(body, d.parsed, d.actors(), d.cl,
					d.rel, d.locs, d.sources, actorLeads, options.relationFeatures()));
		}
		if (parser != null) { // document-level pairs: after the sentence readers and the relation filter
			s.run("relations.document-pairs", () -> DocumentPairs.apply(body, d.parsed, d.actors(), d.cl, d.rel));
			// roots no dictionary word supports, for the sentence pairs nothing relates: last, no model reads them
			s.run("relations.learned-reroot", () -> LearnedReroot.apply(body, d.parsed, d.actors(), d.cl, d.rel));
		}
		// places no reader emitted (after the actor filter: its inputs stay those it was trained on)
		d.locs = s.get("locations.learned-detect", () -> LearnedPlaces.apply(body, d.parsed, d.locs, d.actors(), data,
				options.rootFeatures()), d.locs);
		// "WANA (Oct 30) – Iran's ...": read last, so that the credit speaks no claim and is no relation's side
		s.run("actors.dateline-credits", () -> DatelineCredits.read(body, d.actors(), data));
		if (parser != null) { // last: the readers' actors and places are final, the new actors take no claim
			s.run("actors.learned-detect", () -> LearnedActorDetector.apply(body, d.parsed, d.actors(), d.locs));
			// "Mahmoud Abbas’s office": the person inside another actor's mention
			s.run("actors.inner-persons", () -> InnerPersons.read(body, d.parsed, d.actors(), data));
		}
		d.locs = s.get("locations.head-mentions", () -> HeadMentions.apply(body, d.locs), d.locs);
		List<ExtractedActor> found = s.get("output", () -> toActors(body, d.reading), List.of());
		return new DocumentExtraction(body, found, d.locs, d.cl, d.rel, s.warnings());
	}

	/** One document's intermediate results, which the stages read and change in turn. */
	private static final class Document {
		/** The actor reader's result (none when it failed). */
		ActorReading reading = new ActorReading(new DocActors(), new ArrayList<>());
		/** The parsed sentences (none without a parser or when the parse failed). */
		List<ParsedSentence> parsed = List.of();
		final Map<String, LocationExtractor.Origin> origins = new HashMap<>();
		List<ExtractedLocation> locs = new ArrayList<>();
		final List<ExtractedClaim> cl = new ArrayList<>();
		final List<ExtractedRelationship> rel = new ArrayList<>();
		/** The stage that made each relation (the relation filter's feature). */
		final Map<String, String> sources = new HashMap<>();

		DocActors actors() {
			return reading.actors();
		}

		/** Records {@code stage} as the maker of each relation not yet recorded (when the relation filter reads them). */
		void made(boolean on, String stage) {
			if (on) {
				for (ExtractedRelationship r : rel) {
					sources.putIfAbsent(LearnedRelationFilter.key(r), stage);
				}
			}
		}
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
