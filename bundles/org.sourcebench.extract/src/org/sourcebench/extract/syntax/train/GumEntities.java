package org.sourcebench.extract.syntax.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.syntax.EntityTagger;

/**
 * Named-entity BIO tags from a GUM sentence's {@code Entity=} annotations (MISC column): person, organization and
 * place mentions that are names (a proper noun in the span after a leading determiner, and either a Wikipedia
 * identity or proper nouns at both ends), the longest first where they nest. place becomes GPE (the tagger's
 * rules split off LOC).
 */
final class GumEntities {

	private static final Set<String> TYPES = Set.of("person", "organization", "place");

	private GumEntities() {
	}

	private record Mention(int start, int end, String type, boolean identity) {
	}

	static String[] bio(String block, String[] words, String[] pos) {
		List<String[]> rows = new ArrayList<>();
		for (String line : block.split("\n")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] c = line.split("\t");
			if (c.length < 10 || c[0].contains("-") || c[0].contains(".")) {
				continue;
			}
			rows.add(c);
		}
		List<Mention> mentions = new ArrayList<>();
		List<int[]> open = new ArrayList<>(); // id, start
		List<String[]> openInfo = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String misc = rows.get(i)[9];
			int at = misc.indexOf("Entity=");
			if (at < 0) {
				continue;
			}
			int end = misc.indexOf('|', at);
			String e = misc.substring(at + 7, end < 0 ? misc.length() : end);
			int k = 0;
			while (k < e.length()) {
				char c = e.charAt(k);
				if (c == '(') {
					int stop = k + 1;
					while (stop < e.length() && e.charAt(stop) != '(' && e.charAt(stop) != ')') {
						stop++;
					}
					String[] f = e.substring(k + 1, stop).split("-");
					boolean closes = stop < e.length() && e.charAt(stop) == ')';
					if (closes) {
						add(mentions, i, i, f);
						k = stop + 1;
					} else {
						open.add(new int[] {Integer.parseInt(f[0]), i});
						openInfo.add(f);
						k = stop;
					}
				} else if (Character.isDigit(c)) {
					int stop = k;
					while (stop < e.length() && Character.isDigit(e.charAt(stop))) {
						stop++;
					}
					int id = Integer.parseInt(e.substring(k, stop));
					for (int o = open.size() - 1; o >= 0; o--) {
						if (open.get(o)[0] == id) {
							add(mentions, open.get(o)[1], i, openInfo.get(o));
							open.remove(o);
							openInfo.remove(o);
							break;
						}
					}
					k = stop + 1;
				} else {
					k++;
				}
			}
		}
		String[] out = new String[pos.length];
		java.util.Arrays.fill(out, "O");
		mentions.sort(Comparator.comparingInt((Mention m) -> m.start - m.end).thenComparingInt(m -> m.start));
		for (Mention m : mentions) {
			int s = m.start;
			int e = m.end;
			while (s <= e && (pos[s].equals("DET") || pos[s].equals("PUNCT"))) {
				s++;
			}
			while (e >= s && (pos[e].equals("PART") || pos[e].equals("PUNCT"))) {
				e--;
			}
			if (s > e) {
				continue;
			}
			boolean proper = false;
			for (int i = s; i <= e; i++) {
				proper |= pos[i].equals("PROPN");
			}
			boolean ends = pos[s].equals("PROPN") && pos[e].equals("PROPN");
			if (!proper || !(m.identity || ends) || !nameLike(words, s, e)) {
				continue;
			}
			boolean free = true;
			for (int i = s; i <= e; i++) {
				free &= out[i].equals("O");
			}
			if (!free) {
				continue;
			}
			String type = switch (m.type) {
			case "person" -> "PERSON";
			case "organization" -> "ORG";
			default -> "GPE";
			};
			for (int i = s; i <= e; i++) {
				out[i] = (i == s ? "B-" : "I-") + type;
			}
		}
		return out;
	}

	/** Capitalised words, with connectors ("of", "the", "'s") only inside: "Bank of England", not "Byron, the poet". */
	private static boolean nameLike(String[] words, int s, int e) {
		if (!EntityTagger.nameLike(words[s]) || !EntityTagger.nameLike(words[e])) {
			return false;
		}
		for (int i = s + 1; i < e; i++) {
			if (!EntityTagger.nameLike(words[i]) && !EntityTagger.connector(words[i])) {
				return false;
			}
		}
		return true;
	}

	private static void add(List<Mention> mentions, int start, int end, String[] f) {
		if (f.length < 2 || !TYPES.contains(f[1])) {
			return;
		}
		String last = f[f.length - 1];
		boolean identity = f.length >= 8 && !last.isEmpty() && !Set.of("coref", "sgl", "ana", "appos", "bridge", "cata",
				"pred", "disc", "split").contains(last) && !last.startsWith("bridge") && !last.startsWith("split");
		mentions.add(new Mention(start, end, f[1], identity));
	}
}
