package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Institution;
import org.sourcebench.extract.data.InstitutionTable;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * An institution of institutions.tsv named bare, with no country ("the Ministry of Foreign Affairs said"), is one
 * actor with the document's institution of that kind (mechanism {@code actors.bareInstitutions}): with the one
 * "&lt;country adjective&gt; &lt;canonical&gt;" actor of the same canonical when the document has exactly one
 * ("Ruritania's Foreign Ministry ... the Ministry of Foreign Affairs"), else the bare names of one canonical are one
 * actor ("the Foreign Ministry ... the Ministry of Foreign Affairs"). GUIDELINES.md: one actor per named body.
 * Stateless; safe to share.
 */
final class BareInstitutions {

	private final InstitutionTable institutions;

	BareInstitutions(InstitutionTable institutions) {
		this.institutions = institutions;
	}

	void merge(DocActors actors) {
		if (!Mechanisms.on("actors.bareInstitutions")) {
			return;
		}
		Map<String, List<DocActor>> bare = new LinkedHashMap<>();
		for (ActorMention m : actors.mentions()) { // text order: the first bare name is kept
			DocActor a = m.actor();
			String canonical = a.kind() == ActorKind.PERSON ? null : canonical(a.name());
			if (canonical != null && !bare.computeIfAbsent(canonical, k -> new ArrayList<>()).contains(a)) {
				bare.get(canonical).add(a);
			}
		}
		for (Map.Entry<String, List<DocActor>> e : bare.entrySet()) {
			DocActor into = owned(actors, e.getKey(), e.getValue());
			List<DocActor> names = e.getValue();
			if (into == null) {
				into = names.get(0);
			}
			for (DocActor a : names) {
				if (a != into) {
					actors.absorb(a, into);
					Mechanisms.fired("actors.bareInstitutions", 1);
				}
			}
		}
	}

	/** The canonical of the institution {@code name} is, written in full and capitalised, or null. */
	private String canonical(String name) {
		if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
			return null;
		}
		for (PhraseIndex.Match<Institution> m : institutions.index().findAll(name)) {
			String c = m.value().canonical();
			if (m.begin() == 0 && m.end() == name.length() && !c.startsWith("{")) {
				return c;
			}
		}
		return null;
	}

	/** The one actor of the document named "&lt;adjective&gt; &lt;canonical&gt;" with a country, or null. */
	private static DocActor owned(DocActors actors, String canonical, List<DocActor> bare) {
		DocActor found = null;
		for (DocActor a : actors.actors()) {
			if (bare.contains(a) || a.iso().isEmpty() || a.spans().isEmpty() || !a.name().endsWith(" " + canonical)
					|| a.name().length() == canonical.length() + 1) {
				continue;
			}
			if (found != null) {
				return null;
			}
			found = a;
		}
		return found;
	}
}
