package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.LexiconActor;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.locations.LocationData;
import org.sourcebench.extract.nlp.AnalyzedText;

/**
 * Reads the actors of a document. First pass: lexicon names, titled and cue-adjacent people, institutions with
 * their country ("Russia's Defense Ministry", "Syrian government forces", "Russian side"), country names and
 * capitals (agents; those used as places are handed to the location reader). Overlaps are settled longest
 * first. Second pass ({@link ActorCoreference}): surnames, definite descriptions, bare institutions.
 * Immutable; safe to share.
 */
public final class ActorExtractor {

	private final ExtractionData data;
	private final CountryModifier modifier;
	private final PersonFinder persons;
	private final NamedBodyFinder bodies;
	private final RoleNounFinder roles;
	private final OwnedBodyFinder owned;
	private final CountryOffices offices;
	private final DictionaryActorFinder dictionary;
	private final OutletContexts outletContexts;
	private final OutletFrames outletFrames;

	public ActorExtractor(ExtractionData data) {
		this.data = data;
		this.modifier = new CountryModifier(data.countries());
		this.persons = new PersonFinder(data, modifier);
		this.bodies = new NamedBodyFinder(data);
		this.owned = new OwnedBodyFinder(data.countries(), modifier, data.titles());
		this.offices = new CountryOffices(modifier, data.institutions(), data.titles());
		this.dictionary = new DictionaryActorFinder(org.sourcebench.extract.data.PetrarchDictionaries.actors(),
				data.countries(), modifier, data.gazetteer());
		this.outletContexts = new OutletContexts(data);
		this.outletFrames = new OutletFrames(data);
		this.roles = new RoleNounFinder(org.sourcebench.extract.data.PetrarchDictionaries.agents(), modifier,
				data.titles());
	}

	public ActorReading read(AnalyzedText text) {
		return read(text, null);
	}

	/**
	 * The actors of {@code text}, published on {@code date} (may be null): date-restricted roles of the field's
	 * actor dictionary resolve on that date.
	 */
	public ActorReading read(AnalyzedText text, java.time.LocalDate date) {
		String t = text.matchText();
		DocActors actors = new DocActors();
		List<PlaceMention> places = new ArrayList<>();
		List<Candidate> cands = new ArrayList<>();
		Set<Integer> modifiers = new HashSet<>();
		Map<Integer, Integer> modifierEnds = new HashMap<>();
		lexicon(t, cands, modifiers, modifierEnds);
		dictionary.find(text, date, cands);
		institutions(text, cands);
		countries(text, cands, places);
		outlets(t, cands);
		outletContexts.find(t, cands);
		outletFrames.find(t, cands);
		persons.find(t, cands);
		bodies.find(t, cands);
		roles.find(text, cands);
		cands.removeIf(c -> townName(t, c.begin()) && !data.countries().index().findAll(t.substring(c.begin(),
				c.end())).isEmpty());
		cands.removeIf(c -> modifiers.contains(c.begin()) && c.priority() > 1 // "UN" of "UN envoy" in any reader
				&& !BodyNameOverTitle.stays(t, c.begin(), c.end(), modifierEnds.get(c.begin()))
				|| c.priority() > 1 && (ofATitle(t, c.begin()) || afterAYear(t, c.begin())));
		for (Candidate c : Candidate.settle(cands)) {
			c.apply().accept(actors);
		}
		BodyNameOverTitle.absorb(actors); // "UN General Assembly" and "United Nations General Assembly"
		places.removeIf(p -> actors.at(p.begin()) != null && actors.at(p.begin()).begin() < p.begin());
		AcronymLinker.link(t, actors, modifiers);
		new ActorCoreference(data, modifier, date).resolve(text, actors);
		DescribedForces.find(text, actors, data, modifier);
		owned.find(t, actors);
		offices.find(text, actors);
		oneArmedForces(actors);
		return new ActorReading(actors, places);
	}

	private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile(
			"\\b(?:" + ActorWords.get().alternation("branch") + ")\\b");

	/**
	 * "The Israeli military announced ... the IDF said": a country's armed forces are one actor (GUIDELINES.md),
	 * whether named by the country's military or by the dictionary's name of its forces ("Israel Defence Forces",
	 * "Sudanese Armed Forces"); the name mentioned first stays. A branch ("Air Force", "Navy", "National Guard";
	 * actor-words class "branch") stays an actor of its own.
	 */
	/** Whether the name holds the country's name, an alias or its adjective as a word ("Israel Defence Forces"). */
	private static boolean namesCountry(String name, Country c) {
		List<String> forms = new ArrayList<>(c.aliases());
		forms.add(c.name());
		forms.addAll(c.adjectives());
		String padded = " " + name + " ";
		return forms.stream().anyMatch(f -> !f.isEmpty() && padded.contains(" " + f + " "));
	}

	private void oneArmedForces(DocActors actors) {
		Map<String, DocActor> first = new HashMap<>();
		for (ActorMention m : List.copyOf(actors.mentions())) {
			DocActor a = m.actor();
			Country c = data.countries().byIso(a.iso());
			if (a.kind() != ActorKind.MILITARY || c == null || BRANCH.matcher(a.name()).find()
					|| !a.name().equals(c.military()) && (BodyHeads.get().kindOf(NameRun.lastWord(a.name())) == null
							|| !namesCountry(a.name(), c))) {
				continue; // "Rapid Support Forces": a force of the country, not its armed forces
			}
			DocActor kept = first.putIfAbsent(a.iso(), a);
			if (kept != null && kept != a) {
				actors.merge(a, kept);
			}
		}
	}

	/**
	 * Lexicon names; {@code modifiers} receives the offsets of names that only modify a noun ("UN envoy"), and
	 * {@code modifierEnds} where each such name ends.
	 */
	private void lexicon(String t, List<Candidate> out, Set<Integer> modifiers,
			Map<Integer, Integer> modifierEnds) {
		String fullText = t;
		for (PhraseIndex.Match<LexiconActor> m : data.actors().index().findAll(t)) {
			LexiconActor la = m.value();
			if (la.kind() == ActorKind.PERSON && !m.phrase().contains(" ") && m.phrase().length() <= 4
					&& !fullText.contains(la.name())) {
				continue;
			}
			if (la.kind() == ActorKind.PERSON && !m.phrase().contains(" ") && !fullText.contains(la.name())) {
				int first = TextCursor.of(t).previousWordStart(m.begin());
				String prev = first < 0 ? "" : t.substring(first, m.begin()).trim();
				if (prev.length() > 2 && Character.isUpperCase(prev.charAt(0)) && !prev.equals(prev.toUpperCase())
						&& Character.isLetter(prev.charAt(prev.length() - 1)) && TextCursor.of(t).onlySpaces(
						first + prev.length(), m.begin()) && data.titles().index().findAll(prev).isEmpty()
						&& data.countries().index().findAll(prev).isEmpty() && !isSentenceStartWord(t, first)) {
					// "Masrour Barzani" is not the lexicon's "Masoud Barzani": another person of that family
					String name = prev + " " + m.phrase();
					out.add(new Candidate(first, m.end(), 0, actors -> actors.mention(
							actors.actor(name, ActorKind.PERSON, la.iso(), 0.6), first, m.end())));
					continue;
				}
			}
			if ((la.kind() == ActorKind.ORGANISATION || la.kind() == ActorKind.ALLIANCE) && modifiesANoun(t, m, out)) {
				modifiers.add(m.begin());
				modifierEnds.merge(m.begin(), m.end(), Math::max);
				continue;
			}
			int nameEnd = la.kind() == ActorKind.MEDIA ? mediaHeadEnd(t, m.end()) : m.end();
			boolean staff = (la.kind() == ActorKind.ORGANISATION || la.kind() == ActorKind.ALLIANCE)
					&& t.startsWith(" officials", nameEnd)
					&& (nameEnd + 10 == t.length() || !Character.isLetter(t.charAt(nameEnd + 10)));
			int end = staff ? nameEnd + 10 : nameEnd; // "United Nations officials": the body speaking through its staff
			int begin = ownCountryBefore(t, m.begin(), la);
			out.add(new Candidate(begin, end, 1, actors -> {
				DocActor a = actors.actor(la.name(), la.kind(), la.iso(), 0.9);
				a.offices().addAll(la.offices());
				actors.mention(a, begin, end);
			}));
		}
		ledCoalitions(t, out);
	}

	/** "the 2020 World Economic Forum": a name after a year is an edition of an event, no actor. */
	private static boolean afterAYear(String t, int begin) {
		String prev = TextCursor.of(t).previousWordAsWritten(begin);
		return prev.length() == 4 && prev.chars().allMatch(Character::isDigit)
				&& (prev.startsWith("19") || prev.startsWith("20"));
	}

	private static final java.util.regex.Pattern OF_BEFORE = java.util.regex.Pattern.compile(
			" of (?:the )?(?:[a-z]+ )?$");

	/**
	 * "the head of the ruling Sovereign Council", "the Emir of Qatar": a body or country named only inside a
	 * person's title is no actor by that (GUIDELINES.md); the title of titles.tsv ends right before "of".
	 */
	private boolean ofATitle(String t, int begin) {
		String before = t.substring(Math.max(0, begin - 60), begin);
		java.util.regex.Matcher of = OF_BEFORE.matcher(before);
		if (!of.find()) {
			return false;
		}
		for (PhraseIndex.Match<org.sourcebench.extract.data.Title> m : data.titles().index().findAll(before)) {
			if (m.end() == of.start()) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
			"(?:" + ActorWords.get().alternation("unit") + ")\\b");
	/** A noun of actor-words class instrument, after at most one adjective ("nuclear watchdog", "highest court"). */
	private static final java.util.regex.Pattern INSTRUMENT = java.util.regex.Pattern.compile(
			"(?:[a-z]+(?:al|ar|ic|est) )?(?i:" + ActorWords.get().alternation("instrument") + ")\\b");
	/** A noun of actor-words class decision ("UN sanctions"; not after a body head: "UN Security Council resolutions"). */
	private static final java.util.regex.Pattern DECISION = java.util.regex.Pattern.compile(
			"(?i:" + ActorWords.get().alternation("decision") + ")\\b");
	private static final java.util.regex.Pattern APPOSED_NAME = java.util.regex.Pattern.compile(
			", ((?:[A-Z][\\w'’-]+)(?: [A-Z][\\w'’-]+){0,3})(?=[,.;])");

	/**
	 * An organisation's name that only modifies what follows names no mention of it (GUIDELINES.md): a title ("UN
	 * envoy Martin Griffiths", "the UN Special Envoy"; the office holder is the actor) or a unit of the body (actor-words
	 * class "unit": "UN agencies", "the UN peacekeeping mission", "the UN's peacekeeping force, Unifil"), which is an
	 * actor of its own, named by an apposed name when one follows; with {@code actors.instrumentModifiers} also a noun
	 * of class instrument ("the UN Charter", "the UN nuclear watchdog") or, after a name that ends in no body head, of
	 * class decision ("UN sanctions", "a UN meeting"), which names no actor.
	 */
	private boolean modifiesANoun(String t, PhraseIndex.Match<LexiconActor> m, List<Candidate> out) {
		int p = m.end();
		if (t.startsWith("'s ", p) || t.startsWith("’s ", p)) {
			p += 3;
		} else if (t.startsWith(" ", p)) {
			p++;
		} else {
			return false;
		}
		if (p < t.length() && !Character.isLetter(t.charAt(p))) {
			return false;
		}
		for (PhraseIndex.Match<org.sourcebench.extract.data.Title> title : data.titles().index().findAll(
				t.substring(p, Math.min(t.length(), p + 40)))) {
			if (title.begin() == 0 && (p + title.end() == t.length() || !Character.isLetter(t.charAt(p + title.end())))) {
				return true;
			}
		}
		if (Mechanisms.on("actors.instrumentModifiers") && (INSTRUMENT.matcher(t).region(p, t.length()).lookingAt()
				|| DECISION.matcher(t).region(p, t.length()).lookingAt()
						&& BodyHeads.get().kindOf(NameRun.lastWord(m.phrase())) == null)) {
			Mechanisms.fired("actors.instrumentModifiers", 1);
			return true; // "the UN Charter", "UN sanctions", "the UN nuclear watchdog": no mention of the body
		}
		java.util.regex.Matcher u = UNIT.matcher(t).region(p, t.length());
		if (!u.lookingAt()) {
			return false;
		}
		int begin = m.begin();
		int end = u.end();
		java.util.regex.Matcher named = APPOSED_NAME.matcher(t).region(end, t.length());
		boolean apposed = named.lookingAt();
		String name = apposed ? named.group(1) : t.substring(begin, end);
		int nb = apposed ? named.start(1) : -1;
		int ne = apposed ? named.end(1) : -1;
		out.add(new Candidate(begin, end, 1, actors -> {
			DocActor a = actors.actor(name, ActorKind.ORGANISATION, "", 0.6);
			actors.mention(a, begin, end);
			if (apposed) {
				actors.mention(a, nb, ne);
			}
		}));
		return true;
	}

	/**
	 * "the Iranian Revolutionary Guards", "Iran's Revolutionary Guards": a body of the lexicon after its own country's
	 * adjective or possessive is named by the whole phrase (start of the mention returned).
	 */
	private int ownCountryBefore(String t, int begin, LexiconActor la) {
		if (la.iso().isEmpty() || la.kind() == ActorKind.PERSON || la.kind() == ActorKind.STATE
				|| la.kind() == ActorKind.MEDIA) {
			return begin;
		}
		CountryModifier.Found mod = modifier.before(t, begin);
		return mod != null && mod.country().iso().equals(la.iso()) ? mod.begin() : begin;
	}

	/**
	 * "Showtime television network", "Tasnim news agency": a media head noun of descriptions.tsv right after an
	 * outlet's name belongs to the mention.
	 */
	private int mediaHeadEnd(String t, int nameEnd) {
		if (nameEnd + 1 >= t.length() || t.charAt(nameEnd) != ' ') {
			return nameEnd;
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.Description>> ms = new ArrayList<>();
		data.descriptions().matchAt(t, nameEnd + 1, ms);
		for (PhraseIndex.Match<org.sourcebench.extract.data.Description> d : ms) {
			if (d.value().kind() == ActorKind.MEDIA
					&& (d.end() == t.length() || !Character.isLetter(t.charAt(d.end())))) {
				return d.end();
			}
		}
		return nameEnd;
	}

	private static final java.util.regex.Pattern LED_COALITION = java.util.regex.Pattern.compile(
			"\\b(?:(?:international|military|multinational|Western|global) )?coalition led by (?:the )?");

	/**
	 * "the international coalition led by the United States" is a mention of the lexicon's "US-led coalition":
	 * the coalition actor named after any form of the leading country ("&lt;form&gt;-led coalition").
	 */
	private void ledCoalitions(String t, List<Candidate> out) {
		java.util.regex.Matcher m = LED_COALITION.matcher(t);
		while (m.find()) {
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(t, m.end(), cs);
			if (cs.isEmpty()) {
				continue;
			}
			PhraseIndex.Match<CountryTable.Form> c = cs.get(0);
			Country country = c.value().country();
			List<String> forms = new ArrayList<>(country.aliases());
			forms.add(0, country.name());
			forms.addAll(country.adjectives());
			for (String f : forms) {
				LexiconActor la = data.actors().byName(f + "-led coalition");
				if (la != null) {
					int begin = m.start();
					int end = c.end();
					out.add(new Candidate(begin, end, 1, actors -> actors.mention(
							actors.actor(la.name(), la.kind(), la.iso(), 0.8), begin, end)));
					break;
				}
			}
		}
	}

	/** A sentence-opening function word ("Meanwhile Barzani said", "But Barzani") is no first name. */
	private static boolean isSentenceStartWord(String t, int wordBegin) {
		return TextCursor.of(t).sentenceStart(wordBegin)
				&& ActorWords.get().is("opening", TextCursor.of(t).nextWord(wordBegin));
	}


	private void institutions(AnalyzedText text, List<Candidate> out) {
		String t = text.matchText();
		for (PhraseIndex.Match<Institution> m : data.institutions().index().findAll(t)) {
			CountryModifier.Found mod = modifier.before(t, m.begin());
			if (mod == null) {
				continue;
			}
			Institution inst = m.value();
			int regimeEnd = inst.isMilitary()
					&& TextCursor.of(t).nextWord(m.end()).equals("regime") ? TextCursor.of(t).wordEnd(m.end() + 1) : -1;
			if (regimeEnd > 0) {
				Country ruled = mod.country();
				out.add(new Candidate(mod.begin(), regimeEnd, 2, actors -> actors.mention(
						actors.actor(ruled.name(), ActorKind.STATE, ruled.iso(), 0.8), mod.begin(), regimeEnd)));
				continue; // "the Algerian military regime": the state, ruled by its army
			}
			int tok = text.tokenAt(m.begin());
			if (BranchInstitutions.skip(text, m)) {
				continue; // "Chinese coast guard vessels": a branch in lower case before a noun modifies it
			}
			if (inst.isMilitary() && m.phrase().equals("military") && tok >= 0 && tok + 1 < text.tokens().size()
					&& "NOUN".equals(text.pos(tok + 1))) {
				continue; // "Russia's military engagement": an adjective, not the armed forces
			}
			Country c = mod.country();
			coordinatedModifier(t, mod, inst, out);
			boolean possessive = t.startsWith("'", TextCursor.of(t).previousWordStart(m.begin()) >= 0
					? Math.max(0, m.begin() - 3) : m.begin()) || t.substring(mod.begin(), m.begin()).contains("'");
			out.add(new Candidate(mod.begin(), m.end(), 2, actors -> {
				DocActor a;
				if (inst.isState()) {
					a = actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.85);
				} else if (inst.isMilitary()) {
					DocActor ministry = actors.byName(c.adjective() + " Defense Ministry");
					boolean speaks = data.cues().index().findAll(TextCursor.of(t).nextWord(m.end())).size() > 0;
					a = ministry != null && speaks ? ministry
							: actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.8);
				} else if (m.phrase().startsWith("air force") && actors.byName(c.adjective() + " Air Force") == null) {
					a = actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.75);
				} else {
					a = actors.actor(c.adjective() + " " + inst.canonical(), inst.kind(), c.iso(), 0.85);
				}
				actors.mention(a, mod.begin(), m.end());
				if (possessive || Character.isUpperCase(t.charAt(m.begin()))) {
					a.spans().add(new int[] {m.begin(), m.end()});
				}
			}));
		}
	}

	/**
	 * "Turkish and Russian officials": the first adjective of a coordination modifies the same head, so it is a
	 * mention of that country's actor of the same kind.
	 */
	private void coordinatedModifier(String t, CountryModifier.Found mod, Institution inst, List<Candidate> out) {
		int b = mod.begin();
		int join;
		if (b >= 5 && t.startsWith(" and ", b - 5)) {
			join = b - 4;
		} else if (b >= 2 && t.startsWith(", ", b - 2)) {
			join = b - 1;
		} else {
			return;
		}
		CountryModifier.Found other = modifier.before(t, join);
		if (other == null || other.country() == mod.country()) {
			return;
		}
		Country c = other.country();
		int end = b >= 5 && t.startsWith(" and ", b - 5) ? b - 5 : b - 2;
		if (end <= other.begin()) {
			return;
		}
		out.add(new Candidate(other.begin(), end, 3, actors -> {
			DocActor a;
			if (inst.isState()) {
				a = actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.7);
			} else if (inst.isMilitary()) {
				a = actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.7);
			} else {
				a = actors.actor(c.adjective() + " " + inst.canonical(), inst.kind(), c.iso(), 0.7);
			}
			actors.mention(a, other.begin(), end);
		}));
	}

	/**
	 * "BOGOTA, Colombia —", "Palestine, (APP - ...)": the dateline that opens a body (capitalised words and commas
	 * before a dash, a bracket or the end of the first line) names places.
	 */
	static boolean inDateline(String t, int offset) {
		return offset < datelineEnd(t);
	}

	/**
	 * Whether a capitalised word that continues a name follows the country name ending at {@code end} ("Myanmar Now",
	 * "China Daily"): not a country, title, body or place head, weekday or month (those make the country a modifier or
	 * an agent: "Iran Foreign Ministry", "US Senate", "Syria Monday").
	 */
	private boolean opensAName(String t, int end) {
		if (end >= t.length() || t.charAt(end) != ' ') {
			return false;
		}
		String next = TextCursor.of(t).nextWord(end + 1);
		int w = end + 1;
		if (next.length() < 2 || !Character.isUpperCase(t.charAt(w)) || !Character.isLowerCase(t.charAt(w + 1))) {
			return false;
		}
		String word = t.substring(w, TextCursor.of(t).wordEnd(w));
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, w, cs);
		List<PhraseIndex.Match<org.sourcebench.extract.data.Title>> ts = new ArrayList<>();
		data.titles().index().matchAt(t, w, ts);
		return cs.isEmpty() && ts.isEmpty() && BodyHeads.get().kindOf(word) == null
				&& !data.placeHeads().containsKey(word) && !ActorWords.get().is("date-word", word)
				&& !ActorWords.get().is("branch", word) && !LocationData.get().is("non-place", word)
				&& data.institutions().index().findAll(t.substring(w, Math.min(t.length(), w + 40))).stream()
						.noneMatch(i -> i.begin() == 0)
				&& data.gazetteer().index().findAll(word).stream().noneMatch(p -> p.begin() == 0);
	}

	/**
	 * Whether a capitalised toponym opener of location-words.tsv (class place-opening: "Puerto", "San", "Fort")
	 * stands right before the country name at {@code begin}, making it part of a town's name (mechanism
	 * locations.placeOpenings).
	 */
	public static boolean townName(String t, int begin) {
		if (begin < 2 || t.charAt(begin - 1) != ' ' || !Mechanisms.on("locations.placeOpenings")) {
			return false;
		}
		String prev = TextCursor.of(t).previousWordAsWritten(begin);
		boolean yes = !prev.isEmpty() && Character.isUpperCase(prev.charAt(0))
				&& LocationData.get().is("place-opening", prev);
		if (yes) {
			Mechanisms.fired("locations.placeOpenings", 1);
		}
		return yes;
	}

	/**
	 * Whether the country name or capital at {@code [begin, end)} is a word inside a longer proper name, neither an
	 * actor nor the country's place (mechanism {@code actors.namesInsideNames}): a capital that opens another name
	 * ("the Minsk Agreements", "the Oslo Forum"; as {@link #opensAName} for country names), the object of "of" after
	 * a capitalised sea or gulf head of place-heads.tsv ("the Gulf of Finland", "the Sea of Japan"), or a name after a
	 * Romance place particle that follows a capitalised word ("Mocimboa da Praia").
	 */
	private boolean insideAName(String t, int begin, int end, boolean capital) {
		if (capital && opensAName(t, end)) {
			return true;
		}
		TextCursor c = TextCursor.of(t);
		String prev = c.previousWordAsWritten(begin);
		int prevStart = c.previousWordStart(begin);
		if (prevStart < 0 || !c.onlySpaces(prevStart + prev.length(), begin)) {
			return false;
		}
		String before = c.previousWordAsWritten(prevStart);
		int beforeStart = c.previousWordStart(prevStart);
		if (before.isEmpty() || beforeStart < 0 || !Character.isUpperCase(before.charAt(0))
				|| !c.onlySpaces(beforeStart + before.length(), prevStart)) {
			return false;
		}
		if (prev.equals("of")) {
			return "sea".equals(data.placeHeads().get(before));
		}
		return LocationData.get().is("place-particle", prev);
	}

	/** "the capital Khartoum", "the Syrian capital, Damascus": a capital named as such is the city. */
	private static boolean namedAsCapital(String t, int begin) {
		return TextCursor.of(t).previousWord(begin).equals("capital")
				|| begin >= 10 && t.startsWith("capital, ", begin - 9);
	}

	/** End of the dateline opening the body, or -1 when it has none. */
	static int datelineEnd(String t) {
		int first = firstFormEnd(t);
		if (first >= 0) {
			return first;
		}
		org.sourcebench.extract.locations.DatelineForms.Found f = org.sourcebench.extract.locations.DatelineForms
				.read(t);
		return f == null ? -1 : f.end(); // "Seoul, July 28 (Agency)", "KYIV/NEW YORK:" (locations.datelines2)
	}

	private static int firstFormEnd(String t) {
		int end = t.length();
		for (String stop : new String[] {"\n", " - ", " (", ", (", " -- "}) {
			int i = t.indexOf(stop);
			if (i >= 0 && i < end) {
				end = i;
			}
		}
		if (end > 60) {
			return -1;
		}
		for (String w : t.substring(0, end).split("[ ,]+")) {
			if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
				return -1;
			}
		}
		return end;
	}

	private static final java.util.regex.Pattern OUTLET_PART = java.util.regex.Pattern.compile(
			"[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,3}");
	/** "(Yonhap)" closing a body or a paragraph, "(APP - UrduPoint / Pakistan Point News - 6th Oct, 2024)" after a
	 * dateline: the bracket credits news outlets. */
	private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
			"\\(((?:[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,3})(?: [-/] [A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,3})*)"
			+ "(?: - [^)]*)?\\)");

	/**
	 * A wire dateline: the place in capitals, an optional date, a dash, then the agency's bracket ("GENEVA, July 10
	 * (Xinhua) --", "SEOUL, September 14 (AJP) -", "WARSAW — (WARSOOR)-").
	 */
	private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
			"\\p{Lu}[\\p{Lu} .'\u2019-]*\\p{Lu}(?:, \\p{Lu}[\\p{L} ]*)?(?:,? \\p{Lu}[a-z]+\\.? \\d{1,2}(?:, \\d{4})?)?"
					+ "(?: ?[\u2014\u2013-]+)? ?");

	/** Whether the bracket at {@code bracket} credits the agency of a wire dateline (mechanism actors.wireDateline). */
	private static boolean wireDateline(String t, int bracket) {
		if (bracket > 80 || !Mechanisms.on("actors.wireDateline")) {
			return false;
		}
		int lineEnd = t.indexOf('\n');
		return (lineEnd < 0 || lineEnd > bracket) && WIRE_DATELINE.matcher(t).region(0, bracket).matches();
	}

	private void outlets(String t, List<Candidate> out) {
		java.util.regex.Matcher m = CREDIT.matcher(t);
		int datelineEnd = datelineEnd(t);
		int[] opening = org.sourcebench.extract.locations.DatelineForms.openingCredit(t);
		while (m.find()) {
			boolean closing = t.substring(m.end()).isBlank() || t.startsWith("\n", m.end());
			boolean dateline = datelineEnd >= 0 && m.start() >= datelineEnd && m.start() - datelineEnd <= 2;
			if (!dateline && opening != null && opening[0] == m.start(1)) {
				dateline = true; // "(AGENCY) –" opening the body (locations.datelines2)
			}
			if (!dateline && !closing && wireDateline(t, m.start())) {
				dateline = true;
				Mechanisms.fired("actors.wireDateline", 1);
			}
			if (!closing && !dateline || definesAcronym(t, m.start(), m.group(1))) {
				continue;
			}
			String inner = m.group(1);
			int base = m.start(1);
			DocActor[] current = new DocActor[1];
			java.util.regex.Matcher p = OUTLET_PART.matcher(inner);
			boolean alias = false;
			int from = 0;
			while (p.find(from)) {
				int b = base + p.start();
				int e = base + p.end();
				String name = p.group();
				boolean sameOutlet = alias;
				out.add(new Candidate(b, e, 5, actors -> {
					LexiconActor known = data.actors().byName(name);
					DocActor a = sameOutlet && current[0] != null ? current[0]
							: known != null ? actors.actor(known.name(), known.kind(), known.iso(), 0.8)
							: actors.actor(name, ActorKind.MEDIA, "", 0.6);
					current[0] = a;
					actors.mention(a, b, e);
				}));
				from = p.end();
				alias = inner.startsWith(" / ", from);
				if (!inner.startsWith(" - ", from) && !alias) {
					break;
				}
			}
		}
	}

	/**
	 * "Rapid Support Forces (RSF)": a bracket spelling the initials of the capitalised words before it defines an
	 * acronym (the {@link AcronymLinker}'s), it credits no outlet.
	 */
	static boolean definesAcronym(String t, int bracket, String inner) {
		if (inner.contains(" ") || inner.length() < 2) {
			return false;
		}
		int end = TextCursor.of(t).skipSpacesBack(bracket);
		int begin = end;
		for (int words = 0; words < inner.length() + 3 && begin > 0; words++) {
			int w = TextCursor.of(t).previousWordStart(begin);
			if (w < 0 || w >= begin) {
				break;
			}
			begin = w;
			if (AcronymLinker.initials(t.substring(begin, end).trim()).equalsIgnoreCase(inner.replace("-", ""))) {
				return true;
			}
		}
		return false;
	}

	private void countries(AnalyzedText text, List<Candidate> out, List<PlaceMention> places) {
		String t = text.matchText();
		List<PhraseIndex.Match<CountryTable.Form>> all = data.countries().index().findAll(t);
		Set<String> named = new HashSet<>();
		for (PhraseIndex.Match<CountryTable.Form> m : all) {
			if (m.value().type() != CountryTable.FormType.ADJECTIVE) {
				named.add(m.value().country().iso());
			}
		}
		for (PhraseIndex.Match<CountryTable.Form> m : all) {
			Country c = m.value().country();
			switch (m.value().type()) {
				case NAME, CAPITAL -> {
					boolean capital = m.value().type() == CountryTable.FormType.CAPITAL;
					if (data.isEventNoun(TextCursor.of(t).nextWord(m.end()))) {
						continue; // "Astana process", "Geneva talks": part of an event's name
					}
					if (t.startsWith("-based", m.end()) || t.startsWith("-born", m.end())) {
						continue; // "a Britain-based monitor": a modifier, neither actor nor place
					}
					if (t.startsWith("-led ", m.end()) && Mechanisms.on("actors.ledBodies")) {
						Mechanisms.fired("actors.ledBodies", 1);
						continue; // "the US-led coalition", "the US-led UN Command": the body led, not the state
					}
					if (!capital && opensAName(t, m.end())) {
						continue; // "told Myanmar Now", "Kenya Airways": the country opens another name
					}
					if (Mechanisms.on("actors.namesInsideNames") && insideAName(t, m.begin(), m.end(), capital)) {
						Mechanisms.fired("actors.namesInsideNames", 1);
						continue; // "the Minsk Agreements", "the Gulf of Finland", "Mocimboa da Praia"
					}
					boolean place = LocativeContext.isPlace(t, m.begin(), m.end()) || inDateline(t, m.begin())
							|| capital && namedAsCapital(t, m.begin());
					out.add(new Candidate(m.begin(), m.end(), 3, actors -> {
						if (place) {
							places.add(new PlaceMention(m.begin(), m.end(), c, capital));
						} else {
							actors.mention(actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.8), m.begin(),
									m.end());
						}
					}));
				}
				case ADJECTIVE -> {
					String w = m.phrase();
					boolean plural = w.endsWith("s") && !w.toLowerCase(Locale.ROOT).endsWith("ss")
							&& !w.equals("US") && !w.equals("U.S.") && !w.endsWith("ese");
					if (plural && !named.contains(c.iso()) && Mechanisms.on("actors.demonymStates")) {
						Mechanisms.fired("actors.demonymStates", 1);
						continue; // "Palestinians protested": the people, no mention of a state the text never names
					}
					if (plural) {
						out.add(new Candidate(m.begin(), m.end(), 4, actors -> actors.mention(
								actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.7), m.begin(), m.end())));
					}
				}
				default -> { }
			}
		}
	}
}
