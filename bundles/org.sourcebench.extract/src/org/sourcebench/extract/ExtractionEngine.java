package org.sourcebench.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sourcebench.extract.actors.ActorExtractor;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.claims.ClaimExtractor;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.locations.LocationExtractor;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.TextAnalyzer;
import org.sourcebench.extract.relations.RelationExtractor;
import org.sourcebench.extract.syntax.DependencyParser;
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
    private final DependencyParser parser = new TransitionParser();

    private ExtractionEngine(ExtractionData data) {
        this.data = data;
        this.actors = new ActorExtractor(data);
        this.locations = new LocationExtractor(data);
        this.claims = new ClaimExtractor(data);
        this.relations = new RelationExtractor(data);
    }

    /** An engine with the bundle's OpenNLP models and data files (loaded on first use, then shared). */
    public static ExtractionEngine createDefault() {
        return new ExtractionEngine(ExtractionData.get());
    }

    /**
     * The dependency parser and entity tagger the extractors read syntax from (shared, thread-safe; its models
     * load on first use or through {@link #loadModels()}).
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
        AnalyzedText text = analyzer.analyze(body);
        ActorReading reading = actors.read(text);
        List<ExtractedLocation> locs = locations.read(text, reading);
        List<ExtractedClaim> cl = claims.read(text, reading.actors());
        List<ExtractedRelationship> rel = relations.read(text, reading.actors());
        return new DocumentExtraction(body, toActors(body, reading), locs, cl, rel);
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
