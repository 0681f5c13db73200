package org.sourcebench.extract;

/**
 * A piece of the document body: {@code begin}/{@code end} are Java {@code String} indexes (UTF-16 code units,
 * end-exclusive) into the body given to {@link ExtractionEngine#extract(String)}; {@code text} is
 * {@code body.substring(begin, end)}.
 */
public record TextSpan(int begin, int end, String text) {

	/** The span {@code [begin, end)} of {@code body}. */
	public static TextSpan of(String body, int begin, int end) {
		return new TextSpan(begin, end, body.substring(begin, end));
	}
}
