package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.data.Cue;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.LexiconActor;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Title;

/**
 * People not (or not only) in the lexicon: a title or role followed by a capitalised name ("spokeswoman Maria
 * Zakharova", "Colonel General Sergey Surovikin"), or a two-to-four word name right before or after a cue verb
 * ("Hulusi Akar said", "said Ibrahim Kalin").
 */
final class PersonFinder {

	private final ExtractionData data;
	private final CountryModifier modifier;
	private final LeadingTitles leading;
	private final NounedNames nouned;

	PersonFinder(ExtractionData data, CountryModifier modifier) {
		this.data = data;
		this.modifier = modifier;
		this.nouned = new NounedNames();
		this.leading = new LeadingTitles(data.titles(), org.sourcebench.extract.data.PetrarchDictionaries.agents());
	}

	void find(String t, List<Candidate> out) {
		for (PhraseIndex.Match<Title> m : data.titles().index().findAll(t)) {
			int described = jurisdictionEnd(t, m.end());
			if (t.startsWith(", ", described)) {
				int before = out.size();
				describedThenNamed(t, m, described, out);
				if (t.startsWith(" in ", m.end())) {
					Mechanisms.fired("actors.jurisdictionIn", out.size() - before); // "the ambassador in Zenda, Jane Roe"
				}
				continue;
			}
			int[] placed = Mechanisms.on("actors.jurisdictionCountries") ? nameAfterCountry(t, m.end()) : null;
			if (placed != null) {
				int before = out.size();
				addUntitled(t, placed, out);
				Mechanisms.fired("actors.jurisdictionCountries", out.size() - before);
				continue;
			}
			int[] run = withoutLeadingTitles(t, NameRun.after(t, afterJurisdiction(t, m.end())));
			if (run == null || run[0] == m.end()) {
				continue;
			}
			String name = t.substring(run[0], run[1]);
			if (isKnownNonPerson(t, run[0], run[1])) {
				if (!placeAsGivenName(t, run)) {
					continue;
				}
				Mechanisms.fired("actors.placeAsGivenName", 1);
			}
			CountryModifier.Found mod = modifier.before(t, m.begin());
			String iso = mod == null ? "" : mod.country().iso();
			Title title = m.value();
			int titleBegin = mod == null ? m.begin() : mod.begin();
			String titled = t.substring(m.begin(), run[1]);
			out.add(new Candidate(titleBegin, run[1], -1, actors -> {
				DocActor a = lexiconPerson(actors, titled);
				if (a == null) {
					a = person(actors, name, iso);
				}
				if (!title.office().isEmpty()) {
					a.offices().add(title.office());
				}
				actors.mention(a, run[0], run[1]); // the mention is the name: annotators leave the title out
			}));
		}
		appositions(t, out);
		for (int[] run : nouned.runs(t)) { // "his Ruritanian counterpart Jane Roe"
			int before = out.size();
			addUntitled(t, run, out);
			Mechanisms.fired("actors.nounedNames", out.size() - before);
		}
		if (Mechanisms.on("actors.describedNames")) {
			describedNames(t, out);
		}
		for (PhraseIndex.Match<Cue> m : data.cues().index().findAll(t)) {
			if (m.value().isAccordingTo()) {
				continue;
			}
			int[] before = runEndingAt(t, m.begin());
			if (before != null) {
				addUntitled(t, before, out);
			}
			int[] after = NameRun.after(t, m.end());
			if (after != null && after[0] > m.end()) {
				addUntitled(t, after, out);
			}
		}
	}

	/**
	 * "Colombia's Defense Minister, Ivan Velasquez, warned": a country's title set off before the name is a
	 * description of that person and a mention of its own; the country is no actor there.
	 */
	private void describedThenNamed(String t, PhraseIndex.Match<Title> m, int described, List<Candidate> out) {
		CountryModifier.Found mod = modifier.before(t, m.begin());
		int[] run = NameRun.after(t, described + 2);
		if (mod == null || run == null || run[0] != described + 2 || run[1] < t.length() && t.charAt(run[1]) != ','
				|| NameRun.wordCount(t.substring(run[0], run[1])) < 2 || isKnownNonPerson(t, run[0], run[1])) {
			return;
		}
		String name = t.substring(run[0], run[1]);
		String iso = mod.country().iso();
		Title title = m.value();
		out.add(new Candidate(mod.begin(), run[1], -1, actors -> {
			DocActor a = person(actors, name, iso);
			if (!title.office().isEmpty()) {
				a.offices().add(title.office());
			}
			actors.mention(a, run[0], run[1]);
			// "the Russian ambassador in Zenda": the place stays a place, the mention ends at the title
			actors.mention(a, mod.begin(), t.startsWith(" in ", m.end()) ? m.end() : described);
		}));
	}

	/** After "ambassador" in "Russia's ambassador to the UN, Vasily Nebenzia": the end of " to the UN", else
	 * {@code titleEnd}. */
	private static int jurisdictionEnd(String t, int titleEnd) {
		for (String p : new String[] {" to the ", " to ", " for ", " of the ", " of ", " in "}) {
			if (t.startsWith(p, titleEnd) && (!p.equals(" in ") || Mechanisms.on("actors.jurisdictionIn"))) {
				int[] place = NameRun.after(t, titleEnd + p.length());
				if (place != null && place[0] == titleEnd + p.length() && NameRun.wordCount(
						t.substring(place[0], place[1])) <= 3) {
					return place[1];
				}
				int acr = titleEnd + p.length();
				int e = acr;
				while (e < t.length() && (Character.isUpperCase(t.charAt(e)) || t.charAt(e) == '.')) {
					e++; // "to the UN", "to the U.N."
				}
				return e - acr >= 2 ? e : titleEnd;
			}
		}
		return titleEnd;
	}

	/**
	 * "U Maung Ni, a resident of the township's village tract, said": a name followed by an indefinite apposition
	 * that describes a person (a noun of person-nouns.tsv or a title within its first eight words).
	 */
	private void appositions(String t, List<Candidate> out) {
		for (int i = t.indexOf(", a"); i >= 0; i = t.indexOf(", a", i + 1)) {
			int words = t.startsWith(", a ", i) ? i + 4 : t.startsWith(", an ", i) ? i + 5 : -1;
			if (words < 0 || !describesPerson(t, words)) {
				continue;
			}
			int[] run = runEndingExactlyAt(t, i);
			if (run != null) {
				addUntitled(t, run, out);
			}
		}
		if (!Mechanisms.on("actors.definiteAppositions")) {
			return;
		}
		// "Kim Yo Jong, the powerful sister of the leader, warned": a definite description of a person apposed
		for (int i = t.indexOf(", the "); i >= 0; i = t.indexOf(", the ", i + 1)) {
			if (!describesPerson(t, i + 6)) {
				continue;
			}
			int[] run = runEndingExactlyAt(t, i, true);
			if (run != null) {
				int before = out.size();
				addUntitled(t, run, out);
				Mechanisms.fired("actors.definiteAppositions", out.size() - before);
			}
		}
	}

	/** A lower-case word followed by a space and a capitalised letter (a noun that may describe the name after it). */
	private static final java.util.regex.Pattern LOWER_BEFORE_NAME = java.util.regex.Pattern.compile(
			"(?<![\\p{L}-])(\\p{Ll}[\\p{Ll}-]+) (?=\\p{Lu})");

	/**
	 * "his Kyrgyz counterpart Kamchybek Tashiyev", "lab technician Israa Abu Zaida", "Vladimir Medinsky, who headed
	 * the delegation": a run of two or more capitalised words right after a lower-case noun that describes a person
	 * (person-nouns.tsv), or set off by a comma right before "who", is a person's name, with the same tests as a name
	 * beside a cue (mechanism {@code actors.describedNames}).
	 */
	private void describedNames(String t, List<Candidate> out) {
		int before = out.size();
		java.util.regex.Matcher m = LOWER_BEFORE_NAME.matcher(t);
		while (m.find()) {
			if (!NOUNS_BEFORE_NAMES.contains(m.group(1))) {
				continue;
			}
			int[] run = NameRun.after(t, m.end());
			if (run != null && run[0] == m.end() && !hasAcronym(t, run)) {
				addUntitled(t, run, out);
			}
		}
		for (int i = t.indexOf(", who "); i >= 0; i = t.indexOf(", who ", i + 1)) {
			int[] run = runEndingExactlyAt(t, i);
			if (run != null && !hasAcronym(t, run)) {
				addUntitled(t, run, out);
			}
		}
		Mechanisms.fired("actors.describedNames", out.size() - before);
	}

	/** Whether a word of the run is written in capitals only ("Kurdish YPG"): a body's name, not a person's. */
	private static boolean hasAcronym(String t, int[] run) {
		for (String w : t.substring(run[0], run[1]).split(" ")) {
			if (w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
				return true;
			}
		}
		return false;
	}

	private boolean describesPerson(String t, int from) {
		int i = from;
		for (int k = 0; k < 8 && i < t.length(); k++) {
			String w = TextCursor.of(t).nextWord(i);
			if (w.isEmpty()) {
				return false;
			}
			String lower = w.toLowerCase(Locale.ROOT);
			if (PERSON_NOUNS.contains(lower) || !data.titles().offices().findAll(lower).isEmpty()
					&& data.titles().offices().findAll(lower).get(0).end() == lower.length()) {
				return true;
			}
			i = t.indexOf(w, i) + w.length();
			if (i < t.length() && t.charAt(i) != ' ') {
				return false; // the apposition ends at a comma or a full stop
			}
		}
		return false;
	}

	private static final Set<String> PERSON_NOUNS = new HashSet<>();
	/** The person nouns and those used only before a name (person-nouns.tsv, class before-name). */
	private static final Set<String> NOUNS_BEFORE_NAMES = new HashSet<>();

	static {
		for (String[] r : org.sourcebench.extract.data.DataFile.rows("person-nouns.tsv", 1)) {
			if (r.length < 2 || r[1].isBlank()) {
				PERSON_NOUNS.add(r[0].trim());
			}
			NOUNS_BEFORE_NAMES.add(r[0].trim());
		}
	}

	/**
	 * "ambassador to Kenya Mohamud Ahmed Nur", "Deputy Ambassador in Baghdad Fahd al-Fadhli": after a title, "to" or
	 * "in" and a country or capital, a run of two or more capitalised words is the title holder's name (mechanism
	 * {@code actors.jurisdictionCountries}); the country stays a mention of its own. Null when the text has no such
	 * run.
	 */
	private int[] nameAfterCountry(String t, int titleEnd) {
		if (!t.startsWith(" to ", titleEnd) && !t.startsWith(" in ", titleEnd)) {
			return null;
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, titleEnd + 4, cs);
		int end = -1;
		for (PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form> c : cs) {
			if (c.value().type() != org.sourcebench.extract.data.CountryTable.FormType.ADJECTIVE) {
				end = Math.max(end, c.end());
			}
		}
		if (end < 0 || !t.startsWith(" ", end)) {
			return null;
		}
		int[] name = NameRun.after(t, end);
		return name != null && name[0] == end + 1 && NameRun.wordCount(t.substring(name[0], name[1])) >= 2
				&& !hasAcronym(t, name) ? name : null;
	}

	/** "Special Representative for Iraq Jeanine ...", "Minister of Defence Ali ...": skips "for/of Place". */
	private static int afterJurisdiction(String t, int titleEnd) {
		int i = TextCursor.of(t).skipSpaces(titleEnd);
		if (!t.startsWith("for ", i) && !t.startsWith("of ", i)) {
			return titleEnd;
		}
		int[] place = NameRun.after(t, t.indexOf(' ', i) + 1);
		if (place == null) {
			return titleEnd;
		}
		// only a one- or two-word place, followed by another capitalised run (the name)
		String words = t.substring(place[0], place[1]);
		int cut = words.indexOf(' ');
		int placeEnd = cut < 0 ? place[1] : place[0] + cut;
		if (cut > 0 && Mechanisms.on("actors.jurisdictionWords")) {
			// "Minister of Foreign Affairs Jane Roe": a second word that is a common word and no name word ends the
			// place (or portfolio), not a given name
			String second = TextCursor.of(t).nextWord(placeEnd + 1);
			int secondEnd = placeEnd + 1 + second.length();
			int[] after = NameRun.after(t, secondEnd);
			if (!second.isEmpty() && EntityTagger.commonWord(second) && !EntityTagger.personNameWord(second)
					&& after != null && after[0] == secondEnd + 1
					&& NameRun.wordCount(t.substring(after[0], after[1])) >= 2) {
				Mechanisms.fired("actors.jurisdictionWords", 1);
				return secondEnd;
			}
		}
		int[] name = NameRun.after(t, placeEnd);
		return name != null && name[0] > placeEnd ? placeEnd : titleEnd;
	}

	/**
	 * "spokesman Major General Igor Konashenkov": a rank or title inside the capitalised run is not part of the
	 * name; returns the run without it, or null when nothing is left.
	 */
	private int[] withoutLeadingTitles(String t, int[] run) {
		if (run == null) {
			return null;
		}
		int b = run[0];
		for (int guard = 0; guard < 3; guard++) {
			List<PhraseIndex.Match<Title>> ms = new ArrayList<>();
			data.titles().index().matchAt(t, b, ms);
			int end = -1;
			for (PhraseIndex.Match<Title> tm : ms) {
				if (tm.end() == run[1]) {
					return null; // "Director General": the rest of the run is a title too, no name
				}
				if (tm.end() < run[1] && t.charAt(tm.end()) == ' ') {
					end = Math.max(end, tm.end());
				}
			}
			if (end < 0) {
				break;
			}
			b = end + 1;
		}
		if (b < run[1] && Mechanisms.on("actors.leadingTitles")) {
			b = leading.nameStart(t, b, run[1]); // "Army Chief Gen Ali Bin Hassan", "Chief Cabinet Secretary Ali Hassan"
		}
		int e = run[1];
		if (b > run[0] && b < e && Mechanisms.on("actors.titleRunCap")) {
			int[] again = NameRun.after(t, b); // "Senior General Min Aung Hlaing": the title words used up the run
			if (again != null && again[0] == b && again[1] > e) {
				Mechanisms.fired("actors.titleRunCap", 1);
				e = again[1];
			}
		}
		return b >= e ? null : new int[] {b, e};
	}

	private void addUntitled(String t, int[] found, List<Candidate> out) {
		if (ofTail(t, found[0])) {
			return;
		}
		int[] written = withoutOpeningWord(t, withoutPreposition(t, found));
		int start = Mechanisms.on("actors.leadingTitles") ? leading.nameStart(t, written[0], written[1]) : written[0];
		int[] run = start > written[0] ? new int[] {start, written[1]} : written; // "said Maj-Gen Ali Bin Hassan"
		String name = t.substring(run[0], run[1]);
		int words = NameRun.wordCount(name);
		// "Israel Katz said": a country used as a given name also opens an untitled name before or after a cue
		boolean known = isKnownNonPerson(t, run[0], run[1]) || startsWithKnownWord(t, run[0]);
		if (known && Mechanisms.on("actors.givenNameBeforeCue") && placeAsGivenName(t, run)) {
			known = false;
			Mechanisms.fired("actors.givenNameBeforeCue", 1);
		}
		if (words < 2 || withoutLeadingTitles(t, run) == null || known
				|| BodyHeads.get().kindOf(NameRun.lastWord(name)) != null || NameRun.hasParticipleCompound(name)
				|| data.placeHeads().containsKey(NameRun.lastWord(name))) {
			return;
		}
		out.add(new Candidate(run[0], run[1], 0, actors -> actors.mention(person(actors, name, ""), run[0], run[1])));
	}

	/**
	 * "In May, the defence chief ...": a preposition that opens the run is no part of a name (mechanism
	 * {@code actors.prepositionOpening}); the run starts after it.
	 */
	private static int[] withoutPreposition(String t, int[] run) {
		String first = TextCursor.of(t).nextWord(run[0]);
		int next = run[0] + first.length() + 1;
		if (first.isEmpty() || next >= run[1] || t.charAt(next - 1) != ' '
				|| !ActorWords.get().is("preposition", first) || !Mechanisms.on("actors.prepositionOpening")) {
			return run;
		}
		Mechanisms.fired("actors.prepositionOpening", 1);
		return new int[] {next, run[1]};
	}

	/**
	 * "the Ministry of Home Affairs said": a capitalised run after "of" that follows a capitalised word ends the name
	 * of a body or a place, no person's name (mechanism {@code actors.ofTail}).
	 */
	private static boolean ofTail(String t, int begin) {
		if (begin < 5 || !t.startsWith(" of ", begin - 4) || !Mechanisms.on("actors.ofTail")) {
			return false;
		}
		String before = TextCursor.of(t).previousWordAsWritten(begin - 4);
		if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
			return false;
		}
		Mechanisms.fired("actors.ofTail", 1);
		return true;
	}

	/**
	 * "Meanwhile Jane Roe said": a run that opens the sentence with a common word of the treebanks ("Meanwhile",
	 * "Later", "Separately") that is no word of people's names starts after it, when two words stay (mechanism
	 * {@code actors.openingWord}).
	 */
	private static int[] withoutOpeningWord(String t, int[] run) {
		if (!Mechanisms.on("actors.openingWord")) {
			return run;
		}
		TextCursor cursor = TextCursor.of(t);
		char before = cursor.charBefore(run[0]);
		if (before != 0 && ".!?\n\"\u201c\u201d:".indexOf(before) < 0) {
			return run;
		}
		String first = cursor.nextWord(run[0]);
		int next = run[0] + first.length() + 1;
		if (first.isEmpty() || next >= run[1] || t.charAt(next - 1) != ' ' || !EntityTagger.commonWord(first)
				|| EntityTagger.personNameWord(first) || NameRun.wordCount(t.substring(next, run[1])) < 2) {
			return run;
		}
		Mechanisms.fired("actors.openingWord", 1);
		return new int[] {next, run[1]};
	}

	/** The lexicon's person written with the title ("King Abdullah II", "Ayatollah Ali Khamenei"), or null. */
	private DocActor lexiconPerson(DocActors actors, String titled) {
		List<PhraseIndex.Match<LexiconActor>> ms = new ArrayList<>();
		data.actors().index().matchAt(titled, 0, ms);
		for (PhraseIndex.Match<LexiconActor> lm : ms) {
			if (lm.end() == titled.length() && lm.value().kind() == ActorKind.PERSON) {
				LexiconActor la = lm.value();
				DocActor a = actors.actor(la.name(), ActorKind.PERSON, la.iso(), 0.9);
				a.offices().addAll(la.offices());
				return a;
			}
		}
		return null;
	}

	private DocActor person(DocActors actors, String name, String iso) {
		List<PhraseIndex.Match<LexiconActor>> ms = new ArrayList<>();
		data.actors().index().matchAt(name, 0, ms);
		for (PhraseIndex.Match<LexiconActor> lm : ms) {
			if (lm.end() == name.length() && lm.value().kind() == ActorKind.PERSON) {
				LexiconActor la = lm.value();
				DocActor a = actors.actor(la.name(), ActorKind.PERSON, la.iso(), 0.9);
				a.offices().addAll(la.offices());
				return a;
			}
		}
		return actors.actor(name, ActorKind.PERSON, iso, 0.7);
	}

	/**
	 * "Defence Minister Israel Katz", "Inspector General Douglas Kanja": after a title, a country or capital as the
	 * first of two or three capitalised words is a given name when people's names in the actor dictionaries use it
	 * and the words after it are no place or country (mechanism {@code actors.placeAsGivenName}).
	 */
	private boolean placeAsGivenName(String t, int[] run) {
		if (!Mechanisms.on("actors.placeAsGivenName")) {
			return false;
		}
		String name = t.substring(run[0], run[1]);
		String[] words = name.split(" ");
		if (words.length < 2 || words.length > 3 || !EntityTagger.personNameWord(words[0])) {
			return false;
		}
		int rest = run[0] + words[0].length() + 1;
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, run[0], cs);
		for (PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form> c : cs) {
			if (c.end() > run[0] + words[0].length()) {
				return false; // "Sri Lanka", "Saudi Arabia": the country is more than the first word
			}
		}
		return !isKnownNonPerson(t, rest, run[1]) && !startsWithKnownWord(t, rest);
	}

	/** A run that is really a country, place or a non-person lexicon actor. */
	private boolean isKnownNonPerson(String t, int b, int e) {
		List<PhraseIndex.Match<LexiconActor>> la = new ArrayList<>();
		data.actors().index().matchAt(t, b, la);
		for (PhraseIndex.Match<LexiconActor> m : la) {
			if (m.value().kind() != ActorKind.PERSON && m.end() >= e - 1) {
				return true;
			}
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, b, cs);
		return !cs.isEmpty();
	}

	private boolean startsWithKnownWord(String t, int b) {
		String first = TextCursor.of(t).nextWord(b);
		List<PhraseIndex.Match<org.sourcebench.extract.data.Place>> ps = new ArrayList<>();
		data.gazetteer().index().matchAt(t, b, ps);
		return !ps.isEmpty() || first.equals("The") || first.equals("In")
				|| first.equals("But") || first.equals("And");
	}

	/** The name run that ends right before {@code offset} (one space between). */
	private static int[] runEndingAt(String t, int offset) {
		int end = offset;
		if (end == 0 || t.charAt(end - 1) != ' ') {
			return null;
		}
		end--;
		if (end > 0 && t.charAt(end - 1) == ',') {
			// an appositive name: "A senior Kurdish official, Aldar Khalil, said"
			int[] run = runEndingExactlyAt(t, end - 1);
			return run != null && run[0] >= 2 && t.startsWith(", ", run[0] - 2) ? run : null;
		}
		return runEndingExactlyAt(t, end);
	}

	/** Whether the word from {@code s} to the space before {@code next} ends in a possessive "'s". */
	private static boolean possessive(String t, int s, int next) {
		String w = t.substring(s, next).trim();
		return w.endsWith("'s") || w.endsWith("’s");
	}

	private static int[] runEndingExactlyAt(String t, int end) {
		return runEndingExactlyAt(t, end, false);
	}

	/** The name run ending at {@code end}; with {@code stopAtOwner}, not reaching back over a possessive owner. */
	private static int[] runEndingExactlyAt(String t, int end, boolean stopAtOwner) {
		int start = end;
		for (int w = 0; w < 4; w++) {
			int s = TextCursor.of(t).previousWordStart(start);
			if (s < 0 || !Character.isUpperCase(t.charAt(s))
					&& !NameRun.isParticle(TextCursor.of(t).nextWord(s))) {
				break;
			}
			if (stopAtOwner && start < end && possessive(t, s, start)) {
				break; // "North Korea's Kim Yo Jong": the owner is no part of the name
			}
			start = s;
		}
		while (start < end && !Character.isUpperCase(t.charAt(start))) {
			start = t.indexOf(' ', start) < 0 || t.indexOf(' ', start) >= end ? end : t.indexOf(' ', start) + 1;
		}
		if (start == end) {
			return null;
		}
		int[] run = NameRun.after(t, start);
		return run != null && run[1] == end ? run : null;
	}
}
