package org.sourcebench.report.excel.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeLinksTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://www.reuters.com/world/a-b?x=1#c", "http://example.org/", "mailto:desk@example.org", "HTTPS://EXAMPLE.ORG/" })
	void webAndMailLinksAreClickable(String url) {
		assertEquals(url, SafeLinks.linkTarget(url));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "\\\\server\\share\\x.xlsx", "www.example.org", "http://exa mple.org/",
			"https://example.org/\u0000", "data:text/html,<script>" })
	void otherLinksAreNot(String url) {
		assertNull(SafeLinks.linkTarget(url), url);
	}

	@Test
	void internationalAddressesBecomeAscii() {
		assertEquals("https://example.org/%C3%BCber", SafeLinks.linkTarget("https://example.org/über"));
	}

	@Test
	void overlongAndMissingUrlsAreNotLinks() {
		assertNull(SafeLinks.linkTarget(null));
		assertNull(SafeLinks.linkTarget("  "));
		assertNull(SafeLinks.linkTarget("https://example.org/" + "a".repeat(SafeLinks.MAX_URL_LENGTH)));
	}
}
