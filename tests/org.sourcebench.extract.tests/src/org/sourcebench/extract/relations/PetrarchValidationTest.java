package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.syntax.TransitionParser;

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

	/**
	 * The same suite on our own parse of each record's text ({@link TransitionParser}) instead of the Treebank
	 * parse: what the coder reaches when the parse is ours, as on real articles. Floors just under the measured
	 * values.
	 */
	@Test
	void eventCoderOnOurOwnParseOfTheSuitesSentences() {
		List<PetrarchValidationSuite.Record> records = PetrarchValidationSuite.records();
		EventCoder coder = PetrarchValidationSuite.coder();
		TransitionParser parser = new TransitionParser();
		PetrarchValidationSuite.Score score = PetrarchValidationSuite.score(
				r -> PetrarchValidationSuite.predict(coder, r, parser), records, null);
		System.out.println("PETRARCH unit-test suite on our parser, " + records.size() + " records: " + score);
		assertTrue(score.recall() >= OWN_PARSE_RECALL_FLOOR, score.toString());
		assertTrue(score.precision() >= OWN_PARSE_PRECISION_FLOOR, score.toString());
	}

	private static final double RECALL_FLOOR = 0.70;
	private static final double PRECISION_FLOOR = 0.85;
	private static final double EXACT_FLOOR = 0.99;
	private static final double OWN_PARSE_RECALL_FLOOR = 0.59;
	private static final double OWN_PARSE_PRECISION_FLOOR = 0.80;
}
