package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The author of an act a criticism or a rejection names by a definite noun only ({@code relations.act-authors}):
 * "the accusations", "the attack", "these strikes", "the remarks" with no owner in the phrase (no actor's mention,
 * possessor or country word), and a bare "denied responsibility/involvement", refer to the act of that kind the
 * document told before, and the criticism (11) or rejection (12) is aimed at who did it ("Gondor accused Mordor of
 * arming raiders. Mordor denied the accusations": 12 Mordor → Gondor; "Rohan shelled the border post. Gondor condemned
 * the attack": 11 Gondor → Rohan). The act is the last one told in the 3,000 characters before the noun — an event of
 * the parse reader or a relationship of the word windows — whose root is the noun's kind (accusation and remark nouns,
 * {@code event-words.tsv} class "assertion" or a nominal of root 11: 11; force nouns, class "force" or a nominal of
 * root 14 and above: any of 14–20) and none of whose agents is the criticising side or of its country; for an
 * accusation or remark with no such act, the speaker of the last claim before it that names the criticising side.
 * One document's memory; not shared between threads.
 */
final class ActAuthors {

	static final String NAME = "relations.act-authors";
	/** Determiners that make the act noun definite (anaphoric). */
	private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those", "such");
	/** Nouns of what someone said, besides the accusation nouns ("dismissed the remarks"). */
	static final Set<String> REMARKS = Set.of("remark", "comment", "rhetoric");
	/** What a rejection (12) denies of a charge, named bare ("denied responsibility", "denies any involvement"). */
	static final Set<String> DENIED = Set.of("responsibility", "involvement", "wrongdoing");
	/** Roots of the criticisms and rejections that may be aimed at an act's author. */
	private static final Set<String> AIMED = Set.of("11", "12");
	/**
	 * How far back (characters) the act may have been told. Any act of the kind counts, whatever its target (requiring
	 * the criticising side as its target was measured: the same on select, on study +8 right +8 predicted against
	 * +13 / +16); claims and the word windows' relationships count as told acts (without them: 149/284 on select
	 * against 150/286).
	 */
	private static final int WINDOW = 3000;

	/** An event the reader entered: where, its root, its agents. */
	private record Act(int at, int root, List<DocActor> agents) {
	}

	/** A claim: where, its speaker, the actors it names. */
	private record Said(int at, DocActor speaker, List<DocActor> named) {
	}

	private final List<Act> acts = new ArrayList<>();
	private final List<Said> said = new ArrayList<>();

	/** The memory of a document whose claims and earlier relationships ({@code out}: the word windows') are known. */
	ActAuthors(List<ExtractedClaim> claims, List<ExtractedRelationship> out, DocActors actors) {
		for (ExtractedRelationship r : out) {
			DocActor f = actors.byName(r.from());
			DocActor t = actors.byName(r.to());
			if (f != null && t != null) {
				acts.add(new Act(r.evidence().begin(), ParsedRelationReader.root(r.cameoCode()), List.of(f)));
			}
		}
		acts.sort(Comparator.comparingInt(Act::at));
		for (ExtractedClaim c : claims) {
			DocActor speaker = c.speaker() == null ? null : actors.byName(c.speaker());
			if (speaker == null || DocActor.isUnnamed(speaker.name())) {
				continue;
			}
			List<DocActor> named = new ArrayList<>();
			actors.within(c.evidence().begin(), c.evidence().end()).forEach(m -> named.add(m.actor()));
			said.add(new Said(c.evidence().begin(), speaker, named));
		}
		said.sort(Comparator.comparingInt(Said::at));
	}

	/** Remembers an event the parse reader entered with agents (CAMEO {@code code}), at offset {@code at}. */
	void told(int at, String code, List<ActorMention> agents) {
		if (agents.isEmpty()) {
			return;
		}
		List<DocActor> a = new ArrayList<>();
		agents.forEach(m -> a.add(m.actor()));
		acts.add(new Act(at, ParsedRelationReader.root(code), a));
	}

	/**
	 * The authors of the act the object noun {@code n} of the criticism or rejection {@code code} names, as mentions
	 * on the noun; empty when the noun is no definite act noun without an owner, or no such act was told.
	 *
	 * @param family the root of the noun's kind: 11 for accusations, 19 for force, 0 when it is no act noun
	 * @param owned whether the noun's phrase names an owner; asked last, only when everything else fits
	 */
	List<ActorMention> authors(ParsedSentence s, int n, String code, int family, List<ActorMention> sources,
			BooleanSupplier owned) {
		if (!Mechanisms.on(NAME) || family == 0 || !AIMED.contains(code.substring(0, 2))
				|| sources.isEmpty() || !definite(s, n) && !(code.startsWith("12")
						&& DENIED.contains(s.word(n).toLowerCase(Locale.ROOT)))
				|| owned.getAsBoolean()) {
			return List.of();
		}
		int at = s.start(n);
		Act best = null;
		for (Act a : acts) {
			if (a.at() >= at || a.at() < at - WINDOW || best != null && a.at() <= best.at()) {
				continue;
			}
			boolean kind = family >= 14 ? a.root() >= 14 && a.root() <= 20 : a.root() == family;
			if (!kind || a.agents().stream().anyMatch(x -> sides(x, sources))) {
				continue;
			}
			best = a;
		}
		List<DocActor> authors = best == null ? List.of() : best.agents();
		int bestAt = best == null ? -1 : best.at();
		if (family < 14 && best == null) { // else what was said about the side: the last claim naming it
			for (Said c : said) {
				if (c.at() < at && c.at() >= at - WINDOW && c.at() > bestAt && !sides(c.speaker(), sources)
						&& c.named().stream().anyMatch(x -> sides(x, sources))) {
					authors = List.of(c.speaker());
					bestAt = c.at();
				}
			}
		}
		if (authors.isEmpty()) {
			return List.of();
		}
		List<ActorMention> out = new ArrayList<>();
		for (DocActor x : authors) {
			out.add(new ActorMention(s.start(n), s.end(n), x));
		}
		Mechanisms.fired(NAME, 1);
		return out;
	}

	/** Whether {@code a} is one of {@code side} or shares a country with one of them. */
	static boolean sides(DocActor a, List<ActorMention> side) {
		for (ActorMention m : side) {
			DocActor b = m.actor();
			if (a == b || !a.iso().isEmpty() && a.iso().equals(b.iso())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the object {@code o} of a denial is a bare charge word with no owner ("denied responsibility"). */
	static boolean denied(ParsedSentence s, int o, String lemma, DocActors actors) {
		return Mechanisms.on(NAME) && DENIED.contains(lemma) && !namesOwner(s, o, actors);
	}

	/** Whether the phrase of noun {@code n} holds an actor's mention or a possessor ("Kyiv's involvement"). */
	static boolean namesOwner(ParsedSentence s, int n, DocActors actors) {
		List<Integer> tokens = EventCoder.phrase(s, n);
		return !actors.within(s.start(tokens.get(0)), s.end(tokens.get(tokens.size() - 1))).isEmpty()
				|| !s.children(n, "nmod:poss").isEmpty();
	}

	private static boolean definite(ParsedSentence s, int n) {
		for (int c : s.children(n, "det")) {
			if (DEFINITE.contains(s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}
}
