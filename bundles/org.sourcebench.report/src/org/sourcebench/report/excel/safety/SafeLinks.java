package org.sourcebench.report.excel.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which URLs from sources become clickable hyperlinks. Only absolute {@code http}, {@code https} and
 * {@code mailto} URLs that parse as URIs qualify: a {@code file:}, {@code javascript:} or UNC link from an
 * article must not be one click away in a report, and a malformed URL would make Excel repair the file.
 * Anything else is still shown, as plain text.
 */
public final class SafeLinks {

	/** Excel ignores hyperlink targets longer than this. */
	public static final int MAX_URL_LENGTH = 2_079;

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

	private SafeLinks() {
	}

	/** @return the URL as a link target, or null if it must not be a link */
	public static String linkTarget(String url) {
		if (url == null) {
			return null;
		}
		String trimmed = url.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_URL_LENGTH || !CellText.removeControlCharacters(trimmed).equals(trimmed)) {
			return null;
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = uri.getScheme();
			if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
				return null;
			}
			return uri.toASCIIString();
		} catch (URISyntaxException e) {
			return null;
		}
	}
}
