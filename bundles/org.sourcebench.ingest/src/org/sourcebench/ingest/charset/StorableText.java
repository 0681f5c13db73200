package org.sourcebench.ingest.charset;

/**
 * Makes text storable in a dossier (XML 1.0 cannot hold most control characters, and one such character in
 * one source would stop the whole dossier from saving) without moving any character: every replacement is one
 * char for one char, so offsets computed on the text stay valid.
 * <ul>
 * <li>form feed and vertical tab (page and line breaks of old word processors) become a line break;</li>
 * <li>other C0 controls (except tab and line breaks), DEL and C1 controls become a space;</li>
 * <li>the non-characters U+FFFE, U+FFFF and unpaired surrogates become U+FFFD.</li>
 * </ul>
 */
public final class StorableText {

	private StorableText() {
	}

	/**
	 * @param text the text, or {@code null}
	 * @return the storable text and how many characters were replaced
	 */
	public static Result clean(String text) {
		if (text == null) {
			return new Result(null, 0);
		}
		char[] chars = null;
		int replaced = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char replacement = c;
			if (c == '\f' || c == '\u000B') {
				replacement = '\n';
			} else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
				replacement = ' ';
			} else if (c == '\uFFFE' || c == '\uFFFF') {
				replacement = '\uFFFD';
			} else if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				replacement = '\uFFFD';
			} else if (Character.isLowSurrogate(c)) {
				replacement = '\uFFFD';
			}
			if (replacement != c) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = replacement;
				replaced++;
			}
		}
		return new Result(chars == null ? text : new String(chars), replaced);
	}

	/**
	 * @param text the storable text
	 * @param replaced how many characters were replaced
	 */
	public record Result(String text, int replaced) {

		/** @return the repair in words, or {@code null} when nothing was replaced */
		public String describe() {
			return replaced == 0 ? null
					: replaced + " control character" + (replaced == 1 ? "" : "s") + " that a dossier cannot store replaced"
							+ " (form feed and vertical tab by a line break, others by a space)";
		}
	}
}
