package org.sourcebench.ingest.charset;

/**
 * Text decoded from a file's bytes: NFC-normalised, {@code \n} line ends, no byte-order mark.
 *
 * @param text the text
 * @param charset the name of the encoding it was decoded from, e.g. {@code "UTF-8"} or {@code "windows-1252"}
 * @param repairs what was repaired while decoding, in words (e.g. "2 bytes not valid UTF-8 read as
 *        windows-1252"), or {@code null} when the bytes decoded cleanly
 */
public record DecodedText(String text, String charset, String repairs) {

	/** Text that decoded without repairs. */
	public DecodedText(String text, String charset) {
		this(text, charset, null);
	}
}
