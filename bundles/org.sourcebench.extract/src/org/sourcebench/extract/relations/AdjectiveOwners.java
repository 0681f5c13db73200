package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The country adjective of an event noun as the event's owner ({@code relations.adjective-owners}): "an Israeli
 * strike on X", "Russian missile strikes on Y", "Israeli and American strikes on Z" — an adjective before a one-sided
 * event noun ({@code amod}) that names the country of a state actor of the document is the side the noun's possessor
 * would be ("Israel's strike"), read only when the noun has no possessor, name or "by" phrase of its own. The same
 * owner is the target of a speech act whose object the noun is ("condemned an Israeli strike"), as a possessor is.
 * Stateless.
 */
final class AdjectiveOwners {

	static final String NAME = "relations.adjective-owners";

	private AdjectiveOwners() {
	}

	/**
	 * The country adjectives before the event noun {@code n} that name a state actor of the document (empty if
	 * none). Not for aid (07) or sanctions, embargoes and expulsions (16), whose adjective names the receiver as often
	 * as the giver ("Palestinian aid", "Iranian sanctions"), nor for a mutual event, whose adjective names where it
	 * happens ("the Syrian war", "discussed the Syrian conflict").
	 */
	static List<Integer> of(ParsedSentence s, int n, EventWords.Nominal nominal, DocActors actors,
			CountryTable countries) {
		List<Integer> out = new ArrayList<>(1);
		String code = nominal.code();
		if (!Mechanisms.on(NAME) || nominal.symmetric() || code.startsWith("07") || code.startsWith("16")) {
			return out;
		}
		for (int c : s.children(n, "amod")) {
			if (c < n && (s.pos(c).equals("ADJ") || s.pos(c).equals("PROPN")) && statesCountry(s.word(c), actors,
					countries)) {
				out.add(c); // "Israeli and American strikes": the first conjunct, its conjuncts read with it
			}
		}
		if (!out.isEmpty()) {
			Mechanisms.fired(NAME, 1);
		}
		return out;
	}

	private static boolean statesCountry(String w, DocActors actors, CountryTable countries) {
		for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(w)) {
			if (m.begin() != 0 || m.end() != w.length() || m.value().type() != CountryTable.FormType.ADJECTIVE) {
				continue;
			}
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.STATE && m.value().country().iso().equals(a.iso())) {
					return true;
				}
			}
		}
		return false;
	}
}
