package org.sourcebench.extract.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.core.json.JsonReader;

/**
 * The blind batches of issue 11: twelve real articles from twelve outlets on six conflicts the engine was never
 * written for (resources/blind, README there), annotated by shared/eval/GUIDELINES.md before the engine first
 * ran on them. Prints F1 per batch and overall; the floors sit just under the first run of the pre-rewrite
 * engine (resources/blind/README.md), so this fails only on a real regression. Never tune rules on these texts.
 * Also writes the export to target/blind-export.json for {@code shared/eval/score.py}.
 */
class BlindEvaluationTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

    private static final Map<String, List<String>> BATCHES = new LinkedHashMap<>();

    static {
        BATCHES.put("Russia-Ukraine", List.of("201_rferl_kremlin_drone", "202_interfax_prisoner_exchange"));
        BATCHES.put("Sudan", List.of("203_voa_fashir", "204_almayadeen_zalingei"));
        BATCHES.put("Koreas", List.of("205_kbs_srbm", "206_koreaherald_hypersonic"));
        BATCHES.put("Latin America", List.of("207_anadolu_eln_mexico", "208_ap_petro_vatican"));
        BATCHES.put("Myanmar", List.of("209_irrawaddy_kyauktaw", "210_rfa_arakan_jets"));
        BATCHES.put("Israel-Gaza", List.of("211_app_deir_balah", "212_mmnews_barnea"));
    }

    @Test
    void blindBatchesStayAboveTheirFirstRun() throws IOException {
        GoldScorer all = new GoldScorer();
        EngineExport export = new EngineExport();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-16s %7s %9s %8s %8s %8s", "blind batch", "actors", "locations", "claims*",
                "rel", "overall"));
        for (Map.Entry<String, List<String>> batch : BATCHES.entrySet()) {
            GoldScorer s = new GoldScorer();
            for (String n : batch.getValue()) {
                DocumentExtraction d = addArticle(s, n);
                addArticle(all, n, d);
                export.add(n + ".txt", d);
            }
            lines.add(row(batch.getKey(), s));
        }
        lines.add(row("all 12", all));
        System.out.println("blind export: " + export.write(Path.of("target", "blind-export.json")).toAbsolutePath());
        lines.forEach(System.out::println);
        System.out.println("blind: actors " + all.actors + ", locations " + all.locations + ", attributed claims "
                + all.claims + ", typed relations " + all.relations);
        assertAll(
                () -> assertTrue(all.actors.f1() >= 0.60, "blind actors " + all.actors),
                () -> assertTrue(all.locations.f1() >= 0.47, "blind locations " + all.locations),
                () -> assertTrue(all.claims.f1() >= 0.45, "blind attributed claims " + all.claims),
                () -> assertTrue(all.relations.f1() >= 0.05, "blind typed relations " + all.relations),
                () -> assertTrue(overall(all) >= 0.40, String.format("blind overall F1 %.3f", overall(all))));
    }

    private static DocumentExtraction addArticle(GoldScorer scorer, String name) {
        DocumentExtraction d = ENGINE.extract(
                TestResources.titleThenBody(TestResources.read("blind/articles/" + name + ".txt")));
        addArticle(scorer, name, d);
        return d;
    }

    @SuppressWarnings("unchecked")
    private static void addArticle(GoldScorer scorer, String name, DocumentExtraction d) {
        scorer.add((Map<String, Object>) JsonReader.parse(TestResources.read("blind/gold/" + name + ".json")), d);
    }

    private static double overall(GoldScorer s) {
        return (s.actors.f1() + s.locations.f1() + s.claims.f1() + s.relations.f1()) / 4;
    }

    private static String row(String label, GoldScorer s) {
        return String.format("%-16s %7.3f %9.3f %8.3f %8.3f %8.3f", label, s.actors.f1(), s.locations.f1(),
                s.claims.f1(), s.relations.f1(), overall(s));
    }
}
