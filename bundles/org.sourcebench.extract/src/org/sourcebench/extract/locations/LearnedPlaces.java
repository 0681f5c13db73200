package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The learned detector of missed places (switch {@code locations.learned-detect}), the location analogue of the
 * learned claim detector: after every location reader and the learned filter ran, each name the parse offers as a
 * place that no emitted location covers is a candidate — a run of tokens the entity tagger tags GPE, LOC or CITY, and
 * a run of proper nouns whose head takes a preposition ("in Khan Younis", "from Tal Rifaat") — grouped by name. An
 * averaged perceptron trained on the development gold ({@code data/location-detector.tsv},
 * {@code syntax.train.LocationDetectorTrainer}, {@code releng/scripts/train-locdet20.sh}) reads the
 * name (gazetteer kind and population, place head word, country or demonym, words, capitals), its occurrences
 * (number, the words around each, the preposition, dependency label and governor) and its overlap with actors, and
 * adds the place when "keep" leads "drop" by more than {@link #MARGIN} (chosen by article-level cross-validation).
 * Its kind and country are the gazetteer's when a table knows the name, else "city" and the country the document's
 * places name most. Deterministic (candidates in text order); the model is read once per JVM; stateless.
 */
public final class LearnedPlaces {

	/** The switch. */
	public static final String NAME = "locations.learned-detect";
	/** The model's class-path entry. */
	public static final String MODEL = "data/location-detector.tsv";
	/** The start of a candidate's {@code to} in the feature dump: {@code @place|kind|country}. */
	public static final String ROW = "@place";
	/** How far "keep" must lead "drop" (the perceptron's units; chosen by train-locdet20.sh --cv). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedPlaces.margin", "25"));
	/** The confidence of a detected place (below the rule readers'). */
	static final double CONFIDENCE = 0.4;

	private static final Set<String> PLACE_TAGS = Set.of("GPE", "LOC", "CITY");
	private static final Set<String> FRAMES = Set.of("in", "at", "near", "from", "outside", "inside", "into", "to",
			"across", "around", "towards", "toward", "through", "between", "of");
	private static final Set<String> SKIP = Set.of("the", "The", "'s", "\u2019s", "'", "\u2019");

	private LearnedPlaces() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, null);
	}

	/** A candidate name: its occurrences (body offsets) and whether the tagger or the preposition proposed each. */
	record Candidate(String name, List<int[]> spans, List<String> sources) {
	}

	/**
	 * The document's locations with the places the model adds (with the switch off and no sink: {@code locs}); the
	 * sink, when not null, receives every candidate first (name, {@code @place|kind|country}, first occurrence,
	 * features).
	 */
	public static List<ExtractedLocation> apply(String body, List<ParsedSentence> sentences,
			List<ExtractedLocation> locs, DocActors actors, ExtractionData data, LearnedRoots.Sink sink) {
		if (sentences.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return locs;
		}
		List<Candidate> cands = candidates(body, sentences, locs);
		if (cands.isEmpty()) {
			return locs;
		}
		PlaceNames names = new PlaceNames(data);
		String main = mainCountry(locs);
		List<ExtractedLocation> out = new ArrayList<>(locs);
		int added = 0;
		boolean on = Mechanisms.on(NAME);
		for (Candidate c : cands) {
			Place p = names.fullMatch(c.name(), null);
			List<String> f = features(body, sentences, c, p, names, actors, locs);
			String kind = p != null ? p.kind() : "city";
			String country = p != null ? names.countryName(p.iso(), c.name()) : main;
			if (sink != null) {
				sink.accept(new LearnedRoots.Candidate(c.name(), ROW + "|" + kind + "|" + (country == null ? ""
						: country), c.spans().get(0)[0], c.spans().get(0)[1], f));
			}
			if (on && keeps(Holder.MODEL_INSTANCE, f, MARGIN)) {
				List<TextSpan> spans = new ArrayList<>();
				for (int[] s : c.spans()) {
					spans.add(TextSpan.of(body, s[0], s[1]));
				}
				out.add(new ExtractedLocation(c.name(), kind, country, p == null ? Double.NaN : p.lat(),
						p == null ? Double.NaN : p.lon(), p == null ? 0 : p.geonamesId(), spans, CONFIDENCE));
				added++;
			}
		}
		if (on) {
			Mechanisms.fired(NAME, added);
		}
		return added == 0 ? locs : out;
	}

	/** Whether the model's "keep" score leads its "drop" score by more than {@code margin}. */
	public static boolean keeps(LinearModel model, List<String> features, float margin) {
		return -LearnedLocations.lead(model, features) > margin;
	}

	private static String mainCountry(List<ExtractedLocation> locs) {
		Map<String, Integer> byCountry = new java.util.TreeMap<>();
		for (ExtractedLocation l : locs) {
			if (l.country() != null) {
				byCountry.merge(l.country(), l.mentions().size(), Integer::sum);
			}
		}
		String best = null;
		for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
			if (best == null || e.getValue() > byCountry.get(best)) {
				best = e.getKey();
			}
		}
		return best;
	}

	/** The candidates of a document in text order of their first occurrence, grouped by name. */
	static List<Candidate> candidates(String body, List<ParsedSentence> sentences, List<ExtractedLocation> locs) {
		Set<String> known = new java.util.HashSet<>();
		List<int[]> covered = new ArrayList<>();
		for (ExtractedLocation l : locs) {
			known.add(l.name().toLowerCase(Locale.ROOT));
			for (TextSpan m : l.mentions()) {
				covered.add(new int[] {m.begin(), m.end()});
				known.add(m.text().toLowerCase(Locale.ROOT));
			}
		}
		Map<String, Candidate> byName = new LinkedHashMap<>();
		for (ParsedSentence s : sentences) {
			List<int[]> runs = new ArrayList<>(); // first, last token, source (0 tagger, 1 preposition)
			int n = s.size();
			for (int i = 0; i < n; i++) {
				if (s.entity(i) != null && PLACE_TAGS.contains(s.entity(i))) {
					int j = i;
					while (j + 1 < n && s.entity(j + 1) != null && PLACE_TAGS.contains(s.entity(j + 1))) {
						j++;
					}
					runs.add(new int[] {i, j, 0});
					i = j;
				}
			}
			for (int i = 0; i < n; i++) {
				if ("PROPN".equals(s.pos(i))) {
					int j = i;
					while (j + 1 < n && "PROPN".equals(s.pos(j + 1))) {
						j++;
					}
					int h = s.headOf(s.start(i), s.end(j));
					if (h >= 0 && !preposition(s, h).isEmpty()) {
						runs.add(new int[] {i, j, 1});
					}
					i = j;
				}
			}
			for (int[] r : runs) {
				int a = r[0];
				int b = r[1];
				while (a <= b && SKIP.contains(s.word(a))) {
					a++;
				}
				while (b >= a && (SKIP.contains(s.word(b)) || "PUNCT".equals(s.pos(b)))) {
					b--;
				}
				if (a > b || s.end(b) > body.length()) {
					continue;
				}
				int begin = s.start(a);
				int end = s.end(b);
				while (end > begin && !Character.isLetterOrDigit(body.charAt(end - 1))) {
					end--; // "Venezuela." as one token
				}
				if (end == begin || partOfName(body, begin, end)) {
					continue;
				}
				String name = body.substring(begin, end);
				if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || name.indexOf('\n') >= 0
						|| known.contains(name.toLowerCase(Locale.ROOT))) {
					continue;
				}
				boolean overlaps = false;
				for (int[] c : covered) {
					overlaps |= c[0] < end && begin < c[1];
				}
				if (overlaps) {
					continue;
				}
				Candidate c = byName.computeIfAbsent(name, k -> new Candidate(k, new ArrayList<>(), new ArrayList<>()));
				int at = -1;
				for (int k = 0; k < c.spans().size(); k++) {
					if (c.spans().get(k)[0] == begin) {
						at = k;
					}
				}
				String src = r[2] == 0 ? "tag" : "prep";
				if (at < 0) {
					c.spans().add(new int[] {begin, end});
					c.sources().add(src);
				} else if (!c.sources().get(at).equals(src)) {
					c.sources().set(at, "both");
				}
			}
		}
		List<Candidate> out = new ArrayList<>(byName.values());
		for (Candidate c : out) {
			List<Integer> order = new ArrayList<>();
			for (int k = 0; k < c.spans().size(); k++) {
				order.add(k);
			}
			order.sort((x, y) -> Integer.compare(c.spans().get(x)[0], c.spans().get(y)[0]));
			List<int[]> spans = new ArrayList<>();
			List<String> sources = new ArrayList<>();
			for (int k : order) {
				spans.add(c.spans().get(k));
				sources.add(c.sources().get(k));
			}
			c.spans().clear();
			c.spans().addAll(spans);
			c.sources().clear();
			c.sources().addAll(sources);
		}
		out.sort((x, y) -> Integer.compare(x.spans().get(0)[0], y.spans().get(0)[0]));
		return out;
	}

	/** Whether the span is part of a longer name: "Port" of "Port-au-Prince", "Cox" of "Cox's Bazar". */
	static boolean partOfName(String body, int begin, int end) {
		if (begin > 0 && (body.charAt(begin - 1) == '-' || Character.isLetterOrDigit(body.charAt(begin - 1)))) {
			return true;
		}
		if (end < body.length() && (body.charAt(end) == '-' || Character.isLetterOrDigit(body.charAt(end)))) {
			return true;
		}
		if (body.startsWith("'s ", end) || body.startsWith("\u2019s ", end)) {
			int k = end + 3;
			return k < body.length() && Character.isUpperCase(body.charAt(k));
		}
		return false;
	}

	/** The lower-cased preposition ({@code case} child) of token {@code h}, or "". */
	private static String preposition(ParsedSentence s, int h) {
		String cas = "";
		for (int c : s.children(h)) {
			if (s.deprel(c).equals("case") && !"PART".equals(s.pos(c))) {
				cas = s.lemma(c).toLowerCase(Locale.ROOT);
			}
		}
		return cas;
	}

	/** The features of one candidate (each once, in a fixed order). */
	static List<String> features(String body, List<ParsedSentence> sentences, Candidate c, Place p, PlaceNames names,
			DocActors actors, List<ExtractedLocation> locs) {
		Set<String> f = new LinkedHashSet<>();
		String name = c.name();
		String lower = name.toLowerCase(Locale.ROOT);
		String[] words = name.split("\\s+");
		f.add("bias");
		f.add("name=" + lower);
		f.add("words=" + Math.min(words.length, 4));
		String last = words[words.length - 1];
		f.add("last=" + last.toLowerCase(Locale.ROOT));
		if (words.length > 1 && names.words().head(last) != null) {
			f.add("placeHead");
			f.add("placeHead=" + names.words().head(last).kind());
		}
		if (words.length > 1 && LocationData.LEARNED_COMPASS_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
			f.add("directional");
		}
		if (p != null) {
			f.add("gaz=" + p.kind());
			f.add("pop=" + LearnedLocations.bucket(p.population()));
			f.add("gk=" + p.kind() + "|" + LearnedLocations.bucket(p.population()));
			if (p.curated()) {
				f.add("curated");
			}
		} else {
			f.add("nogaz");
		}
		if (names.isCountryOrCapital(name)) {
			f.add("countryOrCapital");
		}
		if (names.isAdjective(name)) {
			f.add("demonym");
		}
		if (name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 2) {
			f.add("caps");
		}
		for (ExtractedLocation l : locs) {
			String ln = l.name().toLowerCase(Locale.ROOT);
			if (lower.contains(ln) || ln.contains(lower)) {
				f.add("sharesPlace");
			}
		}
		for (DocActor a : actors.actors()) {
			if (a.name().equalsIgnoreCase(name)) {
				f.add("actorName");
				f.add("actorNameKind=" + a.kind());
			}
		}
		// every occurrence of the name in the body, candidate or not: how often, in which frames, in the title
		int all = 0;
		int frames = 0;
		int possessive = 0;
		int titled = 0;
		int firstLine = body.indexOf('\n');
		for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
			if (partOfName(body, at, at + name.length())) {
				continue;
			}
			all++;
			String w = LearnedLocations.wordBefore(body, at, 1);
			if (w.equals("the")) {
				w = LearnedLocations.wordBefore(body, at, 2);
			}
			if (FRAMES.contains(w)) {
				frames++;
			}
			if (LearnedLocations.wordAfter(body, at + name.length()).equals("'s")) {
				possessive++;
			}
			if (firstLine < 0 || at < firstLine) {
				titled++;
			}
		}
		String kindOf = p == null ? "nogaz" : names.isCountryOrCapital(name) ? "cc" : p.kind();
		f.add("all=" + (all <= 1 ? "1" : all == 2 ? "2" : all <= 4 ? "3-4" : "5+"));
		f.add("frames=" + (frames == 0 ? "0" : frames == 1 ? "1" : "2+"));
		f.add("fk=" + (frames == 0 ? "0" : "1+") + "|" + kindOf);
		f.add("fs=" + (frames == 0 ? "none" : frames * 2 >= all ? "most" : "some") + "|" + kindOf);
		if (possessive > 0) {
			f.add("possessive=" + (possessive * 2 >= all ? "most" : "some"));
		}
		if (titled > 0) {
			f.add("titled");
		}
		ActorMention at0 = actors.at(c.spans().get(0)[0]);
		if (at0 != null) {
			f.add("actorAt=" + at0.actor().kind());
		}
		int n = c.spans().size();
		String nb = n <= 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : "5+";
		f.add("n=" + nb);
		f.add("places=" + (locs.size() <= 2 ? "0-2" : locs.size() <= 5 ? "3-5" : locs.size() <= 10 ? "6-10" : "11+"));
		int inActor = 0;
		int equalActor = 0;
		int locative = 0;
		for (int k = 0; k < n; k++) {
			int b = c.spans().get(k)[0];
			int e = c.spans().get(k)[1];
			String src = c.sources().get(k);
			f.add("src=" + src);
			for (ActorMention am : actors.within(b, e)) {
				inActor++;
				if (am.begin() == b && am.end() == e) {
					equalActor++;
				}
			}
			if (actors.overlaps(b, e)) {
				f.add("overlapsActor");
			}
			String p1 = LearnedLocations.wordBefore(body, b, 1);
			String p2 = LearnedLocations.wordBefore(body, b, 2);
			String x1 = LearnedLocations.wordAfter(body, e);
			f.add("p=" + p1);
			f.add("pp=" + p2 + "|" + p1);
			f.add("x=" + x1);
			f.add("px=" + p1 + "|" + x1);
			f.add("pk=" + p1 + "|" + kindOf);
			f.add("xk=" + x1 + "|" + kindOf);
			if (b < 120) {
				f.add("early");
			}
			ParsedSentence s = LearnedLocations.sentence(sentences, b);
			if (s == null) {
				continue;
			}
			int h = s.headOf(b, e);
			if (h < 0) {
				continue;
			}
			String rel = s.deprel(h);
			String cas = preposition(s, h);
			f.add("rel=" + rel);
			f.add("case=" + cas);
			f.add("rc=" + rel + "|" + cas);
			f.add("rk=" + rel + "|" + kindOf);
			f.add("ck=" + cas + "|" + kindOf);
			f.add("cs=" + cas + "|" + src);
			f.add("ent=" + s.entity(h));
			f.add("pos=" + s.pos(h));
			int g = s.head(h);
			if (g >= 0) {
				f.add("gpos=" + s.pos(g));
				f.add("glemma=" + s.lemma(g).toLowerCase(Locale.ROOT));
				f.add("gc=" + s.lemma(g).toLowerCase(Locale.ROOT) + "|" + cas);
			}
			if (!cas.isEmpty()) {
				locative++;
			}
		}
		if (inActor > 0) {
			f.add("inActor");
		}
		if (equalActor > 0) {
			f.add("equalActor");
		}
		f.add("locative=" + (locative == 0 ? "none" : locative * 2 >= n ? "most" : "some"));
		f.add("lg=" + (locative == 0 ? "none" : "some") + "|" + (p == null ? "nogaz" : p.kind()));
		List<String> out = new ArrayList<>();
		for (String x : f) {
			out.add(x.replaceAll("\\s", "_"));
		}
		return out;
	}
}
