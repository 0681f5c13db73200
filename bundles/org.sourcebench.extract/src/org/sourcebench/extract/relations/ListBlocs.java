package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Members listed for a group noun are one side (switch {@code relations.same-side}, shared with {@link AppealCalls}:
 * parties on one side of an act are not each other's partners): in "Iran and the three European powers -- France,
 * Britain, and Germany -- held talks" or "the European Troika countries (Britain, France and Germany)" the names
 * inside the bracketed or dashed list after a plural noun spell out that group; they are not parties to each other's
 * talks. A relationship whose two actors are named in its evidence's sentence only inside one such list is dropped,
 * whichever reader entered it (the parse reader's coordinated sources, the word windows). Stateless.
 */
public final class ListBlocs {

	/** The switch. */
	public static final String NAME = "relations.same-side";

	private static final Set<String> OPEN = Set.of("(", "--", "—", "–", "-", ":", "including", "namely");
	private static final Set<String> CLOSE = Set.of(")", "--", "—", "–", "-");

	private ListBlocs() {
	}

	/** Removes from {@code rel} the relationships between two members of one listed group. */
	public static void prune(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> rel) {
		if (!Mechanisms.on(NAME) || sentences.isEmpty() || rel.isEmpty()) {
			return;
		}
		int before = rel.size();
		rel.removeIf(r -> r.evidence() != null && within(sentences, actors, r));
		Mechanisms.fired(NAME, before - rel.size());
	}

	private static boolean within(List<ParsedSentence> sentences, DocActors actors, ExtractedRelationship r) {
		ParsedSentence s = sentenceAt(sentences, r.evidence().begin());
		if (s == null) {
			return false;
		}
		List<int[]> lists = lists(s);
		if (lists.isEmpty()) {
			return false;
		}
		int[] a = span(s, actors, r.from());
		int[] b = span(s, actors, r.to());
		if (a == null || b == null) {
			return false;
		}
		for (int[] l : lists) {
			if (a[0] >= l[0] && a[1] <= l[1] && b[0] >= l[0] && b[1] <= l[1]) {
				return true;
			}
		}
		return false;
	}

	/** The first and last offsets of the actor's mentions in the sentence, or null when it has none there. */
	private static int[] span(ParsedSentence s, DocActors actors, String name) {
		int a = Integer.MAX_VALUE;
		int z = -1;
		int sb = s.start(0);
		int se = s.end(s.size() - 1);
		for (ActorMention m : actors.mentions()) {
			if (m.begin() >= sb && m.end() <= se && m.actor().name().equals(name)) {
				a = Math.min(a, m.begin());
				z = Math.max(z, m.end());
			}
		}
		return z < 0 ? null : new int[] { a, z };
	}

	/**
	 * The character spans of the bracketed or dashed lists after a plural noun ("powers -- A, B, and C --",
	 * "countries (A, B and C)"): from the opening mark to the closing one (or the sentence's end), holding a comma
	 * or "and".
	 */
	static List<int[]> lists(ParsedSentence s) {
		List<int[]> out = new ArrayList<>();
		for (int t = 1; t < s.size() - 1; t++) {
			String open = s.word(t).toLowerCase(Locale.ROOT);
			int noun = t - 1;
			if (open.equals("including") && noun > 0 && s.word(noun).equals(",")) {
				noun--; // "countries, including A and B"
			}
			if (!OPEN.contains(open) || !plural(s, noun)) {
				continue;
			}
			boolean joined = false;
			int z = s.size() - 1;
			for (int u = t + 1; u < s.size(); u++) {
				String w = s.word(u);
				if (CLOSE.contains(w) && (open.equals("(") == w.equals(")")) && !open.equals(":")) {
					z = u;
					break;
				}
				if (s.pos(u).equals("VERB") || s.pos(u).equals("AUX")) {
					z = u; // a list of names holds no verb: "including A and B, condemned X"
					break;
				}
				if (w.equals(",") || w.equalsIgnoreCase("and")) {
					joined = true;
				}
			}
			if (joined) {
				out.add(new int[] { s.end(t), s.start(z) });
			}
		}
		return out;
	}

	/** A plural common noun: "powers", "countries" (the word is longer than its lemma and ends in "s"). */
	private static boolean plural(ParsedSentence s, int t) {
		String w = s.word(t).toLowerCase(Locale.ROOT);
		String l = s.lemma(t) == null ? w : s.lemma(t).toLowerCase(Locale.ROOT);
		return s.pos(t).equals("NOUN") && w.endsWith("s") && !w.equals(l);
	}

	static ParsedSentence sentenceAt(List<ParsedSentence> sentences, int offset) {
		for (ParsedSentence s : sentences) {
			if (s.start(0) <= offset && offset < s.end(s.size() - 1)) {
				return s;
			}
		}
		return null;
	}
}
