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
 * The blind batches of issue 11: real articles from outlets and on conflicts the engine was never written for,
 * annotated by shared/eval/GUIDELINES.md before the engine first ran on them. Batch 1 (resources/blind, README
 * there): twelve articles from twelve outlets on six conflicts. Batch 2 (resources/blind2, README there): twelve
 * articles from twelve other outlets, six on Syria / Russia / Iran / Turkey / Israel / Gulf diplomacy and war in
 * 2016-2019 and six on other conflicts, held out to measure the session's work at its end; a development set since.
 * Batch 3 (resources/blind3, README there): fourteen articles from fourteen other outlets, two on each conflict the
 * issue names and two on the hidden set's theme, held out during the session of 2026-12-05 and scored at its end;
 * a development set since. Batches 4 and 5 (resources/blind4, resources/blind5, READMEs there): fourteen articles
 * each from 28 other outlets, two per conflict and two on the hidden set's theme, held out during the next session
 * and scored at its end.
 * Prints F1 per batch and overall; the floors sit just under each batch's recorded runs, so a test fails only on a
 * real regression. Never tune rules on a batch while it measures a session's work. Also writes the exports to
 * target/&lt;set&gt;-export.json for {@code shared/eval/score.py}.
 */
class BlindEvaluationTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

	private static final Map<String, List<String>> BATCHES = new LinkedHashMap<>();

	private static final Map<String, List<String>> BATCHES_2 = new LinkedHashMap<>();

	private static final Map<String, List<String>> BATCHES_3 = new LinkedHashMap<>();

	private static final Map<String, List<String>> BATCHES_4 = new LinkedHashMap<>();

	private static final Map<String, List<String>> BATCHES_5 = new LinkedHashMap<>();

	static {
		BATCHES.put("Russia-Ukraine", List.of("201_rferl_kremlin_drone", "202_interfax_prisoner_exchange"));
		BATCHES.put("Sudan", List.of("203_voa_fashir", "204_almayadeen_zalingei"));
		BATCHES.put("Koreas", List.of("205_kbs_srbm", "206_koreaherald_hypersonic"));
		BATCHES.put("Latin America", List.of("207_anadolu_eln_mexico", "208_ap_petro_vatican"));
		BATCHES.put("Myanmar", List.of("209_irrawaddy_kyauktaw", "210_rfa_arakan_jets"));
		BATCHES.put("Israel-Gaza", List.of("211_app_deir_balah", "212_mmnews_barnea"));

		BATCHES_2.put("Syria/Middle East 2016-2019", List.of("301_memo_kuwait_mediation", "302_ahval_idlib_post",
				"303_irishtimes_iran_targets", "304_thenational_us_exit", "305_unnews_geneva_hnc",
				"306_almashareq_griffiths_riyadh"));
		BATCHES_2.put("Other conflicts", List.of("307_pravda_zelenskyy_istanbul", "308_sudantimes_hemedti_call",
				"309_headpost_kim_leaflets", "310_neweurope_pompeo_guaido", "311_hindustantimes_kupwara",
				"312_jagonews_metula"));

		BATCHES_3.put("Russia-Ukraine", List.of("401_rbcukraine_peskov_meeting", "402_omanobserver_kallas_laos"));
		BATCHES_3.put("Sahel/Sudan", List.of("403_sahelintelligence_kayes_nioro", "404_kayhan_fasher_withdrawal"));
		BATCHES_3.put("Koreas/Taiwan", List.of("405_ajupress_kimyojong_drills", "406_ecns_zhu_lai_motherland"));
		BATCHES_3.put("Latin America", List.of("411_businessstandard_venezuela_plot", "412_anews_culiacan"));
		BATCHES_3.put("Myanmar/South Asia", List.of("413_myanmarnow_kyaukhtu", "414_i24news_spin_boldak"));
		BATCHES_3.put("Israel-Gaza", List.of("415_hurriyet_deif", "416_cbsnews_biden_deal"));
		BATCHES_3.put("Syria/Middle East 2016-2019", List.of("407_timesofisrael_netanyahu_putin_call",
				"417_arabnews_iran_ties"));

		BATCHES_4.put("Russia-Ukraine", List.of("501_kyivindependent_witkoff_call", "511_newser_prisoner_swap"));
		BATCHES_4.put("Sudan", List.of("502_sudantribune_burhan_riyadh", "512_aljazeera_adawi_uae"));
		BATCHES_4.put("Taiwan/Koreas", List.of("503_taipeitimes_lai_missiles", "513_koreatimes_nsc_srbm"));
		BATCHES_4.put("Latin America", List.of("504_bss_eln_caracas", "514_telesur_zapatero_eln"));
		BATCHES_4.put("Afghanistan-Pakistan", List.of("505_dawn_fo_taliban_talks", "515_goemkarponn_mujahid_durand"));
		BATCHES_4.put("Israel-West Bank/Lebanon", List.of("506_mangalorean_westbank_factions", "516_almonitor_truce_strikes"));
		BATCHES_4.put("Syria/Middle East 2016-2019", List.of("507_xinhua_demistura_geneva", "517_globaltimes_ankara_summit"));

		BATCHES_5.put("Russia-Ukraine", List.of("601_turkiyetoday_lavrov_drones", "611_warsoor_antalya_talks"));
		BATCHES_5.put("Sudan", List.of("602_radiotamazuj_jeddah_talks", "612_alsiasi_boulos_burhan"));
		BATCHES_5.put("Koreas", List.of("603_caliber_icbm_launch", "613_cgtn_kimyojong_next_action"));
		BATCHES_5.put("Latin America", List.of("604_macaubusiness_eln_ceasefire", "614_thenews_mexico_embassy"));
		BATCHES_5.put("Myanmar", List.of("605_dvb_arakan_clash", "615_bnionline_maungdaw_provocation"));
		BATCHES_5.put("Israel-West Bank/Lebanon", List.of("606_wafa_jenin_teen", "616_britishwire_hezbollah_launcher"));
		BATCHES_5.put("Syria/Middle East 2016-2019", List.of("607_iranprimer_tehran_summit", "617_sputnik_tillerson_qatar"));
	}

	/** Minimum F1 per category and overall, over all articles of a set. */
	private record Floors(double actors, double locations, double claims, double relations, double overall) {
	}

	@Test
	void blindBatchesStayAboveTheirFirstRun() throws IOException {
		// first run of the pre-rewrite engine (main bdb593d): 0.627 / 0.500 / 0.483 / 0.085, overall 0.424; a
		// development set since, at 0.939 / 1.000 / 0.933 / 0.575, overall 0.862 (2026-12-05): floors under that
		scoreSet("blind", BATCHES, new Floors(0.90, 0.95, 0.90, 0.52, 0.83));
	}

	@Test
	void blindBatch2StaysAboveItsFirstRun() throws IOException {
		// first run (engine of main dba8c9c, resources/blind2/README.md): 0.819 / 0.657 / 0.489 / 0.296, overall 0.565;
		// end of the session that held it out: 0.839 / 0.775 / 0.579 / 0.248, overall 0.610 — typed relations fell
		// below the first run (parse relations add false positives on this batch), so that floor sits under the end
		// a development set since 2026-12-05, at 0.941 / 0.927 / 0.924 / 0.547, overall 0.835: floors under that
		scoreSet("blind2", BATCHES_2, new Floors(0.92, 0.90, 0.90, 0.52, 0.81));
	}

	@Test
	void blindBatch3StaysAboveItsRecordedRuns() throws IOException {
		// first run (engine of main 8298f14, resources/blind3/runs/first-run.txt): 0.753 / 0.828 / 0.510 / 0.213,
		// overall 0.576; end of the session that held it out (runs/end-run.txt): 0.773 / 0.837 / 0.556 / 0.224,
		// overall 0.597; a development set since, at the end of 2026-12-05's second session (parser B, all helpers'
		// work): 0.842 / 0.948 / 0.765 / 0.459, overall 0.754: floors under that
		scoreSet("blind3", BATCHES_3, new Floors(0.82, 0.92, 0.74, 0.43, 0.73));
	}

	@Test
	void blindBatch4StaysAboveItsRecordedRuns() throws IOException {
		// first run (engine of main 3267a44, resources/blind4/runs/first-run.txt): 0.860 / 0.833 / 0.712 / 0.266,
		// overall 0.668; end of the session that held it out (runs/end-run.txt): 0.860 / 0.833 / 0.715 / 0.262,
		// overall 0.668
		scoreSet("blind4", BATCHES_4, new Floors(0.84, 0.81, 0.69, 0.24, 0.65));
	}

	@Test
	void blindBatch5StaysAboveItsRecordedRuns() throws IOException {
		// first run (engine of main 3267a44, resources/blind5/runs/first-run.txt): 0.816 / 0.879 / 0.626 / 0.284,
		// overall 0.651; end of the session that held it out (runs/end-run.txt): 0.820 / 0.904 / 0.633 / 0.286,
		// overall 0.661
		scoreSet("blind5", BATCHES_5, new Floors(0.80, 0.86, 0.61, 0.26, 0.64));
	}

	private static void scoreSet(String set, Map<String, List<String>> batches, Floors floors) throws IOException {
		GoldScorer all = new GoldScorer();
		EngineExport export = new EngineExport();
		List<String> lines = new ArrayList<>();
		int width = Math.max(16, batches.keySet().stream().mapToInt(String::length).max().orElse(0));
		lines.add(String.format("%-" + width + "s %7s %9s %8s %8s %8s", set + " batch", "actors", "locations",
				"claims*", "rel", "overall"));
		int n = 0;
		for (Map.Entry<String, List<String>> batch : batches.entrySet()) {
			GoldScorer s = new GoldScorer();
			for (String name : batch.getValue()) {
				DocumentExtraction d = ENGINE.extract(
						TestResources.titleThenBody(TestResources.read(set + "/articles/" + name + ".txt")));
				addArticle(s, set, name, d);
				addArticle(all, set, name, d);
				export.add(name + ".txt", d);
				n++;
			}
			lines.add(row(width, batch.getKey(), s));
		}
		lines.add(row(width, "all " + n, all));
		System.out.println(set + " export: "
				+ export.write(Path.of("target", set + "-export.json")).toAbsolutePath());
		lines.forEach(System.out::println);
		System.out.println(set + ": actors " + all.actors + ", locations " + all.locations + ", attributed claims "
				+ all.claims + ", typed relations " + all.relations);
		assertAll(
				() -> assertTrue(all.actors.f1() >= floors.actors(), set + " actors " + all.actors),
				() -> assertTrue(all.locations.f1() >= floors.locations(), set + " locations " + all.locations),
				() -> assertTrue(all.claims.f1() >= floors.claims(), set + " attributed claims " + all.claims),
				() -> assertTrue(all.relations.f1() >= floors.relations(), set + " typed relations " + all.relations),
				() -> assertTrue(overall(all) >= floors.overall(),
						String.format("%s overall F1 %.3f", set, overall(all))));
	}

	@SuppressWarnings("unchecked")
	private static void addArticle(GoldScorer scorer, String set, String name, DocumentExtraction d) {
		scorer.add((Map<String, Object>) JsonReader.parse(TestResources.read(set + "/gold/" + name + ".json")), d);
	}

	private static double overall(GoldScorer s) {
		return (s.actors.f1() + s.locations.f1() + s.claims.f1() + s.relations.f1()) / 4;
	}

	private static String row(int width, String label, GoldScorer s) {
		return String.format("%-" + width + "s %7.3f %9.3f %8.3f %8.3f %8.3f", label, s.actors.f1(),
				s.locations.f1(), s.claims.f1(), s.relations.f1(), overall(s));
	}
}
