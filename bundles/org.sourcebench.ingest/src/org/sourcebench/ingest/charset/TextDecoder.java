package org.sourcebench.ingest.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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
 * Order of evidence: a byte-order mark is binding (UTF-8, UTF-16, UTF-32); then strict UTF-8, because
 * valid UTF-8 with non-ASCII bytes is practically never an accident; then ICU's statistical
 * {@link CharsetDetector} (windows-1252, ISO-8859-x, KOI8-R, …), trying its candidates in order of
 * confidence and keeping the first that decodes without errors and without C1 control characters
 * (which in real text mean the wrong single-byte table was picked). Every decoder is strict: a byte
 * that does not belong to the encoding makes the candidate fail instead of becoming U+FFFD.
 * <p>
 * The result has {@code \n} line ends (from CRLF and CR) and is in Unicode NFC, so the same article
 * saved by different tools yields the same body and the same character offsets.
 */
public final class TextDecoder {

    /** ICU confidences run 0..100; below this a guess is noise. */
    private static final int MIN_CONFIDENCE = 10;

    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

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
        boolean hasNul = indexOf(bytes, (byte) 0) >= 0;
        if (!hasNul) {
            try {
                String text = strict(StandardCharsets.UTF_8, bytes, 0);
                return finish(file, text, "UTF-8");
            } catch (CharacterCodingException e) {
                // not UTF-8: ask ICU below
            }
        }
        DecodedText guessed = guess(file, bytes, declaredCharset);
        if (guessed != null) {
            return guessed;
        }
        if (hasNul) {
            throw new ImportException(file.path(), Reason.BINARY,
                    "binary data, not text (contains NUL bytes and matches no text encoding)");
        }
        throw new ImportException(file.path(), Reason.UNDECODABLE, "cannot decode the text: the bytes are not "
                + "valid UTF-8 and match no supported single-byte or East Asian encoding");
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
            return finish(file, strict(charset, file.bytes(), bom.length), bom.charsetName);
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
                return finish(file, declared, canonicalName(declaredCharset));
            }
        }
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            String text = tryCharset(bytes, match.getName());
            if (text != null) {
                return finish(file, text, match.getName());
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

    private static DecodedText finish(RawFile file, String decoded, String charsetName) throws ImportException {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new ImportException(file.path(), Reason.EMPTY, "the file holds only white space");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new ImportException(file.path(), Reason.BINARY, "binary data, not text (control characters)");
        }
        return new DecodedText(text, charsetName);
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

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
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
