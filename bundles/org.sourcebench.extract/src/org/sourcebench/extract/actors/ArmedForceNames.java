package org.sourcebench.extract.actors;

import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * A country's armed forces are one actor (GUIDELINES.md), also when the later readers name them: the tagger's bodies
 * "Rwanda Defence Force", "Royal Thai Army", "North Korean People's Army", "Armed Forces of the Philippines" and the
 * description "Israeli security forces" join the country's military actor that the first pass read ("Rwandan
 * troops", "Thai soldiers"), mechanism {@code actors.armedForceNames}. The name must be the country (name, alias or
 * adjective, "Royal" before it) followed only by words of actor-words class {@code forces-word} ("Armed", "Defence",
 * "People's", ending in "Army", "Force(s)", "Military"; "security" in lower case only), or such a head followed by
 * "of [the] <country>". A branch ("Air Force", "Navy") has other words and stays apart, as do forces that are not
 * the state's ("Libyan National Army", "Syrian Democratic Forces"). Nothing happens where the first pass read no
 * military actor of that country. Stateless.
 */
final class ArmedForceNames {

	private ArmedForceNames() {
	}

	static void join(DocActors actors, CountryTable countries) {
		if (!Mechanisms.on("actors.armedForceNames")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.spans().isEmpty() || a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE
					|| a.kind() == ActorKind.MEDIA || DocActor.isUnnamed(a.name())) {
				continue;
			}
			Country c = countryForces(a.name(), countries);
			if (c == null || a.kind() == ActorKind.MILITARY && c.iso().equals(a.iso())) {
				continue;
			}
			DocActor into = military(actors, c, a);
			if (into != null) {
				actors.absorb(a, into);
				Mechanisms.fired("actors.armedForceNames", 1);
			}
		}
	}

	/** The country whose armed forces {@code name} names, or null. */
	static Country countryForces(String name, CountryTable countries) {
		String n = name.startsWith("Royal ") ? name.substring(6) : name;
		List<PhraseIndex.Match<CountryTable.Form>> found = countries.index().findAll(n);
		for (PhraseIndex.Match<CountryTable.Form> m : found) {
			if (m.value().type() == CountryTable.FormType.CAPITAL) {
				continue;
			}
			if (m.begin() == 0 && m.end() < n.length() && n.charAt(m.end()) == ' '
					&& forcesWords(n.substring(m.end() + 1))) {
				return m.value().country();
			}
			if (m.end() == n.length() && m.begin() > 0) {
				String head = n.substring(0, m.begin());
				head = head.endsWith(" of the ") ? head.substring(0, head.length() - 8)
						: head.endsWith(" of ") ? head.substring(0, head.length() - 4) : null;
				if (head != null && !head.isEmpty() && forcesWords(head)) {
					return m.value().country();
				}
			}
		}
		return null;
	}

	/** Whether every word is a forces word and the last one a head ("Armed Defence Forces", "security forces"). */
	private static boolean forcesWords(String words) {
		String[] w = words.split(" ");
		for (String x : w) {
			if (!ActorWords.get().is("forces-word", x) || x.equals("Security")) {
				return false;
			}
		}
		String last = w[w.length - 1].toLowerCase(Locale.ROOT);
		return last.equals("army") || last.equals("forces") || last.equals("force") || last.equals("military");
	}

	/** The country's military actor the first pass read, other than {@code a}: the one mentioned first. */
	private static DocActor military(DocActors actors, Country c, DocActor a) {
		for (ActorMention m : actors.mentions()) {
			DocActor x = m.actor();
			if (x != a && x.kind() == ActorKind.MILITARY && c.iso().equals(x.iso()) && isGeneral(x, c)) {
				return x;
			}
		}
		return null;
	}

	private static boolean isGeneral(DocActor x, Country c) {
		return x.name().equals(c.military()) || x.name().equals(c.adjective() + " military");
	}
}
