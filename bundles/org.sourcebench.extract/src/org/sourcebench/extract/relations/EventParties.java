package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

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
 * <li><b>Engaged in</b> ({@code relations.engaged}): the subjects of a clause take part in the mutual event noun of its
 * "in" phrase, or of a predicate "in"/"at" noun ("X and Y have been in talks", "X lost three soldiers in clashes with
 * Y", "X is at war with Y").</li>
 * <li><b>Counted groups</b> ({@code relations.groups}): "the two countries", "the three nations", "both sides"
 * stand for the actors of the most recent list of that many named before them ("Ukraine and Russia ... talks between
 * the two countries", "Turkey, Russia and Iran ... the three countries signed"), of the kinds
 * {@code group-anaphors.tsv} gives the noun.</li>
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

	/** Counting words of a group anaphor ("the two countries", "both sides"). */
	private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "both", 2, "2", 2,
			"3", 3, "4", 4);

	private EventParties() {
	}

	/** The kinds of actor each group noun of {@code group-anaphors.tsv} stands for; loaded once. */
	private static final class Groups {
		static final Map<String, Set<ActorKind>> KINDS = load();

		private static Map<String, Set<ActorKind>> load() {
			Map<String, Set<ActorKind>> out = new HashMap<>();
			for (String[] r : DataFile.rows("group-anaphors.tsv", 2)) {
				Set<ActorKind> kinds = java.util.EnumSet.noneOf(ActorKind.class);
				DataFile.list(r[1]).forEach(k -> kinds.add(ActorKind.valueOf(k.trim())));
				out.put(r[0].trim(), kinds);
			}
			return Map.copyOf(out);
		}
	}

	/**
	 * The actors a counted group noun at token {@code h} stands for ("the two countries": the two states of the most
	 * recent list of exactly two that came before it, "Ukraine and Russia ..."), each as a mention on the noun's
	 * phrase; empty when {@code h} is no counted group noun, names an actor itself, or no such list came before in
	 * the last {@link #GROUP_WINDOW} characters of {@code body}.
	 */
	static List<ActorMention> group(String body, ParsedSentence s, int h, DocActors actors) {
		int n = count(s, h);
		if (n == 0 || actors.at(s.start(h)) != null) {
			return List.of();
		}
		Set<ActorKind> kinds = Groups.KINDS.get(lower(s.word(h)));
		int first = EventCoder.phrase(s, h).get(0);
		List<ActorMention> all = actors.mentions();
		for (int k = all.size() - 1; k >= 0; k--) {
			ActorMention m = all.get(k);
			if (m.begin() >= s.start(first) || !kinds.contains(m.actor().kind())) {
				continue;
			}
			if (m.begin() < s.start(first) - GROUP_WINDOW) {
				break;
			}
			List<DocActor> run = textList(body, all, k, kinds, s.start(first));
			if (run.size() == n) {
				Mechanisms.fired("relations.groups", 1);
				List<ActorMention> out = new ArrayList<>();
				for (DocActor a : run) {
					out.add(new ActorMention(s.start(first), s.end(h), a));
				}
				return out;
			}
		}
		return List.of();
	}

	/** Whether token {@code h} is a counted group noun ("the two countries", "both sides"). */
	static boolean groupNoun(ParsedSentence s, int h) {
		return count(s, h) > 0;
	}

	/** How many actors the counted group noun at {@code h} stands for; 0 when it is none. */
	private static int count(ParsedSentence s, int h) {
		if (!Mechanisms.on("relations.groups") || !Groups.KINDS.containsKey(lower(s.word(h)))) {
			return 0;
		}
		int n = 0;
		boolean definite = false;
		for (int c : s.children(h)) {
			String w = lower(s.word(c));
			String rel = s.deprel(c);
			if (rel.equals("nummod") || rel.equals("det") && w.equals("both")) {
				n = COUNTS.getOrDefault(w, 0);
			}
			definite |= rel.equals("det") && (w.equals("the") || w.equals("both")) || rel.equals("nmod:poss");
		}
		return definite ? n : 0;
	}

	/** How far back (characters) the list a counted group noun stands for may be. */
	private static final int GROUP_WINDOW = 1500;
	/** What may stand between two members of a list in the text: a comma or "and", a determiner, a title. */
	private static final java.util.regex.Pattern LIST_GAP_TEXT = java.util.regex.Pattern
			.compile("\\s*(,|,?\\s*and)\\s+((the|his|her|its|their)\\s+)?(\\p{Lu}[\\p{L}.'-]*\\s+){0,4}");

	/**
	 * The distinct actors of the list of mentions around {@code all[k]} (neighbours of the kinds joined by a comma or
	 * "and" in {@code body}, all before {@code limit}), in text order.
	 */
	private static List<DocActor> textList(String body, List<ActorMention> all, int k, Set<ActorKind> kinds,
			int limit) {
		int lo = k;
		int hi = k;
		while (lo > 0 && kinds.contains(all.get(lo - 1).actor().kind())
				&& listGap(body, all.get(lo - 1), all.get(lo))) {
			lo--;
		}
		while (hi + 1 < all.size() && all.get(hi + 1).end() <= limit && kinds.contains(all.get(hi + 1).actor().kind())
				&& listGap(body, all.get(hi), all.get(hi + 1))) {
			hi++;
		}
		List<DocActor> out = new ArrayList<>();
		for (int i = lo; i <= hi; i++) {
			if (!out.contains(all.get(i).actor())) {
				out.add(all.get(i).actor());
			}
		}
		return out;
	}

	private static boolean listGap(String body, ActorMention a, ActorMention b) {
		return a.end() <= b.begin() && LIST_GAP_TEXT.matcher(body.substring(a.end(), b.begin())).matches();
	}

	/** Whether sentence {@code s} holds a group noun of {@code group-anaphors.tsv} (it may name actors without a mention). */
	static boolean hasGroupNoun(ParsedSentence s) {
		if (!Mechanisms.on("relations.groups")) {
			return false;
		}
		for (int t = 0; t < s.size(); t++) {
			if (Groups.KINDS.containsKey(lower(s.word(t)))) {
				return true;
			}
		}
		return false;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
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
	 * Whether a mutual event noun in a phrase with this preposition is what the clause's subjects take part in ("X
	 * and Y have been in talks since 2011", "X lost men in clashes with Y"): "in" ({@code relations.engaged}).
	 */
	static boolean engagedIn(String prep) {
		boolean in = prep.equals("in") && Mechanisms.on("relations.engaged");
		if (in) {
			Mechanisms.fired("relations.engaged", 1);
		}
		return in;
	}

	/**
	 * The subjects (with their conjuncts) of a mutual event noun that is the predicate of its clause with "in" or
	 * "at" ("X, Y and Z have been in talks", "X is at war with Y"), or none ({@code relations.engaged}).
	 */
	static List<Integer> engagedSubjects(ParsedSentence s, int n) {
		List<Integer> out = new ArrayList<>();
		String prep = EventCoder.Clause.caseWord(s, n);
		if (!Mechanisms.on("relations.engaged") || s.children(n, "cop").isEmpty()
				|| !prep.equals("in") && !prep.equals("at")) {
			return out;
		}
		for (int c : s.children(n, "nsubj")) {
			EventCoder.Clause.withConj(s, c, out);
		}
		Mechanisms.fired("relations.engaged", out.isEmpty() ? 0 : 1);
		return out;
	}

	/**
	 * The "between" phrase of verb {@code v} that belongs to its event-noun subject {@code np} ("clashes broke out
	 * between X and Y"), or -1.
	 */
	static int verbBetween(ParsedSentence s, int np, int v) {
		if (!Mechanisms.on("relations.verb-between") || v < 0 || !s.pos(v).equals("VERB")
				|| !s.deprel(np).startsWith("nsubj") || s.head(np) != v) {
			return -1;
		}
		for (int c : s.children(v)) {
			if (s.deprel(c).startsWith("obl") && EventCoder.Clause.caseWord(s, c).equals("between")) {
				Mechanisms.fired("relations.verb-between", 1);
				return c;
			}
		}
		return -1;
	}

	/**
	 * The parties of the "between" phrase headed by {@code pp}: one token per distinct actor it names (the first
	 * token of that actor's mention; a counted group's noun twice, {@link #group} resolves it), in text order; null when the mechanism is off (the caller keeps the parse's
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
			if (m == null && groupNoun(s, t)) {
				out.addAll(List.of(t, t)); // "between the two countries": a group of two or more, resolved later
				continue;
			}
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
