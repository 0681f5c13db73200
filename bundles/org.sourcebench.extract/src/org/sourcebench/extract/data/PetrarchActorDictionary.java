package org.sourcebench.extract.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An actor dictionary in the PETRARCH format: a record is a primary phrase with an optional {@code [CODE]},
 * synonyms on {@code +} lines and date restrictions on tab-indented lines ({@code [USAGOV 090120-170120]},
 * {@code [USAGOV >090120]}, {@code [USAELI <090120]}; dates YYMMDD or YYYYMMDD, bounds inclusive). Several
 * files read into one dictionary; the first file that names a phrase wins. Immutable after construction.
 */
public final class PetrarchActorDictionary {

	private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]\\s]*)\\s*([^\\]]*)\\]");

	private final WordSequenceIndex<PetrarchActor> index = new WordSequenceIndex<>();
	private int records;
	private int skipped;

	/** Reads the given files in order. */
	public PetrarchActorDictionary(List<PetrarchSource> sources) {
		for (PetrarchSource s : sources) {
			read(s);
		}
		index.freeze();
	}

	/** The Phoenix country, international and non-state dictionaries shipped in this bundle, then our additions. */
	public static PetrarchActorDictionary bundled() {
		return new PetrarchActorDictionary(List.of(PetrarchSource.bundled("petrarch/sourcebench.actors.txt"),
				PetrarchSource.bundled("petrarch/Phoenix.Countries.actors.txt"),
				PetrarchSource.bundled("petrarch/Phoenix.International.actors.txt"),
				PetrarchSource.bundled("petrarch/Phoenix.MilNonState.actors.txt")));
	}

	public WordSequenceIndex<PetrarchActor> index() {
		return index;
	}

	public int records() {
		return records;
	}

	/** Date restrictions left out because their dates are malformed in the file. */
	public int skippedRoles() {
		return skipped;
	}

	private void read(PetrarchSource source) {
		List<List<String>> phrases = new ArrayList<>();
		String primary = null;
		String defaultCode = null;
		List<PetrarchActor.Role> roles = new ArrayList<>();
		boolean coded = false;
		for (PetrarchSource.Line line : source.lines()) {
			String t = line.text();
			String trimmed = t.trim();
			if (trimmed.startsWith("[")) {
				Matcher m = CODE.matcher(trimmed);
				if (!m.find() || primary == null) {
					throw source.error(line, "date restriction outside an actor record");
				}
				addCode(source, line, m, roles);
				coded = true;
				continue;
			}
			if (trimmed.startsWith("+")) {
				if (primary == null) {
					throw source.error(line, "synonym before any actor");
				}
				phrases.add(PetrarchSource.words(stripCode(trimmed.substring(1))));
				continue;
			}
			// a new primary phrase: the previous record ends here unless it has no code yet (then the lines are
			// alternative spellings sharing the code that follows, as in "AMERICAN_VICE_PRESIDENT")
			if (coded) {
				flush(primary, defaultCode, roles, phrases);
				phrases = new ArrayList<>();
				roles = new ArrayList<>();
				defaultCode = null;
				primary = null;
				coded = false;
			}
			Matcher m = CODE.matcher(trimmed);
			String phrase = trimmed;
			if (m.find()) {
				phrase = trimmed.substring(0, m.start()).trim();
				String code = m.group(1).trim();
				if (!m.group(2).isBlank()) {
					addCode(source, line, m, roles);
				} else if (!code.isEmpty() && !code.equals("---")) {
					defaultCode = code.toUpperCase(Locale.ROOT);
				}
				coded = true;
			}
			if (primary == null) {
				primary = phrase;
			}
			phrases.add(PetrarchSource.words(phrase));
		}
		if (primary != null) {
			flush(primary, defaultCode, roles, phrases);
		}
	}

	private static String stripCode(String s) {
		int b = s.indexOf('[');
		return b < 0 ? s : s.substring(0, b);
	}

	private void addCode(PetrarchSource source, PetrarchSource.Line line, Matcher m, List<PetrarchActor.Role> roles) {
		String code = m.group(1).trim().toUpperCase(Locale.ROOT);
		String when = m.group(2).trim();
		if (code.equals("---")) {
			code = null;
		}
		try {
			LocalDate from = null;
			LocalDate to = null;
			if (when.startsWith("<")) {
				to = date(when.substring(1));
			} else if (when.startsWith(">")) {
				from = date(when.substring(1));
			} else if (when.contains("-")) {
				int dash = when.indexOf('-');
				from = date(when.substring(0, dash));
				to = date(when.substring(dash + 1));
			} else if (!when.isEmpty()) {
				throw new NumberFormatException(when);
			}
			roles.add(new PetrarchActor.Role(code, from, to));
		} catch (java.time.DateTimeException | NumberFormatException e) {
			skipped++; // the Phoenix files hold a few typing errors ("9008223-911221"): that one role is dropped
		}
	}

	/** YYMMDD (years 00-29 are 20xx, TABARI's pivot) or YYYYMMDD. */
	static LocalDate date(String s) {
		String d = s.trim();
		if (d.length() == 6) {
			int yy = Integer.parseInt(d.substring(0, 2));
			d = (yy < 30 ? "20" : "19") + d;
		}
		if (d.length() != 8) {
			throw new NumberFormatException(s);
		}
		int y = Integer.parseInt(d.substring(0, 4));
		int mo = Math.max(1, Math.min(12, Integer.parseInt(d.substring(4, 6))));
		int day = Integer.parseInt(d.substring(6, 8));
		LocalDate first = LocalDate.of(y, mo, 1);
		return first.withDayOfMonth(Math.max(1, Math.min(first.lengthOfMonth(), day)));
	}

	private void flush(String primary, String defaultCode, List<PetrarchActor.Role> roles, List<List<String>> phrases) {
		List<PetrarchActor.Role> coded = new ArrayList<>();
		String dflt = defaultCode;
		for (PetrarchActor.Role r : roles) {
			if (r.from() == null && r.to() == null) {
				if (dflt == null) {
					dflt = r.code();
				}
			} else {
				coded.add(r);
			}
		}
		PetrarchActor actor = new PetrarchActor(primary, dflt, coded);
		records++;
		for (List<String> p : phrases) {
			index.add(p, actor);
		}
	}
}
