package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * A definite role description is the person the document introduced with that role (switch
 * {@code coref.roleHolders}; GUIDELINES.md: definite descriptions that pick out an actor are its mentions). A person
 * is introduced with a role by a title of titles.tsv right before the name ("Kremlin spokesman Dmitry Peskov",
 * "Foreign Secretary Jane Roe") or in apposition after it ("Jane Roe, the ministry's spokeswoman,"), the title with
 * the owner words before it ("Kremlin", "Foreign Office", "Iran's"). A later description with that role and no name
 * after it ("The Kremlin spokesman suggested", "The Spokesperson said", "Iran's foreign minister said") is a mention
 * of the person last introduced with the same role whose introduction holds every word of the description; a bare
 * role ("the spokesperson") only when one person of the document was introduced with it. The description then no
 * longer names the body or country in it ("Kremlin"), nor an unnamed holder of the office.
 */
final class RoleHolders {

	/** Words of one role: a spokesman, spokeswoman and spokesperson are the same role. */
	private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");
	/** Owner words stepped over before a title: capitalised words and possessives ("Iran's", "MEA", "Foreign Office"). */
	private static final int MAX_OWNER_WORDS = 3;
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their",
			"and", "or", "of", "by", "to", "for", "from", "with", "said", "says");

	private record Intro(DocActor person, int at, String role, Set<String> words, String phrase) {
	}

	private RoleHolders() {
	}

	static void resolve(String t, DocActors actors, ExtractionData data) {
		if (!Mechanisms.on("coref.roleHolders")) {
			return;
		}
		List<PhraseIndex.Match<Title>> titles = longest(data.titles().index().findAll(t));
		List<Intro> intros = new ArrayList<>();
		List<int[]> descriptions = new ArrayList<>();
		int n = 0;
		for (PhraseIndex.Match<Title> m : titles) {
			int begin = ownerStart(t, m.begin());
			Set<String> words = words(t.substring(begin, m.end()), data);
			String role = role(m.phrase());
			DocActor named = personAfter(t, actors, m.end());
			if (named == null && Mechanisms.on("coref.roleChains")) {
				named = personAfterRank(t, actors, m, titles);
			}
			if (named == null) {
				named = personBefore(t, actors, begin);
				if (named != null && free(t, actors, begin, m.end())) {
					take(actors, named, begin, m.end()); // "Jane Roe, Iran's foreign minister,": a mention of her
					n++;
				}
			}
			if (named != null) {
				intros.add(new Intro(named, m.begin(), role, words, t.substring(begin, m.end())));
			} else if (definite(t, begin, m.begin()) && !nameFollows(t, m.end())) {
				int the = TextCursor.of(t).previousWordStart(begin);
				ActorMention opening = the < 0 ? null : actors.at(the);
				boolean asName = opening != null && opening.begin() == the && opening.actor().kind() == ActorKind.PERSON;
				int b = asName ? the : begin;
				descriptions.add(new int[] {b, m.end(), titles.indexOf(m), 0}); // "The Spokesperson" read as a name
			} else if (Mechanisms.on("coref.roleChains") && begin == m.begin() && !nameFollows(t, m.end())) {
				int low = modifiedStart(t, m.begin()); // "the military spokesman said"
				if (low >= 0) {
					descriptions.add(new int[] {low, m.end(), titles.indexOf(m), 1});
				}
			}
		}
		List<UnnamedOfficials.Description> unheld = new ArrayList<>();
		for (int[] d : descriptions) {
			PhraseIndex.Match<Title> m = titles.get(d[2]);
			String role = role(m.phrase());
			Set<String> words = words(t.substring(d[0], d[1]), data);
			words.removeIf(w -> DETERMINERS.contains(w));
			DocActor holder = null;
			Set<DocActor> withRole = new LinkedHashSet<>();
			for (Intro i : intros) {
				if (i.at() < d[0] && i.role().equals(role)) {
					withRole.add(i.person());
					if (i.words().containsAll(words)) {
						holder = i.person();
					}
				}
			}
			boolean bare = words.size() == 1;
			if (holder == null && d[3] == 0) {
				unheld.add(new UnnamedOfficials.Description(d[0], d[1], m));
			}
			if (holder == null || bare && withRole.size() > 1 || !free(t, actors, d[0], d[1])) {
				continue;
			}
			take(actors, holder, d[0], d[1]);
			n++;
		}
		Mechanisms.fired("coref.roleHolders", n);
		List<UnnamedOfficials.Introduced> introduced = new ArrayList<>();
		for (Intro i : intros) {
			introduced.add(new UnnamedOfficials.Introduced(i.role(), i.phrase()));
		}
		UnnamedOfficials.add(t, actors, data, unheld, introduced);
	}

	/** Makes {@code [begin, end)} a mention of {@code person} in place of the mentions inside it ("Kremlin"). */
	private static void take(DocActors actors, DocActor person, int begin, int end) {
		for (ActorMention inside : actors.within(begin, end)) {
			actors.remove(inside);
		}
		actors.mention(person, begin, end);
	}

	/** The matches that no longer match contains ("Foreign Minister" over "Minister"), in text order. */
	private static List<PhraseIndex.Match<Title>> longest(List<PhraseIndex.Match<Title>> all) {
		List<PhraseIndex.Match<Title>> out = new ArrayList<>();
		for (PhraseIndex.Match<Title> m : all) {
			boolean inside = false;
			for (PhraseIndex.Match<Title> o : all) {
				inside |= o != m && o.begin() <= m.begin() && m.end() <= o.end()
						&& o.end() - o.begin() > m.end() - m.begin();
			}
			if (!inside) {
				out.add(m);
			}
		}
		out.sort(java.util.Comparator.comparingInt(PhraseIndex.Match::begin));
		return out;
	}

	/** The role a title names, its last word lower-cased ("Foreign Secretary" → "secretary"; spokes- words are one). */
	static String role(String title) {
		String last = NameRun.lastWord(title).toLowerCase(Locale.ROOT);
		return SPOKES.contains(last) ? "spokesman" : last;
	}

	/**
	 * "Myanmar military spokesman Major General Zaw Min Tun": the person after a rank or second title that follows
	 * the title right away (mechanism {@code coref.roleChains}), or null.
	 */
	private static DocActor personAfterRank(String t, DocActors actors, PhraseIndex.Match<Title> m,
			List<PhraseIndex.Match<Title>> titles) {
		for (PhraseIndex.Match<Title> rank : titles) {
			if (rank.begin() == m.end() + 1 && t.charAt(m.end()) == ' ') {
				DocActor named = personAfter(t, actors, rank.end());
				if (named != null) {
					Mechanisms.fired("coref.roleChains", 1);
				}
				return named;
			}
		}
		return null;
	}

	/**
	 * Start of one or two lower-case modifiers between "the" and a title ("the military spokesman", "the army
	 * spokesman"; mechanism {@code coref.roleChains}), or -1.
	 */
	private static int modifiedStart(String t, int titleBegin) {
		int p = titleBegin;
		int start = -1;
		for (int k = 0; k < 3; k++) {
			int w = TextCursor.of(t).previousWordStart(p);
			if (w < 0 || !TextCursor.of(t).onlySpaces(TextCursor.of(t).wordEnd(w), p)) {
				return -1;
			}
			String word = t.substring(w, TextCursor.of(t).wordEnd(w));
			if (word.equals("the") || word.equals("The")) {
				return start;
			}
			if (k == 2 || word.isEmpty() || DETERMINERS.contains(word) || !word.chars().allMatch(Character::isLowerCase)) {
				return -1;
			}
			start = w;
			p = w;
		}
		return -1;
	}

	/**
	 * The words of a phrase ({@link #words(String)}), a country's name, adjective or possessive written as the
	 * country ("Chinese spokesperson" and "China's ... Spokesperson" hold the same owner; mechanism
	 * {@code coref.roleCountries}).
	 */
	private static Set<String> words(String phrase, ExtractionData data) {
		if (!Mechanisms.on("coref.roleCountries")) {
			return words(phrase);
		}
		Set<String> out = new LinkedHashSet<>();
		for (String w : words(phrase)) {
			String x = w;
			for (String written : phrase.split("[\\s,]+")) {
				String bare = written.endsWith("'s") || written.endsWith("\u2019s")
						? written.substring(0, written.length() - 2) : written;
				String lower = written.toLowerCase(Locale.ROOT);
				String key = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
				if (key.equals(w) && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
					org.sourcebench.extract.data.Country c = data.countries().wholeNot(bare,
							org.sourcebench.extract.data.CountryTable.FormType.CAPITAL);
					if (c != null) {
						x = "@" + c.iso();
					}
					break;
				}
			}
			out.add(x);
		}
		return out;
	}

	/** The lower-cased words of a phrase, without determiners and possessive endings; spokes- words as one. */
	private static Set<String> words(String phrase) {
		Set<String> out = new LinkedHashSet<>();
		for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
			String x = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
			if (!x.isEmpty() && !x.equals("the")) {
				out.add(SPOKES.contains(x) ? "spokesman" : x);
			}
		}
		return out;
	}

	/**
	 * Start of the owner words before a title at {@code titleBegin}: capitalised words and possessives ("Kremlin",
	 * "Iran's", "Foreign Office"), with lowercase modifiers between them and the title ("Kremlin's official
	 * spokesman"), never a determiner.
	 */
	private static int ownerStart(String t, int titleBegin) {
		int begin = titleBegin;
		int p = titleBegin;
		for (int k = 0; k < MAX_OWNER_WORDS + 1; k++) {
			int w = TextCursor.of(t).previousWordStart(p);
			if (w < 0 || !TextCursor.of(t).onlySpaces(TextCursor.of(t).wordEnd(w), p)) {
				break;
			}
			String word = t.substring(w, TextCursor.of(t).wordEnd(w));
			if (word.isEmpty() || DETERMINERS.contains(word.toLowerCase(Locale.ROOT))
					|| !Character.isLetter(word.charAt(0))) {
				break;
			}
			p = w;
			if (Character.isUpperCase(word.charAt(0))) {
				begin = w;
			}
		}
		return begin;
	}

	/** Whether the phrase at {@code begin} is definite: after "the", with a possessive owner, or a subject title. */
	private static boolean definite(String t, int begin, int titleBegin) {
		String prev = TextCursor.of(t).previousWord(begin).toLowerCase(Locale.ROOT);
		return prev.equals("the") || t.substring(begin, titleBegin).contains("'s ");
	}

	/** Whether a capitalised word follows the title (a name the readers did not take as a person). */
	private static boolean nameFollows(String t, int end) {
		return end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1));
	}

	/** The person whose mention starts right after the title (one space between), or null. */
	private static DocActor personAfter(String t, DocActors actors, int end) {
		if (end + 1 >= t.length() || t.charAt(end) != ' ') {
			return null;
		}
		ActorMention m = actors.at(end + 1);
		return m != null && m.begin() == end + 1 && m.actor().kind() == ActorKind.PERSON ? m.actor() : null;
	}

	/** The person whose mention ends right before ", (the|a|an)? " and the phrase at {@code begin}, or null. */
	private static DocActor personBefore(String t, DocActors actors, int begin) {
		int p = begin;
		String prev = TextCursor.of(t).previousWord(p);
		if (prev.equals("the") || prev.equals("a") || prev.equals("an")) {
			p = TextCursor.of(t).previousWordStart(p);
		}
		if (p < 3 || !t.startsWith(", ", p - 2)) {
			return null;
		}
		ActorMention m = actors.at(p - 3);
		return m != null && m.end() == p - 2 && m.actor().kind() == ActorKind.PERSON ? m.actor() : null;
	}

	/**
	 * Whether {@code [begin, end)} may become a person's mention: no mention reaches out of it, and a person's
	 * mention inside is only an unnamed holder named by the description itself ("Iran's foreign minister").
	 */
	private static boolean free(String t, DocActors actors, int begin, int end) {
		for (ActorMention m : actors.mentions()) {
			if (m.begin() < end && begin < m.end()) {
				if (m.begin() < begin || m.end() > end || m.actor().kind() == ActorKind.PERSON
						&& !m.actor().name().equalsIgnoreCase(t.substring(m.begin(), m.end()))) {
					return false;
				}
			}
		}
		return true;
	}
}
