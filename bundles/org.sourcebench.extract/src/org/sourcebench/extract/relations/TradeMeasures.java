package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Sides of trade measures (tariffs, sanctions: CAMEO 16) that the parse puts one step away
 * ({@code relations.trade-measures}):
 * <ul>
 * <li>a target phrase naming goods of a country ("tariffs on imports from Kestria", "duties on goods from
 * Kestria") stands for that country, as the goods of a state are the state's (DECISIONS.md R7 counts a state's
 * installations and vessels as the state's);</li>
 * <li>a measure noun compounded into a noun of its change ("Kestria's tariff hikes on Vardania", "sanctions increases
 * on Y") takes that noun's possessor and its "on"/"against" phrase as its sides.</li>
 * </ul>
 * Stateless apart from the country table; safe to share between threads.
 */
final class TradeMeasures {

	static final String SWITCH = "relations.trade-measures";

	private static final Set<String> GOODS = Set.of("imports", "import", "goods", "products", "exports", "shipments",
			"produce", "commodities", "steel", "oil", "cars", "vehicles", "wares");
	private static final Set<String> ORIGIN = Set.of("from", "of");
	private static final Set<String> CHANGES = Set.of("hike", "hikes", "increase", "increases", "raise", "raises",
			"rise", "package", "packages", "round", "wave");

	private final CountryTable countries;

	TradeMeasures(CountryTable countries) {
		this.countries = countries;
	}

	/** The state a goods phrase headed by {@code h} comes from ("imports from Kestria"), or null. */
	ActorMention origin(ParsedSentence s, int h, DocActors actors) {
		if (!Mechanisms.on(SWITCH) || !GOODS.contains(s.word(h).toLowerCase(Locale.ROOT))) {
			return null;
		}
		for (int c : s.children(h)) {
			boolean from = s.deprel(c).equals("nmod") && ORIGIN.contains(EventCoder.Clause.caseWord(s, c));
			if (!from && !s.deprel(c).equals("nmod:poss")) {
				continue; // "imports from Kestria", "Kestria's exports"
			}
			ActorMention named = actors.at(s.start(c));
			ActorMention m = named != null ? named : state(s, c, actors);
			if (m != null && m.actor().kind() == ActorKind.STATE) {
				Mechanisms.fired(SWITCH, 1);
				return m;
			}
		}
		return null;
	}

	/**
	 * For the measure noun {@code n} of code {@code code} compounded into a change noun ("tariff hikes"), adds that
	 * noun's possessor to {@code sources} and its phrases with {@code prepositions} to {@code targets}.
	 */
	static void onChange(ParsedSentence s, int n, String code, Set<String> prepositions, List<Integer> sources,
			List<Integer> targets) {
		int h = s.head(n);
		if (!Mechanisms.on(SWITCH) || !code.startsWith("16") || !s.deprel(n).equals("compound") || h < 0
				|| !CHANGES.contains(s.word(h).toLowerCase(Locale.ROOT))) {
			return;
		}
		sources.addAll(s.children(h, "nmod:poss"));
		for (int c : s.children(h, "nmod")) {
			if (prepositions.contains(EventCoder.Clause.caseWord(s, c))) {
				targets.add(c);
			}
		}
		Mechanisms.fired(SWITCH, targets.isEmpty() ? 0 : 1);
	}

	private ActorMention state(ParsedSentence s, int t, DocActors actors) {
		String w = s.word(t);
		for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(w)) {
			if (m.begin() != 0 || m.end() != w.length() || m.value().type() == CountryTable.FormType.CAPITAL) {
				continue;
			}
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.STATE && m.value().country().iso().equals(a.iso())) {
					return new ActorMention(s.start(t), s.end(t), a);
				}
			}
		}
		return null;
	}
}
