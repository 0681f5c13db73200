package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A speaker phrase headed by a body noun that a country modifies ("the Israeli military", "South Korea's army",
 * "the Egyptian ministry", "the Malian government") names that country's body (mechanism
 * {@code claims.national-body}): the document's actor of that kind and country whose name holds the phrase's words;
 * else the country's armed forces for "military"/"army", the state itself for "government"
 * (GUIDELINES.md: state and government are one actor), else a new actor named by the country's adjective and the
 * phrase ("Thai Foreign Ministry"). Not for a phrase with no country: "the military" is left to the word memory.
 */
final class NationalBody {

	/** The modifier relations a country word may hang on the body noun by. */
	private static final List<String> MODIFIER_RELS = List.of("amod", "compound", "nmod:poss", "nmod:desc");

	private NationalBody() {
	}

	/**
	 * The country modifying the body noun {@code h} (an adjective, a possessor, a name in compound), or null: the
	 * country of a state actor's mention there, else of a country form the token spells out.
	 */
	static Country countryOf(ParsedSentence s, int h, DocActors actors) {
		CountryTable table = ExtractionData.get().countries();
		for (int c : s.children(h)) {
			if (c > h || !MODIFIER_RELS.contains(s.deprel(c))) {
				continue;
			}
			int[] span = s.subtree(c);
			for (int i = span[0]; i <= span[1]; i++) {
				ActorMention m = actors.at(s.start(i));
				if (m != null && m.actor().kind() == ActorKind.STATE && !m.actor().iso().isEmpty()) {
					return table.byIso(m.actor().iso());
				}
				Country form = form(table, s.word(i).replaceAll("['\u2019]s$", ""));
				if (form != null) {
					return form;
				}
			}
		}
		return null;
	}

	private static Country form(CountryTable table, String w) {
		for (PhraseIndex.Match<CountryTable.Form> m : table.index().findAll(w)) {
			if (m.begin() == 0 && m.end() == w.length() && m.value().type() != CountryTable.FormType.CAPITAL) {
				return m.value().country();
			}
		}
		return null;
	}

	/**
	 * The actor of the body of country {@code c} that the phrase headed by {@code h} names, {@code kind} the body
	 * noun's kind (claim-words.tsv); the phrase's mention is added to it.
	 */
	static DocActor of(String body, DocActors actors, ParsedSentence s, int h, Country c, ActorKind kind) {
		String head = s.word(h).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		int b = h;
		for (int i = h - 1; i >= 0 && s.head(i) == h && !s.pos(i).equals("DET"); i--) {
			b = i;
		}
		for (int i = b; i < h; i++) {
			String w = s.word(i).replaceAll("['\u2019]s$", "").toLowerCase(Locale.ROOT);
			if (form(ExtractionData.get().countries(), s.word(i).replaceAll("['\u2019]s$", "")) == null
					&& actors.at(s.start(i)) == null && Character.isLetter(w.charAt(0))) {
				words.add(w);
			}
		}
		DocActor best = null;
		int bestScore = -1;
		for (DocActor a : actors.actors()) {
			String name = a.name().toLowerCase(Locale.ROOT);
			if (!a.iso().equals(c.iso()) || a.kind() != kind || !(name.contains(head) || kind == ActorKind.MILITARY)) {
				continue;
			}
			int score = name.equals(c.military().toLowerCase(Locale.ROOT)) ? 1 : 0;
			for (String w : words) {
				score += name.contains(w) ? 2 : 0;
			}
			if (score > bestScore) {
				best = a;
				bestScore = score;
			}
		}
		if (best == null) {
			best = switch (head) {
				case "military", "army" -> actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.5);
				case "government" -> state(actors, c);
				default -> kind == null ? null : actors.actor(c.adjective() + " " + titled(words, head), kind, c.iso(), 0.5);
			};
		}
		if (best != null && best.kind() != ActorKind.STATE) {
			actors.mention(best, s.start(b), s.end(h));
		}
		return best;
	}

	private static DocActor state(DocActors actors, Country c) {
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.STATE && a.iso().equals(c.iso())) {
				return a;
			}
		}
		return actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.5);
	}

	private static String titled(List<String> words, String head) {
		StringBuilder sb = new StringBuilder();
		for (String w : words) {
			sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
		}
		return sb.append(Character.toUpperCase(head.charAt(0))).append(head.substring(1)).toString();
	}
}
