package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Who takes part in an event stated as a noun or shared by several parties, read top to bottom:
 * <ol>
 * <li><b>Halted events</b> ({@code relations.halted}): an event noun that is the object of a verb the dictionaries
 * code as a rejection (12) or a cut in relations (16) did not happen ("called off talks with X", "cancelled his
 * meeting with Y", "rejected negotiations with Z"); the verb is the event.</li>
 * <li><b>"Between" phrases</b> ({@code relations.between}): every actor the phrase names is a party ("a phone call
 * between the Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu", "negotiations between
 * A, B, and C's negotiator D"), wherever the parse attached the titles and names inside it; actors that only modify
 * another party's name ("Trump's envoy") or sit in a phrase of their own inside it ("talks between X and Y on Z's
 * programme") are none. A "between" phrase of the verb whose subject is the event noun is the noun's ("clashes broke
 * out between X and Y", "talks were held between X and Y").</li>
 * <li><b>Lists</b> ({@code relations.lists}): the sides of a mutual event extend to the whole list their mentions
 * stand in ("Presidents A, B and C met": the parse may leave A out), a list being mentions separated by commas or
 * "and" with at most a title, a determiner or a nationality between them.</li>
 * </ol>
 * Stateless; safe to share between threads.
 */
final class EventParties {

	/** Modifiers whose name is no party of the phrase they modify ("Trump's envoy", "Iranian Foreign Minister"). */
	private static final Set<String> NAME_MODIFIERS = Set.of("nmod:poss", "compound", "amod", "nmod:desc");
	/** Children of a phrase that start a phrase or clause of their own. */
	private static final Set<String> OWN_PHRASES = Set.of("acl", "acl:relcl", "advcl", "parataxis", "ccomp");
	/** How many words may separate two members of a list besides the comma or "and". */
	private static final int LIST_GAP = 6;

	private EventParties() {
	}

	/**
	 * Whether the event noun heading phrase {@code np} is not asserted because the verb {@code v} above it halts it:
	 * the noun is the verb's object (or passive subject) and the verb's code has root 12 or 16, other than the noun's
	 * own ({@code nounCode}: "imposed sanctions" is the sanctions' event).
	 */
	static boolean halted(ParsedSentence s, int np, String nounCode, int v, String verbCode) {
		if (!Mechanisms.on("relations.halted") || v < 0 || verbCode == null || !s.pos(v).equals("VERB")) {
			return false;
		}
		String rel = s.deprel(np);
		boolean halted = (rel.equals("obj") || rel.equals("nsubj:pass"))
				&& (verbCode.startsWith("12") || verbCode.startsWith("16"))
				&& !verbCode.startsWith(nounCode.substring(0, 2));
		if (halted) {
			Mechanisms.fired("relations.halted", 1);
		}
		return halted;
	}

	/**
	 * The "between" phrase of verb {@code v} that belongs to its event-noun subject {@code np} ("clashes broke out
	 * between X and Y"), or -1.
	 */
	static int verbBetween(ParsedSentence s, int np, int v) {
		if (!Mechanisms.on("relations.between") || v < 0 || !s.pos(v).equals("VERB")
				|| !s.deprel(np).startsWith("nsubj") || s.head(np) != v) {
			return -1;
		}
		for (int c : s.children(v)) {
			if (s.deprel(c).startsWith("obl") && EventCoder.Clause.caseWord(s, c).equals("between")) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * The parties of the "between" phrase headed by {@code pp}: one token per distinct actor it names (the first
	 * token of that actor's mention), in text order; null when the mechanism is off (the caller keeps the parse's
	 * conjuncts).
	 */
	static List<Integer> between(ParsedSentence s, int pp, DocActors actors) {
		if (!Mechanisms.on("relations.between")) {
			return null;
		}
		List<Integer> tokens = new ArrayList<>();
		inside(s, pp, pp, tokens);
		List<Integer> out = new ArrayList<>();
		List<ActorMention> seen = new ArrayList<>();
		for (int t : tokens) {
			ActorMention m = actors.at(s.start(t));
			if (m == null || seen.stream().anyMatch(x -> x.actor() == m.actor()) || seen.contains(m)
					|| modifiesParty(s, t, m, tokens, actors)) {
				continue;
			}
			seen.add(m);
			out.add(first(s, t, m));
		}
		return out;
	}

	/** Collects the tokens of the phrase {@code t} that belong to it: not clauses nor its non-"of" phrases. */
	private static void inside(ParsedSentence s, int root, int t, List<Integer> out) {
		out.add(t);
		for (int c : s.children(t)) {
			String rel = s.deprel(c);
			if (OWN_PHRASES.contains(rel) || rel.equals("punct") && c != t) {
				continue;
			}
			String cs = EventCoder.Clause.caseWord(s, c);
			if ((rel.startsWith("nmod") || rel.startsWith("obl")) && !rel.equals("nmod:poss")
					&& !rel.equals("nmod:desc") && !cs.isEmpty() && !cs.equals("of") && c != root) {
				continue; // "between X and Y on Z's programme", "in Doha"
			}
			inside(s, root, c, out);
		}
		out.sort(null);
	}

	/**
	 * Whether the mention at token {@code t} only modifies another party's name inside the phrase ("Trump's envoy
	 * Witkoff", "Iranian Foreign Minister Araghchi"): its head word is a name modifier of a word whose own phrase
	 * holds another actor's mention.
	 */
	private static boolean modifiesParty(ParsedSentence s, int t, ActorMention m, List<Integer> tokens,
			DocActors actors) {
		int h = t;
		while (s.head(h) >= 0 && s.start(s.head(h)) >= m.begin() && s.end(s.head(h)) <= m.end()) {
			h = s.head(h);
		}
		int g = s.head(h);
		if (!NAME_MODIFIERS.contains(s.deprel(h)) || g < 0 || !tokens.contains(g)) {
			return false;
		}
		for (int k : EventCoder.phrase(s, g)) {
			ActorMention other = actors.at(s.start(k));
			if (other != null && other.actor() != m.actor() && other.begin() > m.end()) {
				return true;
			}
		}
		return false;
	}

	private static int first(ParsedSentence s, int t, ActorMention m) {
		int f = t;
		while (f > 0 && s.start(f - 1) >= m.begin()) {
			f--;
		}
		return f;
	}

	/**
	 * The mentions of the list that {@code m} stands in, in text order ({@code m} alone when it stands in none):
	 * neighbouring mentions in sentence {@code s} separated by a comma or "and" and at most {@link #LIST_GAP}
	 * determiners, possessive pronouns, adjectives or title nouns, never a preposition, verb or other punctuation.
	 */
	static List<ActorMention> list(ParsedSentence s, ActorMention m, DocActors actors) {
		List<ActorMention> out = new ArrayList<>(List.of(m));
		if (!Mechanisms.on("relations.lists")) {
			return out;
		}
		List<ActorMention> here = actors.within(s.start(0), s.end(s.size() - 1));
		int at = here.indexOf(m);
		if (at < 0) {
			return out;
		}
		for (int k = at - 1; k >= 0 && joined(s, here.get(k), here.get(k + 1)); k--) {
			out.add(0, here.get(k));
		}
		int clause = clauseOf(s, m);
		for (int k = at + 1; k < here.size() && joined(s, here.get(k - 1), here.get(k)); k++) {
			int other = clauseOf(s, here.get(k));
			if (other >= 0 && other != clause) {
				break; // "X met Y, and Z said": Z is the subject of a clause of its own
			}
			out.add(here.get(k));
		}
		return out;
	}

	/**
	 * The mentions of {@code side} and of the lists they stand in ({@link #list}), one per actor, in order; the
	 * list members are counted as the mechanism's firings.
	 */
	static List<ActorMention> withLists(ParsedSentence s, List<ActorMention> side, DocActors actors) {
		List<ActorMention> out = new ArrayList<>(side);
		for (ActorMention m : side) {
			for (ActorMention k : list(s, m, actors)) {
				if (out.stream().noneMatch(x -> x.actor() == k.actor())) {
					out.add(k);
					Mechanisms.fired("relations.lists", 1);
				}
			}
		}
		return out;
	}

	/** The verb a mention is the subject of, or -1. */
	private static int clauseOf(ParsedSentence s, ActorMention m) {
		int h = s.headOf(m.begin(), m.end());
		while (h >= 0 && s.deprel(h).equals("conj")) {
			h = s.head(h);
		}
		return h >= 0 && s.deprel(h).startsWith("nsubj") ? s.head(h) : -1;
	}

	/** Whether only a list separator and title words stand between mentions {@code a} and {@code b}. */
	private static boolean joined(ParsedSentence s, ActorMention a, ActorMention b) {
		boolean separator = false;
		int words = 0;
		for (int t = 0; t < s.size(); t++) {
			if (s.start(t) < a.end() || s.end(t) > b.begin()) {
				continue;
			}
			String w = s.word(t).toLowerCase(Locale.ROOT);
			String pos = s.pos(t);
			if (w.equals(",") || w.equals("and")) {
				separator = true;
			} else if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN")
					|| pos.equals("PRON") && s.deprel(t).equals("nmod:poss")) {
				words++;
			} else {
				return false;
			}
		}
		return separator && words <= LIST_GAP;
	}
}
