package org.sourcebench.extract.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * and scored at its end. Batch 6 (resources/blind6): 21 articles from 21 other outlets, three per theme, held out
 * during the fourth session of 2026-12-05; batch 7 (resources/blind7): 20 articles made as development and
 * training data in that session. Batches 8 and 9 (resources/blind8, resources/blind9): 21 articles on the issue's
 * conflicts and 14 on conflicts no earlier batch covers (Myanmar, the Horn of Africa, Yemen, the Caucasus, Iran,
 * the Great Lakes, and Syria 2016-2019), from 35 other outlets, held out during the fifth session. Batch 10
 * (resources/blind10): 21 articles from 21 other outlets, two each on the issue's six conflicts and nine on others,
 * held out during the sixth session; batch 11 (resources/blind11): 28 articles from 28 other outlets, annotated
 * before the engine ran on them and used as development data in that session. Batch 12 (resources/blind12): 24
 * articles from 24 other outlets, two each on the issue's six conflicts and twelve on others, held out during the
 * seventh session; batch 13 (resources/blind13): 20 articles from 20 other outlets made the same way as development
 * data in that session. Batch 14 (resources/blind14): 24 articles from 24 other outlets, two each on the issue's six
 * conflicts and twelve on others, held out during the eighth session; batch 15 (resources/blind15): 16 articles from
 * 16 other outlets made as development data in that session. Batch 16 (resources/blind16): 24 articles from 24 other
 * outlets, two each on the issue's six conflicts and twelve on others, held out during the ninth session; batch 17
 * (resources/blind17): 24 articles from 24 other outlets made as development data in that session. Batch 18
 * (resources/blind18): 32 articles from 32 other outlets, at least three on each of the issue's six conflicts and
 * fourteen on others, held out during the tenth session. Batch 19 (resources/blind19): 32 articles from 32 other
 * outlets, three on each of the issue's six conflicts and fourteen on others, held out during the eleventh session.
 * Batch 20 (resources/blind20): 32 articles from 32 other outlets, made the same way, held out during the twelfth
 * session. Batch 21 (resources/blind21): 32 articles from 32 other outlets, made the same way, held out during the
 * thirteenth session. Batch 22 (resources/blind22): 32 articles from 32 other outlets, made the same way, held out
 * during the fourteenth session (and the fifteenth session's confirm set). Batch 23 (resources/blind23): 32 articles
 * from 32 other outlets, made the same way, held out during the fifteenth session (and part of the sixteenth session's
 * confirm set). Batch 24 (resources/blind24): 32 articles from 32 other outlets, made the same way, held out during the
 * sixteenth session. Batch 25 (resources/blind25): 32 articles from 32 other outlets, made the same way in the
 * sixteenth session as unseen decision data (with batch 23 that session's confirm set; batches 24 and 25 were the
 * seventeenth session's confirm set, with batch 27). Batch 26 (resources/blind26): 32 articles from 32 other outlets,
 * made the same way, held out during the seventeenth session. Batch 27 (resources/blind27): 32 articles from 32 other
 * outlets, made the same way in the seventeenth session as unseen decision data (batches 26 and 27 were the eighteenth
 * session's confirm set, with batch 29). Batch 28 (resources/blind28): 32 articles from 32 other outlets, made the same
 * way, held out during the eighteenth session. Batch 29 (resources/blind29): 31 articles from 31 other outlets, made
 * the same way in the eighteenth session as unseen decision data (batches 28 and 29 were the nineteenth session's
 * confirm set, with batch 31). Batch 30 (resources/blind30): 30 articles from 30 other outlets, made the same way, held
 * out during the nineteenth session. Batch 31 (resources/blind31): 31 articles from 31 other outlets, made the same way
 * in the nineteenth session as unseen decision data (batches 30 and 31 were the twentieth session's confirm set, with
 * batch 33). Batch 32 (resources/blind32): 32 articles from 32 other outlets, made the same way, held out during the
 * twentieth session. Batch 33 (resources/blind33): 31 articles from 31 other outlets, made the same way in the twentieth
 * session as unseen decision data (batches 32 and 33 were the twenty-first session's confirm set, with batch 35). Batch
 * 34 (resources/blind34): 32 articles from 32 other outlets, made the same way, held out during the twenty-first
 * session. Batch 35 (resources/blind35): 29 articles from 29 other outlets, made the same way in the twenty-first
 * session as unseen decision data (batches 34 and 35 were the twenty-second session's confirm set). Batch 36
 * (resources/blind36): 32 articles from 32 other outlets, made the same way, held out during the twenty-second session
 * (the twenty-third session's confirm set). Batch 37 (resources/blind37): 40 articles from 40 other outlets, made the
 * same way, held out during the twenty-third session. Batch 38 (resources/blind38): 40 articles from 40 other outlets,
 * made the same way at the end of the twenty-third session as unseen decision data (batches 37 and 38 are the
 * twenty-fourth session's confirm set). Batch 39 (resources/blind39): 40 articles from 40 other outlets, made the
 * same way, held out during the twenty-fourth session. Batch 40 (resources/blind40): 40 articles from 40 other outlets,
 * made the same way during the twenty-fourth session as unseen decision data (batches 39 and 40 were the twenty-fifth
 * session's confirm set). Batch 41 (resources/blind41): 40 articles from 40 other outlets, made the same way, held out
 * during the twenty-fifth session. Batch 42 (resources/blind42): 40 articles from 40 other outlets, made the same way
 * during the twenty-fifth session as unseen decision data (batches 41 and 42 were the twenty-sixth session's confirm
 * set). Batch 43 (resources/blind43): 39 articles from 39 other outlets, made the same way, held out during the
 * twenty-sixth session (a fortieth dropped before the first run: an earlier batch tells its event). Batch 44
 * (resources/blind44): 40 articles from 40 other outlets, made the same way during the twenty-sixth session as unseen
 * decision data (batches 43 and 44 were the twenty-seventh session's confirm set). Batch 45 (resources/blind45): 40
 * articles from 40 other outlets, made the same way, held out during the twenty-seventh session. Batch 46
 * (resources/blind46): 39 articles from 39 other outlets, made the same way during the twenty-seventh session as unseen
 * decision data (a fortieth dropped: batch 45 tells its event; batches 45 and 46 were the twenty-eighth session's
 * confirm set). Batch 47 (resources/blind47): 40 articles from 40 other outlets, made the same way, held out
 * during the twenty-eighth session. Batch 48 (resources/blind48): 40 articles from 40 other outlets, made the same way
 * during the twenty-eighth session as unseen decision data (batches 47 and 48 were the twenty-ninth session's confirm
 * set). Batch 49 (resources/blind49): 40 articles from 40 other outlets, made the same way, held out during the
 * twenty-ninth session. Batch 50 (resources/blind50): 40 articles from 40 other outlets, made the same way during the
 * twenty-ninth session as unseen decision data (batches 49 and 50 are the thirtieth session's confirm set).
 * The batches' articles and themes are listed in resources/blind-batches.tsv. Prints F1 per theme and overall; the floors sit just under each batch's recorded runs, so a test fails only on a
 * real regression. Never tune rules on a batch while it measures a session's work. Also writes the exports to
 * target/&lt;set&gt;-export.json for {@code shared/eval/score.py}.
 */
class BlindEvaluationTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

	/** Minimum F1 per category and overall, over all articles of a set. */
	private record Floors(double actors, double locations, double claims, double relations, double overall) {
	}

	/** Each batch with its floors; the comments keep each batch's recorded runs (its README and runs/ folder). */
	static Stream<Arguments> batches() {
		return Stream.of(
				// first run of the pre-rewrite engine (main bdb593d): 0.627 / 0.500 / 0.483 / 0.085, overall 0.424; a
				// development set since, at 0.939 / 1.000 / 0.933 / 0.575, overall 0.862 (2026-12-05): floors under that
				arguments("blind", new Floors(0.90, 0.95, 0.90, 0.52, 0.83)),
				// first run (engine of main dba8c9c, resources/blind2/README.md): 0.819 / 0.657 / 0.489 / 0.296,
				// overall 0.565; end of the session that held it out: 0.839 / 0.775 / 0.579 / 0.248, overall 0.610
				// (typed relations fell below the first run: parse relations add false positives on this batch); a
				// development set since 2026-12-05, at 0.941 / 0.927 / 0.924 / 0.547, overall 0.835: floors under that;
				// attributed claims floor 0.89 since the twenty-fourth session: claims.partial-quotes adds two quotations
				// gold leaves without a claim in 312 (0.909 -> 0.899, 80/88 -> 80/90 of 88) while it gains on every set
				arguments("blind2", new Floors(0.92, 0.90, 0.89, 0.52, 0.81)),
				// first run (engine of main 8298f14, resources/blind3/runs/first-run.txt): 0.753 / 0.828 / 0.510 /
				// 0.213, overall 0.576; end of the session that held it out (runs/end-run.txt): 0.773 / 0.837 / 0.556 /
				// 0.224, overall 0.597; a development set since, at the end of 2026-12-05's second session (parser B,
				// all helpers' work): 0.842 / 0.948 / 0.765 / 0.459, overall 0.754: floors under that; typed relations
				// 0.424 since SpeechActs' clause-warning step was dropped (it never fired on the check half): floor 0.41
				arguments("blind3", new Floors(0.82, 0.92, 0.74, 0.41, 0.73)),
				// first run (engine of main 3267a44, resources/blind4/runs/first-run.txt): 0.860 / 0.833 / 0.712 /
				// 0.266, overall 0.668; end of the session that held it out (runs/end-run.txt): 0.860 / 0.833 / 0.715 /
				// 0.262, overall 0.668
				arguments("blind4", new Floors(0.84, 0.81, 0.69, 0.24, 0.65)),
				// first run (engine of main 3267a44, resources/blind5/runs/first-run.txt): 0.816 / 0.879 / 0.626 /
				// 0.284, overall 0.651; end of the session that held it out (runs/end-run.txt): 0.820 / 0.904 / 0.633 /
				// 0.286, overall 0.661
				arguments("blind5", new Floors(0.80, 0.86, 0.61, 0.26, 0.64)),
				// first run (engine of main 635602e, resources/blind6/runs/first-run.txt): 0.854 / 0.848 / 0.664 /
				// 0.194, overall 0.640; end of the session that held it out (runs/end-run.txt): the same
				arguments("blind6", new Floors(0.83, 0.82, 0.64, 0.17, 0.62)),
				// development and training data made during 2026-12-05's fourth session, first run (engine of its
				// start, runs/first-run.txt): 0.891 / 0.868 / 0.711 / 0.305, overall 0.694; end of that session:
				// 0.893 / 0.868 / 0.727 / 0.305, overall 0.698
				arguments("blind7", new Floors(0.87, 0.84, 0.70, 0.28, 0.67)),
				// first run (engine of main a7fcf32, resources/blind8/runs/first-run.txt): 0.838 / 0.895 / 0.664 /
				// 0.271, overall 0.667; end of the session that held it out (runs/end-run.txt): 0.847 / 0.895 / 0.672 /
				// 0.270, overall 0.671
				arguments("blind8", new Floors(0.82, 0.87, 0.64, 0.24, 0.64)),
				// first run (engine of main a7fcf32, resources/blind9/runs/first-run.txt): 0.784 / 0.840 / 0.624 /
				// 0.099, overall 0.587; end of the session that held it out (runs/end-run.txt): 0.790 / 0.840 / 0.659 /
				// 0.099, overall 0.597
				arguments("blind9", new Floors(0.76, 0.81, 0.63, 0.07, 0.57)),
				// first run (engine of main b3f3b1e, resources/blind10/runs/first-run.txt): 0.785 / 0.785 / 0.556 /
				// 0.248, overall 0.593; end of the session that held it out (runs/end-run.txt): 0.782 / 0.789 / 0.561 /
				// 0.263, overall 0.599
				arguments("blind10", new Floors(0.76, 0.76, 0.54, 0.24, 0.58)),
				// development data of the sixth session, first run (engine of main b3f3b1e, runs/first-run.txt): 0.807 /
				// 0.865 / 0.665 / 0.298, overall 0.659; end of that session: 0.807 / 0.869 / 0.667 / 0.315, overall 0.664
				arguments("blind11", new Floors(0.78, 0.84, 0.64, 0.29, 0.64)),
				// first run (engine of main f5d9d05, resources/blind12/runs/first-run.txt): 0.796 / 0.865 / 0.615 /
				// 0.316, overall 0.648; end of the session that held it out (runs/end-run.txt): 0.797 / 0.865 / 0.609 /
				// 0.345, overall 0.654
				arguments("blind12", new Floors(0.77, 0.84, 0.58, 0.30, 0.62)),
				// development data of the seventh session, first run (engine of main f5d9d05, runs/first-run.txt): 0.819 /
				// 0.815 / 0.681 / 0.308, overall 0.656
				arguments("blind13", new Floors(0.79, 0.79, 0.65, 0.28, 0.63)),
				// first run (engine of main 1e03f3c, resources/blind14/runs/first-run-pooled.txt): 0.814 / 0.743 / 0.637 /
				// 0.237, overall 0.608; end of the session that held it out (runs/end-run.txt): 0.814 / 0.740 / 0.629 /
				// 0.237, overall 0.605
				arguments("blind14", new Floors(0.79, 0.72, 0.61, 0.21, 0.58)),
				// development data of the eighth session, first run (engine of main f65dcf3, runs/first-run-pooled.txt):
				// 0.782 / 0.791 / 0.656 / 0.242, overall 0.618; end of that session: 0.785 / 0.803 / 0.660 / 0.244,
				// overall 0.623
				arguments("blind15", new Floors(0.76, 0.77, 0.63, 0.22, 0.60)),
				// first run (engine of main 432abc8, resources/blind16/runs/first-run-pooled.txt): 0.813 / 0.851 / 0.685 /
				// 0.198, overall 0.637; end of the session that held it out (runs/end-run.txt): 0.817 / 0.851 / 0.698 /
				// 0.198, overall 0.641
				arguments("blind16", new Floors(0.79, 0.83, 0.66, 0.17, 0.61)),
				// development data of the ninth session, first run (engine of main 432abc8, runs/first-run-pooled.txt):
				// 0.824 / 0.824 / 0.563 / 0.270, overall 0.620; end of that session: 0.825 / 0.824 / 0.574 / 0.272,
				// overall 0.624
				arguments("blind17", new Floors(0.80, 0.80, 0.54, 0.25, 0.60)),
				// first run (engine of main fb9523c, resources/blind18/runs/first-run-pooled.txt): 0.801 / 0.863 / 0.671 /
				// 0.235, overall 0.643; end of the session that held it out (runs/end-run.txt): 0.806 / 0.867 / 0.684 /
				// 0.242, overall 0.650
				arguments("blind18", new Floors(0.78, 0.84, 0.65, 0.21, 0.62)),
				// first run (engine of main 287ffd5, resources/blind19/runs/first-run-pooled.txt): 0.801 / 0.823 / 0.661 /
				// 0.197, overall 0.620; end of the session that held it out (runs/end-run.txt): 0.805 / 0.823 / 0.661 /
				// 0.207, overall 0.624
				arguments("blind19", new Floors(0.78, 0.80, 0.64, 0.18, 0.60)),
				// first run (engine of main 96814ea, resources/blind20/runs/first-run-pooled.txt): 0.853 / 0.826 / 0.593 /
				// 0.257, overall 0.632; end of the session that held it out (runs/end-run.txt): 0.860 / 0.826 / 0.593 /
				// 0.257, overall 0.634
				arguments("blind20", new Floors(0.84, 0.80, 0.57, 0.23, 0.61)),
				// first run (engine of main 0657010, resources/blind21/runs/first-run-pooled.txt): 0.815 / 0.895 / 0.635 /
				// 0.226, overall 0.643; end of the session that held it out (runs/end-run.txt): 0.819 / 0.891 / 0.641 /
				// 0.226, overall 0.644
				arguments("blind21", new Floors(0.80, 0.87, 0.61, 0.20, 0.62)),
				// first run (engine of main 82951f3, resources/blind22/runs/first-run-pooled.txt; article 2306 threw and
				// scores empty): 0.794 / 0.816 / 0.689 / 0.268, overall 0.642; end of the session that held it out
				// (runs/end-run.txt): 0.831 / 0.833 / 0.701 / 0.265, overall 0.658
				arguments("blind22", new Floors(0.78, 0.80, 0.67, 0.24, 0.62)),
				// first run (engine of main e101131, resources/blind23/runs/first-run-pooled.txt): 0.811 / 0.827 / 0.627 /
				// 0.191, overall 0.614; end of the session that held it out (runs/end-run.txt): the same export
				arguments("blind23", new Floors(0.79, 0.80, 0.60, 0.17, 0.59)),
				// first run (engine of main ad3dfc77, resources/blind24/runs/first-run-pooled.txt): 0.781 / 0.830 / 0.592 /
				// 0.335, overall 0.635; end of the session that held it out (runs/end-run.txt): 0.785 / 0.834 / 0.609 /
				// 0.351, overall 0.645
				arguments("blind24", new Floors(0.76, 0.81, 0.58, 0.32, 0.62)),
				// first run (engine of main ad3dfc77, resources/blind25/runs/first-run-pooled.txt): 0.836 / 0.800 / 0.658 /
				// 0.302, overall 0.649; end of the session that made it (runs/end-run.txt): 0.842 / 0.824 / 0.665 / 0.310,
				// overall 0.661
				arguments("blind25", new Floors(0.81, 0.79, 0.64, 0.28, 0.63)),
				// first run (engine of main e37688ab, resources/blind26/runs/first-run-pooled.txt): 0.857 / 0.804 / 0.736 /
				// 0.406, overall 0.701; end of the session that held it out (runs/end-run.txt): 0.860 / 0.804 / 0.736 /
				// 0.407, overall 0.702
				arguments("blind26", new Floors(0.84, 0.78, 0.72, 0.38, 0.68)),
				// first run (engine of main e37688ab, resources/blind27/runs/first-run-pooled.txt): 0.853 / 0.813 / 0.668 /
				// 0.307, overall 0.660; end of the session that made it (runs/end-run.txt): 0.857 / 0.813 / 0.674 / 0.306,
				// overall 0.662
				arguments("blind27", new Floors(0.83, 0.79, 0.65, 0.28, 0.64)),
				// first run (engine of main 3c77550e, resources/blind28/runs/first-run-pooled.txt): 0.847 / 0.803 / 0.658 /
				// 0.271, overall 0.645; end of the session that held it out (runs/end-run.txt): 0.848 / 0.808 / 0.658 /
				// 0.268, overall 0.646
				arguments("blind28", new Floors(0.83, 0.78, 0.64, 0.25, 0.63)),
				// first run (engine of main 3c77550e, resources/blind29/runs/first-run-pooled.txt): 0.816 / 0.835 / 0.664 /
				// 0.291, overall 0.652; end of the session that made it (runs/end-run.txt): 0.819 / 0.843 / 0.670 / 0.290,
				// overall 0.656
				arguments("blind29", new Floors(0.80, 0.81, 0.64, 0.27, 0.63)),
				// first run (engine of main 86a57ee8, resources/blind30/runs/first-run-pooled.txt): 0.860 / 0.832 / 0.727 /
				// 0.322, overall 0.685; end of the session that held it out (runs/end-run.txt): 0.868 / 0.844 / 0.737 /
				// 0.322, overall 0.693
				arguments("blind30", new Floors(0.84, 0.81, 0.71, 0.30, 0.67)),
				// first run (engine of main 86a57ee8, resources/blind31/runs/first-run-pooled.txt): 0.823 / 0.898 / 0.668 /
				// 0.335, overall 0.681; end of the session that made it (runs/end-run.txt): 0.838 / 0.897 / 0.673 / 0.327,
				// overall 0.684
				arguments("blind31", new Floors(0.80, 0.87, 0.65, 0.30, 0.66)),
				// first run (engine of main c92e2f39, resources/blind32/runs/first-run-pooled.txt): 0.885 / 0.852 / 0.698 /
				// 0.271, overall 0.677; end of the session that held it out (runs/end-run.txt): 0.872 / 0.843 / 0.698 /
				// 0.270, overall 0.671
				arguments("blind32", new Floors(0.85, 0.82, 0.68, 0.25, 0.65)),
				// first run (engine of main c92e2f39, resources/blind33/runs/first-run-pooled.txt): 0.863 / 0.883 / 0.699 /
				// 0.298, overall 0.686; end of the session that made it (runs/end-run.txt): 0.876 / 0.879 / 0.693 / 0.301,
				// overall 0.687
				arguments("blind33", new Floors(0.85, 0.86, 0.67, 0.28, 0.67)),
				// first run (engine of main 55fe312b, resources/blind34/runs/first-run-pooled.txt): 0.819 / 0.777 / 0.682 /
				// 0.228, overall 0.626 (article 3512 failed as a whole, fixed by 2c76ead2); end of the session that held it
				// out (runs/end-run.txt): 0.839 / 0.794 / 0.709 / 0.233, overall 0.644
				arguments("blind34", new Floors(0.82, 0.77, 0.69, 0.21, 0.62)),
				// first run (engine of main 55fe312b, resources/blind35/runs/first-run.txt): 0.817 / 0.852 / 0.648 /
				// 0.303, overall 0.655; end of the session that made it (runs/end-run.txt): the same
				arguments("blind35", new Floors(0.80, 0.83, 0.63, 0.28, 0.64)),
				// first run (engine of main 9b939739, resources/blind36/runs/first-run-pooled.txt): 0.789 / 0.839 / 0.608 /
				// 0.184, overall 0.605; end of the session that held it out (runs/end-run.txt): 0.792 / 0.844 / 0.626 /
				// 0.196, overall 0.615
				arguments("blind36", new Floors(0.77, 0.82, 0.59, 0.17, 0.59)),
				// first run (engine of main c3f2c589, resources/blind37/runs/first-run-pooled.txt): 0.828 / 0.841 / 0.723 /
				// 0.193, overall 0.646; end of the session that held it out (runs/end-run.txt): 0.828 / 0.841 / 0.724 /
				// 0.193, overall 0.647
				arguments("blind37", new Floors(0.81, 0.82, 0.70, 0.17, 0.63)),
				// first run (engine of main 84223eb9, resources/blind38/runs/first-run.txt): 0.811 / 0.866 / 0.679 / 0.226,
				// overall 0.645
				arguments("blind38", new Floors(0.79, 0.84, 0.66, 0.20, 0.63)),
				// first run (engine of main 238ba729, resources/blind39/runs/first-run.txt): 0.805 / 0.857 / 0.667 /
				// 0.169, overall 0.625; end of the session that held it out (runs/end-run.txt): 0.806 / 0.861 / 0.673 /
				// 0.173, overall 0.628
				arguments("blind39", new Floors(0.78, 0.83, 0.64, 0.15, 0.60)),
				// first run (engine of main 2452fb70, resources/blind40/runs/first-run.txt): 0.818 / 0.849 / 0.643 / 0.298,
				// overall 0.652
				arguments("blind40", new Floors(0.80, 0.82, 0.62, 0.27, 0.63)),
				// first run (engine of main 51d78830, resources/blind41/runs/first-run.txt): 0.848 / 0.878 / 0.678 / 0.343,
				// overall 0.687; end of the session that held it out (runs/end-run.txt): 0.848 / 0.878 / 0.685 / 0.343,
				// overall 0.688
				arguments("blind41", new Floors(0.82, 0.85, 0.65, 0.31, 0.66)),
				// first run (engine of the twenty-fifth session's end, resources/blind42/runs/first-run.txt): 0.828 /
				// 0.812 / 0.699 / 0.288, overall 0.657
				arguments("blind42", new Floors(0.80, 0.78, 0.67, 0.26, 0.63)),
				// first run (engine of main 623f4e28, resources/blind43/runs/first-run.txt): 0.812 / 0.870 / 0.661 / 0.333,
				// overall 0.669; the end of the session that held it out is the same (runs/end-run.txt)
				arguments("blind43", new Floors(0.79, 0.84, 0.64, 0.31, 0.64)),
				// first run (engine of the twenty-sixth session's end, resources/blind44/runs/first-run.txt): 0.803 /
				// 0.836 / 0.636 / 0.268, overall 0.636
				arguments("blind44", new Floors(0.78, 0.81, 0.61, 0.24, 0.61)),
				// first run (engine of main 1cde643f, resources/blind45/runs/first-run.txt): 0.842 / 0.855 / 0.699 / 0.353,
				// overall 0.687
				arguments("blind45", new Floors(0.82, 0.83, 0.67, 0.33, 0.66)),
				// first run (engine of the twenty-seventh session's end, resources/blind46/runs/first-run.txt): 0.806 /
				// 0.875 / 0.639 / 0.321, overall 0.660
				arguments("blind46", new Floors(0.78, 0.85, 0.61, 0.29, 0.63)),
				// first run (engine of main 4afe8f3d, resources/blind47/runs/first-run.txt): 0.843 / 0.861 / 0.674 / 0.252,
				// overall 0.658; end of the session that held it out (runs/end-run.txt): 0.843 / 0.864 / 0.677 / 0.252,
				// overall 0.659
				arguments("blind47", new Floors(0.82, 0.84, 0.65, 0.23, 0.63)),
				// first run (engine of the twenty-eighth session's end, resources/blind48/runs/first-run.txt): 0.796 /
				// 0.846 / 0.699 / 0.185, overall 0.632
				arguments("blind48", new Floors(0.77, 0.82, 0.67, 0.16, 0.61)),
				// first run (engine of main 5a8fc8b0, resources/blind49/runs/first-run.txt): 0.832 / 0.898 / 0.743 / 0.388,
				// overall 0.716; end of the session that held it out (runs/end-run.txt): 0.832 / 0.896 / 0.743 / 0.388,
				// overall 0.715
				arguments("blind49", new Floors(0.81, 0.87, 0.72, 0.36, 0.69)),
				// first run (engine of the twenty-ninth session's end, resources/blind50/runs/first-run.txt): 0.821 /
				// 0.866 / 0.607 / 0.205, overall 0.625
				arguments("blind50", new Floors(0.80, 0.84, 0.58, 0.18, 0.60)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("batches")
	void blindBatchStaysAboveItsRecordedRuns(String set, Floors floors) throws IOException {
		scoreSet(set, themes(set), floors);
	}

	/**
	 * Whether the per-batch scores go to the log: only with SOURCEBENCH_PRINT_SCORES=1, so that a build run by whoever
	 * works on the engine does not show the scores of the held-out and confirm batches. The floors hold either way.
	 */
	private static final boolean PRINT_SCORES = "1".equals(System.getenv("SOURCEBENCH_PRINT_SCORES"));

	/** The themes of one batch folder and their articles, from resources/blind-batches.tsv, in file order. */
	private static Map<String, List<String>> themes(String set) {
		Map<String, List<String>> themes = new LinkedHashMap<>();
		for (String line : TestResources.read("blind-batches.tsv").split("\n")) {
			String[] f = line.split("\t");
			if (!line.startsWith("#") && f.length == 3 && f[0].equals(set)) {
				themes.put(f[1], List.of(f[2].split(" ")));
			}
		}
		assertFalse(themes.isEmpty(), "no articles of " + set + " in blind-batches.tsv");
		return themes;
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
		if (PRINT_SCORES) {
			lines.forEach(System.out::println);
			System.out.println(set + ": actors " + all.actors + ", locations " + all.locations
					+ ", attributed claims " + all.claims + ", typed relations " + all.relations);
		}
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
