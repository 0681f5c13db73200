package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Removes relationships between a person and the actor whose title the person carries in the document
 * ({@code relations.own-side}): "Houthi military spokesman X", "X, the group's spokesperson", "Y's foreign minister
 * X", "X, spokesperson for Y's Ministry of Defence". A spokesman speaks and acts for his principal, never on it, so
 * "X said the group launched missiles" is no criticism of the group by X and "X echoed Y's leader" no relationship
 * between the leader's state and its official. The principal is an actor named inside the person's noun phrase (a
 * compound, adjective or possessor of the name or of its title, a title in apposition, an "of" phrase of the title,
 * "for" only after a spokes- noun: an envoy "for Syria" or ambassador "to Pakistan" does not speak for it); a state's
 * own bodies count as the state ({@link ParsedRelationReader#partOf}). Stateless.
 */
final class OwnSide {

	static final String NAME = "relations.own-side";

	private static final Set<String> PHRASE_RELS = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod",
			"det:poss");

	/** The last words of titles.tsv's titles ("spokesperson", "chief", "minister"). */
	private static final Set<String> TITLE_WORDS = titleWords();

	private OwnSide() {
	}

	/** Drops the relationships of {@code out} between a titled person and the principal the title names. */
	static void apply(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out,
			EventCoder coder) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		Map<DocActor, Set<DocActor>> principals = principals(body, sentences, actors,
				w -> TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || coder.namesAgent(new String[] {w}));
		if (principals.isEmpty()) {
			return;
		}
		int n = 0;
		for (int i = out.size() - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			DocActor f = actors.byName(r.from());
			DocActor g = actors.byName(r.to());
			if (f != null && g != null && sameSide(f, g, principals)) {
				out.remove(i);
				n++;
			}
		}
		Mechanisms.fired(NAME, n);
	}

	private static Set<DocActor> side(DocActor a, Map<DocActor, Set<DocActor>> principals) {
		Set<DocActor> out = new HashSet<>();
		out.add(a);
		out.addAll(principals.getOrDefault(a, Set.of()));
		return out;
	}

	/**
	 * Whether one end is the other's principal, or a body of the state that is the other end ("Russian Defence
	 * Ministry spokesman X" and Russia); two bodies of one state are not one side (rival governments, an army and a
	 * ministry that answers for it are both entered in gold).
	 */
	private static boolean sameSide(DocActor f, DocActor g, Map<DocActor, Set<DocActor>> principals) {
		for (DocActor a : side(f, principals)) {
			for (DocActor b : side(g, principals)) {
				if (a == f && b == g) {
					continue; // no title involved: the readers' own checks decide
				}
				if (a == b || b == g && ParsedRelationReader.partOf(a, b) || a == f && ParsedRelationReader.partOf(b, a)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Each titled person of the document and the actors its titles name. */
	static Map<DocActor, Set<DocActor>> principals(String body, List<ParsedSentence> sentences, DocActors actors,
			Predicate<String> title) {
		Map<DocActor, Set<DocActor>> out = new HashMap<>();
		Map<String, DocActor> named = new HashMap<>(); // a one-word mention ("Houthi") inside the person's own title
		for (ActorMention m : actors.mentions()) {
			String w = body.substring(m.begin(), m.end()).toLowerCase(Locale.ROOT);
			if (!w.contains(" ") && m.actor().kind() != ActorKind.PERSON) {
				if (!named.containsKey(w)) {
					named.put(w, m.actor());
				} else if (named.get(w) != m.actor()) {
					named.put(w, null); // two actors share the word: neither
				}
			}
		}
		for (ParsedSentence s : sentences) {
			for (int t = 0; t < s.size(); t++) {
				ActorMention m = actors.at(s.start(t));
				if (m == null || m.actor().kind() != ActorKind.PERSON || !headOfMention(s, t, m)) {
					continue;
				}
				List<Integer> phrase = new ArrayList<>();
				collect(s, t, phrase, actors, m.actor(), title);
				int up = t;
				while (s.head(up) >= 0 && (s.deprel(up).equals("appos") || s.deprel(up).equals("flat"))
						&& s.pos(s.head(up)).equals("NOUN") && actors.at(s.start(s.head(up))) == null
						&& title.test(s.word(s.head(up)))) {
					up = s.head(up); // "the group's spokesperson, X": the title the name stands in apposition to
					phrase.add(up);
					collect(s, up, phrase, actors, m.actor(), title);
				}
				for (int k : phrase) {
					ActorMention p = actors.at(s.start(k));
					DocActor a = p == null ? null : p.actor();
					if (a == m.actor()) {
						a = named.get(s.word(k).toLowerCase(Locale.ROOT));
					}
					if (a != null && a != m.actor() && a.kind() != ActorKind.PERSON && a.kind() != ActorKind.MEDIA) {
						out.computeIfAbsent(m.actor(), x -> new HashSet<>()).add(a);
					}
				}
			}
		}
		return out;
	}

	private static Set<String> titleWords() {
		Set<String> out = new HashSet<>();
		for (Title t : ExtractionData.get().titles().titles()) {
			String[] w = t.title().toLowerCase(Locale.ROOT).split(" ");
			out.add(w[w.length - 1]);
		}
		return out;
	}

	/** Whether punctuation stands between the modifier {@code c} and its head {@code h}. */
	private static boolean broken(ParsedSentence s, int c, int h) {
		for (int k = Math.min(c, h) + 1; k < Math.max(c, h); k++) {
			if (s.pos(k).equals("PUNCT")) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code t} is the token of the mention {@code m} that the rest of the mention hangs from. */
	private static boolean headOfMention(ParsedSentence s, int t, ActorMention m) {
		int h = s.head(t);
		return h < 0 || s.start(h) < m.begin() || s.end(h) > m.end();
	}

	/**
	 * The noun-phrase dependents of {@code h} (not clauses, conjuncts or other events), depth first; not below a word
	 * of another actor's mention ("director of the Central Committee of the Workers' Party of Korea": the committee).
	 */
	private static void collect(ParsedSentence s, int h, List<Integer> out, DocActors actors, DocActor self,
			Predicate<String> title) {
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			if (!PHRASE_RELS.contains(rel) && !rel.startsWith("nmod:") || out.contains(c)) {
				continue;
			}
			if (rel.startsWith("nmod") && !rel.equals("nmod:poss") && !rel.equals("nmod:desc")) {
				String prep = EventCoder.Clause.caseWord(s, c);
				boolean spokes = s.lemma(h) != null && s.lemma(h).toLowerCase(Locale.ROOT).startsWith("spokes");
				if (!prep.equals("of") && !(prep.equals("for") && spokes)) {
					continue;
				}
			}
			if (!rel.startsWith("nmod") && !rel.equals("appos") && broken(s, c, h)) {
				continue; // "the ambassador to X, Y": a comma between a modifier and its name is a misparse
			}
			out.add(c);
			ActorMention m = actors.at(s.start(c));
			if (m != null ? m.actor() == self : s.pos(c).equals("NOUN") && title.test(s.word(c))) {
				collect(s, c, out, actors, self, title); // only through the person's own words and title nouns
			}
		}
	}
}
