package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Corrects the CAMEO root of relationships the engine has already found between the right pair, where the trigger
 * word's own code misses what the sentence around it says, by the annotation guidelines and DECISIONS.md:
 * <ul>
 * <li>{@code relations.root-cancelled}: talks, a meeting or cooperation that a side calls off, cancels, suspends or
 * halts did not happen; the side that cancels them reduces relations (16) with the other ("X called off talks with
 * Y", "cooperation between X and Y was suspended"; the guidelines' "suspending a channel -> 16"), and the mirror of
 * the mutual event goes.</li>
 * <li>{@code relations.root-ceasefire}: agreeing to a ceasefire, truce, halt or pause is the yield itself (08, R4),
 * not an intent (03) as the verb "agree" alone would code it.</li>
 * <li>{@code relations.root-protest}: a protest lodged by a named actor is an official complaint (CAMEO 114, root 11);
 * CAMEO's 14 is for demonstrations, which name no actor the guidelines enter.</li>
 * <li>{@code relations.root-designation}: designating or listing an actor as terrorist is a formal measure (16, R5),
 * not a label (11).</li>
 * <li>{@code relations.root-coercion}: the guidelines enter CAMEO's coercion (17) only for arrests and detentions and
 * keep unconventional violence (18) out (R6): seizing, capturing or destroying what belongs to a state or armed actor
 * (ships, missiles, positions) is an attack on it (19, R7), and so is an assassination or killing; outlawing or
 * banning (172) and expelling (174) are reductions of relations (16); the rest of 17 and 18 (a coup, "punished",
 * "took the matter to") is no relationship.</li>
 * </ul>
 * Stateless.
 */
final class RootRules {

	private static final Set<String> COOPERATION = Set.of("talk", "talks", "meeting", "negotiation", "negotiations",
			"dialogue", "dialog", "summit", "cooperation", "contact", "contacts", "consultation", "consultations",
			"partnership", "collaboration", "coordination", "visit");
	private static final Set<String> CANCEL = Set.of("cancel", "suspend", "halt", "freeze", "scrap", "abandon",
			"shelve", "terminate", "outlaw");
	/** Verbs that cancel only with the particle "off": "called off", "broke off". */
	private static final Set<String> CANCEL_OFF = Set.of("call", "break");
	private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "can",
			"shall", "must");
	private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
	private static final Set<String> DEESCALATION = Set.of("ceasefire", "cease-fire", "truce", "halt", "pause",
			"cessation", "moratorium", "armistice");
	private static final Set<String> DEESCALATION_VERBS = Set.of("halt", "pause", "cease", "stop");
	private static final Set<String> DEAL = Set.of("deal", "agreement", "plan", "proposal", "accord", "arrangement");
	private static final Set<String> GROUPS = Set.of("group", "organisation", "organization", "movement", "militia",
			"government", "regime", "party");
	private static final Set<String> SEIZE = Set.of("seize", "capture", "destroy", "confiscate", "sink");
	private static final Set<String> ARREST = Set.of("arrest", "detain", "imprison", "jail", "abduct", "kidnap",
			"apprehend");
	private static final Set<String> KILL = Set.of("kill", "assassinate", "murder", "execute", "behead");
	private static final Set<String> BAN = Set.of("outlaw", "ban", "expel", "deport");
	private static final Set<ActorKind> HOLDERS = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY,
			ActorKind.ARMED_GROUP);

	private RootRules() {
	}

	/**
	 * Recodes (or, for a cancelled mutual event's mirror, removes) relationships of {@code out}, and adds the
	 * reductions of relations a clean parse shows ("X suspended talks with Y", which the parse reader leaves out as
	 * talks that did not happen).
	 */
	static void apply(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		boolean cancelled = Mechanisms.on("relations.root-cancelled");
		boolean ceasefire = Mechanisms.on("relations.root-ceasefire");
		boolean protest = Mechanisms.on("relations.root-protest");
		boolean designation = Mechanisms.on("relations.root-designation");
		boolean coercion = Mechanisms.on("relations.root-coercion");
		Set<String> keys = new HashSet<>();
		out.forEach(r -> keys.add(r.from() + "|" + r.to() + "|" + r.root()));
		int found = out.size();
		if (cancelled) {
			for (ParsedSentence s : sentences) {
				cancelledEvents(body, s, actors, keys, out);
			}
		}
		for (int i = found - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			String root = r.root();
			ParsedSentence s = sentenceOf(sentences, r.evidence().begin());
			String code = null;
			String rule = null;
			boolean drop = false;
			if (s != null && cancelled && Set.of("03", "04", "05", "06").contains(root)) {
				int c = cancelling(s, r.evidence().begin(), r.evidence().end());
				if (c >= 0) {
					rule = "relations.root-cancelled";
					int from = firstMention(actors, r.from(), s.start(0), r.evidence().end());
					int to = firstMention(actors, r.to(), s.start(0), r.evidence().end());
					if (from >= 0 && (to < 0 || from < to)) {
						code = "16";
					} else {
						drop = true; // the mirror of the mutual event: the canceller is the other side
					}
				}
			}
			if (code == null && !drop && s != null && ceasefire && root.equals("03")
					&& agreedToYield(s, r.evidence().begin(), r.evidence().end())) {
				rule = "relations.root-ceasefire";
				code = "08";
			}
			if (code == null && !drop && protest && root.equals("14")) {
				rule = "relations.root-protest";
				code = "114";
			}
			if (code == null && !drop && s != null && designation && root.equals("11")
					&& designates(s, actors, r.evidence().begin(), r.evidence().end())) {
				rule = "relations.root-designation";
				code = "16";
			}
			if (code == null && !drop && coercion && (root.equals("17") || root.equals("18"))
					&& !r.cameoCode().startsWith("173")) {
				rule = "relations.root-coercion";
				code = coercion(s, r, actors);
				drop = code == null;
				if (code != null && code.equals(r.cameoCode())) {
					code = null;
					rule = null;
				}
			}
			if (rule == null) {
				continue;
			}
			Mechanisms.fired(rule, 1);
			if (drop || !keys.add(r.from() + "|" + r.to() + "|" + code.substring(0, 2))) {
				out.remove(i);
			} else {
				out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
			}
		}
	}

	/**
	 * "X called off / cancelled / suspended talks (a meeting, cooperation) with Y", "talks between X and Y were
	 * suspended": X reduces relations with Y (16). Not when the cancelling verb is negated, under a modal or a
	 * condition, or itself the complement of another verb ("threatened to suspend talks").
	 */
	private static void cancelledEvents(String body, ParsedSentence s, DocActors actors, Set<String> keys,
			List<ExtractedRelationship> out) {
		for (int n = 0; n < s.size(); n++) {
			int c = s.head(n);
			if (c < 0 || !s.pos(n).equals("NOUN") || !COOPERATION.contains(lower(s, n)) || !cancels(s, c)
					|| !(s.deprel(n).equals("obj") || s.deprel(n).equals("nsubj:pass")) || gated(s, c)) {
				continue;
			}
			EventCoder.Clause frame = new EventCoder.Clause(s, c);
			if (frame.negated) {
				continue;
			}
			List<Integer> sources = new ArrayList<>();
			for (int x : frame.passive ? frame.agents : frame.subjects) {
				EventCoder.Clause.withConj(s, x, sources);
			}
			List<Integer> partners = new ArrayList<>();
			for (int m : s.children(n)) {
				String prep = EventCoder.Clause.caseWord(s, m);
				if (s.deprel(m).startsWith("nmod") && prep.equals("with")) {
					EventCoder.Clause.withConj(s, m, partners);
				} else if (s.deprel(m).startsWith("nmod") && prep.equals("between")) {
					List<Integer> parties = EventParties.between(s, m);
					if (sources.isEmpty() && parties.size() > 1) {
						sources.add(parties.get(0)); // "cooperation between X and Y was suspended": X's act
						partners.addAll(parties.subList(1, parties.size()));
					} else {
						partners.addAll(parties);
					}
				}
			}
			for (int a : sources) {
				ActorMention from = actors.at(s.start(a));
				for (int b : partners) {
					ActorMention to = actors.at(s.start(b));
					if (from == null || to == null || from.actor() == to.actor()
							|| ParsedRelationReader.partOf(from.actor(), to.actor())
							|| ParsedRelationReader.partOf(to.actor(), from.actor())) {
						continue;
					}
					if (keys.add(from.actor().name() + "|" + to.actor().name() + "|16")) {
						int begin = Math.min(from.begin(), Math.min(s.start(c), s.start(n)));
						int end = Math.max(to.end(), Math.max(s.end(c), s.end(n)));
						out.add(new ExtractedRelationship(from.actor().name(), to.actor().name(), "16",
								TextSpan.of(body, begin, end), 0.6));
						Mechanisms.fired("relations.root-cancelled", 1);
					}
				}
			}
		}
	}

	/** Whether the verb at {@code v} is under a modal, a condition, or is the complement of another verb. */
	private static boolean gated(ParsedSentence s, int v) {
		if (s.deprel(v).equals("xcomp") || s.deprel(v).startsWith("amod")) {
			return true;
		}
		for (int d : s.children(v)) {
			String l = lower(s, d);
			if (s.deprel(d).equals("aux") && MODALS.contains(l) || s.deprel(d).equals("mark") && CONDITIONS.contains(l)) {
				return true;
			}
		}
		return false;
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
	 * The cancelling verb of a cooperation noun inside the evidence: the noun is its object or passive subject, or
	 * follows it with only determiners, possessives and modifiers between ("called off the planned talks"; the
	 * parse often mistakes such a verb for a modifier); -1 if none.
	 */
	private static int cancelling(ParsedSentence s, int begin, int end) {
		for (int n = 0; n < s.size(); n++) {
			if (!inside(s, n, begin, end) || !s.pos(n).equals("NOUN") || !COOPERATION.contains(lower(s, n))) {
				continue;
			}
			int h = s.head(n);
			if (h >= 0 && cancels(s, h) && (s.deprel(n).equals("obj") || s.deprel(n).equals("nsubj:pass"))) {
				return h;
			}
			for (int c = n - 1; c >= Math.max(0, n - 5); c--) {
				if (cancels(s, c)) {
					boolean attributive = c > 0 && (s.pos(c - 1).equals("DET") || s.pos(c - 1).equals("ADP"));
					return attributive ? -1 : c; // "the suspended talks", "resumption of suspended talks": no act
				}
				String p = s.pos(c);
				if (!(p.equals("DET") || p.equals("PRON") || p.equals("ADJ") || p.equals("NUM") || p.equals("NOUN")
						|| p.equals("ADP") && lower(s, c).equals("off"))) {
					break;
				}
			}
		}
		return -1;
	}

	private static boolean cancels(ParsedSentence s, int v) {
		if (!s.pos(v).equals("VERB")) {
			return false;
		}
		String l = lower(s, v);
		if (CANCEL.contains(l)) {
			return true;
		}
		return CANCEL_OFF.contains(l) && v + 1 < s.size() && s.word(v + 1).equalsIgnoreCase("off");
	}

	/** Start of the first mention of actor {@code name} in [{@code from}, {@code to}), or -1. */
	private static int firstMention(DocActors actors, String name, int from, int to) {
		for (ActorMention m : actors.within(from, to)) {
			if (m.actor().name().equals(name)) {
				return m.begin();
			}
		}
		return -1;
	}

	/**
	 * Whether a form of "agree" in the evidence takes a ceasefire, truce, halt or pause: as its object or "to"
	 * phrase (or that noun's modifier: "a ceasefire plan"), or a deal whose purpose is to halt or pause ("agreed to
	 * deals to pause their strikes"). "Agreed to exchange lists of conditions for a ceasefire" is not.
	 */
	private static boolean agreedToYield(ParsedSentence s, int begin, int end) {
		for (int v = 0; v < s.size(); v++) {
			if (!inside(s, v, begin, end) || !lower(s, v).equals("agree")) {
				continue;
			}
			for (int d : s.children(v)) {
				String rel = s.deprel(d);
				if (!(rel.equals("obj") || rel.startsWith("obl") || rel.equals("xcomp"))) {
					continue;
				}
				if (s.pos(d).equals("VERB")) {
					if (rel.equals("xcomp") && DEESCALATION_VERBS.contains(lower(s, d))) {
						return true; // "agreed to halt attacks"
					}
					continue;
				}
				if (DEESCALATION.contains(lower(s, d))) {
					return true;
				}
				for (int m : s.children(d)) {
					String mr = s.deprel(m);
					if ((mr.equals("compound") || mr.equals("amod")) && DEESCALATION.contains(lower(s, m))) {
						return true; // "a 30-day ceasefire plan"
					}
					if (DEAL.contains(lower(s, d)) && mr.startsWith("acl") && DEESCALATION_VERBS.contains(lower(s, m))) {
						return true; // "deals to pause their strikes"
					}
					if (mr.startsWith("nmod") && DEESCALATION.contains(lower(s, m))
							&& EventCoder.Clause.caseWord(s, m).equals("to")) {
						return true; // "agreed to a temporary halt to the flights" read as one phrase
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether the evidence holds a verb of designating or listing whose object is an actor or a group ("re-listed the
	 * group as a terrorist organization"), with "terror..." close after it; labelling an act ("labeled the attack
	 * terrorist") is no designation.
	 */
	private static boolean designates(ParsedSentence s, DocActors actors, int begin, int end) {
		for (int v = 0; v < s.size(); v++) {
			if (!inside(s, v, begin, end) || !s.pos(v).equals("VERB")) {
				continue;
			}
			String w = s.word(v).toLowerCase(Locale.ROOT).replace("-", "");
			if (!(w.startsWith("designat") || w.startsWith("redesignat") || w.startsWith("list")
					|| w.startsWith("relist") || w.startsWith("blacklist") || w.startsWith("label"))) {
				continue;
			}
			boolean named = false;
			for (int o : s.children(v, "obj")) {
				named |= actors.at(s.start(o)) != null || GROUPS.contains(lower(s, o));
			}
			int next = v + 1;
			while (next < s.size() && s.pos(next).equals("DET")) {
				next++;
			}
			named |= next < s.size() && actors.at(s.start(next)) != null;
			for (int t = v + 1; named && t < Math.min(s.size(), v + 9); t++) {
				if (s.word(t).toLowerCase(Locale.ROOT).startsWith("terror")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The root the guidelines give a coercion (17) or unconventional violence (18) other than an arrest, from the
	 * words of its evidence and the kind of its target; null when they enter none.
	 */
	private static String coercion(ParsedSentence s, ExtractedRelationship r, DocActors actors) {
		int b = r.evidence().begin();
		int e = r.evidence().end();
		if (s != null && hasLemma(s, b, e, SEIZE) && holder(actors, r.to())) {
			return "190";
		}
		if (s == null || hasLemma(s, b, e, ARREST) || hasLemma(s, b, e, SEIZE) && person(actors, r.to())) {
			return r.cameoCode(); // an arrest, a detention, a person captured: 17 as the guidelines enter it
		}
		if (hasLemma(s, b, e, KILL)) {
			return "190";
		}
		if (hasLemma(s, b, e, BAN)) {
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

	private static boolean hasLemma(ParsedSentence s, int begin, int end, Set<String> lemmas) {
		for (int t = 0; t < s.size(); t++) {
			if (inside(s, t, begin, end) && lemmas.contains(lower(s, t))) {
				return true;
			}
		}
		return false;
	}
}
