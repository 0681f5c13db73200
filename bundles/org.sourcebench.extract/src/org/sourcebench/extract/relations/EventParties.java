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
 * <li><b>"Between" phrases</b>: their conjuncts; a counted group among them ("talks between the two countries")
 * stands for two or more, {@link #group} resolves it.</li>
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

	/** How many words may separate two members of a list besides the comma or "and". */
	private static final int LIST_GAP = 6;

	/** Counting words of a group anaphor ("the two countries", "both sides"). */
	private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "both", 2, "2", 2,
			"3", 3, "4", 4);

	private EventParties() {
	}

	/** The kinds of actor each group noun of {@code group-anaphors.tsv} stands for; loaded once. */
	private static final class Groups {
		static final Map<String, Set<ActorKind>> KINDS = load(false);
		static final Map<String, Set<ActorKind>> DEFINITE = load(true);

		private static Map<String, Set<ActorKind>> load(boolean definite) {
			Map<String, Set<ActorKind>> out = new HashMap<>();
			for (String[] r : DataFile.rows("group-anaphors.tsv", 2)) {
				if (DataFile.cell(r, 2).equals("definite") != definite) {
					continue;
				}
				Set<ActorKind> kinds = java.util.EnumSet.noneOf(ActorKind.class);
				DataFile.list(r[1]).forEach(k -> kinds.add(ActorKind.valueOf(k.trim())));
				out.put(r[0].trim(), kinds);
			}
			return Map.copyOf(out);
		}
	}

	/** The mechanism that resolves definite descriptions ("the group", "the country") to the last actor of their kind. */
	static final String DEFINITE = "relations.definite-anaphors";
	/** How far back (characters) the actor a definite description stands for may be named. */
	private static final int DEFINITE_WINDOW = 600;

	/** Whether token {@code h} heads a definite description that stands for an actor ({@link #definite(ParsedSentence, int, DocActors)}). */
	static boolean definite(ParsedSentence s, int h, DocActors actors) {
		return Groups.DEFINITE.containsKey(lower(s.word(h))) && !definiteActor(s, h, actors, false).isEmpty();
	}

	/**
	 * The actor a definite description at token {@code h} stands for ({@code relations.definite-anaphors}): a noun of
	 * {@code group-anaphors.tsv} marked {@code definite} ("the group", "the militia", "the country", "the Iran-backed
	 * group"), with "the" and no possessor, that names no actor itself, stands for the last actor of its kinds named
	 * before its phrase in the last {@link #DEFINITE_WINDOW} characters; as a mention on its phrase, or empty.
	 */
	private static List<ActorMention> definiteActor(ParsedSentence s, int h, DocActors actors, boolean count) {
		Set<ActorKind> kinds = Groups.DEFINITE.get(lower(s.word(h)));
		if (kinds == null || !Mechanisms.on(DEFINITE) || !s.pos(h).equals("NOUN") || actors.at(s.start(h)) != null
				|| !s.children(h, "nmod:poss").isEmpty()
				|| s.children(h, "det").stream().noneMatch(d -> lower(s.word(d)).equals("the"))) {
			return List.of();
		}
		int first = EventCoder.phrase(s, h).get(0);
		if (actors.within(s.start(first), s.end(h)).stream().anyMatch(m -> kinds.contains(m.actor().kind()))) {
			return List.of(); // "the Hezbollah group": the phrase names its actor ("the Iran-backed group" does not)
		}
		ActorMention m = actors.lastBefore(s.start(first), a -> kinds.contains(a.kind()));
		if (m == null || m.begin() < s.start(first) - DEFINITE_WINDOW) {
			return List.of();
		}
		Mechanisms.fired(DEFINITE, count ? 1 : 0);
		return List.of(new ActorMention(s.start(first), s.end(h), m.actor()));
	}

	/**
	 * The actors a counted group noun at token {@code h} stands for ("the two countries": the two states of the most
	 * recent list of exactly two that came before it, "Ukraine and Russia ..."), each as a mention on the noun's
	 * phrase; empty when {@code h} is no counted group noun, names an actor itself, or no such list came before in
	 * the last {@link #GROUP_WINDOW} characters of {@code body}.
	 */
	static List<ActorMention> group(String body, ParsedSentence s, int h, DocActors actors) {
		int n = count(s, h);
		if (n == 0 && actors.at(s.start(h)) == null) {
			return definiteActor(s, h, actors, true);
		}
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
			boolean both = w.equals("both") && (rel.equals("det") || GroupSides.preconjunct(rel)); // "both countries"
			if (rel.equals("nummod") || both) {
				n = COUNTS.getOrDefault(w, 0);
			}
			definite |= rel.equals("det") && w.equals("the") || both || rel.equals("nmod:poss");
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
			if (Groups.KINDS.containsKey(lower(s.word(t)))
					|| Groups.DEFINITE.containsKey(lower(s.word(t))) && Mechanisms.on(DEFINITE)) {
				return true;
			}
		}
		return false;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
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
	 * The conjuncts of the "between" phrase headed by {@code pp}, a counted group noun among them twice (it stands
	 * for two or more actors, {@link #group} resolves it).
	 */
	static List<Integer> between(ParsedSentence s, int pp) {
		List<Integer> out = new ArrayList<>();
		for (int t : conjuncts(s, pp)) {
			out.add(t);
			if (groupNoun(s, t)) {
				out.add(t);
			}
		}
		return out;
	}

	private static List<Integer> conjuncts(ParsedSentence s, int h) {
		List<Integer> out = new ArrayList<>();
		EventCoder.Clause.withConj(s, h, out);
		return out;
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
