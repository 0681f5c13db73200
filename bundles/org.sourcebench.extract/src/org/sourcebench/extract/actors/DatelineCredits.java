package org.sourcebench.extract.actors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.model.ActorKind;

/**
 * An outlet credited without brackets in the line that opens the body: "WANA (Oct 30) – Iran's ...", "DUSHANBE,
 * January 13, 2014, Asia-Plus – In a statement", "SERAMBINEWS.COM – Houthi rebels", "Abuja, Nigeria | Xinhua | Niger's
 * junta", "Bahrain Mirror- Reuters: Yemeni" (mechanism {@code actors.recall-datelineCredits}). The opening before the
 * last dash or bar within its first 80 characters is cut at commas, bars and brackets; a part of at most four
 * capitalised words that is no place, date or country (nor a single word in capitals longer than six letters: a city
 * written as a dateline) and that no reader took is a news outlet. The first part is the dateline's place ("MOSCOW -",
 * "Eastern Sudan –") unless a bracket follows it or it is a web address. Called last in the engine, so that the
 * credit speaks no claim and is no relation's side. The bracketed credits ("(Reuters) -") are
 * {@link ActorExtractor}'s. Stateless.
 */
public final class DatelineCredits {

	/** A dash or bar with a space after it (a hyphen inside "Asia-Plus" is none). */
	private static final Pattern SEPARATOR = Pattern.compile(" ?[\u2013\u2014] |(?<=\\S)- | - | \\| ");
	private static final Pattern PART = Pattern.compile("[^,|()]+");
	private static final Pattern WORDS = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.'\u2019&-]*(?: [\\p{Lu}\\d][\\p{L}\\d.'\u2019&-]*){0,3}");
	private static final Pattern DATE = Pattern.compile(".*\\d.*");
	private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\d-]+\\.(?:com|kg|net|org|info|in|ng|pk)");
	private static final int REACH = 80;

	private DatelineCredits() {
	}

	/** Adds the outlets credited in the opening of {@code body} to {@code actors}. */
	public static void read(String body, DocActors actors, ExtractionData data) {
		if (!Mechanisms.on("actors.recall-datelineCredits")) {
			return;
		}
		int second = body.indexOf('\n');
		credits(body, 0, actors, data);
		if (second >= 0) {
			credits(body, second + 1, actors, data); // the body's first line after a title
		}
	}

	private static void credits(String body, int from, DocActors actors, ExtractionData data) {
		int lineEnd = body.indexOf('\n', from);
		int limit = Math.min(lineEnd < 0 ? body.length() : lineEnd, from + REACH);
		Matcher sep = SEPARATOR.matcher(body).region(from, limit);
		int end = -1;
		while (sep.find()) {
			end = sep.start();
		}
		if (end <= from) {
			return;
		}
		Matcher p = PART.matcher(body).region(from, end);
		boolean first = true;
		while (p.find()) {
			int b = p.start();
			int e = p.end();
			while (b < e && body.charAt(b) == ' ') {
				b++;
			}
			while (e > b && body.charAt(e - 1) == ' ') {
				e--;
			}
			boolean opening = first;
			first = false;
			if (b >= e) {
				continue;
			}
			String part = body.substring(b, e);
			if (opening && !(body.startsWith("(", p.end()) || DOMAIN.matcher(part).matches())) {
				continue; // "DUSHANBE, ...", "Eastern Sudan –": the dateline's place; "WANA (Oct 30) –" is a credit
			}
			if (outlet(part, data) && !actors.overlaps(b, e)) {
				actors.mention(actors.actor(part, ActorKind.MEDIA, "", 0.5), b, e);
				Mechanisms.fired("actors.recall-datelineCredits", 1);
			}
		}
	}

	private static boolean outlet(String part, ExtractionData data) {
		boolean domain = DOMAIN.matcher(part).matches();
		if (!domain && (!WORDS.matcher(part).matches() || DATE.matcher(part).matches())) {
			return false;
		}
		if (!domain && !part.contains(" ") && part.length() > 6 && part.equals(part.toUpperCase(java.util.Locale.ROOT))) {
			return false; // "NAYPYITAW": a city in capitals
		}
		for (String w : part.split(" ")) {
			if (ActorWords.get().is("date-word", w)) {
				return false;
			}
		}
		String title = titleCase(part);
		return !data.namesPlace(part) && !data.namesPlace(title);
	}

	/** "ABUJA" → "Abuja": datelines write the place in capitals, the gazetteer does not. */
	private static String titleCase(String part) {
		StringBuilder out = new StringBuilder(part.length());
		boolean start = true;
		for (char c : part.toCharArray()) {
			out.append(start ? c : Character.toLowerCase(c));
			start = !Character.isLetter(c);
		}
		return out.toString();
	}
}
