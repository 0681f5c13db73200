package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.Sentences;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Persons and bodies beyond the dictionaries, from the parser's named-entity tags: a run of two or more PERSON tokens
 * that no actor mention covers, none of them a known place or title, becomes a person actor, and a later mention of
 * the last name ("Zelensky" after "Volodymyr Zelensky") is the same actor; ORG runs become bodies with evidence of
 * their own ({@link TaggedBodies}); quoted nicknames join a name ({@link Nicknames}). Runs after the dictionary
 * readers, so their canonical names win. Immutable; safe to share.
 */
public final class ParsedActorReader {

	private final org.sourcebench.extract.data.ExtractionData data;
	private final TaggedBodies bodies;
	private final LeadingTitles titles;
	private final TitleBodies titleBodies;
	private final AcronymExtents acronymExtents;
	private final GivenNames givenNames;
	private final BareInstitutions bareInstitutions;
	private final CountryBodies countryBodies;

	public ParsedActorReader(org.sourcebench.extract.data.ExtractionData data) {
		this.data = data;
		this.bodies = new TaggedBodies(data);
		this.titles = new LeadingTitles(data.titles(), org.sourcebench.extract.data.PetrarchDictionaries.agents());
		this.titleBodies = new TitleBodies(data.titles());
		this.acronymExtents = new AcronymExtents(data);
		this.givenNames = new GivenNames(data);
		this.bareInstitutions = new BareInstitutions(data.institutions());
		this.countryBodies = new CountryBodies(data);
	}

	/** Adds the named entities of {@code sentences} that are not yet actors of {@code actors}. */
	public void read(String body, List<ParsedSentence> sentences, DocActors actors) {
		List<DocActor> persons = new ArrayList<>();
		List<int[]> orgs = new ArrayList<>();
		// a sentence the reader fails on costs that sentence only (the mentions it entered before failing stay)
		Sentences.each(sentences, null, (s, si) -> {
			for (int i = 0; i < s.size(); i++) {
				String type = s.entity(i);
				if (!"PERSON".equals(type) && !"ORG".equals(type)) {
					continue;
				}
				int j = i;
				while (j + 1 < s.size() && type.equals(s.entity(j + 1))) {
					j++;
				}
				int begin = s.start(i);
				int end = s.end(j);
				boolean single = j == i;
				int next = j + 1;
				i = j;
				if (type.equals("ORG")) {
					boolean nounFollows = next < s.size() && modifiesNoun(s, next, body, end);
					orgs.add(new int[] {begin, end, nounFollows ? 1 : 0});
					continue;
				}
				end = TextCursor.of(body).hyphenatedWordEnd(end); // "Kim Seung-kyum": the tagger split the last name
				begin = withParticle(body, begin); // "al-Burhan": the tagger left the article out
				end = withoutDateWords(body, begin, end); // "President Biden Friday": the day is no part of the name
				begin = afterDateWords(body, begin, end); // "This Wednesday Ali met": nor does it open one
				single = single || !body.substring(begin, end).contains(" ");
				int run = begin;
				begin = titles.nameStart(body, begin, end); // "Chairman Kim Seung-kyum": the title is no part of the name
				if (begin >= end) {
					continue;
				}
				String name = body.substring(begin, end);
				if (begin > run && !single && !name.contains(" ") && Mechanisms.on("actors.leadingTitles")) {
					DocActor titled = byLastName(actors.actors(), name); // "Amb Wells" after "Alice Wells"
					if (titled != null) {
						if (!actors.overlaps(begin, end)) {
							actors.mention(titled, begin, end);
							Mechanisms.fired("actors.leadingTitles", 1);
						}
						continue;
					}
				}
				if (actors.overlaps(begin, end) || !plausibleName(name) || single && byLastName(persons, name) == null
						|| next < s.size() && modifiesNoun(s, next, body, end)) {
					continue; // a lone word is a person only as the last name of one named in full before; "Al Aqsa
							  // Martyrs mosque": a name that modifies a noun names a thing
				}
				DocActor known = type.equals("PERSON") ? byLastName(persons, name) : null;
				DocActor a = known != null ? known
						: actors.actor(name, type.equals("PERSON") ? ActorKind.PERSON : ActorKind.ORGANISATION, "",
								0.6);
				actors.mention(a, begin, end);
				if (type.equals("PERSON") && known == null) {
					persons.add(a);
				}
			}
		});
		bodies.read(body, orgs, actors);
		givenNames.read(body, actors);
		listNeighbours(body, actors);
		familyNamesFirst(body, actors, sentences);
		Nicknames.read(body, actors);
		PersonNames.settle(actors);
		titleBodies.drop(body, sentences, actors);
		bareInstitutions.merge(actors); // "the Ministry of Foreign Affairs" is the document's one foreign ministry
		countryBodies.merge(actors); // "Government of Ruritania" is the state, "Armed Forces of Ruritania" its forces
		acronymExtents.fix(body, actors);
		Honorifics.drop(actors);
		PersonShortForms.settle(actors);
		ArmedForceNames.join(actors, data.countries());
		GroupOwners.drop(body, actors);
		RegionalBlocs.read(body, actors); // "the three European powers"
		HeadedNames.merge(actors); // "Houthi group" and "Houthis", "PTV News" and "PTV"
		Aliases.read(body, actors); // "Mohamed Hamdan Dagalo, also known as Hemedti", "X (formerly Twitter)"
		NameEdges.fix(body, actors); // "US Department of State on July 16", "in Kachin State the Burma Army launched"
		NameTrims.fix(body, actors, data); // "Commissioner for Enlargement Marta Kos", "Albin Kurti,"
		DescribedHolders.merge(body, actors); // "Isaac Herzog, the Israeli president,"
	}

	/** The end of the name in {@code [begin, end)} before a trailing weekday or month ("Biden Friday"). */
	private static int withoutDateWords(String body, int begin, int end) {
		int e = end;
		while (e > begin) {
			int space = body.lastIndexOf(' ', e - 1);
			if (space < begin || !ActorWords.get().is("date-word", body.substring(space + 1, e))) {
				break;
			}
			e = space;
		}
		return e;
	}

	/**
	 * "Russian chargé d'affaires": a person the text names by a description (a lower-case word that is no name
	 * particle) has no family name (mechanism {@code actors.descriptionFamilyNames}).
	 */
	private static boolean describedBy(String[] words) {
		for (String w : words) {
			if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NameRun.isParticle(w)
					&& Mechanisms.on("actors.descriptionFamilyNames")) {
				Mechanisms.fired("actors.descriptionFamilyNames", 1);
				return true;
			}
		}
		return false;
	}

	/** The start of the name in {@code [begin, end)} after a leading weekday ("Wednesday Ali"). */
	private static int afterDateWords(String body, int begin, int end) {
		int b = begin;
		while (b < end && Mechanisms.on("actors.dateWordOpening")) {
			int space = body.indexOf(' ', b);
			if (space < 0 || space >= end || !ActorWords.get().is("date-word", body.substring(b, space))) {
				break;
			}
			Mechanisms.fired("actors.dateWordOpening", 1);
			b = space + 1;
		}
		return b;
	}

	/**
	 * "Kim said" after "Kim Yo Jong", "Lai" after "Lai Ching-te": a lone capitalised word that is the first word of
	 * people's names (family name first) is the one of them named last before it.
	 */
	private static void familyNamesFirst(String t, DocActors actors, List<ParsedSentence> sentences) {
		Map<String, List<DocActor>> byFirst = new HashMap<>();
		for (DocActor a : actors.actors()) {
			String[] w = a.name().split(" ");
			if (a.kind() == ActorKind.PERSON && w.length >= 2 && w[0].length() >= 2
					&& Character.isUpperCase(w[0].charAt(0)) && !NameRun.isParticle(w[0]) && !a.spans().isEmpty()
					&& !describedBy(w)) {
				byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(a);
			}
		}
		for (var e : byFirst.entrySet()) {
			String first = e.getKey();
			for (int i : TextCursor.of(t).wordsBeforeNonLetter(first, 0)) {
				int end = i + first.length();
				if (actors.at(i) != null || TextCursor.capitalised(TextCursor.of(t).nextWord(end))
						&& t.startsWith(" ", end)) {
					continue;
				}
				ActorMention last = actors.lastBefore(i, a -> e.getValue().contains(a));
				if (last != null) {
					DocActor subject = lastSubject(actors, e.getValue(), i, sentences);
					actors.mention(subject != null ? subject : last.actor(), i, end);
				}
			}
		}
	}

	/**
	 * "Kim said" after "Kim Yo Jong, sister of leader Kim Jong Un": of several people whose names open with the same
	 * family name, the bare family name is the one last named in full other than inside a description of someone
	 * else (the name hangs off a common noun: "sister of leader Kim Jong Un"), or null when that does not decide.
	 */
	private static DocActor lastSubject(DocActors actors, List<DocActor> people, int offset,
			List<ParsedSentence> sentences) {
		if (people.size() < 2) {
			return null;
		}
		ActorMention subject = null;
		for (ActorMention m : actors.mentions()) {
			if (m.end() > offset) {
				break;
			}
			if (people.contains(m.actor()) && m.actor().name().length() == m.end() - m.begin()
					&& !hangsOffCommonNoun(sentences, m.begin(), m.end())) {
				subject = m;
			}
		}
		return subject == null ? null : subject.actor();
	}

	/** Whether the token heading the span {@code [begin, end)} depends on a lower-case noun ("leader Kim Jong Un"). */
	static boolean hangsOffCommonNoun(List<ParsedSentence> sentences, int begin, int end) {
		for (ParsedSentence s : sentences) {
			if (s.size() == 0 || s.start(0) > end || s.end(s.size() - 1) < begin) {
				continue;
			}
			for (int i = 0; i < s.size(); i++) {
				int h = s.head(i);
				if (s.start(i) >= begin && s.end(i) <= end && h >= 0 && (s.start(h) < begin || s.end(h) > end)) {
					return s.pos(h).equals("NOUN") && Character.isLowerCase(s.word(h).charAt(0));
				}
			}
		}
		return false;
	}

	/**
	 * "identified as Kyaw Oo Hlaing, Kyaw San Htay, Tun Lin, and Bo Than Kyaw": the other names of a comma list that
	 * holds a person are persons too (two to four capitalised words each, none a known place or body).
	 */
	private void listNeighbours(String body, DocActors actors) {
		boolean added = true;
		for (int round = 0; added && round < 10; round++) {
			added = false;
			for (ActorMention m : List.copyOf(actors.mentions())) {
				if (m.actor().kind() != ActorKind.PERSON) {
					continue;
				}
				int[] next = nextInList(body, m.end());
				if (next != null && addListed(body, next, actors)) {
					added = true;
				}
				int[] prev = previousInList(body, m.begin());
				if (prev != null && addListed(body, prev, actors)) {
					added = true;
				}
			}
		}
	}

	private boolean addListed(String body, int[] run, DocActors actors) {
		String name = body.substring(run[0], run[1]);
		if (NameRun.wordCount(name) < 2 || actors.overlaps(run[0], run[1]) || isPlace(name)
				|| BodyHeads.get().kindOf(NameRun.lastWord(name)) != null
				|| data.placeHeads().containsKey(NameRun.lastWord(name)) || NameRun.hasParticipleCompound(name)) {
			return false;
		}
		actors.mention(actors.actor(name, ActorKind.PERSON, "", 0.5), run[0], run[1]);
		return true;
	}

	/** The name after ", " or ", and " or " and " following {@code end}, ending at a comma, "and" or a full stop. */
	private static int[] nextInList(String t, int end) {
		int i = end;
		if (t.startsWith(", and ", i)) {
			i += 6;
		} else if (t.startsWith(", ", i)) {
			i += 2;
		} else if (t.startsWith(" and ", i)) {
			i += 5;
		} else {
			return null;
		}
		int[] run = NameRun.after(t, i);
		return run != null && run[0] == i && listEnd(t, run[1]) ? run : null;
	}

	private static boolean listEnd(String t, int e) {
		return e == t.length() || t.startsWith(",", e) || t.startsWith(" and ", e) || t.startsWith(".", e);
	}

	/** The name before ", " preceding {@code begin}, itself after a comma or "as"/"are"/"were" and a space. */
	private static int[] previousInList(String t, int begin) {
		if (begin < 2 || !t.startsWith(", ", begin - 2)) {
			return null;
		}
		int comma = t.lastIndexOf(", ", begin - 3);
		int start = comma < 0 ? -1 : comma + 2;
		if (start < 0 || begin - 2 - start > 40) {
			return null;
		}
		int[] run = NameRun.after(t, start);
		return run != null && run[0] == start && run[1] == begin - 2 ? run : null;
	}

	/**
	 * Capitalised words, not a dateline in capitals, none of them a place or country the gazetteer knows, not ending
	 * in the head word of a body or a place ("Coordination Headquarters", "Karen State"), no "Hamas-run".
	 */
	private boolean plausibleName(String name) {
		if (name.equals(name.toUpperCase(Locale.ROOT)) || isPlace(name)) {
			return false; // a dateline; "Tal Rifaat", "Khan Sheikhoun": places the tagger took for persons
		}
		String last = NameRun.lastWord(name);
		if (BodyHeads.get().kindOf(last) != null || data.placeHeads().containsKey(last)
				|| NameRun.hasParticipleCompound(name)) {
			return false;
		}
		String[] words = name.split(" ");
		for (int k = 0; k < words.length; k++) {
			String w = words[k];
			boolean particle = k > 0 && NameRun.isParticle(w) || particlePrefixed(w); // "Abdel Fattah al-Burhan"
			if (w.isEmpty() || !particle && !Character.isUpperCase(w.charAt(0))
					|| isPlace(w) && !PersonNames.nameWordThoughPlace(w)) {
				return false;
			}
		}
		return !data.titles().index().findAll(name).stream().anyMatch(m -> m.begin() == 0);
	}

	/** "al-Burhan", "el-Sisi": a name particle joined by a hyphen to a capitalised name. */
	private static boolean particlePrefixed(String w) {
		int h = w.indexOf('-');
		return h > 0 && h + 1 < w.length() && NameRun.isParticle(w.substring(0, h))
				&& Character.isUpperCase(w.charAt(h + 1));
	}

	/** The start of a name particle joined by a hyphen right before {@code begin} ("al-" of "al-Burhan"), else begin. */
	private static int withParticle(String t, int begin) {
		if (begin < 2 || t.charAt(begin - 1) != '-') {
			return begin;
		}
		int p = begin - 1;
		while (p > 0 && Character.isLetter(t.charAt(p - 1))) {
			p--;
		}
		return p < begin - 1 && NameRun.isParticle(t.substring(p, begin - 1)) ? p : begin;
	}

	/** A lowercase noun (or a noun the tagger took for an adjective) right after the name: "Al Aqsa Martyrs mosque". */
	private static boolean modifiesNoun(ParsedSentence s, int next, String body, int end) {
		String pos = s.pos(next);
		return s.start(next) >= end && Character.isLowerCase(body.charAt(s.start(next)))
				&& (pos.equals("NOUN") || pos.equals("ADJ"));
	}

	private boolean isPlace(String w) {
		return data.namesPlace(w);
	}

	/** "Zelensky" after "Volodymyr Zelensky": a one-word name that ends a known person's name. */
	private static DocActor byLastName(List<DocActor> persons, String name) {
		if (name.contains(" ")) {
			return null;
		}
		for (DocActor p : persons) {
			if (p.kind() == ActorKind.PERSON
					&& (p.name().endsWith(" " + name) || p.name().endsWith("-" + name) && name.contains("-"))) {
				return p;
			}
		}
		return null;
	}
}
