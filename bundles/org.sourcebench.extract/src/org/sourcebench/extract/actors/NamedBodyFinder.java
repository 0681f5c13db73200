package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;

/**
 * Named bodies that are in no dictionary: a capitalised name ending in an organisational head word ("Free Idlib
 * Army", "Supreme Negotiations Committee", "Union of Medical Care and Relief Organizations"; its acronyms are the
 * {@link AcronymLinker}'s), and news outlets named with their description ("news agency QNA", "Tasnim news agency").
 * Weaker than every dictionary match, so known names win overlaps.
 */
final class NamedBodyFinder {

	private static final String WORD = "[A-Z][\\w'\u2019-]*";
	private static final String JOIN = "(?:(?:of|for|and|the|on) )*";
	/**
	 * Up to five capitalised words (with of/for/and/the inside) ending in a head word of body-heads.tsv, an
	 * "of/for" tail of capitalised words ("Coordination Headquarters for the Treatment of Prisoners of War").
	 */
	private static final Pattern BODY = Pattern.compile("\\b((?:" + WORD + " " + JOIN + "){1,5}(?:"
			+ BodyHeads.get().alternation() + ")(?: (?:of|for) (?:the )?" + WORD + "(?: " + JOIN + WORD + "){0,4})?)"
			+ "\\b");
	private static final Pattern OUTLET = Pattern.compile("\\b(?:" + ActorWords.get().alternation("outlet") + ") ("
			+ WORD + "(?: " + WORD + "){0,2})");
	/** "the Showtime television network", "Tasnim news agency": an outlet's name before its description. */
	private static final Pattern NAMED_OUTLET = Pattern.compile("\\b(" + WORD + "(?: " + WORD + "){0,2}) (?:"
			+ ActorWords.get().alternation("named-outlet") + ")\\b");
	private static final Pattern LEADING_PARTICIPLE = Pattern.compile("\\S+-(?:"
			+ ActorWords.get().alternation("participle") + ") ");
	private static final int PRIORITY = 6;

	private final ExtractionData data;

	NamedBodyFinder(ExtractionData data) {
		this.data = data;
	}

	void find(String t, List<Candidate> out) {
		List<String> bodies = new ArrayList<>();
		Matcher m = BODY.matcher(t);
		while (m.find()) {
			int b = m.start(1);
			if (t.startsWith("The ", b) || t.startsWith("A ", b) || t.startsWith("An ", b)) {
				b = t.indexOf(' ', b) + 1; // sentence-initial article
			}
			int e = m.end(1);
			int of = t.indexOf(" of ", b);
			if (of > b && of < e && t.indexOf(' ', b) == of && TextCursor.of(t).sentenceStart(b)
					&& BodyHeads.get().kindOf(t.substring(b, of)) == null) {
				b = of + (t.startsWith(" of the ", of) ? 8 : 4); // "Members of the Sinaloa Cartel": a sentence-opening
																	 // word before "of" is no part of the name
			}
			e = beforeTitledName(t, b, e);
			Matcher participle = LEADING_PARTICIPLE.matcher(t).region(b, e);
			if (participle.lookingAt()) {
				b = participle.end(); // "the US-backed Syrian Democratic Forces": the backer is no part of the name
			}
			for (int[] part : coordinated(t, b, e)) {
				Matcher second = LEADING_PARTICIPLE.matcher(t).region(part[0], part[1]);
				if (part[0] > b && second.lookingAt() && Mechanisms.on("actors.coordinatedParticiple")) {
					part[0] = second.end(); // "X and the Russian-backed Y Front": the backer is no part of Y's name
					Mechanisms.fired("actors.coordinatedParticiple", 1);
				}
				body(t, part[0], part[1], bodies, out);
			}
		}
		Matcher n = NAMED_OUTLET.matcher(t);
		while (n.find()) {
			int b = n.start(1);
			if (t.startsWith("The ", b) || t.startsWith("A ", b)) {
				b = t.indexOf(' ', b) + 1;
			}
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(t, b, cs);
			if (b >= n.end(1) || !cs.isEmpty()) {
				continue; // "a Russian news agency": a description, no name
			}
			if (NameRun.hasParticipleCompound(t.substring(b, n.end(1))) && Mechanisms.on("actors.outlets")) {
				continue; // "the Gulf-funded broadcaster": a description (actors.outlets)
			}
			String name = t.substring(b, n.end(1));
			int nb = b;
			int e = n.end();
			out.add(new Candidate(nb, e, PRIORITY,
					actors -> actors.mention(actors.actor(name, ActorKind.MEDIA, "", 0.6), nb, e)));
		}
		Matcher o = OUTLET.matcher(t);
		while (o.find()) {
			String name = o.group(1);
			int b = o.start(1);
			int e = o.end(1);
			if (OutletContexts.dateWord(name.split(" ")[0]) && Mechanisms.on("actors.dateWordOpening")) {
				Mechanisms.fired("actors.dateWordOpening", 1);
				continue; // "told a broadcaster Thursday": a weekday names no outlet
			}
			out.add(new Candidate(b, e, PRIORITY,
					actors -> actors.mention(actors.actor(name, ActorKind.MEDIA, "", 0.6), b, e)));
		}
	}

	/**
	 * "US Department of State Spokesperson Jane Roe": a title of titles.tsv inside the name's "of" tail that two or
	 * more capitalised words follow to the end introduces a person; the body's name ends before it (mechanism
	 * {@code actors.bodyTailTitles}).
	 */
	private int beforeTitledName(String t, int b, int e) {
		int of = t.indexOf(" of ", b);
		if (of < 0 || of >= e || !Mechanisms.on("actors.bodyTailTitles")) {
			return e;
		}
		for (PhraseIndex.Match<org.sourcebench.extract.data.Title> m : data.titles().index().findAll(t.substring(of,
				e))) {
			int tb = of + m.begin();
			int te = of + m.end();
			if (tb <= of + 4 || te >= e || t.charAt(te) != ' ' || !Character.isUpperCase(t.charAt(tb))) {
				continue;
			}
			int[] name = NameRun.after(t, te);
			if (name != null && name[0] == te + 1 && name[1] == e
					&& NameRun.wordCount(t.substring(name[0], name[1])) >= 2) {
				Mechanisms.fired("actors.bodyTailTitles", 1);
				return tb - 1;
			}
		}
		return e;
	}

	private static final Pattern AND = Pattern.compile(" and (?:the )?");

	/**
	 * "the Wagner Group and the Arakan Army", "Kuomintang and the Democratic Progressive Party": "and the", or "and"
	 * after a head word, joins two names ("Union of Medical Care and Relief Organizations" stays one).
	 */
	private static List<int[]> coordinated(String t, int b, int e) {
		List<int[]> parts = new ArrayList<>();
		Matcher a = AND.matcher(t).region(b, e);
		int from = b;
		while (a.find()) {
			String before = TextCursor.of(t).previousWord(a.start());
			boolean head = BodyHeads.get().kindOf(t.substring(TextCursor.of(t).previousWordStart(a.start()),
					a.start())) != null;
			if (a.group().endsWith("the ") || head && !before.isEmpty()) {
				parts.add(new int[] {from, a.start()});
				from = a.end();
			}
		}
		parts.add(new int[] {from, e});
		return parts;
	}

	private void body(String t, int begin, int e, List<String> bodies, List<Candidate> out) {
		int b = begin;
		int possessive = Math.max(t.lastIndexOf("'s ", e), t.lastIndexOf("’s ", e));
		if (possessive >= b && possessive + 3 < e && NameRun.wordCount(t.substring(possessive + 3, e)) >= 2
				&& isCountry(t, b, possessive)) {
			b = possessive + 3; // "Turkey's Anadolu Agency": a country owner is not part of the name
								// ("Tigray People's Liberation Front", "People's Assembly" keep theirs)
		}
		if (b >= e || NameRun.wordCount(t.substring(b, e)) < 2 || isKnownPlace(t, b, e)) {
			return;
		}
		String name = t.substring(b, e);
		if (BodyHeads.get().kindOf(headOf(name)) == null || data.titles().isTitle(name) || holdsATitleOf(name) || isInstitution(name)
				&& ownedSomewhere(t, name) || endsInKnownActor(name)) {
			return; // "Chief of Staff": an office, named with its holder; "Defense Ministry": the institution
					// table's, with the country that owns it
		}
		ActorKind kind = kindOf(name, headOf(name));
		String iso = countryOpening(t, b, e); // "Iraqi Joint Operations Command"
		int nameBegin = b;
		bodies.add(name);
		out.add(new Candidate(nameBegin, e, PRIORITY,
				actors -> actors.mention(actors.actor(fullName(bodies, name), kind, iso, 0.6), nameBegin, e)));
	}

	/**
	 * "Coordination Headquarters" after "Coordination Headquarters for the Treatment of Prisoners of War": the
	 * longest body name of the document that starts with this one (followed by "for"/"of") is the same body.
	 */
	private static String fullName(List<String> bodies, String name) {
		String best = name;
		for (String b : bodies) {
			if (b.length() > best.length() && (b.startsWith(name + " for ") || b.startsWith(name + " of "))) {
				best = b;
			}
		}
		return best;
	}

	/** Whether {@code [b, e)} ends in a country's name or capital ("Turkey", "the Beijing"). */
	private boolean isCountry(String t, int b, int e) {
		for (int i = b; i < e; i = t.indexOf(' ', i) < 0 ? e : t.indexOf(' ', i) + 1) {
			List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
			data.countries().index().matchAt(t, i, cs);
			if (cs.stream().anyMatch(c -> c.end() == e)) {
				return true;
			}
		}
		return false;
	}

	/** The country whose adjective opens the body's name at {@code b}, as an ISO code, or "". */
	private String countryOpening(String t, int b, int e) {
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, b, cs);
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			if (c.end() < e && t.charAt(c.end()) == ' ' && c.value().type() == CountryTable.FormType.ADJECTIVE) {
				return c.value().country().iso();
			}
		}
		return "";
	}

	/** The body head of a name with an of/for tail: "Headquarters" in "Coordination Headquarters for the ...". */
	private static String headOf(String name) {
		String[] w = name.split(" ");
		if (BodyHeads.get().kindOf(w[w.length - 1]) != null) {
			return w[w.length - 1];
		}
		for (int i = w.length - 1; i >= 0; i--) {
			if ((w[i].equals("of") || w[i].equals("for")) && i > 0 && BodyHeads.get().kindOf(w[i - 1]) != null) {
				return w[i - 1];
			}
		}
		return NameRun.lastWord(name);
	}

	/** The kind of a body from its head word; a news organisation ("Pakistan Point News") is media. */
	private static ActorKind kindOf(String name, String head) {
		if (name.contains("News ") || name.endsWith(" News") || name.contains(" Press ")) {
			return ActorKind.MEDIA;
		}
		ActorKind k = BodyHeads.get().kindOf(head);
		return k == null ? ActorKind.ORGANISATION : k;
	}

	/** "Syrian Kurdish People's Protection Units": a lexicon name closes the run; the lexicon reads it. */
	private boolean endsInKnownActor(String name) {
		for (var m : data.actors().index().findAll(name)) {
			if (m.begin() > 0 && m.end() == name.length()) {
				return true;
			}
		}
		return false;
	}

	private boolean isInstitution(String name) {
		for (var m : data.institutions().index().findAll(name)) {
			if (m.begin() == 0 && m.end() == name.length()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text names the institution with its country somewhere ("Russia's Defense Ministry"). */
	private boolean ownedSomewhere(String t, String name) {
		CountryModifier modifier = new CountryModifier(data.countries());
		for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
			if (modifier.before(t, i) != null) {
				return true;
			}
		}
		return false;
	}

	/** "JK Director General of Police", "Secretary of State": an office "of" a body, named with its holder. */
	private boolean holdsATitleOf(String name) {
		for (var m : data.titles().index().findAll(name)) {
			if (name.startsWith(" of ", m.end()) && (m.begin() == 0 || name.charAt(m.begin() - 1) == ' ')) {
				return true;
			}
		}
		return false;
	}

	/** "Soviet Union", "Arab League" as a place: a gazetteer or country name spanning the whole run. */
	private boolean isKnownPlace(String t, int b, int e) {
		List<PhraseIndex.Match<Place>> ps = new ArrayList<>();
		data.gazetteer().index().matchAt(t, b, ps);
		for (PhraseIndex.Match<Place> p : ps) {
			if (p.end() == e) {
				return true;
			}
		}
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, b, cs);
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			if (c.end() == e) {
				return true;
			}
		}
		return false;
	}
}
