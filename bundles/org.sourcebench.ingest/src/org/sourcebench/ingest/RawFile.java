package org.sourcebench.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file's original bytes as read from disk, before any decoding. Readers get this so that every
 * format records the same SHA-256 of the original bytes.
 *
 * @param path the file
 * @param bytes its complete content
 */
public record RawFile(java.nio.file.Path path, byte[] bytes) {

	/**
	 * @param path the file
	 * @param bytes its complete content (not copied)
	 */
	public RawFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(bytes, "bytes");
	}

	/** @return the file name without folders */
	public String fileName() {
		java.nio.file.Path name = path.getFileName();
		return name == null ? path.toString() : name.toString();
	}

	/** @return the lower-case hex SHA-256 of the original bytes */
	public String sha256() {
		return sha256(bytes);
	}

	/**
	 * @param data any bytes
	 * @return their lower-case hex SHA-256
	 */
	public static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			// Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param text any text
	 * @return the lower-case hex SHA-256 of its UTF-8 encoding
	 */
	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RawFile other && path.equals(other.path)
				&& java.util.Arrays.equals(bytes, other.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * path.hashCode() + java.util.Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "RawFile[" + path + ", " + bytes.length + " bytes]";
	}
}
