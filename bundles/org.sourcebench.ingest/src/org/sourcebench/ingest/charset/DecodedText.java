package org.sourcebench.ingest.charset;

/**
 * Text decoded from a file's bytes: NFC-normalised, {@code \n} line ends, no byte-order mark.
 *
 * @param text the text
 * @param charset the name of the encoding it was decoded from, e.g. {@code "UTF-8"} or {@code "windows-1252"}
 */
public record DecodedText(String text, String charset) {
}
