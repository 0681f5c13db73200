package org.sourcebench.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** How a {@code .sbx} file is encoded. Both use the same extension; loading tells them apart by content. */
public enum DossierFormat {

	/** XML Metadata Interchange: readable, diffable, the default. */
	XMI,

	/** EMF's binary resource format: smaller and faster for very large dossiers, not human-readable. */
	BINARY;

	/** First bytes of every EMF binary resource (BinaryResourceImpl's signature). */
	static final byte[] BINARY_SIGNATURE = { (byte) 0x89, 'e', 'm', 'f', '\n', '\r', 0x1a, '\n' };

	/**
	 * Looks at the first bytes of a stream, which must support mark/reset.
	 *
	 * @return the format, or null if the content is neither XML nor EMF binary
	 */
	static DossierFormat sniff(InputStream in) throws IOException {
		in.mark(BINARY_SIGNATURE.length);
		byte[] head = in.readNBytes(BINARY_SIGNATURE.length);
		in.reset();
		if (Arrays.equals(head, BINARY_SIGNATURE)) {
			return BINARY;
		}
		int i = 0;
		if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
			i = 3; // UTF-8 byte order mark
		}
		while (i < head.length && Character.isWhitespace(head[i])) {
			i++;
		}
		return i < head.length && head[i] == '<' ? XMI : null;
	}
}
