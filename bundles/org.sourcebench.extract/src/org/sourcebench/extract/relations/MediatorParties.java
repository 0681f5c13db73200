package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The mediator of a cooperative event the parse reader has read between its parties (switch
 * {@code relations.mediator-parties}): whoever brokers, mediates, facilitates or hosts talks, a deal or a ceasefire
 * consults each party (CAMEO 045 under 04, one way; GUIDELINES.md "mediation -> 04", DECISIONS.md R2 and R3), whatever
 * words name the parties, whether or not the event itself is asserted (a mediated deal that is to be signed, a
 * brokered truce one side is said to violate). The parties are the event's own pairs, as the reader found them ("X
 * and Y met", "talks between X and Y", "X signed a deal with Y"); the mediator is attached to the event word, to the
 * verb it is asserted with or to the light verb's event noun, in one of four forms:
 * <ol>
 * <li>a hyphenated participle in front of it ("the Z-brokered ceasefire", "Z-mediated talks");</li>
 * <li>a participle with a "by" phrase ("a deal brokered by Z", "talks co-mediated by Z", "talks hosted by Z");</li>
 * <li>a "with", "through" or "under" phrase whose noun names help or mediation, with its owner ("met with the help
 * of Z", "through Z's mediation", "under the auspices of Z");</li>
 * <li>a mediating verb whose object or passive subject the event noun is ("Z facilitated the talks").</li>
 * </ol>
 * When the event names no pair, the first three forms take the other actors of the sentence as its parties (at most
 * four; not a mediator, a reporting subject, an outlet or a topic, "on Z"; a state's organ gives way to its state):
 * "X accused Y of breaking the Z-brokered truce". The fourth takes none ("Z hosted a summit on W" names no party).
 * A mediator the reader took for a party of the event itself is one no longer: its pairs toward the parties give way
 * ({@link Mediation#dropMirrors}). Stateless; safe to share.
 */
final class MediatorParties {

	static final String NAME = "relations.mediator-parties";

	/** Roots of the cooperative events a third party can broker: intent, consult, cooperate, material, yield. */
	private static final Set<String> ROOTS = Set.of("03", "04", "05", "06", "08");
	private MediatorParties() {
	}

	/**
	 * The heads of the phrases naming the mediator of the event word {@code t}, asserted at {@code clause} (the same
	 * token or the verb above it); empty when none. {@code mediates} tells a mediating verb's lemma.
	 */
	static List<Integer> mediators(ParsedSentence s, int t, int clause, java.util.function.Predicate<String> mediates) {
		List<Integer> out = new ArrayList<>();
		List<Integer> where = new ArrayList<>(List.of(t));
		if (clause >= 0 && clause != t) {
			where.add(clause);
		}
		if (s.head(t) >= 0 && s.pos(t).equals("NOUN") && !where.contains(s.head(t))) {
			where.add(s.head(t)); // "accepted a truce during talks, co-mediated by Z"
		}
		if (s.pos(t).equals("VERB")) {
			for (int o : s.children(t, "obj")) {
				if (s.pos(o).equals("NOUN")) {
					where.add(o); // "X and Y held talks hosted by Z": the light verb's event noun
				}
			}
		}
		for (int at : where) {
			for (int c : s.children(at)) {
				String w = s.word(c).toLowerCase(Locale.ROOT);
				String rel = s.deprel(c);
				int hyphen = w.lastIndexOf('-');
				if (c < at && hyphen > 0 && mediating(w.substring(hyphen + 1), mediates)
						&& (rel.equals("amod") || rel.equals("compound"))) {
					out.add(c); // "the Z-brokered ceasefire": the name part's mention
				} else if (c < at && c >= 2 && s.word(c - 1).equals("-") && s.end(c - 2) == s.start(c - 1)
						&& s.end(c - 1) == s.start(c) && mediating(w, mediates)
						&& (rel.equals("amod") || rel.equals("compound"))) {
					out.add(c - 2); // the same in three tokens: "Z", "-", "brokered"
				} else if (c > at && (rel.startsWith("acl") || rel.equals("advcl")) && mediating(s.lemma(c), mediates)) {
					out.addAll(agents(s, c)); // "a deal brokered by Z"
				} else if ((rel.startsWith("obl") || rel.startsWith("nmod"))
						&& EventWords.get().in("help", lower(s.lemma(c)))
						&& EventWords.get().in("help-case", EventCoder.Clause.caseWord(s, c))) {
					out.addAll(owners(s, c)); // "met with the help of Z"
				}
			}
		}
		return out;
	}

	/**
	 * The subject of a mediating verb whose object the event noun {@code t} is ("Z facilitated the talks"), or the
	 * agent of one whose passive subject it is ("the talks were mediated by Z"): a host of the event, who consults only
	 * the parties the event itself names. Empty when none.
	 */
	static List<Integer> hosts(ParsedSentence s, int t, java.util.function.Predicate<String> mediates) {
		int h = s.head(t);
		if (h < 0 || !s.pos(t).equals("NOUN") || !mediating(s.lemma(h), mediates)) {
			return List.of();
		}
		if (s.deprel(t).equals("obj")) {
			return s.children(h, "nsubj");
		}
		return s.deprel(t).equals("nsubj:pass") ? agents(s, h) : List.of();
	}

	/** Whether a participle or verb lemma mediates ("brokered", "co-mediated", "hosted"). */
	private static boolean mediating(String lemma, java.util.function.Predicate<String> mediates) {
		String l = lower(lemma);
		if (l.startsWith("co-")) {
			l = l.substring(3);
		}
		if (l.endsWith("ed")) {
			String stem = l.substring(0, l.length() - 2);
			return mediates.test(stem) || mediates.test(stem + "e") || mediates.test(l);
		}
		return mediates.test(l);
	}

	/** The "by" phrases of a participle or passive verb. */
	private static List<Integer> agents(ParsedSentence s, int v) {
		List<Integer> out = new ArrayList<>();
		for (int c : s.children(v)) {
			if ((s.deprel(c).startsWith("obl") || s.deprel(c).startsWith("nmod"))
					&& EventCoder.Clause.caseWord(s, c).equals("by")) {
				out.add(c);
			}
		}
		return out;
	}

	/** The owner of a help noun: its possessor, its "of" phrase, or a country adjective on it ("Omani mediation"). */
	private static List<Integer> owners(ParsedSentence s, int n) {
		List<Integer> out = new ArrayList<>(s.children(n, "nmod:poss"));
		for (int c : s.children(n)) {
			if (s.deprel(c).startsWith("nmod") && EventCoder.Clause.caseWord(s, c).equals("of")) {
				out.add(c);
			} else if (c < n && (s.deprel(c).equals("amod") || s.deprel(c).equals("compound"))) {
				out.add(c);
			}
		}
		return out;
	}

	/**
	 * Collects in {@code out} 045 from each mediator actor to each party of {@code pairs} ("from|to" actor names the
	 * reader entered for the event with code {@code code}; else, when {@code sentence}, the other actors of the
	 * sentence) and records "mediator|party|offset" in {@code mediated}; returns how many it collected. {@code actorsOf} resolves a phrase
	 * head to its actors. {@link #merge} adds them to the reader's relationships.
	 */
	static int add(String body, ParsedSentence s, int t, String code, List<Integer> mediatorHeads, boolean sentence,
			IntFunction<List<ActorMention>> actorsOf, Set<String> pairs, DocActors actors,
			List<ExtractedRelationship> out, List<String> mediated) {
		if (!ROOTS.contains(code.substring(0, 2)) || mediatorHeads.isEmpty() || code.equals(Mediation.CODE)) {
			return 0;
		}
		int n = 0;
		List<List<ActorMention>> byHead = new ArrayList<>();
		List<DocActor> all = new ArrayList<>();
		for (int m : mediatorHeads) {
			List<ActorMention> found = actorsOf.apply(m);
			byHead.add(found);
			found.forEach(x -> all.add(x.actor()));
		}
		for (int k = 0; k < mediatorHeads.size(); k++) {
			List<Integer> phrase = EventCoder.phrase(s, mediatorHeads.get(k));
			for (ActorMention med : byHead.get(k)) {
				List<String> parties = new ArrayList<>();
				for (String p : pairs) {
					for (String name : p.split("\\|", 2)) {
						if (all.stream().noneMatch(x -> x.name().equals(name)) && !parties.contains(name)) {
							parties.add(name);
						}
					}
				}
				if (parties.isEmpty() && sentence) {
					parties = others(s, all, s.start(phrase.get(0)), s.end(phrase.get(phrase.size() - 1)), actors);
				}
				boolean misread = pairs.stream().anyMatch(p -> List.of(p.split("\\|", 2)).contains(med.actor().name()));
				if (misread && code.startsWith("04") && parties.size() > 1) {
					// "X and Y met with the help of Z": Z was read as whom they met; they met each other
					for (String a : parties) {
						for (String b : parties) {
							n += meet(body, s, t, a, b, code, actors, out);
						}
					}
				}
				for (String party : parties) {
					DocActor g = actors.byName(party);
					if (g == null || ParsedRelationReader.partOf(g, med.actor()) || ParsedRelationReader.partOf(med.actor(), g)) {
						continue;
					}
					mediated.add(med.actor().name() + "|" + party + "|" + s.start(t));
					int b = Math.min(med.begin(), s.start(t));
					int e = Math.max(med.end(), s.end(t));
					n += put(out, new ExtractedRelationship(med.actor().name(), party, Mediation.CODE,
							TextSpan.of(body, b, e), 0.6));
				}
			}
		}
		Mechanisms.fired(NAME, n);
		return n;
	}

	/** Enters the mutual event {@code code} from party {@code a} to party {@code b}; 1 when it was new. */
	private static int meet(String body, ParsedSentence s, int t, String a, String b, String code, DocActors actors,
			List<ExtractedRelationship> out) {
		DocActor f = actors.byName(a);
		DocActor g = actors.byName(b);
		if (f == null || g == null || f == g || ParsedRelationReader.partOf(f, g) || ParsedRelationReader.partOf(g, f)) {
			return 0;
		}
		return put(out, new ExtractedRelationship(a, b, code, TextSpan.of(body, s.start(0), s.end(s.size() - 1)), 0.6));
	}

	/** Adds {@code r} to {@code out} unless a relationship of its pair and root is there; 1 when added. */
	private static int put(List<ExtractedRelationship> out, ExtractedRelationship r) {
		if (out.stream().anyMatch(x -> x.from().equals(r.from()) && x.to().equals(r.to()) && x.root().equals(r.root()))) {
			return 0;
		}
		out.add(r);
		return 1;
	}

	/**
	 * Adds the relationships {@code brokered} collected by {@link #add} to {@code out} once the readings they replace
	 * are gone (a word window's or the parse's reading of the mediator as a party), skipping the (from, to, root)
	 * triples already there and recording the added ones in {@code seen}.
	 */
	static void merge(List<ExtractedRelationship> out, List<ExtractedRelationship> brokered, Set<String> seen) {
		for (ExtractedRelationship r : brokered) {
			if (put(out, r) > 0) {
				seen.add(r.from() + "|" + r.to() + "|" + r.root());
			}
		}
	}

	/** How many parties a sentence may name for a mediated event that names none itself. */
	private static final int MAX_OTHERS = 4;

	/**
	 * The parties of a mediated event that names none: the other actors the sentence names outside the mediator's
	 * phrases [{@code a}, {@code z}), not a mediator, a reporter of the sentence nor an outlet; empty when more than
	 * {@link #MAX_OTHERS}.
	 */
	private static List<String> others(ParsedSentence s, List<DocActor> mediators, int a, int z, DocActors actors) {
		EventWords words = EventWords.get();
		List<String> out = new ArrayList<>();
		for (ActorMention x : actors.within(s.start(0), s.end(s.size() - 1))) {
			DocActor d = x.actor();
			if (mediators.contains(d) || x.begin() < z && x.end() > a || d.kind() == org.sourcebench.model.ActorKind.MEDIA
					|| out.contains(d.name())) {
				continue;
			}
			int h = s.headOf(x.begin(), x.end());
			if (h >= 0 && words.in("topic", EventCoder.Clause.caseWord(s, h))) {
				continue; // "a Z-brokered truce on Gondor": what it is about
			}
			if (h >= 0 && s.deprel(h).startsWith("nsubj") && s.head(h) >= 0
					&& words.in("reporting", lower(s.lemma(s.head(h))))) {
				continue; // "X said the Z-brokered truce held": X reports it
			}
			int last = s.size() - 1;
			for (int k = 0; k < s.size(); k++) {
				if (s.start(k) >= x.end()) {
					last = k;
					break;
				}
			}
			if (s.start(last) >= x.end() && words.in("reporting", lower(s.lemma(last)))) {
				continue; // "..., X said."
			}
			out.add(d.name());
		}
		// a state's organ beside its state is the same side ("Israel ... Israeli soldiers"): the state stands for it
		out.removeIf(n -> out.stream().anyMatch(o -> !o.equals(n) && actors.byName(o) != null && actors.byName(n) != null
				&& ParsedRelationReader.partOf(actors.byName(n), actors.byName(o))));
		return out.size() > MAX_OTHERS ? List.of() : out;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
