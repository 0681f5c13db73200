package org.sourcebench.ingest.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

	@Test
	void controlCharactersAreReplacedOneForOne() {
		String text = "Page one.\fPage two.\u000BLine\u001B[31mred\u0000 \u0085end \uFFFF \uD800 ok \uD83D\uDE00.";

		StorableText.Result result = StorableText.clean(text);

		assertEquals("Page one.\nPage two.\nLine [31mred  \u0020end \uFFFD \uFFFD ok \uD83D\uDE00.", result.text());
		assertEquals(text.length(), result.text().length(), "offsets stay valid");
		assertEquals(7, result.replaced());
		assertTrue(result.describe().startsWith("7 control characters"), result.describe());
	}

	@Test
	void ordinaryTextIsReturnedAsItIs() {
		String text = "Tab\tand\nline \u201cquotes\u201d \u00e9";
		StorableText.Result result = StorableText.clean(text);

		assertSame(text, result.text());
		assertEquals(0, result.replaced());
		assertNull(result.describe());
	}
}
