package org.sourcebench.extract.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named-entity tagger: a greedy left-to-right BIO tagger (averaged perceptron, {@code data/syntax/en-ner.bin.gz},
 * trained by {@link org.sourcebench.extract.syntax.train.TaggerTrainer} on the named person, organisation and
 * place mentions of GUM and the Universal NER annotations of English-EWT dev/test) giving {@code PERSON},
 * {@code ORG}, {@code GPE} and {@code LOC}, with {@link Gazetteer} matches among its features; countries and
 * nationality words of the gazetteer standing alone are {@code GPE} and {@code NORP} by rule, as are other
 * capitalised adjectives ("Syrian"); place names with a geographic word ("river", "Sea") are {@code LOC}. Immutable;
 * safe to share.
 */
public final class EntityTagger {

	public static final String MODEL = "data/syntax/en-ner.bin.gz";
	public static final int MAX_FEATURES = 40;

	/** Lower-case words that may stand inside a name ("Bank of England", "Organisation for ..."). */
	static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le", "al",
			"al-", "el", "bin", "ibn", "von", "van", "der", "den", "da", "di", "do", "dos", "y", "&", "-", "on", "'s");

	private final LinearModel model;
	private final String[] outcomes;
	private final long[] outcomeHash;
	private final String[] types;
	private final boolean[] inside;

	private EntityTagger(LinearModel model) {
		this.model = model;
		outcomes = model.outcomes();
		outcomeHash = new long[outcomes.length];
		types = new String[outcomes.length];
		inside = new boolean[outcomes.length];
		for (int i = 0; i < outcomes.length; i++) {
			outcomeHash[i] = Hash.of(outcomes[i]);
			if (!outcomes[i].equals("O")) {
				types[i] = outcomes[i].substring(2).intern();
				inside[i] = outcomes[i].startsWith("I-");
			}
		}
	}

	public static EntityTagger get() {
		return Holder.TAGGER;
	}

	private static final class Holder {
		static final EntityTagger TAGGER = new EntityTagger(LinearModel.read(MODEL));
	}

	/** Entity type of each token ({@code null} outside entities). */
	public String[] tag(String[] words, String[] pos) {
		int n = words.length;
		String[] gaz = Gazetteer.get().match(words);
		Context c = new Context(words, pos, gaz);
		String[] out = new String[n];
		int[] chosen = new int[n];
		long[] f = new long[MAX_FEATURES];
		long[] rows = new long[MAX_FEATURES];
		float[] scores = new float[outcomes.length];
		for (int i = 0; i < n; i++) {
			long p1 = i >= 1 ? outcomeHash[chosen[i - 1]] : WordFeatures.START;
			long p2 = i >= 2 ? outcomeHash[chosen[i - 2]] : WordFeatures.START;
			model.score(f, features(c, i, p1, p2, f), scores, rows);
			int best = -1;
			boolean cap = nameLike(words[i]);
			boolean connector = CONNECTORS.contains(words[i].toLowerCase(java.util.Locale.ROOT));
			for (int o = 0; o < scores.length; o++) {
				boolean ok = types[o] == null
						|| (inside[o] ? i > 0 && types[o] == types[chosen[i - 1]] && (cap || connector) : cap);
				if (ok && (best < 0 || scores[o] > scores[best])) {
					best = o;
				}
			}
			chosen[i] = best;
			out[i] = types[best];
		}
		if (Boolean.getBoolean("ner.raw")) {
			return out;
		}
		refine(words, pos, gaz, out, chosen);
		titleChains(words, gaz, out);
		headNouns(words, gaz, out);
		namesAfterTitles(words, pos, gaz, out);
		if (UNTAGGED_NAMES) {
			untaggedNames(words, pos, gaz, out);
		}
		return out;
	}

	private static final boolean UNTAGGED_NAMES = org.sourcebench.extract.Mechanisms.on("actors.untaggedNames");

	/**
	 * Proper nouns the greedy tagger left untagged after a possessive or a modifier ("Norway's Ola Brandt", "the
	 * veteran Kim Sang Ho"): two or more capitalised proper nouns, not opening the sentence, none a common word of
	 * the treebanks, a title word, an abbreviation, a word in capitals or a name the gazetteer knows as anything but
	 * a person, whose first word is a word of people's names in the gazetteer, are a person (mechanism
	 * {@code actors.untaggedNames}).
	 */
	private static void untaggedNames(String[] words, String[] pos, String[] gaz, String[] out) {
		Gazetteer g = Gazetteer.get();
		Lemmas lemmas = Lemmas.get();
		for (int i = 1; i < words.length; i++) {
			int j = i;
			while (j < words.length && out[j] == null && pos[j].equals("PROPN") && nameLike(words[j])
					&& !words[j].equals(words[j].toUpperCase(java.util.Locale.ROOT)) && !words[j].endsWith(".")
					&& !g.role(words[j]) && !g.titleWord(words[j]) && !lemmas.common(words[j])
					&& (gaz[j] == null || gaz[j].endsWith("PERSON"))) {
				j++;
			}
			if (j - i >= 2 && g.personWord(words[i]) && out[i - 1] == null) {
				for (int k = i; k < j; k++) {
					out[k] = "PERSON";
				}
				org.sourcebench.extract.Mechanisms.fired("actors.untaggedNames", 1);
			}
			i = Math.max(i, j);
		}
	}

	private static final long ROLE = Hash.of("ROLE");

	private static long[] roleHashes(String[] words) {
		Gazetteer g = Gazetteer.get();
		long[] h = new long[words.length];
		for (int i = 0; i < words.length; i++) {
			h[i] = g.role(words[i]) ? ROLE : WordFeatures.NONE;
		}
		return h;
	}

	/**
	 * A person's name without the titles and nationality words in front ("Ukrainian President Volodymyr
	 * Zelenskiy" → "Volodymyr Zelenskiy", "Lt. Gen. Smith" → "Smith", "Foreign Office Minister Tobias Ellwood" →
	 * "Tobias Ellwood" as {@link #titleChains} splits them): BIO tags with those words set to O.
	 */
	public static String[] withoutTitles(String[] words, String[] bio) {
		String[] out = bio.clone();
		Gazetteer g = Gazetteer.get();
		String[] gaz = null;
		for (int i = 0; i < out.length; i++) {
			if (!out[i].equals("B-PERSON")) {
				continue;
			}
			int end = i + 1;
			while (end < out.length && out[end].equals("I-PERSON")) {
				end++;
			}
			if (gaz == null) {
				gaz = g.match(words);
			}
			int k = i;
			while (k + 1 < end && (g.role(words[k]) || gaz[k] != null && gaz[k].endsWith("NORP"))) {
				out[k] = "O";
				k++;
			}
			String[] types = new String[words.length];
			java.util.Arrays.fill(types, k, end, "PERSON");
			splitAtTitle(words, gaz, types, k, end - 1, "PERSON", g);
			while (k + 1 < end && !"PERSON".equals(types[k])) { // "Foreign Office Minister Tobias Ellwood"
				out[k] = "O";
				k++;
			}
			if (k > i) {
				out[k] = "B-PERSON";
			}
			i = end - 1;
		}
		return out;
	}

	private static long[] gazetteerHashes(String[] gaz) {
		long[] h = new long[gaz.length];
		for (int i = 0; i < gaz.length; i++) {
			h[i] = gaz[i] == null ? WordFeatures.NONE : Hash.of(gaz[i]);
		}
		return h;
	}

	private void refine(String[] words, String[] pos, String[] gaz, String[] out, int[] chosen) {
		int n = words.length;
		for (int i = 0; i < n; i++) {
			if (gaz[i] != null && gaz[i].startsWith("B-")) {
				// a country or nationality word is that, whatever the statistical tagger made of it
				String type = gaz[i].substring(2);
				int j = i;
				while (j + 1 < n && gaz[j + 1] != null && gaz[j + 1].startsWith("I-")) {
					j++;
				}
				boolean alone = (i == 0 || out[i - 1] == null || !inside[chosen[i]])
						&& (j + 1 >= n || out[j + 1] == null || !inside[chosen[j + 1]]);
				if ((type.equals("COUNTRY") || type.equals("NORP")) && alone) {
					for (int k = i; k <= j; k++) {
						out[k] = type.equals("COUNTRY") ? "GPE" : "NORP";
					}
					i = j;
					continue;
				}
			}
			if (out[i] == null) {
				if (pos[i].equals("ADJ") && capitalised(words[i]) && !words[i].equals(words[i].toUpperCase())
						&& (i > 0 || demonym(words[i])) && !Gazetteer.get().titleWord(words[i])) {
					out[i] = "NORP";
				}
				continue;
			}
			int j = i;
			while (j + 1 < n && out[j + 1] != null && inside[chosen[j + 1]]) {
				j++;
			}
			while (j > i && !nameLike(words[j])) { // a name ends on a name word, not on "of" or "'s"
				out[j] = null;
				j--;
			}
			String type = out[i];
			if (type.equals("PERSON")) {
				Gazetteer g = Gazetteer.get();
				while (i < j && (g.role(words[i]) || gaz[i] != null && gaz[i].endsWith("NORP"))) {
					out[i] = null;
					i++;
				}
				// a given name the greedy tagger left out ("President Volodymyr | Zelensky"): a proper noun
				// right before the name that no dictionary knows as something else
				while (i > 0 && out[i - 1] == null && pos[i - 1].equals("PROPN") && nameLike(words[i - 1])
						&& gaz[i - 1] == null && !g.role(words[i - 1]) && !words[i - 1].endsWith(".")) {
					i--;
				}
				// a hyphenated given name written with a lower-case second part ("Kim Jong-un", "Moon Jae-in")
				if (j + 2 < n && out[j + 1] == null && out[j + 2] == null && words[j + 1].equals("-")
						&& syllable(words[j + 2])) {
					j += 2;
				}
			}
			if (type.equals("GPE")) {
				Gazetteer g = Gazetteer.get();
				if ("LOC".equals(g.head(words[i])) || "LOC".equals(g.head(words[j]))) {
					type = "LOC";
				}
			}
			for (int k = i; k <= j; k++) {
				out[k] = type;
			}
			i = j;
		}
	}

	/**
	 * Titles inside a tagged span separate the names around them ("Hezbollah Secretary General Hassan Nasrallah",
	 * "US Consul General Rob Waller", "Emir of Qatar Sheikh Tamim", "KRG Prime Minister", "UN Special Envoy for
	 * Syria"): after the last title word of {@code data/titles.tsv} that ends a title, an optional "of"/"for" and a
	 * gazetteer name (a place or organisation), the rest of the span is a person when it is a name (capitalised
	 * words and name particles, not ending on a common word: "General Assembly" stays); the title words are no
	 * part of any name; the words before them are a place or nationality by the gazetteer, else an organisation.
	 */
	private static void titleChains(String[] words, String[] gaz, String[] out) {
		Gazetteer g = Gazetteer.get();
		for (int i = 0; i < words.length; i++) {
			if (out[i] == null || out[i].equals("NORP")) {
				continue;
			}
			int j = i;
			while (j + 1 < words.length && out[i].equals(out[j + 1])) {
				j++;
			}
			String type = out[i];
			boolean after = i >= 2 && (words[i - 1].equalsIgnoreCase("of") || words[i - 1].equalsIgnoreCase("for"))
					&& nameLike(words[i - 2]) && g.titleHead(words[i - 2]) && gaz[i] != null && gaz[i].startsWith("B-");
			splitAtTitle(words, gaz, out, after ? i - 2 : i, j, type, g); // "Envoy for | Yemen Hans Grundberg"
			i = j;
		}
	}

	private static void splitAtTitle(String[] words, String[] gaz, String[] out, int i, int j, String type,
			Gazetteer g) {
		for (int k = j; k >= i; k--) {
			if (!g.titleHead(words[k]) || !nameLike(words[k])) {
				continue;
			}
			int r = k + 1;
			if (r + 1 <= j && words[r].equalsIgnoreCase("of") && nameLike(words[r + 1]) && g.titleWord(words[r + 1])) {
				r += 2; // "Secretary of State"
			}
			int titleEnd = r;
			int placeFrom = -1;
			if (r + 1 <= j && (words[r].equalsIgnoreCase("of") || words[r].equalsIgnoreCase("for"))
					&& gaz[r + 1] != null && gaz[r + 1].startsWith("B-")) {
				placeFrom = r + 1;
				r += 2;
				while (r <= j && gaz[r] != null && gaz[r].startsWith("I-")) {
					r++;
				}
			}
			if (r <= j && !personName(words, r, j, g)) {
				continue;
			}
			int c = k;
			while (c - 1 >= i && g.titleWord(words[c - 1]) && nameLike(words[c - 1])) {
				c--;
			}
			if (r > j && c > i && type.equals("PERSON")) {
				return; // a name ending on a title word ("Martin Luther King")
			}
			for (int x = r; x <= j; x++) {
				out[x] = "PERSON";
			}
			if (placeFrom >= 0) {
				out[placeFrom - 1] = null;
				for (int x = placeFrom; x < r; x++) {
					out[x] = gazetteerType(gaz[placeFrom], "ORG");
				}
			}
			for (int x = c; x <= k; x++) {
				out[x] = null;
			}
			for (int x = k + 1; x < titleEnd; x++) {
				out[x] = null;
			}
			String before = type.equals("PERSON") ? "ORG" : type;
			for (int x = i; x < c; x++) {
				if (!nameLike(words[x]) || g.titleWord(words[x])) {
					out[x] = null;
					continue;
				}
				int y = x;
				while (y + 1 < c && nameLike(words[y + 1]) && !g.titleWord(words[y + 1])) {
					y++;
				}
				// the words alone when the gazetteer name runs on into the title ("US Secretary of State")
				String own = y + 1 < gaz.length && gaz[y + 1] != null && gaz[y + 1].startsWith("I-")
						? g.match(java.util.Arrays.copyOfRange(words, x, y + 1))[0] : gaz[x];
				String t = gazetteerType(own, before);
				for (int z = x; z <= y; z++) {
					out[z] = t;
				}
				x = y;
			}
			return;
		}
	}

	/**
	 * The last word of a name tells its kind ({@link Gazetteer#head}): a person or place named "... Forces" or "...
	 * Front" is an organisation, a person or organisation named "... Province" or "... Township" a place, a person
	 * named "... State" a place, a name ending on "Agreement" or "Talks" none of the three; a name the tagger
	 * took for a person right after a locative preposition ("in", "near") or "town of" is a place, unless a
	 * possessive follows ("in Putin's view"); a single word opening the sentence that the treebanks know as a
	 * common word and the gazetteer does not know ("Aid", "Officials") is no name; a possessive ends a place or
	 * person ("Kashmir's Uri" are two places).
	 */
	private static void headNouns(String[] words, String[] gaz, String[] out) {
		Gazetteer g = Gazetteer.get();
		for (int i = 0; i < words.length; i++) {
			if (out[i] == null || out[i].equals("NORP")) {
				continue;
			}
			String type = out[i];
			int j = i;
			while (j + 1 < words.length && type.equals(out[j + 1])) {
				j++;
			}
			if (!type.equals("ORG") && !"ORG".equals(g.head(words[j]))) {
				// "Kashmir 's Uri": two places ("People 's Protection Units", "Russia 's Defense Ministry": one body)
				for (int k = i + 1; k < j; k++) {
					if (words[k].equals("'s")) {
						out[k] = null;
						j = k - 1;
						break;
					}
				}
			}
			String head = j > i || !type.equals("PERSON") ? g.head(words[j]) : null;
			String to = type;
			if (head != null) {
				to = switch (head) {
				case "ORG" -> type.equals("PERSON") || type.equals("GPE") ? "ORG" : type;
				case "PLACE" -> type.equals("PERSON") || type.equals("ORG") ? "GPE" : type;
				case "PLACE_WEAK" -> type.equals("PERSON") ? "GPE" : type;
				case "LOC" -> type.equals("PERSON") ? "LOC" : type;
				case "OTHER" -> null;
				default -> type;
				};
			}
			if (type.equals("PERSON") && to != null && to.equals(type) && i > 0 && locative(words, i)
					&& (j + 1 >= words.length || !words[j + 1].equals("'s") && !words[j + 1].equals("\u2019s"))
					&& (gaz[i] == null || !gaz[i].endsWith("PERSON"))) {
				to = "GPE";
			}
			if (i == 0 && j == 0 && gaz[0] == null && Lemmas.get().common(words[0])) {
				to = null; // a capitalised common word opening the sentence ("Aid reached ...")
			}
			if (to == null || !to.equals(type)) {
				for (int k = i; k <= j; k++) {
					out[k] = to;
				}
			}
			i = j;
		}
	}

	private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "around", "across", "into",
			"towards", "toward", "inside");

	/** "in X", "near X", "the town of X": a locative preposition, or a place word and "of", before the name. */
	private static boolean locative(String[] words, int i) {
		String before = words[i - 1].toLowerCase(java.util.Locale.ROOT);
		if (LOCATIVE.contains(before)) {
			return true;
		}
		if (i >= 2 && before.equals("of")) {
			String head = Gazetteer.get().head(words[i - 2]);
			return head != null && head.startsWith("PLACE") && !nameLike(words[i - 2]);
		}
		return false;
	}

	/** Capitalised words and name particles ("Staffan de Mistura", "Tamim Bin Hamad Al Thani"), no title. */
	private static boolean personName(String[] words, int from, int to, Gazetteer g) {
		if (!nameLike(words[from]) || !nameLike(words[to]) || Lemmas.get().common(words[to])) {
			return false;
		}
		for (int x = from; x <= to; x++) {
			String w = words[x];
			boolean particle = !nameLike(w) && connector(w) && !NOT_IN_PERSON_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT));
			if (!(nameLike(w) || particle) || g.titleWord(w) || g.role(w)) {
				return false;
			}
		}
		return true;
	}

	private static final Set<String> NOT_IN_PERSON_NAMES = Set.of("of", "the", "and", "for", "&", "on", "'s");

	/** The entity type a gazetteer match stands for (a place, a nationality, an organisation), else the fallback. */
	private static String gazetteerType(String gaz, String fallback) {
		if (gaz == null || !gaz.startsWith("B-")) {
			return fallback;
		}
		return switch (gaz.substring(2)) {
		case "COUNTRY", "GPE", "CITY", "PLACE" -> "GPE";
		case "NORP" -> "NORP";
		case "ORG" -> "ORG";
		default -> fallback;
		};
	}

	/**
	 * Proper nouns right after a title ("President Volodymyr Zelenskiy", "spokesman Dmitry Peskov", "Gen. Nabil
	 * Abdullah") are a person's name when the greedy tagger left them out: capitalised proper nouns up to the first
	 * other word, none a common word of the treebanks ("General Assembly") or a place, organisation or title of
	 * the gazetteer.
	 */
	private static void namesAfterTitles(String[] words, String[] pos, String[] gaz, String[] out) {
		Gazetteer g = Gazetteer.get();
		Lemmas lemmas = Lemmas.get();
		for (int i = 0; i + 1 < words.length; i++) {
			if (!g.role(words[i]) || out[i + 1] != null && !out[i + 1].equals("PERSON")) {
				continue;
			}
			int j = i + 1;
			while (j < words.length && (out[j] == null || out[j].equals("PERSON")) && pos[j].equals("PROPN")
					&& nameLike(words[j]) && !g.role(words[j]) && !words[j].endsWith(".")
					&& (gaz[j] == null || gaz[j].endsWith("PERSON")) && !lemmas.common(words[j])) {
				j++;
			}
			if (j > i + 1 && (j == words.length || out[j] == null || out[j].equals("PERSON"))) {
				for (int k = i + 1; k < j; k++) {
					out[k] = "PERSON";
				}
			}
			i = j - 1;
		}
	}

	/**
	 * Second pass over a document: a name the tagger found in one sentence and left untagged in another gets the
	 * same type there, and a person's surname standing alone ("Ruto said") is that person, also where the tagger
	 * took it for a place or organisation and the gazetteer does not know it as one. Otherwise only runs of
	 * capitalised proper nouns without any tag change; sentences without a change are returned as they are.
	 */
	static List<ParsedSentence> consistent(List<ParsedSentence> sentences) {
		Map<String, String> known = new HashMap<>();
		Set<String> surnames = new java.util.HashSet<>();
		for (ParsedSentence s : sentences) {
			for (int i = 0; i < s.size(); i++) {
				String t = s.entity(i);
				if (t == null || t.equals("NORP") || i > 0 && t.equals(s.entity(i - 1))) {
					continue;
				}
				int j = i;
				while (j + 1 < s.size() && t.equals(s.entity(j + 1))) {
					j++;
				}
				known.putIfAbsent(span(s, i, j), t);
				if (t.equals("PERSON") && j > i && s.word(j).length() > 2 && nameLike(s.word(j))) {
					known.putIfAbsent(s.word(j), t);
					surnames.add(s.word(j));
				}
			}
		}
		if (known.isEmpty()) {
			return sentences;
		}
		List<ParsedSentence> out = new ArrayList<>(sentences.size());
		for (ParsedSentence s : sentences) {
			String[] entities = null;
			for (int i = 0; i < s.size(); i++) {
				if (surnameTakenForSomethingElse(s, i, surnames)) {
					if (entities == null) {
						entities = new String[s.size()];
						for (int k = 0; k < s.size(); k++) {
							entities[k] = s.entity(k);
						}
					}
					entities[i] = "PERSON";
					continue;
				}
				if (!untaggedName(s, i)) {
					continue;
				}
				int j = i;
				while (j + 1 < s.size() && untaggedName(s, j + 1)) {
					j++;
				}
				String t = known.get(span(s, i, j));
				if (t != null) {
					if (entities == null) {
						entities = new String[s.size()];
						for (int k = 0; k < s.size(); k++) {
							entities[k] = s.entity(k);
						}
					}
					for (int k = i; k <= j; k++) {
						entities[k] = t;
					}
				}
				i = j;
			}
			out.add(entities == null ? s : s.withEntities(entities));
		}
		return out;
	}

	/**
	 * A word standing alone as a place or organisation that is the surname of a person named in full elsewhere in
	 * the document ("Erdogan" tagged as a place after "Recep Tayyip Erdogan") and no place or organisation of the
	 * gazetteer.
	 */
	private static boolean surnameTakenForSomethingElse(ParsedSentence s, int i, Set<String> surnames) {
		String t = s.entity(i);
		if (t == null || t.equals("PERSON") || t.equals("NORP") || !surnames.contains(s.word(i))
				|| i > 0 && t.equals(s.entity(i - 1)) || i + 1 < s.size() && t.equals(s.entity(i + 1))) {
			return false;
		}
		String gaz = Gazetteer.get().match(new String[] {s.word(i)})[0];
		return gaz == null || gaz.endsWith("PERSON");
	}

	private static boolean untaggedName(ParsedSentence s, int i) {
		return s.entity(i) == null && s.pos(i).equals("PROPN") && nameLike(s.word(i));
	}

	private static String span(ParsedSentence s, int i, int j) {
		StringBuilder sb = new StringBuilder(s.word(i));
		for (int k = i + 1; k <= j; k++) {
			sb.append(' ').append(s.word(k));
		}
		return sb.toString();
	}

	/** A short lower-case word part that is no participle ("un", "kyum", not "led", "backed"). */
	private static boolean syllable(String w) {
		if (w.isEmpty() || w.length() > 5 || w.endsWith("ed") || w.endsWith("ing")) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			if (!Character.isLowerCase(w.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean demonym(String w) {
		return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ic");
	}

	/** Starts with an upper-case letter or a digit ("Dr.", "UN", "9/11"). */
	public static boolean nameLike(String w) {
		return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)));
	}

	/**
	 * Whether the word is a word of a person's name in the gazetteer (the PETRARCH/Phoenix office holders), so that
	 * a place of the same name inside a personal name ("Rafael Mariano Grossi", "Aung San Suu Kyi") does not make
	 * the name a place.
	 */
	public static boolean personNameWord(String w) {
		return Gazetteer.get().personWord(w);
	}

	/** Whether the treebanks know the word (any case) as a common noun, verb, adjective or adverb ("Meanwhile"). */
	public static boolean commonWord(String w) {
		return Lemmas.get().common(w);
	}

	/** Whether a lower-case word may stand inside a name. */
	public static boolean connector(String w) {
		return CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean capitalised(String w) {
		return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
	}

	/** Training contexts: feature names of every token with the gold previous outcomes. */
	public static String[][] trainingContexts(String[] words, String[] pos, String[] gold) {
		Context c = new Context(words, pos, Gazetteer.get().match(words));
		String[][] out = new String[words.length][];
		long[] f = new long[MAX_FEATURES];
		for (int i = 0; i < words.length; i++) {
			long p1 = i >= 1 ? Hash.of(gold[i - 1]) : WordFeatures.START;
			long p2 = i >= 2 ? Hash.of(gold[i - 2]) : WordFeatures.START;
			out[i] = Hash.names(f, features(c, i, p1, p2, f));
		}
		return out;
	}

	/** Per-token hashes of one sentence that the feature templates combine. */
	private static final class Context {
		final WordFeatures w;
		final long[] pos;
		final long[] gaz;
		final long[] role;

		Context(String[] words, String[] tags, String[] gazetteer) {
			w = new WordFeatures(words);
			pos = new long[words.length];
			for (int i = 0; i < words.length; i++) {
				pos[i] = Hash.of(tags[i]);
			}
			gaz = gazetteerHashes(gazetteer);
			role = roleHashes(words);
		}
	}

	private static long pos(long[] posHash, int i) {
		return i < 0 ? WordFeatures.START : i >= posHash.length ? WordFeatures.END : posHash[i];
	}

	private static long at(long[] h, int i) {
		return i < 0 ? WordFeatures.START : i >= h.length ? WordFeatures.END : h[i];
	}

	static int features(Context c, int i, long p1, long p2, long[] f) {
		WordFeatures w = c.w;
		long[] posHash = c.pos;
		long[] gaz = c.gaz;
		long[] role = c.role;
		int k = 0;
		long w0 = w.lower(i);
		long t0 = posHash[i];
		f[k++] = Hash.f(201, 0);
		f[k++] = Hash.f(202, w0);
		f[k++] = Hash.f(203, w.raw[i]);
		f[k++] = Hash.f(204, w.lower(i - 1));
		f[k++] = Hash.f(205, w.lower(i + 1));
		f[k++] = Hash.f(206, w.lower(i - 2));
		f[k++] = Hash.f(207, w.lower(i + 2));
		f[k++] = Hash.f(208, w.suf3[i]);
		f[k++] = Hash.f(209, w.suf4[i]);
		f[k++] = Hash.f(210, w.shape[i]);
		f[k++] = Hash.f(211, w.shape(i - 1), w.shape[i], w.shape(i + 1));
		f[k++] = Hash.f(212, t0);
		f[k++] = Hash.f(213, pos(posHash, i - 1), t0);
		f[k++] = Hash.f(214, t0, pos(posHash, i + 1));
		f[k++] = Hash.f(215, p1);
		f[k++] = Hash.f(216, p2, p1);
		f[k++] = Hash.f(217, p1, t0);
		f[k++] = Hash.f(218, p1, w0);
		f[k++] = Hash.f(219, p1, w.shape[i]);
		f[k++] = Hash.f(220, w.lower(i - 1), w0);
		f[k++] = Hash.f(221, w0, w.lower(i + 1));
		f[k++] = Hash.f(222, i == 0 ? 1 : 0, w.shape[i]);
		f[k++] = Hash.f(223, p1, w.lower(i + 1));
		f[k++] = Hash.f(224, w.pre3[i]);
		f[k++] = Hash.f(225, w.suf3(i - 1), p1);
		f[k++] = Hash.f(226, gaz[i]);
		f[k++] = Hash.f(227, gaz[i], p1);
		f[k++] = Hash.f(228, gaz[i], w.shape(i + 1));
		f[k++] = Hash.f(229, i > 0 ? gaz[i - 1] : WordFeatures.START, gaz[i]);
		f[k++] = Hash.f(230, at(role, i - 1));
		f[k++] = Hash.f(231, at(role, i - 1), w.shape[i]);
		f[k++] = Hash.f(232, role[i], w.shape[i]);
		f[k++] = Hash.f(233, at(gaz, i + 1));
		f[k++] = Hash.f(234, w.lower(i - 1), w.shape[i]);
		f[k++] = Hash.f(235, gaz[i], at(role, i - 1));
		f[k++] = Hash.f(236, w.suf4(i + 1));
		return k;
	}
}
