package org.sourcebench.extract.actors;

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
 * same office of the same country is the same actor. Generic roles (officials, diplomats, spokespersons, whom A2
 * gives to the body, leaders, whom the office table resolves) are left alone, and so are descriptions a reader
 * already gave to a person.
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
		int n = 0;
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
			if (owner == null || owner.begin() < d.begin()) {
				continue;
			}
			String role = RoleHolders.role(d.title().phrase());
			Country c = owner.country();
			if (introduced(data.countries(), intros, role, c) || !free(actors, owner.begin(), d.end())) {
				continue;
			}
			DocActor a = actors.actor(c.adjective() + " " + office.toLowerCase(Locale.ROOT), ActorKind.PERSON,
					c.iso(), 0.5);
			actors.mention(a, owner.begin(), d.end());
			n++;
		}
		Mechanisms.fired("actors.unnamedOfficials", n);
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
