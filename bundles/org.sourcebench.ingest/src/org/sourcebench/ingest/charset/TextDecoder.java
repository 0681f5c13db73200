package org.sourcebench.ingest.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.regex.Pattern;

import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.RawFile;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Decodes the bytes of a text file whose encoding nobody told us.
 * <p>
 * Order of evidence: a byte-order mark is binding (UTF-8, UTF-16, UTF-32); NUL bytes mean UTF-16 only when
 * they fall on one side of the byte pairs (ASCII-range text in UTF-16), a few stray ones are removed and
 * more are binary data; then UTF-8, because valid UTF-8 with non-ASCII bytes is practically never an accident
 * (a file that is valid UTF-8 apart from a few stray bytes stays UTF-8, the stray bytes read as windows-1252,
 * and the repair is recorded); then ICU's statistical {@link CharsetDetector} (windows-1252, ISO-8859-x,
 * KOI8-R, …), trying its candidates in order of confidence and keeping the first that decodes without errors
 * and without C1 control characters (which in real text mean the wrong single-byte table was picked). Those
 * decoders are strict: a byte that does not belong to the encoding makes the candidate fail.
 * <p>
 * The result has {@code \n} line ends (from CRLF and CR) and is in Unicode NFC, so the same article
 * saved by different tools yields the same body and the same character offsets.
 */
public final class TextDecoder {

	/** ICU confidences run 0..100; below this a guess is noise. */
	private static final int MIN_CONFIDENCE = 10;

	/** Share of control characters above which decoded "text" is taken for binary data. */
	private static final double MAX_CONTROL_SHARE = 0.05;

	/** NUL bytes in a text file up to which they are taken for damage (removed), not for binary data. */
	private static final int MAX_STRAY_NULS = 8;

	/** Bytes not valid UTF-8 in otherwise valid UTF-8 up to which the file stays UTF-8 (with a repair). */
	private static final int MAX_STRAY_BYTES = 16;

	private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?");

	/**
	 * Decodes a file's bytes.
	 *
	 * @param file the file
	 * @param declaredCharset an encoding the content itself declares (an HTML meta tag), or {@code null}
	 * @return the normalised text and the encoding used
	 * @throws ImportException {@link Reason#EMPTY} for no bytes, {@link Reason#BINARY} for binary data,
	 *         {@link Reason#UNDECODABLE} when no encoding fits
	 */
	public DecodedText decode(RawFile file, String declaredCharset) throws ImportException {
		byte[] bytes = file.bytes();
		if (bytes.length == 0) {
			throw new ImportException(file.path(), Reason.EMPTY, "the file is empty");
		}
		Bom bom = Bom.of(bytes);
		if (bom != null) {
			return decodeWithBom(file, bom);
		}
		int nuls = count(bytes, (byte) 0);
		String nulRepair = null;
		if (nuls > 0) {
			// UTF-16 without a byte-order mark only on real evidence: ASCII-range text in UTF-16 has a NUL in
			// every other byte, on the same side.
			String utf16 = utf16ByNulPattern(bytes);
			if (utf16 != null) {
				try {
					return finish(file, strict(Charset.forName(utf16), bytes, 0), utf16, null);
				} catch (CharacterCodingException e) {
					// not UTF-16 after all
				}
			}
			if (nuls > Math.max(MAX_STRAY_NULS, bytes.length / 1000)) {
				throw new ImportException(file.path(), Reason.BINARY, "binary data, not text (contains " + nuls
						+ " NUL bytes and is not UTF-16)");
			}
			bytes = without(bytes, (byte) 0);
			nulRepair = nuls + (nuls == 1 ? " NUL byte" : " NUL bytes") + " removed";
		}
		Utf8Reading utf8 = Utf8Reading.of(bytes);
		if (utf8.invalid == 0) {
			return finish(file, utf8.text, "UTF-8", nulRepair);
		}
		// Valid UTF-8 with a few stray bytes (a Latin-1 letter pasted into a UTF-8 file) stays UTF-8: the
		// stray bytes are read as windows-1252, which is what they almost always are.
		if (utf8.multibyte > 0 && utf8.invalid <= Math.max(MAX_STRAY_BYTES, utf8.multibyte)
				&& utf8.invalid <= bytes.length / 50 + 1) {
			return finish(file, utf8.text, "UTF-8", join(nulRepair, utf8.invalid + (utf8.invalid == 1 ? " byte" : " bytes")
					+ " not valid UTF-8 read as windows-1252"));
		}
		DecodedText guessed = guess(file, bytes, declaredCharset);
		if (guessed != null) {
			return nulRepair == null ? guessed
					: new DecodedText(guessed.text(), guessed.charset(), join(nulRepair, guessed.repairs()));
		}
		throw new ImportException(file.path(), Reason.UNDECODABLE, "cannot decode the text: the bytes are not "
				+ "valid UTF-8 and match no supported single-byte or East Asian encoding");
	}

	/** @return "UTF-16LE" or "UTF-16BE" when the NUL bytes fall on one side of the byte pairs, else null */
	static String utf16ByNulPattern(byte[] bytes) {
		int n = Math.min(bytes.length, 1 << 16) & ~1;
		int even = 0;
		int odd = 0;
		for (int i = 0; i < n; i++) {
			if (bytes[i] == 0) {
				if ((i & 1) == 0) {
					even++;
				} else {
					odd++;
				}
			}
		}
		int pairs = n / 2;
		if (pairs == 0) {
			return null;
		}
		if (odd >= pairs * 0.4 && even <= odd / 10) {
			return "UTF-16LE";
		}
		if (even >= pairs * 0.4 && odd <= even / 10) {
			return "UTF-16BE";
		}
		return null;
	}

	private DecodedText decodeWithBom(RawFile file, Bom bom) throws ImportException {
		Charset charset;
		try {
			charset = Charset.forName(bom.charsetName);
		} catch (UnsupportedCharsetException e) {
			throw new ImportException(file.path(), Reason.UNDECODABLE,
					"byte-order mark of " + bom.charsetName + ", which this Java runtime cannot decode", e);
		}
		try {
			return finish(file, strict(charset, file.bytes(), bom.length), bom.charsetName, null);
		} catch (CharacterCodingException e) {
			throw new ImportException(file.path(), Reason.UNDECODABLE, "the byte-order mark declares "
					+ bom.charsetName + " but the bytes are not valid " + bom.charsetName + where(e), e);
		}
	}

	private DecodedText guess(RawFile file, byte[] bytes, String declaredCharset) throws ImportException {
		CharsetDetector detector = new CharsetDetector();
		if (declaredCharset != null) {
			detector.setDeclaredEncoding(declaredCharset);
		}
		detector.setText(bytes);
		CharsetMatch[] matches = detector.detectAll();
		if (declaredCharset != null) {
			String declared = tryCharset(bytes, declaredCharset);
			if (declared != null) {
				return finish(file, declared, canonicalName(declaredCharset), null);
			}
		}
		for (CharsetMatch match : matches) {
			if (match.getConfidence() < MIN_CONFIDENCE) {
				break;
			}
			String text = tryCharset(bytes, match.getName());
			if (text != null) {
				return finish(file, text, match.getName(), null);
			}
		}
		return null;
	}

	/** Decodes strictly; null when the charset is unknown, the bytes do not fit, or C1 controls appear. */
	private static String tryCharset(byte[] bytes, String name) {
		try {
			Charset charset = Charset.forName(name);
			String text = strict(charset, bytes, 0);
			return hasC1Controls(text) || text.indexOf('\0') >= 0 ? null : text;
		} catch (IllegalCharsetNameException | UnsupportedCharsetException | CharacterCodingException e) {
			return null;
		}
	}

	private static String canonicalName(String name) {
		try {
			return Charset.forName(name).name();
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return name;
		}
	}

	private static DecodedText finish(RawFile file, String decoded, String charsetName, String repairs)
			throws ImportException {
		String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
		text = LINE_BREAKS.matcher(text).replaceAll("\n");
		text = Normalizer.normalize(text, Normalizer.Form.NFC);
		if (text.isBlank()) {
			throw new ImportException(file.path(), Reason.EMPTY, "the file holds only white space");
		}
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			throw new ImportException(file.path(), Reason.BINARY, "binary data, not text (control characters)");
		}
		return new DecodedText(text, charsetName, repairs);
	}

	private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
		return chars.toString();
	}

	private static String where(CharacterCodingException e) {
		return e instanceof MalformedInputException ? " (malformed input)" : "";
	}

	private static boolean hasC1Controls(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0080' && c <= '\u009F') {
				return true;
			}
		}
		return false;
	}

	private static double controlShare(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\f'
					&& c != '\u000B') {
				controls++;
			}
		}
		return text.isEmpty() ? 0 : (double) controls / text.length();
	}

	private static int count(byte[] bytes, byte value) {
		int count = 0;
		for (byte b : bytes) {
			if (b == value) {
				count++;
			}
		}
		return count;
	}

	private static byte[] without(byte[] bytes, byte value) {
		byte[] out = new byte[bytes.length - count(bytes, value)];
		int j = 0;
		for (byte b : bytes) {
			if (b != value) {
				out[j++] = b;
			}
		}
		return out;
	}

	private static String join(String a, String b) {
		return a == null ? b : b == null ? a : a + "; " + b;
	}

	/** Lenient UTF-8: valid sequences decoded, each byte of an invalid one read as windows-1252. */
	static final class Utf8Reading {
		final String text;
		final int invalid;
		final int multibyte;

		private Utf8Reading(String text, int invalid, int multibyte) {
			this.text = text;
			this.invalid = invalid;
			this.multibyte = multibyte;
		}

		static Utf8Reading of(byte[] b) {
			StringBuilder sb = new StringBuilder(b.length);
			int invalid = 0;
			int multibyte = 0;
			int i = 0;
			while (i < b.length) {
				int c = b[i] & 0xFF;
				if (c < 0x80) {
					sb.append((char) c);
					i++;
					continue;
				}
				int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
				int cp = n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
				boolean ok = n > 0 && i + n < b.length;
				for (int k = 1; ok && k <= n; k++) {
					int next = b[i + k] & 0xFF;
					ok = (next & 0xC0) == 0x80;
					cp = cp << 6 | next & 0x3F;
				}
				if (ok && (n == 2 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) || n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
					ok = false;
				}
				if (ok) {
					sb.appendCodePoint(cp);
					multibyte++;
					i += n + 1;
				} else {
					sb.append(windows1252(c));
					invalid++;
					i++;
				}
			}
			return new Utf8Reading(sb.toString(), invalid, multibyte);
		}

		private static final String CP1252_80_9F = "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
				+ "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

		private static char windows1252(int b) {
			return b >= 0x80 && b <= 0x9F ? CP1252_80_9F.charAt(b - 0x80) : (char) b;
		}
	}

	/** Byte-order marks, longest first so UTF-32LE is not mistaken for UTF-16LE. */
	private enum Bom {
		UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
		UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
		UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
		UTF_16BE("UTF-16BE", 0xFE, 0xFF),
		UTF_16LE("UTF-16LE", 0xFF, 0xFE);

		final String charsetName;
		final int length;
		private final int[] signature;

		Bom(String charsetName, int... signature) {
			this.charsetName = charsetName;
			this.signature = signature;
			this.length = signature.length;
		}

		static Bom of(byte[] bytes) {
			for (Bom bom : values()) {
				if (bom.matches(bytes)) {
					return bom;
				}
			}
			return null;
		}

		private boolean matches(byte[] bytes) {
			if (bytes.length < signature.length) {
				return false;
			}
			for (int i = 0; i < signature.length; i++) {
				if ((bytes[i] & 0xFF) != signature[i]) {
					return false;
				}
			}
			return true;
		}
	}
}
