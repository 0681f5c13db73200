package org.sourcebench.extract.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PetrarchActor;
import org.sourcebench.extract.data.PetrarchActorDictionary;
import org.sourcebench.extract.data.WordSequenceIndex;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Token;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Named persons and bodies of the field's actor dictionaries (PETRARCH/Phoenix: country office holders, international
 * organisations, armed non-state groups): a capitalised word sequence of the dictionary names the record's actor, of
 * the country and kind its code gives on the article's date ("JUAN_MANUEL_SANTOS [COLGOV >100901]" → a Colombian
 * person; "MOSSAD [ISRSPY]" → an Israeli government body). Looked up per token in the dictionary's first-word index,
 * so the cost does not grow with the dictionary. Weaker than the hand lexicon, stronger than name patterns; country
 * names and their cities are left to the country and place tables. Immutable; safe to share.
 */
final class DictionaryActorFinder {

	private static final int PRIORITY = 2;
	/** Places smaller than this do not take a dictionary name for themselves. */
	private static final long TOWN_POPULATION = 50_000;

	private final PetrarchActorDictionary dictionary;
	private final CountryTable countries;
	private final CountryModifier modifier;
	private final org.sourcebench.extract.data.Gazetteer gazetteer;
	private final Map<String, Country> byIso3 = new HashMap<>();

	DictionaryActorFinder(PetrarchActorDictionary dictionary, CountryTable countries, CountryModifier modifier,
			org.sourcebench.extract.data.Gazetteer gazetteer) {
		this.dictionary = dictionary;
		this.gazetteer = gazetteer;
		this.countries = countries;
		this.modifier = modifier;
		for (Country c : countries.all()) {
			try {
				String iso3 = new Locale.Builder().setRegion(c.iso()).build().getISO3Country();
				byIso3.put(iso3.toUpperCase(Locale.ROOT), c);
			} catch (java.util.IllformedLocaleException | java.util.MissingResourceException e) {
				// a code the JDK does not know: that country is never matched by ISO 3166-1 alpha-3
			}
		}
	}

	void find(AnalyzedText text, LocalDate date, List<Candidate> out) {
		List<Token> tokens = text.tokens();
		if (tokens.isEmpty()) {
			return;
		}
		scan(text, tokens, text::pos, null, date, out);
		if (Mechanisms.on("actors.hyphenatedNames")) {
			List<Token> joined = new java.util.ArrayList<>();
			List<Integer> lasts = new java.util.ArrayList<>();
			joinHyphens(tokens, text, joined, lasts);
			scan(text, joined, i -> text.pos(lasts.get(i)), HYPHENATED, date, out); // tagged only where a rule asks
		}
		if (Mechanisms.on("actors.joinedWords")) {
			List<Token> parts = new java.util.ArrayList<>();
			List<Integer> whole = new java.util.ArrayList<>();
			java.util.Map<Token, Token> split = new java.util.IdentityHashMap<>();
			for (int k = 0; k < tokens.size(); k++) {
				Token tok = tokens.get(k);
				java.util.regex.Matcher w = CAMEL.matcher(tok.text());
				if (!w.matches()) {
					parts.add(tok);
					whole.add(k);
					continue;
				}
				java.util.regex.Matcher part = CAMEL_PART.matcher(tok.text());
				while (part.find()) {
					Token p = new Token(tok.begin() + part.start(), tok.begin() + part.end(), part.group(),
							tok.sentence());
					parts.add(p);
					whole.add(k);
					split.put(p, tok);
				}
			}
			if (!split.isEmpty()) {
				scan(text, parts, i -> text.pos(whole.get(i)), match -> {
					Token first = split.get(match.get(0));
					Token last = split.get(match.get(match.size() - 1));
					return (first != null || last != null)
							&& (first == null || first.begin() == match.get(0).begin())
							&& (last == null || last.end() == match.get(match.size() - 1).end());
				}, date, out);
			}
		}
	}

	/** A word written as capitalised words run together ("ExxonMobil"), and one of its parts. */
	private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile(
			"\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+");
	private static final java.util.regex.Pattern CAMEL_PART = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
	private static final java.util.function.Predicate<List<Token>> HYPHENATED = match -> match.stream()
			.anyMatch(w -> w.text().contains("-"));

	/**
	 * The tokens with each hyphenated word ("al", "-", "Shabab" written "al-Shabab") joined into one, as the
	 * dictionaries write them ("AL-SHABAB", "HAYAT_TAHRIR_AL-SHAM"); {@code lasts} receives the index of each joined
	 * token's last part (whose tag the joined token takes).
	 */
	private static void joinHyphens(List<Token> tokens, AnalyzedText text, List<Token> joined, List<Integer> lasts) {
		for (int k = 0; k < tokens.size(); k++) {
			Token a = tokens.get(k);
			int last = k;
			while (last + 1 < tokens.size() && tokens.get(last + 1).begin() == tokens.get(last).end()) {
				String w = tokens.get(last).text();
				String next = tokens.get(last + 1).text();
				if (next.equals("-") && last + 2 < tokens.size()
						&& tokens.get(last + 2).begin() == tokens.get(last + 1).end()
						&& Character.isLetter(tokens.get(last + 2).text().charAt(0))) {
					last += 2; // "al" "-" "Shabaab"
				} else if ((w.endsWith("-") || next.startsWith("-")) && next.chars().anyMatch(Character::isLetter)) {
					last++; // "e" "-Taliban", "Kremlin-" "backed": the tokenizer glued the hyphen to one side
				} else {
					break;
				}
			}
			Token z = tokens.get(last);
			joined.add(last == k ? a : new Token(a.begin(), z.end(),
					text.matchText().substring(a.begin(), z.end()), a.sentence()));
			lasts.add(last);
			k = last;
		}
	}

	/**
	 * One pass of the dictionary over {@code tokens}; with {@code only}, only matches it accepts count: those holding
	 * a hyphenated word (mechanism {@code actors.hyphenatedNames}), or those holding the parts of a word written as
	 * capitalised words run together, "ExxonMobil" for the dictionary's "Exxon Mobil" (mechanism
	 * {@code actors.joinedWords}).
	 */
	private void scan(AnalyzedText text, List<Token> tokens, java.util.function.IntFunction<String> tags,
			java.util.function.Predicate<List<Token>> only, LocalDate date, List<Candidate> out) {
		List<String> words = new java.util.ArrayList<>(tokens.size());
		for (Token tok : tokens) {
			words.add(tok.text());
		}
		String[] keys = WordSequenceIndex.keys(words);
		String t = text.matchText();
		for (int i = 0; i < keys.length; i++) {
			Token first = tokens.get(i);
			if (!nameCase(first.text()) || first.text().equals("The")) {
				continue; // "The UN": the article is no part of the name
			}
			int limit = i;
			while (limit < keys.length && tokens.get(limit).sentence() == first.sentence()) {
				limit++;
			}
			WordSequenceIndex.Match<PetrarchActor> m = dictionary.index().longestAt(keys, i, limit);
			if (m == null || !writtenAsName(tokens, m.begin(), m.end())
					|| only != null && !only.test(tokens.subList(m.begin(), m.end()))) {
				continue;
			}
			Reading r = read(m.value(), date, m.end() - m.begin());
			boolean single = m.end() - m.begin() == 1;
			if (r == null || single && (r.kind == ActorKind.PERSON || TextCursor.of(t).sentenceStart(first.begin())
					&& !"PROPN".equals(tags.apply(i))
					|| r.loneName)) {
				continue; // a lone surname is the surname reader's; a lone capitalised word opening a sentence is
						  // too often a common word unless the tagger reads a proper noun ("Hamas said")
			}
			int begin = first.begin();
			int end = tokens.get(m.end() - 1).end();
			if (r.kind != ActorKind.PERSON && !single && BodyHeads.get().kindOf(tokens.get(m.end() - 1).text()) == null
					&& !wordsOfPrimary(m.value().primary(), tokens, m.begin(), m.end())) {
				continue; // "Khaled Meshaal" listed under Hamas: a leader is a person of his own ("Islamic Jihad"
						  // under "Palestinian Islamic Jihad" is a short form of the name)
			}
			if (isPlace(t, begin, end)) {
				continue; // "Hama" is a city before it is the key of "Hamas"; "Gaza", "Rafah": places
			}
			if (r.kind != ActorKind.PERSON && BodyHeads.get().kindOf(tokens.get(m.end() - 1).text()) != null
					&& !r.iso.isEmpty() && (!r.iso.equals(dominantIso(t)) || otherOwner(t, begin, r.iso))) {
				continue; // "Joint Chiefs of Staff", "Supreme Court": an institution many countries have is the
						  // dictionary's country's only where the article is about that country
			}
			String name = r.name; // the record's name: one actor for every spelling ("FARC", "FARC-EP")
			if (only != null) {
				Mechanisms.fired(only == HYPHENATED ? "actors.hyphenatedNames" : "actors.joinedWords", 1);
			}
			out.add(new Candidate(begin, end, PRIORITY, actors -> actors.mention(
					actors.actor(name, r.kind, r.iso, 0.75), begin, end)));
			i = m.end() - 1;
		}
	}

	/** "South Korea's Joint Chiefs of Staff": a country modifier names another owner than the dictionary's. */
	private boolean otherOwner(String t, int begin, String iso) {
		CountryModifier.Found mod = modifier.before(t, begin);
		return mod != null && !mod.country().iso().equals(iso);
	}

	/** The ISO code of the country whose name, adjective or capital the text uses most, or "". */
	private String dominantIso(String t) {
		Map<String, Integer> counts = new HashMap<>();
		for (var m : countries.index().findAll(t)) {
			counts.merge(m.value().country().iso(), 1, Integer::sum);
		}
		return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
	}

	/** {@code loneName}: a one-word record of a government ("MADURO [VENGOV]") may be a person or a body. */
	private record Reading(String name, ActorKind kind, String iso, boolean loneName) {
	}

	/** Whether every matched token is a word of the record's primary phrase (keys compared). */
	private static boolean wordsOfPrimary(String primary, List<Token> tokens, int from, int to) {
		java.util.Set<String> words = new java.util.HashSet<>();
		for (String w : org.sourcebench.extract.data.PetrarchSource.words(primary)) {
			words.add(org.sourcebench.extract.data.PetrarchSource.key(w));
		}
		for (int k = from; k < to; k++) {
			if (!words.contains(org.sourcebench.extract.data.PetrarchSource.key(tokens.get(k).text()))) {
				return false;
			}
		}
		return true;
	}

	private boolean isPlace(String t, int begin, int end) {
		List<org.sourcebench.extract.data.PhraseIndex.Match<org.sourcebench.extract.data.Place>> ps =
				new java.util.ArrayList<>();
		gazetteer.index().matchAt(t, begin, ps);
		if (ps.stream().anyMatch(p -> p.end() == end && (p.value().curated()
				|| p.value().population() >= TOWN_POPULATION))) {
			return true; // a village of the gazetteer ("Taliban", Turkey, 1,140 people) does not hide a group's name
		}
		List<org.sourcebench.extract.data.PhraseIndex.Match<CountryTable.Form>> cs = new java.util.ArrayList<>();
		countries.index().matchAt(t, begin, cs);
		return cs.stream().anyMatch(c -> c.end() == end);
	}

	/** The actor a record names on {@code date}, or null for countries, cities and codes that are no actor. */
	private Reading read(PetrarchActor actor, LocalDate date, int matchedWords) {
		String code = actor.codeOn(date);
		if (code == null || code.length() < 3) {
			return null;
		}
		String head = code.substring(0, 3);
		Country c = byIso3.get(head);
		String sector = code.length() >= 6 ? code.substring(3, 6) : "";
		if (c != null && sector.isEmpty()) {
			return null; // the country itself, its cities and regions: the country and place tables read those
		}
		String name = displayName(actor.primary());
		boolean bodyName = BodyHeads.get().kindOf(NameRun.lastWord(name)) != null;
		boolean person = !bodyName && actor.roles().stream().anyMatch(r -> r.from() != null || r.to() != null)
				&& NameRun.wordCount(name) >= 2;
		ActorKind kind = person ? ActorKind.PERSON : kindOf(head, sector, c != null);
		if (kind == null) {
			return null;
		}
		boolean lone = NameRun.wordCount(name) == 1 && (sector.equals("GOV") || sector.equals("ELI"));
		return new Reading(name, kind, c == null ? "" : c.iso(), lone);
	}

	/** "REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA" → "Revolutionary Armed Forces of Colombia". */
	static String displayName(String primary) {
		StringBuilder b = new StringBuilder();
		for (String w : org.sourcebench.extract.data.PetrarchSource.words(primary)) {
			if (w.startsWith("(") && w.endsWith(")")) {
				continue; // "NATIONAL_LIBERATION_ARMY_(COLOMBIA)_": the bracket tells same-named groups apart
			}
			String lower = w.toLowerCase(Locale.ROOT);
			if (b.length() > 0) {
				b.append(' ');
				if (ActorWords.get().is("joiner", lower)) {
					b.append(lower);
					continue;
				}
			}
			boolean start = true;
			for (char c : lower.toCharArray()) {
				b.append(start ? Character.toUpperCase(c) : c);
				start = c == '-' || c == '\'' || c == '.';
			}
		}
		return b.toString();
	}

	/** The kind of a body from its code: the sector of a country code, or an international/non-state prefix. */
	private static ActorKind kindOf(String head, String sector, boolean country) {
		if (!country) {
			return switch (head) {
				case "IGO", "NGO", "NGM" -> ActorKind.ORGANISATION;
				case "MNC" -> ActorKind.COMPANY;
				case "IMG", "UAF" -> ActorKind.ARMED_GROUP;
				default -> null;
			};
		}
		return switch (sector) {
			case "GOV", "JUD", "LEG", "SPY", "COP", "ELI" -> ActorKind.GOVERNMENT;
			case "MIL" -> ActorKind.MILITARY;
			case "REB", "INS", "UAF", "SEP", "IMG" -> ActorKind.ARMED_GROUP;
			case "OPP", "PTY", "NGO", "IGO", "HRI" -> ActorKind.ORGANISATION;
			case "MED" -> ActorKind.MEDIA;
			case "BUS", "MNC" -> ActorKind.COMPANY;
			default -> null;
		};
	}

	/** Capitalised, or a capitalised name after an article joined by a hyphen ("al-Shabab", "el-Sisi"). */
	private static boolean nameCase(String w) {
		int h = w.indexOf('-');
		return Character.isUpperCase(w.charAt(0)) || h > 0 && h + 1 < w.length()
				&& NameRun.isParticle(w.substring(0, h + 1) + "x") && Character.isUpperCase(w.charAt(h + 1));
	}

	/** Every word capitalised or a name particle, the last one capitalised ("Juan Manuel Santos", "Bank of Korea"). */
	private static boolean writtenAsName(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			String w = tokens.get(k).text();
			boolean cap = nameCase(w);
			if (!cap && (k == to - 1 || !ActorWords.get().is("joiner", w) && !NameRun.isParticle(w))) {
				return false;
			}
		}
		return true;
	}
}
