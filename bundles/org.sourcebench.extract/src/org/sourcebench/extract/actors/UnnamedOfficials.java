package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * An official the document describes by office and country but never names is a person actor of its own (switch
 * {@code actors.unnamedOfficials}; the guidelines enter unnamed speakers and targets as actors, DECISIONS R6: a
 * summons is 11 to the summoned envoy): a definite description of an office of titles.tsv owned by a country
 * adjective or possessive ("the Omani Foreign Minister", "Algeria's top diplomat", "Russia's chargé d'affaires",
 * "the Indian Army Chief") with no name after it, when no person of the document was introduced with that office
 * for that country or for no country ("Foreign Minister Jane Roe" may be the Omani one). Every description of the
 * same office of the same country is the same actor; "the top diplomat" of a country is the one rank of its mission the
 * document gives ("Ethiopia's top diplomat ... the Ethiopian Chargé d'Affaires"). An office followed by its post and
 * a person's name introduces that person ("Kenya's ambassador to Somalia Jane Roe"), and so does an office whose
 * country follows it with a name after ("the deputy high commissioner of Bangladesh Jane Roe"). Generic roles
 * (officials, diplomats, spokespersons, whom A2 gives to the body, leaders, whom the office table resolves) are left
 * alone, and so are descriptions a reader already gave to a person.
 */
final class UnnamedOfficials {

	/** Offices too generic to pick out one person, or resolved elsewhere (A2: an unnamed spokesperson is the body). */
	private static final Set<String> GENERIC = Set.of("official", "diplomat", "analyst", "expert", "journalist",
			"filmmaker", "cleric", "lawmaker", "aide", "adviser", "leader", "head", "chief", "commander", "director",
			"representative", "mediator", "negotiator", "secretary", "minister", "deputy minister", "general",
			"colonel", "admiral", "spokesman", "spokeswoman", "spokesperson", "senator", "mayor", "judge", "governor",
			"pope", "chairman", "chairwoman");
	/** Words that may stand between the country and the office ("Algeria's top diplomat"). */
	private static final Set<String> QUALIFIERS = Set.of("top", "senior", "most", "new", "acting", "interim",
			"outgoing", "then");

	/** A description with no holder: its span, from the owner words, and its title. */
	record Description(int begin, int end, PhraseIndex.Match<Title> title) {
	}

	/** A person introduced with a title: the role word and the phrase from the owner words to the title. */
	record Introduced(String role, String phrase) {
	}

	private UnnamedOfficials() {
	}

	static void add(String t, DocActors actors, ExtractionData data, List<Description> descriptions,
			List<Introduced> intros) {
		if (!Mechanisms.on("actors.unnamedOfficials")) {
			return;
		}
		CountryModifier modifier = new CountryModifier(data.countries());
		List<Found> found = new ArrayList<>();
		List<Introduced> known = new ArrayList<>(intros);
		for (Description d : descriptions) {
			PhraseIndex.Match<CountryTable.Form> of = ownerAfter(t, data.countries(), d.end());
			if (of != null && nameAfter(t, actors, missionEnd(t, of.end()))) {
				// "the high commissioner of India Jane Roe" introduces her as India's
				known.add(new Introduced(RoleHolders.role(d.title().phrase()), t.substring(of.begin(), of.end())));
			}
		}
		for (Description d : descriptions) {
			String office = d.title().value().office();
			if (office == null || office.isEmpty() || GENERIC.contains(office.toLowerCase(Locale.ROOT))) {
				continue;
			}
			int head = d.title().begin();
			while (QUALIFIERS.contains(TextCursor.of(t).previousWord(head).toLowerCase(Locale.ROOT))) {
				head = TextCursor.of(t).previousWordStart(head);
			}
			CountryModifier.Found owner = modifier.before(t, head);
			int begin = owner == null ? d.begin() : owner.begin();
			int end = d.end();
			Country c = owner == null ? null : owner.country();
			if (c == null || begin < d.begin()) {
				continue;
			}
			String role = RoleHolders.role(d.title().phrase());
			if (introduced(data.countries(), known, role, c) || !free(actors, begin, end)
					|| postThenName(t, actors, end) || nameAfter(t, actors, end)) {
				continue;
			}
			found.add(new Found(begin, end, c, office.toLowerCase(Locale.ROOT)));
		}
		int n = 0;
		for (Found f : found) {
			// named as the annotators name them ("Pakistani chargé d’affaires", with a typographic apostrophe)
			String office = HEAD_OF_MISSION.equals(f.office()) ? mission(found, f) : f.office();
			DocActor a = actors.actor(f.country().adjective() + " " + office.replace('\'', '\u2019'),
					ActorKind.PERSON, f.country().iso(), 0.5);
			List<ActorMention> inside = actors.within(f.begin(), f.end());
			actors.mention(a, f.begin(), f.end());
			ActorMention added = actors.at(f.begin());
			if (added == null || added.actor() != a) {
				continue;
			}
			for (ActorMention m : inside) {
				// "Indian Army" also reported as "Army": no span of the replaced body stays inside the description
				m.actor().spans().removeIf(x -> x[0] >= f.begin() && x[1] <= f.end());
			}
			n++;
		}
		Mechanisms.fired("actors.unnamedOfficials", n);
	}

	/** An office found for a country's unnamed holder. */
	private record Found(int begin, int end, Country country, String office) {
	}

	/** The description of whoever heads a country's mission, which the document may also name by rank. */
	private static final String HEAD_OF_MISSION = "top diplomat";
	/** The ranks of a head of mission. */
	private static final Set<String> MISSION_RANKS = Set.of("ambassador", "chargé d'affaires", "envoy",
			"high commissioner");

	/**
	 * The rank the document gives the same country's head of mission ("Ethiopia's top diplomat ... the Ethiopian
	 * Chargé d'Affaires": one person) when it gives exactly one, else the description's own office.
	 */
	private static String mission(List<Found> found, Found topDiplomat) {
		Set<String> ranks = new HashSet<>();
		for (Found f : found) {
			if (f.country().iso().equals(topDiplomat.country().iso()) && MISSION_RANKS.contains(f.office())) {
				ranks.add(f.office());
			}
		}
		return ranks.size() == 1 ? ranks.iterator().next() : topDiplomat.office();
	}

	/** Whether a person was introduced with the role for this country or for no country at all. */
	private static boolean introduced(CountryTable countries, List<Introduced> intros, String role, Country c) {
		for (Introduced i : intros) {
			if (!i.role().equals(role)) {
				continue;
			}
			boolean other = false;
			boolean own = false;
			for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(i.phrase())) {
				if (m.value().country().iso().equals(c.iso())) {
					own = true;
				} else {
					other = true;
				}
			}
			if (own || !other) {
				return true;
			}
		}
		return false;
	}

	/** Mission words after the owner of an office ("the Chargé d'Affaires of the Pakistan High Commission"). */
	private static final java.util.regex.Pattern MISSION = java.util.regex.Pattern.compile(
			"(?i) (?:high commission|embassy|consulate|mission)\\b");

	/** A mission named before its country ("High Commission of Pakistan"). */
	private static final java.util.regex.Pattern MISSION_OF = java.util.regex.Pattern.compile(
			"(?i)(?:high commission|embassy|consulate|mission) of (?:the )?");

	/**
	 * The country an office is "of" right after it ("the deputy high commissioner of Bangladesh", "the Chargé
	 * d'Affaires of the Pakistan High Commission"), or null.
	 */
	private static PhraseIndex.Match<CountryTable.Form> ownerAfter(String t, CountryTable countries, int end) {
		if (!t.startsWith(" of ", end)) {
			return null;
		}
		int p = end + 4;
		if (t.startsWith("the ", p)) {
			p += 4;
		}
		java.util.regex.Matcher mission = MISSION_OF.matcher(t).region(p, t.length());
		if (mission.lookingAt()) {
			p = mission.end(); // "of the High Commission of Pakistan"
		}
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		countries.index().matchAt(t, p, cs);
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			if (c.value().type() != CountryTable.FormType.CAPITAL
					&& (c.end() == t.length() || !Character.isLetter(t.charAt(c.end())))) {
				return c;
			}
		}
		return null;
	}

	/** The end of a mission word right after the owner ("Pakistan| High Commission"), else {@code end}. */
	private static int missionEnd(String t, int end) {
		java.util.regex.Matcher m = MISSION.matcher(t).region(end, t.length());
		return m.lookingAt() ? m.end() : end;
	}

	/** Whether a person's mention starts right after the description ("of India Jane Roe"). */
	private static boolean nameAfter(String t, DocActors actors, int end) {
		int p = TextCursor.of(t).nextWordStart(end);
		if (p < 0 || p != end + 1) {
			return false;
		}
		ActorMention m = actors.at(p);
		return m != null && m.begin() == p && m.actor().kind() == ActorKind.PERSON
				|| TextCursor.capitalised(TextCursor.of(t).nextWord(p));
	}

	/** Words that open the post after an office ("ambassador to the UN, Jane Roe"). */
	private static final Set<String> POSTS = Set.of("to", "in", "at");
	/** How many words the post and the comma after it may take before the holder's name. */
	private static final int MAX_POST_WORDS = 6;

	/**
	 * Whether the office is followed by its post and then a person's name ("Kenya's ambassador to Somalia Mr Jane
	 * Roe", "Morocco's ambassador to the UN, Jane Roe"): the description introduces that person.
	 */
	private static boolean postThenName(String t, DocActors actors, int end) {
		TextCursor c = TextCursor.of(t);
		if (!POSTS.contains(c.nextWord(end).toLowerCase(Locale.ROOT))) {
			return false;
		}
		int p = c.nextWordStart(end);
		for (int k = 0; k < MAX_POST_WORDS && p >= 0; k++) {
			int q = c.wordEnd(p);
			if (q < t.length() && t.charAt(q) == ',') {
				q++; // "to the UN, Jane Roe"
			}
			p = c.nextWordStart(q);
			if (p < 0) {
				return false; // the sentence or the phrase ended
			}
			ActorMention m = actors.at(p);
			if (m != null && m.begin() == p && m.actor().kind() == ActorKind.PERSON) {
				return true;
			}
		}
		return false;
	}

	/** Whether the span holds no person's mention and no mention reaches out of it. */
	private static boolean free(DocActors actors, int begin, int end) {
		for (ActorMention m : actors.mentions()) {
			if (m.begin() < end && begin < m.end()
					&& (m.begin() < begin || m.end() > end || m.actor().kind() == ActorKind.PERSON)) {
				return false;
			}
		}
		return true;
	}
}
