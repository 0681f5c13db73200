package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;

/**
 * The forms of a dateline the first reader leaves (mechanism locations.datelines2): places joined by a slash
 * ("KYIV/NEW YORK:"), a date after the place in either order ("Taipei, Sept. 12 (CNA)", "Islamabad, 26 January 2023
 * (TDI):"), a date alone ("Dec. 21 (UPI) —"), a colon after a space ("Bangkok :") and an agency's bracket opening the
 * body ("(AGENCY) –"). Shared by the place and the actor readers. Immutable; safe to share.
 */
public final class DatelineForms {

	private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
	private static final String PLACE = WORD + "(?: (?:(?:of|de|du|del|da|al|el|es) )?" + WORD + "){0,3}";
	private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
	private static final String DATE = "(?:" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? "
			+ MONTH + ",? ?(?:\\d{4})?)";
	/** Group 1 the places (slash-joined), group 2 a region or country after a comma; the match ends before the
	 * credit or the dash. */
	private static final Pattern FORM = Pattern.compile("^[ \\t]*(?:(" + PLACE + "(?: ?/ ?" + PLACE + ")*)(?:, ("
			+ PLACE + "))??(?:,? " + DATE + ")?|" + DATE + ")(?= ?\\(| ?[-–—]+\\s| ?:\\s)");
	/**
	 * With locations.datelines3: also shouted places joined by "and" ("TOKYO and SEOUL --") and a credit set off by a
	 * bar ("Abuja, Nigeria | Xinhua |").
	 */
	private static final String SHOUTED = "\\p{Lu}[\\p{Lu}'’.\\-]+(?: \\p{Lu}[\\p{Lu}'’.\\-]+){0,3}";
	private static final Pattern FORM3 = Pattern.compile("^[ \\t]*(?:(" + SHOUTED + "(?: and " + SHOUTED + ")+|" + PLACE
			+ "(?: ?/ ?" + PLACE + ")*)(?:, (" + PLACE + "))??(?:,? " + DATE + ")?|" + DATE
			+ ")(?= ?\\(| ?[-–—]+\\s| ?:\\s| \\|)");
	private static final Pattern SLASH = Pattern.compile(" ?/ ?");
	private static final Pattern SLASH_OR_AND = Pattern.compile(" ?/ ?| and ");
	private static final Pattern OPENING_CREDIT = Pattern.compile("^[ \\t]*\\(([^()\\n]{2,40})\\)(?= ?[-–—:]+\\s| \\p{Lu})");

	private DatelineForms() {
	}

	/** A dateline's end (the offset of its credit, dash or colon) and the spans of its places, or null. */
	public static Found read(String t) {
		if (!Mechanisms.on("locations.datelines2")) {
			return null;
		}
		int line = t.indexOf('\n');
		Matcher m = FORM.matcher(t).region(0, line < 0 ? t.length() : line);
		boolean third = false;
		if (!m.lookingAt()) {
			m = FORM3.matcher(t).region(0, line < 0 ? t.length() : line);
			if (!Mechanisms.on("locations.datelines3") || !m.lookingAt()) {
				return null;
			}
			third = true;
			Mechanisms.fired("locations.datelines3", 1);
		}
		List<int[]> places = new ArrayList<>();
		if (m.group(1) != null) {
			Matcher s = (third ? SLASH_OR_AND : SLASH).matcher(t).region(m.start(1), m.end(1));
			int from = m.start(1);
			while (s.find()) {
				places.add(new int[] {from, s.start()});
				from = s.end();
			}
			places.add(new int[] {from, m.end(1)});
		}
		int[] region = m.group(2) == null ? null : new int[] {m.start(2), m.end(2)};
		return new Found(m.end(), places, region);
	}

	/** The span inside a bracket that opens the body ("(AGENCY) –", "(AGENCY) The ..."), or null. */
	public static int[] openingCredit(String t) {
		if (!Mechanisms.on("locations.datelines2")) {
			return null;
		}
		Matcher m = OPENING_CREDIT.matcher(t);
		return m.lookingAt() ? new int[] {m.start(1), m.end(1)} : null;
	}

	/** A dateline read: where it ends, its places (one or more, slash-joined) and the region after a comma. */
	public record Found(int end, List<int[]> places, int[] region) {
	}
}
