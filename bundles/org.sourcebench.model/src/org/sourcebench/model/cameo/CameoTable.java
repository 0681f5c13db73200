package org.sourcebench.model.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sourcebench.model.QuadClass;

/**
 * The CAMEO event code table ({@code data/cameo.tsv} of this bundle): label, Goldstein value and QuadClass
 * for each code. Loaded once, on first use; immutable and thread-safe.
 *
 * <p>CAMEO codes are hierarchical: the first two digits are the root (01..20), a third digit refines it, a
 * fourth refines further. {@link #lookup(String)} falls back to the nearest coded ancestor, which is how the
 * codebook intends codes it does not list in detail to be read.
 */
public final class CameoTable {

	/** Bundle-relative location of the table. */
	public static final String RESOURCE = "/data/cameo.tsv";

	private static final Pattern CODE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

	private static final class DefaultHolder {
		static final CameoTable INSTANCE = load(CameoTable.class.getResource(RESOURCE));
	}

	private final Map<String, CameoEvent> events;

	private CameoTable(Map<String, CameoEvent> events) {
		this.events = Collections.unmodifiableMap(events);
	}

	/** @return the table shipped in this bundle, loaded on first call */
	public static CameoTable getDefault() {
		return DefaultHolder.INSTANCE;
	}

	/**
	 * Reads a table in the {@code cameo.tsv} format: {@code #} comment lines, one header line, then
	 * {@code code<TAB>label<TAB>goldstein<TAB>quadClass}.
	 *
	 * @throws UncheckedIOException   if it cannot be read; the table is part of the bundle, so that is a
	 *                                packaging error, not a user error
	 * @throws IllegalStateException  if a line is malformed, naming the line
	 */
	public static CameoTable load(URL url) {
		if (url == null) {
			throw new IllegalStateException("CAMEO table " + RESOURCE + " is missing from the bundle (check bin.includes)");
		}
		Map<String, CameoEvent> events = new LinkedHashMap<>();
		try (InputStream in = url.openStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean headerSeen = false;
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (!headerSeen) {
					headerSeen = true;
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length != 4 || !CODE.matcher(cells[0]).matches()) {
					throw new IllegalStateException(url + ":" + lineNumber + ": expected code, label, goldstein, quadClass but found: " + line);
				}
				try {
					CameoEvent event = new CameoEvent(cells[0], cells[1], Double.parseDouble(cells[2]), QuadClass.valueOf(cells[3]));
					events.put(event.code(), event);
				} catch (IllegalArgumentException e) {
					throw new IllegalStateException(url + ":" + lineNumber + ": " + e.getMessage(), e);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read CAMEO table " + url, e);
		}
		return new CameoTable(events);
	}

	/** @return true if {@code code} has the shape of a CAMEO event code (root 01..20, 2 to 4 digits) */
	public static boolean isWellFormed(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/**
	 * @return the two-digit root of a well-formed code ("19" for "193"), or {@code null} if the code is
	 *         not well-formed
	 */
	public static String root(String code) {
		return isWellFormed(code) ? code.substring(0, 2) : null;
	}

	/** @return the row for exactly this code, if the table lists it */
	public Optional<CameoEvent> find(String code) {
		return Optional.ofNullable(code == null ? null : events.get(code));
	}

	/**
	 * @return the row for this code or, if the table does not list it, for its nearest listed ancestor
	 *         ("0429" → "042" → "04"); {@code null} if the code is not well-formed
	 */
	public CameoEvent lookup(String code) {
		if (!isWellFormed(code)) {
			return null;
		}
		for (String prefix = code; prefix.length() >= 2; prefix = prefix.substring(0, prefix.length() - 1)) {
			CameoEvent event = events.get(prefix);
			if (event != null) {
				return event;
			}
		}
		return null;
	}

	/** @return the label of the code (or its nearest listed ancestor), or null */
	public String label(String code) {
		CameoEvent event = lookup(code);
		return event == null ? null : event.label();
	}

	/** @return the Goldstein value of the code (or its nearest listed ancestor), or null */
	public Double goldstein(String code) {
		CameoEvent event = lookup(code);
		return event == null ? null : event.goldstein();
	}

	/** @return the QuadClass of the code, or null if it is not well-formed */
	public QuadClass quadClass(String code) {
		CameoEvent event = lookup(code);
		return event == null ? null : event.quadClass();
	}

	/** @return every row, in table order */
	public Collection<CameoEvent> events() {
		return events.values();
	}
}
