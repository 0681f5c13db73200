package org.sourcebench.extract.eval;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.core.json.JsonWriter;
import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;

/**
 * Writes a {@link DocumentExtraction} as one source of the export schema of shared/eval/SCORING.md, so the blind
 * batches' export can be scored with score.py too (the product's exporter, the CLI's, works on dossiers).
 */
final class BlindExport {

    private BlindExport() {
    }

    /** Writes one source object of the export schema. */
    static void write(JsonWriter w, String file, DocumentExtraction d) {
        w.beginObject().name("file").value(file).name("body").value(d.body());
        w.name("actors").beginArray();
        for (ExtractedActor a : d.actors()) {
            w.beginObject().name("name").value(a.name()).name("kind").value(ActorKinds.id(a.kind()))
                    .name("country").value(a.country()).name("confidence").value(a.confidence());
            mentions(w, a.mentions());
            w.endObject();
        }
        w.endArray().name("locations").beginArray();
        for (ExtractedLocation l : d.locations()) {
            w.beginObject().name("name").value(l.name()).name("kind").value(l.kind()).name("country")
                    .value(l.country()).name("lat").value(l.lat()).name("lon").value(l.lon())
                    .name("geonamesId").value(l.geonamesId()).name("confidence").value(l.confidence());
            mentions(w, l.mentions());
            w.endObject();
        }
        w.endArray().name("claims").beginArray();
        for (ExtractedClaim c : d.claims()) {
            w.beginObject().name("speaker").value(c.speaker()).name("direct").value(c.direct())
                    .name("text").value(c.text()).name("start").value(c.evidence().begin())
                    .name("end").value(c.evidence().end()).name("cue").value(c.cue())
                    .name("confidence").value(c.confidence()).endObject();
        }
        w.endArray().name("relationships").beginArray();
        for (ExtractedRelationship r : d.relationships()) {
            w.beginObject().name("from").value(r.from()).name("to").value(r.to()).name("cameo").value(r.cameoCode())
                    .name("evidence").beginObject().name("text").value(r.evidence().text())
                    .name("start").value(r.evidence().begin()).name("end").value(r.evidence().end()).endObject()
                    .name("confidence").value(r.confidence()).endObject();
        }
        w.endArray().endObject();
    }

    /** Distinct surface strings, each with its first span. */
    private static void mentions(JsonWriter w, List<TextSpan> spans) {
        w.name("mentions").beginArray();
        List<String> seen = new ArrayList<>();
        for (TextSpan s : spans) {
            if (seen.contains(s.text())) {
                continue;
            }
            seen.add(s.text());
            w.beginObject().name("text").value(s.text()).name("start").value(s.begin()).name("end").value(s.end())
                    .endObject();
        }
        w.endArray();
    }
}
