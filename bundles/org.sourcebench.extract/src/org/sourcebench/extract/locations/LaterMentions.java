package org.sourcebench.extract.locations;

import java.util.ArrayList;

import org.sourcebench.extract.text.TextCursor;

/**
 * Stage 7 of {@link LocationExtractor}: later mentions of the names found so far, wherever they stand.
 */
final class LaterMentions {

	private final LocationData words;
	private final UnknownNames unknownNames;

	LaterMentions(PlaceNames names, UnknownNames unknownNames) {
		this.unknownNames = unknownNames;
		this.words = names.words();
	}

	void read(Reading d) {
		// names seen as places by now are read again, wherever they stand ("in central Deir al-Balah")
		unknownNames.read(d);
		for (DocPlace dp : new ArrayList<>(d.places.values())) {
			if (dp.bare == null) {
				continue;
			}
			int from = 0;
			for (int at; (at = d.t.indexOf(dp.bare, from)) >= 0; from = at + 1) {
				int e = at + dp.bare.length();
				boolean whole = (at == 0 || !d.c.isWordChar(at - 1))
						&& (e == d.t.length() || !Character.isLetterOrDigit(d.t.charAt(e)));
				boolean inName = d.c.capitalisedWordAfter(e) && words.head(d.c.nextWord(e)) == null
						|| at > 0 && d.t.charAt(at - 1) == ' ' && TextCursor.capitalised(d.c.previousWordAsWritten(at))
								&& !d.c.sentenceStart(d.c.previousWordStart(at));
				if (!whole || inName || !d.free(at, e)) {
					continue;
				}
				if (Reading.TRACE) {
					d.trace(at, e, dp.name, "LaterMentions");
				}
				dp.spans.add(new int[] {at, e});
				d.taken.add(new int[] {at, e});
			}
		}
	}
}
