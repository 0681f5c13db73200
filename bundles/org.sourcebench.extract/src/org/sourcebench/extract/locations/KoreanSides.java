package org.sourcebench.extract.locations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;

/**
 * A stage after {@link UnknownNames}: "the North" and "the South" of a text on the two Koreas, in locative use, are
 * North and South Korea ("balloons sent into the North", "leaflets flown towards the South"); a compass word alone is
 * otherwise no place. Not as a possessive owner ("the North's claim") or an agent ("a message to the South"), nor as
 * one of a pair ("near the North and South's border"). Switch {@code locations.koreanSides}.
 */
final class KoreanSides extends PlaceStage {

	private static final Pattern SIDE = Pattern.compile("\\bthe (North|South)\\b");

	private final LocativeFrames frames;

	KoreanSides(PlaceNames names, LocativeFrames frames) {
		super(names);
		this.frames = frames;
	}

	void read(Reading d) {
		if (!Mechanisms.on("locations.koreanSides") || !d.t.contains("North Korea") && !d.t.contains("South Korea")) {
			return;
		}
		Matcher m = SIDE.matcher(d.t);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end(1);
			String next = d.c.nextWord(e);
			if (e < d.t.length() && d.t.charAt(e) == ' ' && (Character.isUpperCase(next.isEmpty() ? 'a' : next.charAt(0))
					|| next.equals("and") || next.equals("or")) || d.c.possessiveAfter(e) || d.t.startsWith("\u2019s", e)
					|| d.t.startsWith("-", e) || !frames.locativeFrame(d, b, e, false)
					|| MotionWords.get().recipientAfterTo(d, b)) {
				continue;
			}
			Country c = names.countryNamed(m.group(1) + " Korea");
			if (c != null && d.add(names.countryPlace(c), b, e, 0.7, false) != null) {
				Mechanisms.fired("locations.koreanSides", 1);
			}
		}
	}
}
