package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.TitleTable;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Bodies the article names only inside a person's title (mechanism {@code actors.titleBodies}): "Defence Council
 * spokesman Ali Hassan said", "a Water Board official told". The engine's rule (README: a body named only inside a
 * person's title is no mention of it), as the annotators of the blind batches apply it; the gold of our own articles
 * 101-113 counts such bodies, so they lose by it. The title check of {@link ActorExtractor} covers the lexicon's
 * bodies before "of" and titles only, this one every reader's. On the parse the mention's head token is a
 * {@code compound} of a title of titles.tsv after it (one person: "officials" is the body speaking through its
 * staff), or its possessive ("the Water Council's spokesman", mechanism {@code actors.possessiveTitleBodies}). An
 * actor other than a person or a state all of whose mentions sit in titles is not reported (its spans are cleared);
 * its mentions stay, so the speaker and place readers still know those words. Runs after every actor reader, before
 * claims and relations.
 */
final class TitleBodies {

	private final TitleTable titles;

	TitleBodies(TitleTable titles) {
		this.titles = titles;
	}

	void drop(String body, List<ParsedSentence> sentences, DocActors actors) {
		if (!Mechanisms.on("actors.titleBodies")) {
			return;
		}
		Map<DocActor, List<ActorMention>> byActor = new LinkedHashMap<>();
		for (ActorMention m : actors.mentions()) {
			byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
		}
		for (Map.Entry<DocActor, List<ActorMention>> e : byActor.entrySet()) {
			ActorKind kind = e.getKey().kind();
			if (kind == ActorKind.PERSON || kind == ActorKind.STATE) {
				continue;
			}
			boolean possessive = false;
			boolean all = true;
			for (ActorMention m : e.getValue()) {
				String relation = titleRelation(sentences, m);
				all &= relation != null;
				possessive |= "nmod:poss".equals(relation);
			}
			if (all) {
				e.getKey().spans().clear(); // not reported; its mentions stay, so its words are no place to later readers
				Mechanisms.fired(possessive ? "actors.possessiveTitleBodies" : "actors.titleBodies", 1);
			}
		}
	}

	/**
	 * How the mention's head token qualifies a title of titles.tsv after it: {@code compound} ("Water Council
	 * spokesman"), {@code nmod:poss} ("the Water Council's spokesman", mechanism
	 * {@code actors.possessiveTitleBodies}), or null when it does not.
	 */
	private String titleRelation(List<ParsedSentence> sentences, ActorMention m) {
		for (ParsedSentence s : sentences) {
			if (s.size() == 0 || s.start(0) > m.begin() || s.end(s.size() - 1) < m.end()) {
				continue;
			}
			int head = s.headOf(m.begin(), m.end());
			if (head < 0 || s.head(head) < head || !titles.isTitle(s.word(s.head(head)))) {
				return null; // no title after the mention that the mention's head depends on
			}
			String relation = s.deprel(head);
			return relation.equals("compound")
					|| relation.equals("nmod:poss") && Mechanisms.on("actors.possessiveTitleBodies") ? relation : null;
		}
		return null;
	}
}
