package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Corrects the CAMEO root of relationships the engine has already found between the right pair, where the trigger
 * word's own code misses what the sentence around it says ({@code relations.root-coercion}): the guidelines enter
 * CAMEO's coercion (17) only for arrests and detentions and keep unconventional violence (18) out (DECISIONS.md R6).
 * Seizing, capturing or destroying what belongs to a state or armed actor (ships, missiles, positions) is an attack on
 * it (19, R7), and so is an assassination or killing; outlawing, banning (172) and expelling (174) are reductions of
 * relations (16); the rest of 17 and 18 (a coup, "punished", "took the matter to") is no relationship. Stateless.
 */
final class RootRules {

	private static final Set<ActorKind> HOLDERS = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY,
			ActorKind.ARMED_GROUP);

	private RootRules() {
	}

	/** Recodes, or removes, the coercion and unconventional violence relationships of {@code out}. */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on("relations.root-coercion")) {
			return;
		}
		Set<String> keys = new HashSet<>();
		out.forEach(r -> keys.add(r.from() + "|" + r.to() + "|" + r.root()));
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			if (!(r.root().equals("17") || r.root().equals("18")) || r.cameoCode().startsWith("173")) {
				continue;
			}
			String code = coercion(sentenceOf(sentences, r.evidence().begin()), r, actors);
			if (code != null && code.equals(r.cameoCode())) {
				continue;
			}
			Mechanisms.fired("relations.root-coercion", 1);
			if (code == null || !keys.add(r.from() + "|" + r.to() + "|" + code.substring(0, 2))) {
				out.remove(i);
			} else {
				out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
			}
		}
	}

	private static ParsedSentence sentenceOf(List<ParsedSentence> sentences, int offset) {
		for (ParsedSentence s : sentences) {
			if (s.size() > 0 && s.start(0) <= offset && offset < s.end(s.size() - 1)) {
				return s;
			}
		}
		return null;
	}

	private static String lower(ParsedSentence s, int t) {
		return s.lemma(t).toLowerCase(Locale.ROOT);
	}

	private static boolean inside(ParsedSentence s, int t, int begin, int end) {
		return s.start(t) >= begin && s.end(t) <= end;
	}

	/**
	 * The root the guidelines give a coercion (17) or unconventional violence (18) other than an arrest, from the
	 * words of its evidence and the kind of its target; null when they enter none.
	 */
	private static String coercion(ParsedSentence s, ExtractedRelationship r, DocActors actors) {
		int b = r.evidence().begin();
		int e = r.evidence().end();
		EventWords words = EventWords.get();
		if (s != null && hasLemma(s, b, e, words::seize) && holder(actors, r.to())) {
			return "190";
		}
		if (s == null || hasLemma(s, b, e, words::arrest)
				|| hasLemma(s, b, e, words::seize) && person(actors, r.to())) {
			return r.cameoCode(); // an arrest, a detention, a person captured: 17 as the guidelines enter it
		}
		if (hasLemma(s, b, e, words::kill)) {
			return "190";
		}
		if (hasLemma(s, b, e, words::ban)) {
			return "16";
		}
		return null;
	}

	private static boolean person(DocActors actors, String name) {
		DocActor a = actors.byName(name);
		return a != null && a.kind() == ActorKind.PERSON;
	}

	private static boolean holder(DocActors actors, String name) {
		DocActor a = actors.byName(name);
		return a != null && HOLDERS.contains(a.kind());
	}

	private static boolean hasLemma(ParsedSentence s, int begin, int end, Predicate<String> lemmas) {
		for (int t = 0; t < s.size(); t++) {
			if (inside(s, t, begin, end) && lemmas.test(lower(s, t))) {
				return true;
			}
		}
		return false;
	}
}
