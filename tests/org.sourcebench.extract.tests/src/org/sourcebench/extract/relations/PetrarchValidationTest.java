package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Quality test: the PETRARCH 2 unit-test suite, coded with the suite's own dictionaries on the records' own
 * Treebank parses (converted to dependencies by {@link PennTreebank}). Prints recall, precision and exact-code
 * accuracy; the floors are what the coder reaches today, so a change that loses events fails here.
 */
class PetrarchValidationTest {

    @Test
    void eventCoderFindsThePetrarchSuitesEventsWithTheSuitesDictionaries() {
        List<PetrarchValidationSuite.Record> records = PetrarchValidationSuite.records();
        StringBuilder log = Boolean.getBoolean("petrarch.log") ? new StringBuilder() : null;
        PetrarchValidationSuite.Score score = PetrarchValidationSuite.score(PetrarchValidationSuite.coder(), records,
                log);
        System.out.println("PETRARCH unit-test suite, " + records.size() + " records: " + score);
        if (log != null) {
            System.out.println(log);
        }
        assertTrue(records.size() > 250, "records read: " + records.size());
        assertTrue(score.recall() >= RECALL_FLOOR, score.toString());
        assertTrue(score.precision() >= PRECISION_FLOOR, score.toString());
        assertTrue(score.exactAccuracy() >= EXACT_FLOOR, score.toString());
    }

    private static final double RECALL_FLOOR = 0.70;
    private static final double PRECISION_FLOOR = 0.85;
    private static final double EXACT_FLOOR = 0.99;
}
