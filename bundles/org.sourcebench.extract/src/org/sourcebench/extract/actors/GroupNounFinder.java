package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.model.ActorKind;

/**
 * Armed groups named by what they are (mechanism {@code actors.groupNouns}): a name right before a qualified group
 * noun ("the FDLR terrorist group", "the Jane Roe guerrilla group"; actor-words classes group-qualifier and
 * group-noun), before an armed noun ("the Gran Grif gang", "the Red Hand militia"; class armed-noun), or an acronym
 * with a digit before a group noun ("the M23 movement") is an armed group, and the same name elsewhere in the text is
 * its mention. The name is two to four capitalised words (name particles inside) or an acronym; no country, place,
 * title, weekday or month. Weaker than every other reader, so dictionary names win where they overlap.
 * Immutable; safe to share.
 */
final class GroupNounFinder {

	private static final String NAME = "(?:[A-Z][A-Z0-9-]{1,7}|[A-Z][\\w'\u2019-]+(?: (?:[a-z]{1,3}-)?[A-Z][\\w'\u2019-]+"
			+ "| (?:al|el|bin|ibn|wal|abu)-?[\\w'\u2019-]+){0,3})";
	private static final Pattern QUALIFIED = Pattern.compile("\\b(" + NAME + ") (?:(?:"
			+ ActorWords.get().alternation("group-qualifier") + ") (?:" + ActorWords.get().alternation("group-noun")
			+ ")|(?:" + ActorWords.get().alternation("armed-noun") + "))\\b");
	private static final Pattern NUMBERED = Pattern.compile("\\b([A-Z][A-Z-]{0,5}[0-9]{1,3}|[A-Z]{1,5}-[0-9]{1,3}) (?:"
			+ ActorWords.get().alternation("group-noun") + ")\\b");
	private static final int PRIORITY = 7;

	private final ExtractionData data;

	GroupNounFinder(ExtractionData data) {
		this.data = data;
	}

	void find(String t, List<Candidate> out) {
		if (!Mechanisms.on("actors.groupNouns")) {
			return;
		}
		List<String> names = new ArrayList<>();
		for (Pattern p : new Pattern[] {QUALIFIED, NUMBERED}) {
			Matcher m = p.matcher(t);
			while (m.find()) {
				int b = m.start(1);
				if (t.startsWith("The ", b)) {
					b += 4; // "The FDLR terrorist group": a sentence-opening article
				}
				if (b >= m.end(1)) {
					continue;
				}
				String name = t.substring(b, m.end(1));
				if (!names.contains(name) && plausible(t, b, m.end(1))) {
					names.add(name);
				}
			}
		}
		for (String name : names) {
			Mechanisms.fired("actors.groupNouns", 1);
			for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
				int b = i;
				int e = i + name.length();
				if (!PhraseIndex.isWordStart(t, b) || e < t.length() && (Character.isLetterOrDigit(t.charAt(e))
						|| t.charAt(e) == '-' && e + 1 < t.length() && Character.isLetterOrDigit(t.charAt(e + 1)))) {
					continue;
				}
				out.add(new Candidate(b, e, PRIORITY, actors -> actors.mention(
						actors.actor(name, ActorKind.ARMED_GROUP, "", 0.6), b, e)));
			}
		}
	}

	/**
	 * An acronym, or two words or more whose last is no common word of the treebanks ("Kurdish militia", "Rohingya
	 * Muslim insurgent group", "Houthi rebels" describe people, not a named group); no country, place, title,
	 * weekday or month, and no word a country form opens.
	 */
	private boolean plausible(String t, int b, int e) {
		String name = t.substring(b, e);
		String[] words = name.split(" ");
		String last = words[words.length - 1];
		boolean acronym = name.equals(name.toUpperCase(java.util.Locale.ROOT));
		if (!acronym && (words.length < 2 || EntityTagger.commonWord(last) && !EntityTagger.personNameWord(last))) {
			return false;
		}
		for (String w : words) {
			if (ActorWords.get().is("date-word", w)) {
				return false;
			}
		}
		for (int i = b; i < e; i = t.indexOf(' ', i) < 0 || t.indexOf(' ', i) >= e ? e : t.indexOf(' ', i) + 1) {
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(t, i, cs);
			List<PhraseIndex.Match<Title>> ts = new ArrayList<>();
			data.titles().index().matchAt(t, i, ts);
			if (!cs.isEmpty() || !ts.isEmpty()) {
				return false;
			}
		}
		List<PhraseIndex.Match<Place>> ps = new ArrayList<>();
		data.gazetteer().index().matchAt(t, b, ps);
		return ps.stream().noneMatch(p -> p.end() == e);
	}
}
