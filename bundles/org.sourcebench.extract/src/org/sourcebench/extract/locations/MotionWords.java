package org.sourcebench.extract.locations;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;

/**
 * The words of movement and carriage of motion-words.tsv, for {@code locations.toMotion}: "to X" is a destination
 * only after one of them ("travelled to Moscow", "deliveries to Mali"), else a recipient or an addressee ("gratitude
 * to Egypt", "submitted a list to Ukraine"). Loaded once per JVM; immutable.
 */
final class MotionWords {

	/** How many words before "to" may stand between the motion word and it ("sent more troops to"). */
	private static final int WINDOW = 5;

	private final Set<String> words = new HashSet<>();

	private MotionWords() {
		for (String[] r : DataFile.rows("motion-words.tsv", 1)) {
			words.add(r[0].trim().toLowerCase(Locale.ROOT));
		}
	}

	static MotionWords get() {
		return Holder.WORDS;
	}

	private static final class Holder {
		static final MotionWords WORDS = new MotionWords();
	}

	/**
	 * Whether the name at {@code b} follows "to" (or "to the") with no motion word among the few words before "to" in
	 * its clause.
	 */
	boolean recipientAfterTo(Reading d, int b) {
		TextCursor c = d.c;
		int pos = c.skipBack(b, w -> w.equals("the"), 1);
		if (!c.previousWord(pos).equals("to")) {
			return false;
		}
		int at = c.previousWordStart(pos);
		for (int n = 0; n < WINDOW && at > 0; n++) {
			int s = c.previousWordStart(at);
			if (s < 0 || !c.onlySpaces(c.wordEnd(s), at)) {
				break; // a comma or a full stop ends the clause
			}
			if (words.contains(c.previousWord(at))) {
				return false;
			}
			at = s;
		}
		return !headIsMotion(d, b);
	}

	/**
	 * Whether the parse attaches the name at {@code b} (over flat names, compounds and list members) to a word of
	 * motion, or to a noun that such a word governs ("sent thousands of troops and weapons to X").
	 */
	private boolean headIsMotion(Reading d, int b) {
		for (ParsedSentence s : d.parsed) {
			if (s.size() == 0 || s.start(0) > b || s.end(s.size() - 1) <= b) {
				continue; // the name is in another sentence
			}
			for (int i = 0; i < s.size(); i++) {
				if (s.start(i) != b) {
					continue;
				}
				int n = i;
				for (int hops = 0; hops < 8 && n >= 0; hops++) {
					String rel = s.deprel(n);
					if (!rel.equals("flat") && !rel.startsWith("flat:") && !rel.equals("compound") && !rel.equals("conj")) {
						break;
					}
					n = s.head(n);
				}
				for (int h = n < 0 ? -1 : s.head(n), up = 0; h >= 0 && up < 2; h = s.head(h), up++) {
					if (words.contains(s.word(h).toLowerCase(Locale.ROOT))
							|| words.contains(s.lemma(h).toLowerCase(Locale.ROOT))) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}
}
