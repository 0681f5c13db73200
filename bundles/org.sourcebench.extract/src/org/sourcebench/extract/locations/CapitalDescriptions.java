package org.sourcebench.extract.locations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.Place;

/**
 * Stage 3b of {@link LocationExtractor}: a capital named by its country's adjective ("talks in the Sudanese capital",
 * "drones struck the Lebanese capital overnight") in locative use is that capital, mentioned by the description
 * (GUIDELINES: definite descriptions that pick out the entity). "The Syrian capital Damascus" leaves the name to the
 * other stages.
 */
final class CapitalDescriptions extends PlaceStage {

	private static final Pattern CAPITAL = Pattern.compile("\\b[Tt]he (\\p{Lu}[\\p{L}-]+) capital\\b");

	private final LocativeFrames frames;

	CapitalDescriptions(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.adjectiveCapital")) {
			return;
		}
		Matcher m = CAPITAL.matcher(d.t);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end();
			Country c = names.adjectiveCountry(m.group(1));
			String next = d.c.nextWord(e);
			boolean named = e < d.t.length() && (d.t.charAt(e) == ' ' || d.t.charAt(e) == ',') && !next.isEmpty()
					&& Character.isUpperCase(next.charAt(0));
			if (c == null || c.capitals().isEmpty() || named || Reading.overlaps(d.taken, b, e)
					|| !frames.locativeFrame(d, m.start(), e, true)) {
				continue;
			}
			Place p = new Place(c.capitals().get(0), "city", c.iso(), c.lat(), c.lon(), c.geonamesId(), 0, true);
			d.add(p, b, e, 0.75, false);
			Mechanisms.fired("locations.adjectiveCapital", d.prior == null ? 0 : 1);
		}
	}
}
