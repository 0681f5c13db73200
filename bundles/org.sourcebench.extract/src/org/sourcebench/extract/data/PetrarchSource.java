package org.sourcebench.extract.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a dictionary in the PETRARCH/TABARI text format, with what every such file shares removed:
 * {@code #} comments (to the end of the line), {@code <!-- ... -->} comment blocks (the validation files use
 * them) and blank lines. Leading tabs are kept, because the actor format marks date restrictions with them.
 */
public final class PetrarchSource {

	/** One content line and its 1-based number in the file, for error messages. */
	public record Line(String text, int number) {
	}

	private final String name;
	private final List<Line> lines;

	private PetrarchSource(String name, List<Line> lines) {
		this.name = name;
		this.lines = List.copyOf(lines);
	}

	/** Name of the file, for error messages. */
	public String name() {
		return name;
	}

	public List<Line> lines() {
		return lines;
	}

	/** A dictionary shipped in this bundle's {@code data/} folder. */
	public static PetrarchSource bundled(String path) {
		String resource = "data/" + path;
		try (InputStream in = PetrarchSource.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("data file " + resource + " is missing from org.sourcebench.extract");
			}
			return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	/** A dictionary file on disk (the validation suite's own dictionaries, a user's additions). */
	public static PetrarchSource file(Path path) throws IOException {
		try (Reader r = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
			return read(path.toString(), r);
		}
	}

	/** A dictionary from any reader ({@code name} appears in error messages). */
	public static PetrarchSource read(String name, Reader reader) throws IOException {
		BufferedReader r = new BufferedReader(reader);
		List<Line> out = new ArrayList<>();
		boolean inXmlComment = false;
		int number = 0;
		for (String line; (line = r.readLine()) != null;) {
			number++;
			if (inXmlComment) {
				int end = line.indexOf("-->");
				if (end < 0) {
					continue;
				}
				line = line.substring(end + 3);
				inXmlComment = false;
			}
			int open = line.indexOf("<!--");
			while (open >= 0) {
				int end = line.indexOf("-->", open);
				if (end < 0) {
					line = line.substring(0, open);
					inXmlComment = true;
					break;
				}
				line = line.substring(0, open) + line.substring(end + 3);
				open = line.indexOf("<!--");
			}
			int hash = commentStart(line);
			if (hash >= 0) {
				line = line.substring(0, hash);
			}
			line = stripTrailing(line);
			if (!line.isBlank()) {
				out.add(new Line(line, number));
			}
		}
		return new PetrarchSource(name, out);
	}

	/** A '#' outside [...] (the validation suite's codes include "[###]") starts a comment. */
	private static int commentStart(String line) {
		int depth = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '[') {
				depth++;
			} else if (c == ']') {
				depth = Math.max(0, depth - 1);
			} else if (c == '#' && depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static String stripTrailing(String s) {
		int end = s.length();
		while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

	/** An error naming the file and line. */
	public IllegalStateException error(Line line, String problem) {
		return new IllegalStateException(name + ":" + line.number() + ": " + problem + ": " + line.text().trim());
	}

	/**
	 * The words of a dictionary phrase: underscores and blanks separate words, upper case. A trailing underscore
	 * ("stopped" phrase: no plural forms) is dropped by the split.
	 */
	public static List<String> words(String phrase) {
		List<String> out = new ArrayList<>();
		for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
			if (!w.isEmpty()) {
				out.add(w.toUpperCase(Locale.ROOT));
			}
		}
		return out;
	}

	/**
	 * The singular key of an English word, upper case: regular plurals lose their ending ("MINISTRIES" →
	 * "MINISTRY", "TIES" → "TIE", "TROOPS" → "TROOP"), so a dictionary word and a text word compare by key. The
	 * dictionaries generate regular plurals the same way; irregular ones are listed in them.
	 */
	public static String key(String word) {
		String w = word.toUpperCase(Locale.ROOT);
		int n = w.length();
		if (n > 4 && w.endsWith("IES")) {
			return w.substring(0, n - 3) + "Y";
		}
		if (n > 4 && (w.endsWith("SSES") || w.endsWith("XES") || w.endsWith("CHES") || w.endsWith("SHES"))) {
			return w.substring(0, n - 2);
		}
		if (n > 3 && w.endsWith("S") && !w.endsWith("SS") && !w.endsWith("US") && !w.endsWith("IS")) {
			return w.substring(0, n - 1);
		}
		return w;
	}
}
