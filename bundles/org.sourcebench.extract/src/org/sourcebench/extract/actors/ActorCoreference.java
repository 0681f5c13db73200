package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.data.Description;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.LexiconActor;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.nlp.AnalyzedText;

/**
 * Second pass over a document once its named actors are known: surnames of people found by title
 * ("Bogdanov" → Mikhail Bogdanov), descriptions of office holders ("the Russian leader", "president"),
 * descriptions that refer back to the last actor of a kind ("the news agency"), bare institutions
 * ("the Defense Ministry" after "Russia's Defense Ministry") and "his cabinet/government".
 */
final class ActorCoreference {

	private static final Pattern HIS_GOVERNMENT = Pattern.compile(
			"\\b(?:his|its|her) (cabinet|government|administration|regime)\\b");
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
	private static final Pattern PRO_GOVERNMENT = Pattern.compile(
			"\\b(?:pro-(?:government|regime) (?:forces|troops|militias|fighters)|(?:government|regime) (?:forces|troops"
			+ "|aircraft|warplanes|jets|artillery))\\b(?: in (?:the )?([A-Z][\\w-]+(?: [A-Z][\\w-]+)?))?");
	private static final Pattern THE_COUNTRYS = Pattern.compile("\\bthe (country)'s\\b");

	private final ExtractionData data;
	private final CountryModifier modifier;

	/** The article's date (null when unknown): offices of the hand list resolve only to who held them then. */
	private final java.time.LocalDate date;

	ActorCoreference(ExtractionData data, CountryModifier modifier, java.time.LocalDate date) {
		this.data = data;
		this.modifier = modifier;
		this.date = date;
	}

	void resolve(AnalyzedText text, DocActors actors) {
		String t = text.matchText();
		surnames(t, actors);
		offices(t, actors);
		bareInstitutions(t, actors);
		descriptions(text, actors);
		possessiveGovernments(t, actors);
		proGovernmentForces(t, actors);
		theCountry(t, actors);
		bareOpposition(text, actors);
		RoleHolders.resolve(t, actors, data);
	}

	private static final Pattern BARE_OPPOSITION = Pattern.compile("\\b(?:" + ActorWords.get().alternation("opposition")
			+ ")\\b");
	private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "his", "her", "their", "our", "my", "your");

	/**
	 * "the opposition", "armed opposition groups" with no country named in the phrase: the country's opposition the
	 * story named before ("the Syrian opposition ... the opposition"), else the opposition of the country the story
	 * names most ("the opposition" of a Syria story is the Syrian opposition, of a Venezuela story the
	 * Venezuelan one). Not a stance ("its opposition to the plan") nor a modifier ("opposition leader").
	 */
	private void bareOpposition(AnalyzedText text, DocActors actors) {
		String t = text.matchText();
		Matcher m = BARE_OPPOSITION.matcher(t);
		org.sourcebench.extract.data.Country country = null;
		while (m.find()) {
			if (actors.at(m.start()) != null || actors.at(m.end() - 1) != null
					|| POSSESSIVE_PRONOUNS.contains(TextCursor.of(t).previousWord(m.start()))) {
				continue;
			}
			String next = TextCursor.of(t).nextWord(m.end());
			int tok = text.tokenAt(m.end() - 1);
			boolean modifier = m.end() + 1 < t.length() && t.charAt(m.end()) == ' '
					&& (Character.isUpperCase(t.charAt(m.end() + 1)) || tok >= 0 && tok + 1 < text.tokens().size()
							&& "NOUN".equals(text.pos(tok + 1)));
			if (next.equals("to") || modifier) {
				continue; // "opposition leader", "the opposition National Liberation Front"
			}
			ActorMention named = actors.lastBefore(m.start(), a -> a.name().endsWith(" opposition"));
			DocActor target = named != null ? named.actor() : actors.actors().stream()
					.filter(a -> a.name().endsWith(" opposition") && !a.spans().isEmpty()).findFirst().orElse(null);
			if (target == null) {
				if (country == null) {
					country = mostNamedCountry(t);
					if (country == null) {
						return;
					}
				}
				target = actors.actor(country.adjective() + " opposition", ActorKind.OTHER, country.iso(), 0.6);
			}
			actors.mention(target, m.start(), m.end());
		}
	}

	/** The country whose name, adjective or capital the text uses most (ties: the first named), or null. */
	private org.sourcebench.extract.data.Country mostNamedCountry(String t) {
		java.util.Map<org.sourcebench.extract.data.Country, Integer> counts = new java.util.LinkedHashMap<>();
		for (var f : data.countries().index().findAll(t)) {
			counts.merge(f.value().country(), 1, Integer::sum);
		}
		org.sourcebench.extract.data.Country best = null;
		for (var e : counts.entrySet()) {
			if (best == null || e.getValue() > counts.get(best)) {
				best = e.getKey();
			}
		}
		return best;
	}

	/**
	 * "pro-government forces (in Syria)", "regime aircraft", "the government troops": the armed forces of that
	 * country, else of the most-named state.
	 */
	private void proGovernmentForces(String t, DocActors actors) {
		Matcher m = PRO_GOVERNMENT.matcher(t);
		while (m.find()) {
			if (actors.at(m.start()) != null) {
				continue;
			}
			var c = m.group(1) == null ? null : data.countries().byName(m.group(1));
			if (c == null) {
				c = mostNamedStateCountry(actors);
			}
			if (c != null) {
				int end = m.group(1) == null ? m.end() : m.start() + m.group().indexOf(" in ");
				actors.mention(actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.6), m.start(), end);
			}
		}
	}

	private static String mostNamedState(DocActors actors) {
		DocActor best = null;
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.STATE && (best == null || a.spans().size() > best.spans().size())) {
				best = a;
			}
		}
		return best == null ? "" : best.name();
	}

	/** The country of the state the document names most so far (ties: the first), or null. */
	private org.sourcebench.extract.data.Country mostNamedStateCountry(DocActors actors) {
		String name = mostNamedState(actors);
		return name.isEmpty() ? null : data.countries().byName(name);
	}

	/** "the country's activities": the last state named. */
	private void theCountry(String t, DocActors actors) {
		Matcher m = THE_COUNTRYS.matcher(t);
		while (m.find()) {
			ActorMention last = actors.lastBefore(m.start(), a -> a.kind() == ActorKind.STATE);
			if (last != null && actors.at(m.start(1)) == null) {
				actors.mention(last.actor(), m.start(1), m.end(1));
			}
		}
	}

	/**
	 * "Bin Farhan" after "Faisal bin Farhan", "President Guaidó" before "Juan Guaidó": a person named by the last
	 * words of exactly one longer name of the document (any case) is that person.
	 */
	private static void shortNames(DocActors actors) {
		List<DocActor> people = actors.actors().stream().filter(a -> a.kind() == ActorKind.PERSON
				&& !a.spans().isEmpty()).toList();
		for (DocActor shorter : people) {
			String tail = " " + shorter.name().toLowerCase(Locale.ROOT);
			DocActor longer = null;
			int found = 0;
			for (DocActor a : people) {
				if (a != shorter && a.name().toLowerCase(Locale.ROOT).endsWith(tail)) {
					longer = a;
					found++;
				}
			}
			if (found == 1 && !longer.spans().isEmpty()) {
				actors.merge(shorter, longer);
			}
		}
	}

	private void surnames(String t, DocActors actors) {
		shortNames(actors);
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.PERSON || NameRun.wordCount(a.name()) < 2) {
				continue;
			}
			String last = NameRun.lastWord(a.name());
			if (last.length() < 3) {
				continue;
			}
			for (int i : TextCursor.of(t).wordsBeforeNonLetter(last, 0)) {
				int e = i + last.length();
				if (actors.at(i) == null && !insideLongerName(t, i, e)) {
					actors.mention(a, i, e);
				}
			}
		}
	}

	/** "Than" in "Bo Than Kyaw": a capitalised word right before (no title) or after makes it another name. */
	private boolean insideLongerName(String t, int begin, int end) {
		if (end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1))
				&& !TextCursor.of(t).nextWord(end + 1).equals(TextCursor.of(t).nextWord(end + 1).toUpperCase(Locale.ROOT))) {
			String next = TextCursor.of(t).nextWord(end + 1);
			return data.cues().index().findAll(next).isEmpty() && data.countries().index().findAll(next).isEmpty();
		}
		int p = TextCursor.of(t).previousWordStart(begin);
		if (p < 0 || begin - p < 2 || t.charAt(begin - 1) != ' ' || !Character.isUpperCase(t.charAt(p))) {
			return false;
		}
		String prev = t.substring(p, begin - 1);
		boolean sentenceStart = TextCursor.of(t).sentenceStart(p);
		List<PhraseIndex.Match<org.sourcebench.extract.data.Title>> titles = new ArrayList<>();
		data.titles().index().matchAt(t, p, titles);
		return !sentenceStart && titles.isEmpty() && !prev.endsWith(".")
				&& data.countries().index().findAll(prev).isEmpty();
	}

	private void offices(String t, DocActors actors) {
		for (PhraseIndex.Match<String> m : data.titles().offices().findAll(t)) {
			if (actors.at(m.begin()) != null || m.end() < t.length()
					&& (t.charAt(m.end()) == 's' || t.charAt(m.end()) == '-')) {
				continue;
			}
			PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form> of = countryAfterOf(t, m.end());
			String next = TextCursor.of(t).nextWord(m.end());
			if (of == null && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
				continue;
			}
			CountryModifier.Found mod = modifier.before(t, m.begin());
			String iso = mod != null ? mod.country().iso() : of != null ? of.value().country().iso() : null;
			int titled = mod == null ? definiteTitleBegin(t, m.begin(), m.end()) : -1;
			if (mod == null && titled < 0 && !bareOfficeAllowed(t, m.begin())) {
				continue;
			}
			DocActor holder = holder(actors, m.value(), iso, m.begin());
			int b = mod != null ? mod.begin() : titled >= 0 ? titled : m.begin();
			boolean unresolved = holder == null && iso != null
					&& !data.actors().holders(iso, m.value()).isEmpty() && !heldOnDate();
			if (holder != null || unresolved) {
				ActorMention at = actors.at(b);
				if (at != null && (mod == null || at.end() > mod.begin() + 1 + t.substring(mod.begin(), m.begin())
						.trim().length())) {
					continue; // a longer phrase already names someone; the country modifier alone gives way
				}
				int e = m.end();
				if (mod == null && of != null) {
					ActorMention state = actors.at(of.begin()); // "the prime minister of Qatar": one description
					if (state != null) {
						actors.remove(state);
					}
					e = of.end();
				}
				if (unresolved) {
					// "Lebanon's prime minister" in an article of unknown date or after the hand list's years: the
					// office holder is not known, so the description names him
					holder = actors.actor(t.substring(b, e), ActorKind.PERSON, iso, 0.5);
				}
				actors.mention(holder, b, e);
			}
		}
	}

	/** "of Qatar" right after an office: the country whose office it is, or null. */
	private PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form> countryAfterOf(String t, int end) {
		if (!t.startsWith(" of ", end)) {
			return null;
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, end + 4, cs);
		for (var c : cs) {
			if (c.value().type() == org.sourcebench.extract.data.CountryTable.FormType.NAME
					&& (c.end() == t.length() || !Character.isLetter(t.charAt(c.end())))) {
				return c;
			}
		}
		return null;
	}

	/**
	 * "the Special Envoy said": a title of titles.tsv ending with the office, after "the", is a definite description
	 * of the office holder; its start, or -1.
	 */
	private int definiteTitleBegin(String t, int officeBegin, int officeEnd) {
		int from = Math.max(0, officeBegin - 40);
		for (PhraseIndex.Match<org.sourcebench.extract.data.Title> m : data.titles().index().findAll(
				t.substring(from, officeEnd))) {
			int b = from + m.begin();
			if (from + m.end() == officeEnd && b < officeBegin && PhraseIndex.isWordStart(t, b)
					&& TextCursor.of(t).previousWord(b).equals("the")) {
				return b;
			}
		}
		int w = TextCursor.of(t).previousWordStart(officeBegin);
		if (w >= 0 && TextCursor.of(t).previousWord(w).equals("the") && w + 1 < officeBegin) {
			String org = TextCursor.of(t).previousWordAsWritten(officeBegin);
			if (org.length() >= 2 && org.length() <= 5 && org.equals(org.toUpperCase(Locale.ROOT))
					&& Character.isLetter(org.charAt(0))) {
				return w; // "the UN envoy": an organisation's acronym before the office
			}
		}
		return -1;
	}

	/** A bare office ("president said") names someone only as a definite description or a bare subject. */
	private static boolean bareOfficeAllowed(String t, int begin) {
		String prev = TextCursor.of(t).previousWord(begin);
		return prev.equals("the") || prev.isEmpty() || !Character.isLetter(prev.charAt(0))
				|| (begin > 1 && t.charAt(begin - 2) == ',');
	}

	private DocActor holder(DocActors actors, String office, String iso, int offset) {
		DocActor before = null;
		DocActor after = null;
		for (ActorMention am : actors.mentions()) {
			DocActor a = am.actor();
			if (a.kind() == ActorKind.PERSON && (holds(a, office) || iso != null && holdsAnyOf(a,
					data.actors().primaryOffices(office))) && (iso == null || iso.equals(a.iso()))) {
				if (am.begin() < offset) {
					before = a;
				} else if (after == null) {
					after = a;
				}
			}
		}
		if (before != null || after != null) {
			return before != null ? before : after;
		}
		if (iso == null) {
			return null;
		}
		List<LexiconActor> holders = data.actors().holders(iso, office);
		if (holders.size() == 1 && heldOnDate()) {
			LexiconActor la = holders.get(0);
			DocActor a = actors.actor(la.name(), ActorKind.PERSON, la.iso(), 0.6);
			a.offices().addAll(la.offices());
			return a;
		}
		return null;
	}

	/**
	 * Whether the offices of the hand list (actors.tsv: "offices as held 2016-2019") hold on the article's date; never
	 * for an article of unknown date (a role must hold on the article's date, as the field's dated roles do).
	 */
	private boolean heldOnDate() {
		return date != null && date.getYear() >= org.sourcebench.extract.data.ActorLexicon.OFFICES_FROM
				&& date.getYear() <= org.sourcebench.extract.data.ActorLexicon.OFFICES_TO;
	}

	/** "the Saudi top diplomat" after "Saudi Foreign Minister Faisal bin Farhan": an office the description stands for. */
	private static boolean holdsAnyOf(DocActor a, java.util.Set<String> offices) {
		return offices.stream().anyMatch(o -> holds(a, o));
	}

	/** "minister" picks out a foreign minister; "president" does not pick out a vice president. */
	private static boolean holds(DocActor a, String office) {
		for (String o : a.offices()) {
			if (o.equals(office) || o.endsWith(" " + office) && !o.startsWith("vice ") && !o.startsWith("deputy ")) {
				return true;
			}
		}
		return false;
	}

	private void bareInstitutions(String t, DocActors actors) {
		for (PhraseIndex.Match<Institution> m : data.institutions().index().findAll(t)) {
			Institution inst = m.value();
			if (actors.at(m.begin()) != null || inst.isState() || inst.isMilitary()
					|| !Character.isUpperCase(t.charAt(m.begin()))) {
				continue;
			}
			DocActor target = null;
			for (DocActor a : actors.actors()) {
				if (a.name().endsWith(" " + inst.canonical())) {
					target = a;
				}
			}
			if (target != null) {
				actors.mention(target, m.begin(), m.end());
			}
		}
	}

	/**
	 * "the news agency", "the largest remaining rebel group", "the Palestinian group", "the military": a definite
	 * description (up to three lowercase or nationality modifiers before a head of descriptions.tsv) refers back to
	 * the last actor of the head's kind. Armed forces are named by the country last named when
	 * no armed forces were named yet ("the military and special services" after the Kremlin spoke).
	 */
	private void descriptions(AnalyzedText text, DocActors actors) {
		String t = text.matchText();
		for (PhraseIndex.Match<Description> m : data.descriptions().findAll(t)) {
			if (actors.at(m.begin()) != null || m.end() < t.length() && Character.isLetter(t.charAt(m.end()))) {
				continue;
			}
			int begin = modifiersBefore(t, m.begin());
			if (begin < 0 || actors.at(begin) != null) {
				continue;
			}
			String next = TextCursor.of(t).nextWord(m.end());
			if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && t.charAt(m.end()) == ' ') {
				continue; // apposition: "the newspaper Wall Street Journal"
			}
			int tok = text.tokenAt(m.end() - 1);
			if (m.phrase().equalsIgnoreCase("military") && tok >= 0 && tok + 1 < text.tokens().size()
					&& t.charAt(m.end()) == ' ' && "NOUN".equals(text.pos(tok + 1))) {
				continue; // "the military parade": an adjective ("the coalition strike" still names the coalition)
			}
			Description d = m.value();
			java.util.function.Predicate<DocActor> fits = a -> a.kind() == d.kind()
					&& (d.nameContains().isEmpty() || a.name().contains(d.nameContains()));
			ActorMention last = actors.lastBefore(begin, fits);
			DocActor target = last != null ? last.actor() : null;
			if (d.kind() == ActorKind.MILITARY) {
				// "the army" after another country was named is that country's ("... Iraqi Prime Minister said the
				// units would join the armed forces")
				target = forces(text, begin, actors, target);
			}
			if (target != null) {
				actors.mention(target, begin, m.end());
			}
		}
	}

	/**
	 * Start of the description whose head starts at {@code head}: after "the" (or "the nation's") and up to three
	 * lowercase or nationality words ("the largest remaining rebel group" → "largest"), or -1 without "the".
	 */
	private int modifiersBefore(String t, int head) {
		int begin = head;
		for (int k = 0; k <= 3; k++) {
			int w = TextCursor.of(t).previousWordStart(begin);
			if (w < 0 || !TextCursor.of(t).onlySpaces(w + TextCursor.of(t).nextWord(w).length(), begin)) {
				return -1;
			}
			String word = TextCursor.of(t).nextWord(w);
			String lower = word.toLowerCase(java.util.Locale.ROOT);
			if (lower.equals("the") || lower.endsWith("'s") && Character.isLowerCase(word.charAt(0)) && k > 0
					&& TextCursor.of(t).previousWord(w).equals("the")) {
				return begin;
			}
			if (k == 3 || DETERMINERS.contains(lower) || !(Character.isLowerCase(word.charAt(0)) && word.chars()
					.allMatch(Character::isLetter) || isNationality(t, w, word))) {
				return -1;
			}
			begin = w;
		}
		return -1;
	}

	private boolean isNationality(String t, int w, String word) {
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> ms = new ArrayList<>();
		data.countries().index().matchAt(t, w, ms);
		return ms.stream().anyMatch(f -> f.end() == w + word.length()
				&& f.value().type() == org.sourcebench.extract.data.CountryTable.FormType.ADJECTIVE);
	}

	/** How far back (characters) a country named before "the military" still owns it. */
	private static final int NEAR = 300;

	/**
	 * The country last named between {@code from} and {@code offset} (as actor or place: name, adjective or capital;
	 * or the country of an actor), or null.
	 */
	private org.sourcebench.extract.data.Country lastCountryNamed(String t, int from, int offset, DocActors actors,
			boolean agentsOnly) {
		org.sourcebench.extract.data.Country last = null;
		int at = -1;
		for (var m : data.countries().index().findAll(t.substring(from, offset))) {
			if (t.startsWith("-", from + m.end())) {
				continue; // "a Britain-based monitor", "Iranian-backed": a modifier, no owner
			}
			if (agentsOnly && m.value().type() != org.sourcebench.extract.data.CountryTable.FormType.ADJECTIVE
					&& LocativeContext.isPlace(t, from + m.begin(), from + m.end())) {
				continue; // "fuel deliveries from Senegal and Mauritania. The army ...": the armed forces the
						  // article named before, not those of a place named in passing
			}
			last = m.value().country();
			at = from + m.begin();
		}
		ActorMention owner = actors.lastBefore(offset, a -> !a.iso().isEmpty() && (a.kind() == ActorKind.STATE
				|| a.kind() == ActorKind.GOVERNMENT || a.kind() == ActorKind.PERSON)); // "the Kremlin ... the military"
		if (owner != null && owner.begin() > at && owner.begin() >= from) {
			last = data.countries().byIso(owner.actor().iso());
		}
		return last;
	}

	/**
	 * The armed forces "the military" / "the army" / "the junta" at {@code begin} stands for, given {@code named}, the
	 * armed forces last named before it (or null). Without {@code coref.forcesCountry}: the forces of the country last
	 * named in the {@link #NEAR} characters before, else {@code named}. With it, a country named only in an earlier
	 * sentence no longer takes the description from the forces named before ("... the Palestinian health ministry
	 * said. The military said" is still Israel's), and with no forces named before, the description goes to the
	 * forces of the state the story names most rather than a country named in passing ("near the Chinese border. The
	 * junta ..." in a Myanmar story); a country named in the same sentence still decides ("the Iraqi Prime Minister
	 * said the units would join the army").
	 */
	private DocActor forces(AnalyzedText text, int begin, DocActors actors, DocActor named) {
		String t = text.matchText();
		int near = Math.max(0, begin - NEAR);
		org.sourcebench.extract.data.Country country = lastCountryNamed(t, near, begin, actors, named != null);
		DocActor before = named == null || country != null && !country.iso().equals(named.iso())
				? forcesOf(actors, country) : named;
		if (!Mechanisms.on("coref.forcesCountry")) {
			return before;
		}
		var sentence = text.sentenceOf(begin);
		int from = sentence == null ? near : Math.max(near, sentence.begin());
		country = lastCountryNamed(t, from, begin, actors, named != null);
		if (named == null && country == null) {
			country = mostNamedStateCountry(actors);
		}
		DocActor after = named == null || country != null && !country.iso().equals(named.iso())
				? forcesOf(actors, country) : named;
		Mechanisms.fired("coref.forcesCountry", after != before ? 1 : 0);
		return after;
	}

	/** The armed forces actor of {@code c}, or null. */
	private static DocActor forcesOf(DocActors actors, org.sourcebench.extract.data.Country c) {
		if (c == null || c.military() == null || c.military().isEmpty()) {
			return null;
		}
		return actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.5);
	}

	private void possessiveGovernments(String t, DocActors actors) {
		Matcher m = HIS_GOVERNMENT.matcher(t);
		while (m.find()) {
			ActorMention person = actors.lastBefore(m.start(), a -> a.kind() == ActorKind.PERSON && !a.iso().isEmpty());
			if (person == null || actors.at(m.start(1)) != null) {
				continue;
			}
			var c = data.countries().byIso(person.actor().iso());
			if (c != null) {
				actors.mention(actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.6), m.start(1), m.end(1));
			}
		}
		// "Assad's regime": a person's possessive before a state head
		List<PhraseIndex.Match<Institution>> heads = new ArrayList<>(data.institutions().index().findAll(t));
		for (PhraseIndex.Match<Institution> h : heads) {
			if (!h.value().isState() || actors.at(h.begin()) != null || h.begin() < 3
					|| !t.startsWith("'s ", h.begin() - 3)) {
				continue;
			}
			ActorMention owner = actors.at(h.begin() - 4);
			if (owner != null && owner.actor().kind() == ActorKind.PERSON && !owner.actor().iso().isEmpty()) {
				var c = data.countries().byIso(owner.actor().iso());
				actors.mention(actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.6), h.begin(), h.end());
			}
		}
		DETERMINERS.size();
	}
}
