package org.sourcebench.ingest.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.test.support.TestArticles;

class TextDecoderTest {

	private final TextDecoder decoder = new TextDecoder();

	@ParameterizedTest
	@CsvSource({ "text/utf-8-bom.txt, UTF-8", "text/utf-16le-bom.txt, UTF-16LE", "text/utf-16be-bom.txt, UTF-16BE" })
	void aByteOrderMarkDecidesTheEncoding(String file, String charset) throws ImportException {
		DecodedText decoded = decoder.decode(TestArticles.raw(file), null);

		assertEquals(charset, decoded.charset());
		assertTrue(decoded.text().startsWith("Iran Backs Russian Proposal\nJune 21, 2017\n"), decoded.text());
		assertTrue(decoded.text().contains("\u201cunilateral strikes\u201d"));
		assertFalse(decoded.text().contains("\uFEFF"), "the BOM is not text");
		assertFalse(decoded.text().contains("\r"), "CRLF becomes LF");
	}

	@Test
	void windows1252QuotesAndAccentsAreRecognised() throws ImportException {
		DecodedText decoded = decoder.decode(TestArticles.raw("text/windows-1252.txt"), null);

		assertEquals("windows-1252", decoded.charset());
		assertTrue(decoded.text().contains("Syria\u2019s foreign ministry"), decoded.text());
		assertTrue(decoded.text().contains("\u201cwill never accept\u201d"));
		assertTrue(decoded.text().contains("Fay\u00e7al Mekdad"));
		assertTrue(decoded.text().contains("caf\u00e9-table"));
	}

	@Test
	void latin1GermanUmlautsAreRecognised() throws ImportException {
		DecodedText decoded = decoder.decode(TestArticles.raw("text/iso-8859-1-german.txt"), null);

		assertTrue(decoded.charset().startsWith("ISO-8859") || decoded.charset().equals("windows-1252"),
				decoded.charset());
		assertTrue(decoded.text().contains("Gespr\u00e4che \u00fcber Syrien"), decoded.text());
		assertTrue(decoded.text().contains("Stra\u00dfe"));
	}

	@Test
	void plainUtf8IsTakenAsIs() throws ImportException {
		RawFile raw = new RawFile(Path.of("u.txt"), "Moscow \u2013 Damascus\n".getBytes(StandardCharsets.UTF_8));

		DecodedText decoded = decoder.decode(raw, null);

		assertEquals("UTF-8", decoded.charset());
		assertEquals("Moscow \u2013 Damascus\n", decoded.text());
	}

	@Test
	void textIsNormalisedToNfcAndLfLineEnds() throws ImportException {
		DecodedText decoded = decoder.decode(TestArticles.raw("text/nfd.txt"), null);
		RawFile crlf = new RawFile(Path.of("crlf.txt"), "a\r\nb\rc\n".getBytes(StandardCharsets.US_ASCII));

		assertTrue(decoded.text().startsWith("Caf\u00e9 Diplomacy"), decoded.text());
		assertFalse(decoded.text().contains("\u0301"), "combining accent composed");
		assertEquals("a\nb\nc\n", decoder.decode(crlf, null).text());
	}

	@Test
	void aUtf8ByteOrderMarkFollowedByInvalidBytesIsUndecodable() {
		ImportException e = assertThrows(ImportException.class,
				() -> decoder.decode(TestArticles.raw("bad/undecodable.txt"), null));

		assertEquals(Reason.UNDECODABLE, e.getReason());
		assertTrue(e.getMessage().startsWith("bad/undecodable.txt: "), e.getMessage());
		assertTrue(e.getDetail().contains("UTF-8"), e.getDetail());
	}

	@Test
	void anUnpairedSurrogateInUtf16IsUndecodable() {
		ImportException e = assertThrows(ImportException.class,
				() -> decoder.decode(TestArticles.raw("bad/utf-16-broken.txt"), null));

		assertEquals(Reason.UNDECODABLE, e.getReason());
	}

	@Test
	void binaryDataIsRefused() {
		ImportException e = assertThrows(ImportException.class,
				() -> decoder.decode(TestArticles.raw("bad/binary.txt"), null));

		assertEquals(Reason.BINARY, e.getReason());
	}

	@Test
	void emptyAndBlankFilesAreEmpty() {
		assertEquals(Reason.EMPTY, assertThrows(ImportException.class,
				() -> decoder.decode(TestArticles.raw("bad/empty.txt"), null)).getReason());
		assertEquals(Reason.EMPTY, assertThrows(ImportException.class,
				() -> decoder.decode(TestArticles.raw("bad/blank.txt"), null)).getReason());
	}

	@Test
	void aDeclaredCharsetIsUsedWhenTheBytesAreNotUtf8() throws ImportException {
		byte[] bytes = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);

		DecodedText decoded = decoder.decode(new RawFile(Path.of("x.html"), bytes), "ISO-8859-1");

		assertEquals("Caf\u00e9 talks", decoded.text());
		assertEquals("ISO-8859-1", decoded.charset());
	}

	private static RawFile bytes(String name, byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return new RawFile(Path.of(name), out.toByteArray());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void oneStrayLatin1ByteInUtf8StaysUtf8AndIsRecordedAsARepair() throws ImportException {
		DecodedText decoded = decoder.decode(bytes("stray.txt",
				utf8("\u201cWe will keep the ceasefire,\u201d he said at the Caf"), new byte[] { (byte) 0xE9 },
				utf8(" Damascus.")), null);

		assertEquals("UTF-8", decoded.charset());
		assertEquals("\u201cWe will keep the ceasefire,\u201d he said at the Caf\u00e9 Damascus.", decoded.text());
		assertTrue(decoded.repairs().contains("1 byte not valid UTF-8"), decoded.repairs());
	}

	@Test
	void aFewNulBytesAreRemovedNotTakenForUtf16() throws ImportException {
		DecodedText decoded = decoder.decode(bytes("nul.txt", utf8("Ankara and Tehran agreed \u2014 on Monday."),
				new byte[] { 0, 0 }, utf8("\n")), null);

		assertEquals("UTF-8", decoded.charset());
		assertEquals("Ankara and Tehran agreed \u2014 on Monday.\n", decoded.text());
		assertTrue(decoded.repairs().contains("2 NUL bytes removed"), decoded.repairs());
	}

	@Test
	void utf16WithoutByteOrderMarkIsRecognisedByItsNulPattern() throws ImportException {
		String text = "Ankara and Tehran agreed on observation posts in Idlib.\n";
		DecodedText le = decoder.decode(bytes("le.txt", text.getBytes(StandardCharsets.UTF_16LE)), null);
		DecodedText be = decoder.decode(bytes("be.txt", text.getBytes(StandardCharsets.UTF_16BE)), null);

		assertEquals("UTF-16LE", le.charset());
		assertEquals(text, le.text());
		assertEquals("UTF-16BE", be.charset());
		assertEquals(text, be.text());
		assertEquals(null, le.repairs());
	}

	@Test
	void manyInvalidBytesAreNotUtf8() throws ImportException {
		String text = "Caf\u00e9, cr\u00e8me, na\u00efve, \u00e0 la fa\u00e7on, d\u00e9j\u00e0 vu, r\u00e9sum\u00e9 \u2014 le minist\u00e8re a dit.";
		DecodedText decoded = decoder.decode(bytes("latin.txt", text.getBytes(java.nio.charset.Charset.forName("windows-1252"))), null);

		assertTrue(decoded.text().contains("cr\u00e8me"), decoded.text());
		assertFalse("UTF-8".equals(decoded.charset()), decoded.charset());
	}
}
