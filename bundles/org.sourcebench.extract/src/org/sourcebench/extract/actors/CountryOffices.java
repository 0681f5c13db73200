package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.InstitutionTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.TitleTable;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * A country's office named by a lower-case noun phrase after the country's possessive or adjective: "Ukraine's
 * infrastructure ministry", "Pakistan's foreign office", "Sudan's governing sovereign council", "Gaza's civil defence
 * agency" (mechanism {@code actors.countryOffices}; GUIDELINES.md: a country's ministry, council or agency is an
 * actor of its own, with the country). The phrase is one to three lower-case words ending in an office head ("ministry",
 * "office", "council", "agency", "department", "directorate", "commission", "committee", "authority", "service",
 * "bureau"), none a function word; the country is what {@link CountryModifier} finds right before it (possessive,
 * adjective or name). The actor is the country's adjective and the phrase in title case, or the canonical of
 * institutions.tsv that title case spells ("Somaliland's foreign affairs ministry": "Somaliland Foreign Ministry");
 * its mentions are the whole phrase with the country and, as a second name, the phrase without it (annotators write
 * both), and every later "the &lt;phrase&gt;". Not read: a phrase an actor mention already covers or overlaps from
 * outside, one a staff word or title follows ("foreign office spokesperson": the person's title), one after "of"
 * (an office inside a title: "the head of Sudan's sovereign council"). Runs after the other readers; stateless apart
 * from the data, safe to share.
 */
final class CountryOffices {

	private static final Pattern PHRASE = Pattern.compile(
			"(?<![\\p{L}\\-])((?:[a-z][a-z\\-]*[a-z] ){1,3})(ministry|office|council|agency|department|directorate"
					+ "|commission|committee|authority|service|bureau)(?![\\p{L}\\-])");
	private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "for", "and", "or", "in", "on", "at",
			"to", "from", "by", "with", "its", "his", "her", "their", "our", "own", "new", "former", "top", "which",
			"that", "this", "whose", "said", "says", "told", "also", "as", "is", "was", "has", "had", "will", "not");

	private final CountryModifier modifier;
	private final InstitutionTable institutions;
	private final TitleTable titles;

	CountryOffices(CountryModifier modifier, InstitutionTable institutions, TitleTable titles) {
		this.modifier = modifier;
		this.institutions = institutions;
		this.titles = titles;
	}

	void find(AnalyzedText text, DocActors actors) {
		if (!Mechanisms.on("actors.countryOffices")) {
			return;
		}
		String t = text.matchText();
		Matcher m = PHRASE.matcher(t);
		int from = 0;
		while (from < t.length() && m.find(from)) {
			from = m.end();
			int begin = firstContentWord(t, m.start(1), m.end(1));
			if (begin < 0) {
				continue;
			}
			String phrase = t.substring(begin, m.end());
			CountryModifier.Found mod = modifier.before(t, begin);
			if (mod == null || TextCursor.of(t).previousWord(mod.begin()).equals("of") || followedByTitle(t, m.end())
					|| actors.within(begin, m.end()).size() > 0) {
				continue;
			}
			Country c = mod.country();
			if (actors.overlaps(mod.begin(), m.end()) && actors.within(mod.begin(), begin).isEmpty()
					|| coveredFromOutside(actors, mod.begin(), m.end()) || !possessiveOrAdjective(t, mod, begin)
					|| !nounPhrase(text, t, begin, m.end(1) - 1) || ownerLost(actors, mod.begin(), begin)) {
				continue;
			}
			String name = c.adjective() + " " + canonical(phrase);
			for (ActorMention prior : actors.within(mod.begin(), begin)) {
				actors.remove(prior);
			}
			DocActor a = actors.actor(name, ActorKind.GOVERNMENT, c.iso(), 0.6);
			actors.mention(a, mod.begin(), m.end());
			if (actors.at(mod.begin()) == null || actors.at(mod.begin()).actor() != a) {
				continue;
			}
			a.spans().add(new int[] {begin, m.end()});
			Mechanisms.fired("actors.countryOffices", 1);
			laterMentions(t, phrase, m.end(), a, actors);
		}
	}

	/** Where the phrase's content words start: function words and words like "said" before them stay outside. */
	private static int firstContentWord(String t, int begin, int end) {
		int b = begin;
		int last = -1;
		for (int i = begin; i <= end; i++) {
			if (i == end || t.charAt(i) == ' ') {
				if (i > b && FUNCTION.contains(t.substring(b, i))) {
					last = i + 1;
				}
				b = i + 1;
			}
		}
		return last < 0 ? begin : last >= end ? -1 : last;
	}

	/** "Ukraine's", "Ukrainian": not a bare name used attributively ("Pyongyang since taking office"). */
	private static boolean possessiveOrAdjective(String t, CountryModifier.Found mod, int begin) {
		if (TextCursor.of(t).possessiveOwnerEnd(begin) >= 0) {
			return true;
		}
		String form = t.substring(mod.begin(), begin).trim();
		return mod.country().adjectives().contains(form);
	}

	/**
	 * Whether the words of {@code [begin, headBegin)} are nouns or adjectives (a participle only before another
	 * modifier: "governing sovereign council", not "since taking office") and none names the state or its forces
	 * ("state authority", "government agency", "cabinet took office").
	 */
	private boolean nounPhrase(AnalyzedText text, String t, int begin, int headBegin) {
		int b = begin;
		for (int i = begin; i <= headBegin; i++) {
			if (i < headBegin && t.charAt(i) != ' ') {
				continue;
			}
			String w = t.substring(b, Math.min(i, headBegin)).trim();
			int tok = text.tokenAt(b);
			String pos = tok < 0 ? "" : text.pos(tok);
			boolean participle = pos.equals("VERB") && (w.endsWith("ing") || w.endsWith("ed")) && i < headBegin - 1;
			if (!pos.equals("NOUN") && !pos.equals("ADJ") && !pos.equals("PROPN") && !participle) {
				return false;
			}
			for (Institution inst : institutions.index().whole(w)) {
				if (inst.isState() || inst.isMilitary()) {
					return false;
				}
			}
			b = i + 1;
		}
		return true;
	}

	/** Whether taking the owner's mention into the office would leave its actor with no mention. */
	private static boolean ownerLost(DocActors actors, int from, int to) {
		for (ActorMention prior : actors.within(from, to)) {
			long n = actors.mentions().stream().filter(x -> x.actor() == prior.actor()).count();
			if (n <= 1) {
				return true;
			}
		}
		return false;
	}

	/** Whether an actor mention overlaps {@code [begin, end)} and reaches outside it. */
	private static boolean coveredFromOutside(DocActors actors, int begin, int end) {
		for (ActorMention x : actors.mentions()) {
			if (x.begin() < end && begin < x.end() && (x.begin() < begin || x.end() > end)) {
				return true;
			}
		}
		return false;
	}

	private boolean followedByTitle(String t, int end) {
		String next = TextCursor.of(t).nextWord(end);
		if (end >= t.length() || t.charAt(end) != ' ' || next.isEmpty()) {
			return false;
		}
		if (ActorWords.get().is("staff", next.toLowerCase(Locale.ROOT))) {
			return true;
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.Title>> ts = new ArrayList<>();
		titles.index().matchAt(t, end + 1, ts);
		return !ts.isEmpty();
	}

	/** The institutions.tsv canonical the phrase spells in title case, or the phrase in title case. */
	private String canonical(String phrase) {
		StringBuilder b = new StringBuilder();
		for (String w : phrase.split(" ")) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
		}
		String title = b.toString();
		for (Institution i : institutions.index().whole(title)) {
			if (!i.isState() && !i.isMilitary()) {
				return i.canonical();
			}
		}
		return title;
	}

	/** "the spy agency said": a later definite mention of the same phrase is the same office. */
	private static void laterMentions(String t, String phrase, int after, DocActor a, DocActors actors) {
		String lower = t.toLowerCase(Locale.ROOT);
		for (int i = lower.indexOf("the " + phrase, after); i >= 0; i = lower.indexOf("the " + phrase, i + 1)) {
			int b = i + 4;
			int e = b + phrase.length();
			if (i > 0 && Character.isLetter(t.charAt(i - 1)) || e < t.length() && Character.isLetter(t.charAt(e))
					|| !t.startsWith(phrase, b) || actors.overlaps(b, e)) {
				continue;
			}
			actors.mention(a, b, e);
		}
	}
}
