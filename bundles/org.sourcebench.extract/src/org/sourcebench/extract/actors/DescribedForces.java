package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Armed forces and police described rather than named ({@code data/described-forces.tsv}), as actors of the
 * country they belong to ({@code forces.described}; twelfth session's rule, revived and restricted in the
 * thirteenth): a description with no owner word before it ("rescued by the police", "attacked a federal army base",
 * "the military regime") is the force of the country named right before it ("Mali government troops"), of the armed
 * forces that own it by a possessive ("the Myanmar military's air force"), of a police the text already named (for
 * "the police"), else of the state the text names most. That last step takes only a description that picks out one
 * force (GUIDELINES.md: definite descriptions are mentions, generic or unnamed sets are no actors): one after "the",
 * or one whose own words make it the state's ("government troops", "federal army", "junta"); a bare "police" or
 * "security forces" with no owner in the text is left alone ("joined by police and soldiers from X"), unless the
 * police acts in its clause — the agent after "by" or the subject before a verb, also a sentence's opening "Police"
 * ("shot dead by police", "Police fired tear gas"; mechanism {@code actors.agent-police}). A description
 * that modifies another noun ("police officers", "air force support") is none, except before the bases and positions
 * an attack is aimed at (DECISIONS.md R7: "a federal army base"); one owned by another word ("special security
 * forces", "armed forces loyal to X", "military police") is left alone. After the text called the armed forces a
 * military regime, junta or military council, a bare "the regime" is those forces (DECISIONS.md A5).
 */
final class DescribedForces {

	/** Switch: a bare "police" with no owner that acts (subject or passive agent) is the setting country's police. */
	static final String AGENT_POLICE = "actors.agent-police";
	private static final Map<String, String> TARGETS = new HashMap<>();
	private static final Pattern DESCRIPTION;

	static {
		for (String[] r : DataFile.rows("described-forces.tsv", 2)) {
			TARGETS.put(r[0].trim(), r[1].trim());
		}
		DESCRIPTION = Pattern.compile("\\b(?:" + DataFile.alternation(TARGETS.keySet()) + ")\\b");
	}

	/** Nouns after a force description that name what an attack on the force hits (R7), not a part of it. */
	private static final Set<String> POSITIONS = Set.of("base", "bases", "position", "positions", "post", "posts",
			"outpost", "outposts", "camp", "camps", "barracks", "installation", "installations", "station", "stations");
	/** Words after a description that give it another owner ("armed forces loyal to", "forces of"). */
	private static final Set<String> OWNED_AFTER = Set.of("loyal", "of", "from", "aligned", "allied", "backed");
	/** Part-of-speech tags of a word before a description that leave it without an owner. */
	private static final Set<String> OPEN_BEFORE = Set.of("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT");
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
	private static final Pattern RULED_BY_FORCES = Pattern.compile("(?i)(?:military regime|junta|military council)$");

	private DescribedForces() {
	}

	static void find(AnalyzedText text, DocActors actors, ExtractionData data, CountryModifier modifier) {
		if (Mechanisms.on("forces.described")) {
			described(text, actors, data, modifier);
			regime(text.matchText(), actors);
		}
	}

	private static void described(AnalyzedText text, DocActors actors, ExtractionData data,
			CountryModifier modifier) {
		CountryTable countries = data.countries();
		String t = text.matchText();
		Matcher m = DESCRIPTION.matcher(t);
		Map<String, Country> lastOwned = new HashMap<>();
		Country setting = null;
		boolean settingKnown = false;
		int n = 0;
		while (m.find()) {
			int begin = m.start();
			int end = m.end();
			String target = TARGETS.get(m.group());
			CountryModifier.Found mod = modifier.before(t, begin);
			if (mod != null) {
				lastOwned.put(target, mod.country()); // "an Iranian police station": the police named so far
			}
			if (actors.overlaps(begin, end) || begin > 0 && t.charAt(begin - 1) == '-'
					|| end < t.length() && t.charAt(end) == '-' || !standsAlone(text, end, target, mod != null)) {
				continue; // "anti-regime", "army-aligned groups", "police officers"
			}
			int mentionBegin = begin;
			Country owner = null;
			if (mod != null) {
				owner = mod.country(); // "Mali government troops"
				mentionBegin = mod.begin();
			} else {
				int possessor = TextCursor.of(t).possessiveOwnerEnd(begin);
				if (possessor >= 0) {
					ActorMention by = possessor > 0 ? actors.at(possessor - 1) : null;
					if (by == null || by.actor().kind() != ActorKind.MILITARY) {
						continue; // "Tigray's forces", "its armed forces": owned by another than a country's forces
					}
					owner = countries.byIso(by.actor().iso()); // "the Myanmar military's air force"
					mentionBegin = by.begin();
				} else if (!opensPhrase(text, begin)) {
					continue; // "special security forces", "ethnic armed forces", "military police"
				}
			}
			if (owner == null) {
				owner = lastOwned.get(target);
			}
			if (owner == null && !stateWords(m.group())
					&& !"the".equalsIgnoreCase(TextCursor.of(t).previousWord(begin))) {
				if (!target.equals("police") || !Mechanisms.on(AGENT_POLICE) || !acts(text, begin, end)) {
					continue; // "police and soldiers from X", "attacks on police": a generic set, no actor (GUIDELINES)
				}
				Mechanisms.fired(AGENT_POLICE, 1); // "Police fired tear gas", "shot dead by police"
			}
			if (owner == null) {
				if (!settingKnown) {
					setting = setting(t, actors, data);
					settingKnown = true;
				}
				owner = setting;
			}
			DocActor a = forceOf(owner, target, actors);
			if (a == null) {
				continue;
			}
			actors.mention(a, mentionBegin, end);
			n++;
		}
		Mechanisms.fired("forces.described", n);
		if (Mechanisms.on(AGENT_POLICE) && t.contains("Police ")) {
			openingPolice(text, actors, lastOwned.get("police") != null ? lastOwned.get("police")
					: settingKnown ? setting : setting(t, actors, data));
		}
	}

	/** "Police fired tear gas": a sentence that opens with a bare "Police" before a verb names the setting's police. */
	private static void openingPolice(AnalyzedText text, DocActors actors, Country owner) {
		if (owner == null) {
			return;
		}
		String t = text.matchText();
		int n = 0;
		for (int i = t.indexOf("Police "); i >= 0; i = t.indexOf("Police ", i + 1)) {
			int end = i + "Police".length();
			if (text.sentenceOf(i) == null || text.sentenceOf(i).begin() != i || actors.overlaps(i, end)
					|| !acts(text, i, end)) {
				continue;
			}
			DocActor a = forceOf(owner, "police", actors);
			if (a != null) {
				actors.mention(a, i, end);
				n++;
			}
		}
		Mechanisms.fired(AGENT_POLICE, n);
	}

	/**
	 * Whether the bare description {@code [begin, end)} acts in its clause: the agent after "by" ("shot dead by
	 * police") or the subject right before a verb ("Police fired tear gas", "police said").
	 */
	private static boolean acts(AnalyzedText text, int begin, int end) {
		String t = text.matchText();
		if ("by".equalsIgnoreCase(TextCursor.of(t).previousWord(begin))) {
			return true;
		}
		int next = TextCursor.of(t).nextWordStart(end);
		if (next != end + 1) {
			return false;
		}
		int tok = text.tokenAt(next);
		return tok >= 0 && ("VERB".equals(text.pos(tok)) || "AUX".equals(text.pos(tok)));
	}

	/**
	 * Whether nothing owns the description starting at {@code begin}: it opens its sentence or follows an article, a
	 * punctuation mark or a verb, preposition or conjunction (not an adjective or noun: "special security forces"); a
	 * word in "-ed" counts as a verb whatever its tag ("Amnesty slammed government troops").
	 */
	private static boolean opensPhrase(AnalyzedText text, int begin) {
		String t = text.matchText();
		int ps = TextCursor.of(t).previousWordStart(begin);
		if (ps < 0 || text.sentenceOf(ps) != text.sentenceOf(begin)
				|| !TextCursor.of(t).onlySpaces(TextCursor.of(t).wordEnd(ps), begin)) {
			return true;
		}
		if (DETERMINERS.contains(TextCursor.of(t).previousWord(begin))) {
			return true;
		}
		int tok = text.tokenAt(ps);
		String previous = TextCursor.of(t).previousWord(begin);
		return tok >= 0 && (OPEN_BEFORE.contains(text.pos(tok)) || previous.endsWith("ed") && previous.length() > 4);
	}

	/**
	 * The country the text is set in: the one whose state it names most, counting also the places of the gazetteer
	 * it names that lie in a single country ("Arakan State", "Sittwe"), or null.
	 */
	private static Country setting(String t, DocActors actors, ExtractionData data) {
		Map<String, Integer> counts = new HashMap<>();
		for (ActorMention m : actors.mentions()) {
			if (m.actor().kind() == ActorKind.STATE && !m.actor().iso().isEmpty()) {
				counts.merge(m.actor().iso(), 1, Integer::sum);
			}
		}
		Map<Integer, Set<String>> placesAt = new HashMap<>();
		Map<Integer, Integer> endAt = new HashMap<>();
		for (PhraseIndex.Match<Place> p : data.gazetteer().index().findAll(t)) {
			if (p.value().iso().isEmpty() || actors.overlaps(p.begin(), p.end())) {
				continue;
			}
			placesAt.computeIfAbsent(p.begin(), k -> new HashSet<>()).add(p.value().iso());
			endAt.merge(p.begin(), p.end(), Math::max);
		}
		placesAt.forEach((b, isos) -> {
			if (isos.size() == 1) {
				counts.merge(isos.iterator().next(), 1, Integer::sum);
			}
		});
		String best = null;
		for (var e : counts.entrySet()) {
			if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best))
					&& e.getKey().compareTo(best) < 0) {
				best = e.getKey();
			}
		}
		return best == null ? null : data.countries().byIso(best);
	}

	/**
	 * Whether the description ending at {@code end} is a noun phrase's head: not followed by a noun it modifies
	 * ("police officers", "air force support"; bases and positions excepted, of the police only when a country owns
	 * it: "an Iranian police station", not "a police station") nor by a phrase that names another owner ("loyal to",
	 * "of").
	 */
	private static boolean standsAlone(AnalyzedText text, int end, String target, boolean owned) {
		String t = text.matchText();
		int next = TextCursor.of(t).nextWordStart(end);
		if (next < 0 || next != end + 1) {
			return true;
		}
		String word = TextCursor.of(t).nextWord(end).toLowerCase(Locale.ROOT);
		if (OWNED_AFTER.contains(word)) {
			return false;
		}
		int tok = text.tokenAt(next);
		if (tok < 0 || !("NOUN".equals(text.pos(tok)) || "PROPN".equals(text.pos(tok)))) {
			return true;
		}
		return (owned || !target.equals("police")) && POSITIONS.contains(word);
	}

	private static DocActor forceOf(Country c, String target, DocActors actors) {
		if (c == null) {
			return null;
		}
		return switch (target) {
			case "military" -> c.military() == null || c.military().isEmpty() ? null
					: actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.55);
			case "police" -> actors.actor(c.adjective() + " police", ActorKind.GOVERNMENT, c.iso(), 0.55);
			default -> actors.actor(c.adjective() + " " + target, ActorKind.MILITARY, c.iso(), 0.55);
		};
	}

	/** "the regime" after the text called the armed forces a military regime, junta or military council (A5). */
	private static void regime(String t, DocActors actors) {
		DocActor ruler = null;
		for (ActorMention m : actors.mentions()) {
			if (m.actor().kind() == ActorKind.MILITARY && RULED_BY_FORCES.matcher(t.substring(m.begin(), m.end()))
					.find()) {
				ruler = m.actor();
				break;
			}
		}
		if (ruler == null) {
			return;
		}
		List<int[]> spans = new ArrayList<>();
		Matcher m = Pattern.compile("\\bthe (regime)\\b").matcher(t);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end(1);
			if (e < t.length() && t.charAt(e) == '-' || actors.overlaps(b, e)) {
				continue;
			}
			spans.add(new int[] {b, e});
		}
		for (int[] s : spans) {
			actors.mention(ruler, s[0], s[1]);
		}
		Mechanisms.fired("forces.described", spans.size());
	}

	/** Whether the description's own words make it the state's forces ("government troops", "federal army", "junta"). */
	private static boolean stateWords(String description) {
		return description.matches("(?i).*\\b(?:government|federal|junta|regime|council)\\b.*");
	}
}
