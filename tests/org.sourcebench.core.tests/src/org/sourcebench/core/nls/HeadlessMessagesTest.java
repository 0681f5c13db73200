package org.sourcebench.core.nls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

class HeadlessMessagesTest {

	private static final String BUNDLE = "org.sourcebench.core.nls.samples";

	/** A Messages class as headless bundles write them. */
	static final class Sample {
		static String Greeting;
		static String Counted;
		static String NotInTheFile;
		static final String CONSTANT = "kept";
	}

	@Test
	void fieldsAreFilledFromThePropertiesAndAMissingKeyIsMarked() {
		HeadlessMessages.initialize(BUNDLE, Sample.class);
		assertEquals("Hello", Sample.Greeting);
		assertEquals("{0} sources, {1} claims", Sample.Counted);
		assertEquals("!NotInTheFile!", Sample.NotInTheFile);
		assertEquals("kept", Sample.CONSTANT);
	}

	@Test
	void keyedTextsAreReadAndFormatted() {
		HeadlessMessages.Keyed texts = HeadlessMessages.keyed(BUNDLE, HeadlessMessagesTest.class);
		assertEquals("Hello", texts.text("Greeting"));
		assertEquals("3 sources, 12 claims", texts.format("Counted", 3, 12));
		assertThrows(MissingResourceException.class, () -> texts.text("NotInTheFile"));
	}
}
