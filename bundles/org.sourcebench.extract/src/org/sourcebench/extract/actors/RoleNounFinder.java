package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.PetrarchAgent;
import org.sourcebench.extract.data.PetrarchAgentDictionary;
import org.sourcebench.extract.data.WordSequenceIndex;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Token;
import org.sourcebench.model.ActorKind;

/**
 * Nationality + role noun phrases as actors of that country: an agent of the PETRARCH agent dictionary ("court",
 * "rebels", "peacekeepers") right after a country adjective or possessive ("a Tunisian court", "Syria's rebels")
 * names "Tunisian court" (kind from {@code data/agent-kinds.tsv}), the country's armed forces or its opposition.
 * Found after the lexicon and institution tables, which win where they overlap. Immutable; safe to share.
 */
final class RoleNounFinder {


	private final PetrarchAgentDictionary agents;
	private final CountryModifier modifier;
	private final org.sourcebench.extract.data.TitleTable titles;
	private final Map<String, String> kinds = new HashMap<>();

	RoleNounFinder(PetrarchAgentDictionary agents, CountryModifier modifier,
			org.sourcebench.extract.data.TitleTable titles) {
		this.agents = agents;
		this.modifier = modifier;
		this.titles = titles;
		for (String[] r : DataFile.rows("agent-kinds.tsv", 2)) {
			kinds.put(r[0].trim(), r[1].trim());
		}
	}

	void find(AnalyzedText text, List<Candidate> out) {
		String t = text.matchText();
		List<Token> tokens = text.tokens();
		List<String> words = new ArrayList<>(tokens.size());
		for (Token tok : tokens) {
			words.add(tok.text());
		}
		String[] keys = WordSequenceIndex.keys(words);
		for (int i = 0; i < keys.length; i++) {
			if (tokens.get(i).isCapitalised()) {
				continue; // "Syrian Army", "Iraqi Parliament": names are the lexicon's and institutions' job
			}
			WordSequenceIndex.Match<PetrarchAgent> m = agents.index().longestAt(keys, i, keys.length);
			if (m == null || m.end() < keys.length && "NOUN".equals(text.pos(m.end()))) {
				continue; // "Syrian rebel positions": the role word modifies another noun
			}
			String kind = kindOf(m.value());
			if (kind == null) {
				continue;
			}
			int begin = tokens.get(i).begin();
			int end = tokens.get(m.end() - 1).end();
			if (isPersonTitle(t.substring(begin, end))) {
				continue; // "a senior Iraqi commander, Qais al-Khazali": a person's title, not a body
			}
			if (namesIndividuals(tokens.get(m.end() - 1).text()) || isOf("object", tokens.get(m.end() - 1).text())) {
				continue; // "North Korean defectors", "Venezuela's opposition leader": people, not the body;
						  // "Iranian weapons storage facilities": things
			}
			CountryModifier.Found mod = modifier.before(t, begin);
			if (mod == null) {
				continue;
			}
			int before = text.tokenAt(mod.begin()) - 1;
			if (before >= 0 && (text.pos(before).equals("NUM")
					|| ActorWords.get().is("quantifier", tokens.get(before).text()))) {
				continue; // "killing seven Iranian military personnel": members counted, a set, not the body
			}
			Country c = mod.country();
			String surface = t.substring(begin, end);
			out.add(new Candidate(mod.begin(), end, 3, actors -> {
				DocActor a = switch (kind) {
					case "military" -> actors.actor(c.military(), ActorKind.MILITARY, c.iso(), 0.7);
					case "opposition" -> actors.actor(c.adjective() + " opposition", ActorKind.OTHER, c.iso(), 0.7);
					case "state" -> actors.actor(c.name(), ActorKind.STATE, c.iso(), 0.7);
					default -> actors.actor(c.adjective() + " " + surface,
							org.sourcebench.extract.ActorKinds.fromId(kind),
							c.iso(), 0.65);
				};
				actors.mention(a, mod.begin(), end);
				if (kind.equals("media")) {
					Mechanisms.fired("actors.mediaAgents", 1);
				}
			}));
			i = m.end() - 1;
		}
	}

	/** An agent head word (singular or plural) of actor-words.tsv's class "individual". */
	static boolean namesIndividuals(String head) {
		return isOf("individual", head);
	}

	/** Whether a head word, singular or plural, is of an actor-words.tsv class. */
	private static boolean isOf(String wordClass, String head) {
		String w = head.toLowerCase(java.util.Locale.ROOT);
		return ActorWords.get().is(wordClass, w) || w.endsWith("s") && ActorWords.get().is(wordClass,
				w.substring(0, w.length() - 1));
	}

	private boolean isPersonTitle(String surface) {
		return titles.index().hasWhole(surface);
	}

	/** The kind of the agent's code ("~GOVJUD": JUD, else its first sector). */
	private String kindOf(PetrarchAgent agent) {
		String code = agent.code();
		if (agent.prefix() || code.length() < 3) {
			return null;
		}
		String k = kinds.get(code);
		if (k == null) {
			k = kinds.get(code.substring(code.length() - 3));
		}
		return "media".equals(k) && !Mechanisms.on("actors.mediaAgents") ? null : k;
	}
}
