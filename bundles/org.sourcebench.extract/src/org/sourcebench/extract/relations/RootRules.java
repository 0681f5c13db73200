package org.sourcebench.extract.relations;

import java.util.List;
import java.util.Set;

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
		CooperationRoots.apply(sentences, actors, out); // halted talks 16, agreed truces 08
		if (!Mechanisms.on("relations.root-coercion")) {
			return;
		}
		Recoding.apply(sentences, out, "relations.root-coercion",
				r -> (r.root().equals("17") || r.root().equals("18")) && !r.cameoCode().startsWith("173"), (s, r) -> {
					String code = coercion(s, r, actors);
					return code == null ? Recoding.DROP : code;
				});
	}

	/**
	 * The root the guidelines give a coercion (17) or unconventional violence (18) other than an arrest, from the
	 * words of its evidence and the kind of its target; null when they enter none.
	 */
	private static String coercion(ParsedSentence s, ExtractedRelationship r, DocActors actors) {
		if (s != null && Recoding.evidenceHas(s, r, "seize") && holder(actors, r.to())) {
			return "190";
		}
		if (s == null || Recoding.evidenceHas(s, r, "arrest")
				|| Recoding.evidenceHas(s, r, "seize") && person(actors, r.to())) {
			return r.cameoCode(); // an arrest, a detention, a person captured: 17 as the guidelines enter it
		}
		if (Recoding.evidenceHas(s, r, "kill")) {
			return "190";
		}
		if (Recoding.evidenceHas(s, r, "ban")) {
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
}
