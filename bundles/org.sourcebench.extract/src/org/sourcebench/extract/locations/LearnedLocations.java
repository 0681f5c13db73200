package org.sourcebench.extract.locations;

import java.util.ArrayList;
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
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A learned acceptance filter for the document's locations (switch {@code locations.learned-filter}): an averaged
 * perceptron trained on the gold of the 643 development articles ({@code syntax.train.LocationFilterTrainer},
 * {@code releng/scripts/train-location-filter.sh}) reads every location the rule readers emit (but the names no
 * table knows: {@link #judged}) — the stage that
 * entered it, its kind, population and number of mentions, whether an actor bears its name or one of its mentions,
 * and per mention the words around it and its role in the parse (dependency label, governor, preposition, entity
 * tag) — and scores "keep" (gold names a location of that name) against "drop". A location whose "drop" score
 * leads "keep" by more than the margin (chosen by article-level cross-validation) is removed. The model is
 * {@code data/location-filter.tsv} (a header saying how it was made, then one feature per line with its weights per
 * outcome, the format of {@link LearnedRoots}), read once per JVM. Stateless and thread-safe.
 */
public final class LearnedLocations {

	/** The switch. */
	public static final String NAME = "locations.learned-filter";
	/** The model's class-path entry. */
	public static final String MODEL = "data/location-filter.tsv";
	/** The outcome of a location gold does not name. */
	public static final String DROP = "drop";
	/** The outcome of a location gold names. */
	public static final String KEEP = "keep";
	/** The {@code to} of a location's row in the feature dump ({@link LearnedRoots.Sink}). */
	public static final String ROW = "@location";
	/** The lead of "drop" over "keep" above which a location is removed (the perceptron's units). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedLocations.margin", "18"));

	private LearnedLocations() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, null);
	}

	/**
	 * The document's locations without those the model drops (with the switch off: {@code locs} itself); the sink,
	 * when not null, receives every location's features first (file-independent rows: name, {@link #ROW}, the first
	 * mention's span).
	 */
	public static List<ExtractedLocation> apply(String body, List<ParsedSentence> sentences,
			List<ExtractedLocation> locs, Map<String, LocationExtractor.Origin> origins, DocActors actors,
			LearnedRoots.Sink sink) {
		if (locs.isEmpty() || sink == null && !Mechanisms.on(NAME)) {
			return locs;
		}
		List<LearnedRoots.Candidate> candidates = new ArrayList<>();
		for (ExtractedLocation l : locs) {
			TextSpan first = l.mentions().isEmpty() ? null : l.mentions().get(0);
			LocationExtractor.Origin origin = origins.get(l.name());
			candidates.add(!judged(origin) ? null : new LearnedRoots.Candidate(l.name(), ROW,
					first == null ? 0 : first.begin(), first == null ? 0 : first.end(),
					features(body, sentences, l, origin, actors, locs)));
		}
		if (sink != null) {
			candidates.stream().filter(c -> c != null).forEach(sink::accept);
		}
		if (!Mechanisms.on(NAME)) {
			return locs;
		}
		List<ExtractedLocation> out = new ArrayList<>();
		int dropped = 0;
		for (int k = 0; k < locs.size(); k++) {
			LearnedRoots.Candidate c = candidates.get(k);
			if (c != null && drops(Holder.MODEL_INSTANCE, c.features(), MARGIN)) {
				dropped++;
			} else {
				out.add(locs.get(k));
			}
		}
		Mechanisms.fired(NAME, dropped);
		return dropped == 0 ? locs : out;
	}

	/**
	 * Whether the filter judges a place: every place but the names no table knows ({@link UnknownNames}, stage
	 * "unknown"), which the rules enter only with evidence that they are places ("the town of X", "a village called
	 * X", "X, a major city"); the model, trained with them, dropped such places in short texts.
	 */
	static boolean judged(LocationExtractor.Origin origin) {
		return origin != null && !origin.via().equals("unknown");
	}

	/** Whether the model's "drop" score leads its "keep" score by more than {@code margin}. */
	public static boolean drops(LinearModel model, List<String> features, float margin) {
		return lead(model, features) > margin;
	}

	/** The model's "drop" score minus its "keep" score. */
	public static float lead(LinearModel model, List<String> features) {
		float[] scores = LearnedRoots.scores(model, features);
		String[] outcomes = model.outcomes();
		float drop = 0f;
		float keep = 0f;
		for (int k = 0; k < outcomes.length; k++) {
			if (outcomes[k].equals(DROP)) {
				drop = scores[k];
			} else if (outcomes[k].equals(KEEP)) {
				keep = scores[k];
			}
		}
		return drop - keep;
	}

	/** The features of one location (each once, in a fixed order). */
	static List<String> features(String body, List<ParsedSentence> sentences, ExtractedLocation l,
			LocationExtractor.Origin origin, DocActors actors, List<ExtractedLocation> all) {
		Set<String> f = new LinkedHashSet<>();
		// the document: how many places, whether this one is the first, the most named, of the main country
		int most = 0;
		int firstAt = Integer.MAX_VALUE;
		Map<String, Integer> byCountry = new java.util.HashMap<>();
		for (ExtractedLocation o : all) {
			most = Math.max(most, o.mentions().size());
			if (!o.mentions().isEmpty()) {
				firstAt = Math.min(firstAt, o.mentions().get(0).begin());
			}
			if (o.country() != null) {
				byCountry.merge(o.country(), o.mentions().size(), Integer::sum);
			}
		}
		String main = byCountry.entrySet().stream().sorted((a, b) -> b.getValue() != a.getValue().intValue()
				? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey())).map(Map.Entry::getKey)
				.findFirst().orElse("");
		f.add("places=" + (all.size() <= 2 ? "1-2" : all.size() <= 5 ? "3-5" : all.size() <= 10 ? "6-10" : "11+"));
		if (!l.mentions().isEmpty() && l.mentions().get(0).begin() == firstAt) {
			f.add("firstPlace");
		}
		if (l.mentions().size() == most) {
			f.add("mostNamed");
		}
		f.add("mainCountry=" + (l.country() == null ? "none" : l.country().equals(main)) + "|" + l.kind());
		f.add("name=" + l.name().toLowerCase(Locale.ROOT));
		f.add("conf=" + Math.round(l.confidence() * 10));
		String via = origin == null ? "?" : origin.via();
		String kind = l.kind();
		f.add("bias");
		f.add("via=" + via);
		f.add("kind=" + kind);
		f.add("kv=" + kind + "|" + via);
		if (origin != null) {
			f.add("pop=" + bucket(origin.population()));
			f.add("pk=" + kind + "|" + bucket(origin.population()));
			if (origin.curated()) {
				f.add("curated");
			}
			if (origin.guessed()) {
				f.add("guessed");
			}
		}
		if (Double.isNaN(l.lat())) {
			f.add("nocoords");
		}
		if (l.country() == null) {
			f.add("nocountry");
		}
		int n = l.mentions().size();
		String nb = n <= 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : "5+";
		f.add("n=" + nb);
		f.add("nv=" + nb + "|" + via);
		String[] parts = l.name().split(" ");
		f.add("words=" + Math.min(parts.length, 3));
		if (parts.length > 1 && LocationData.LEARNED_REGION_WORDS.contains(parts[0].toLowerCase(Locale.ROOT))) {
			f.add("directional");
		}
		String key = l.name().toLowerCase(Locale.ROOT);
		for (DocActor a : actors.actors()) {
			if (a.name().toLowerCase(Locale.ROOT).equals(key)) {
				f.add("actorName");
				f.add("actorNameKind=" + a.kind());
			}
		}
		int inActor = 0;
		int equalActor = 0;
		int early = 0;
		int locative = 0;
		for (TextSpan m : l.mentions()) {
			int b = m.begin();
			int e = m.end();
			if (b < 0 || e > body.length() || b >= e) {
				continue;
			}
			String text = body.substring(b, e);
			if (!text.equalsIgnoreCase(l.name())) {
				f.add("alias");
			}
			if (text.equals(text.toUpperCase(Locale.ROOT)) && text.length() > 3) {
				f.add("caps");
			}
			if (Character.isLowerCase(text.charAt(0))) {
				f.add("lower");
			}
			if (b < 120) {
				early++;
			}
			for (ActorMention am : actors.within(b, e)) {
				inActor++;
				if (am.begin() == b && am.end() == e) {
					equalActor++;
				}
			}
			String p1 = wordBefore(body, b, 1);
			String x1 = wordAfter(body, e);
			f.add("p=" + p1);
			f.add("x=" + x1);
			f.add("pv=" + p1 + "|" + via);
			ParsedSentence s = sentence(sentences, b);
			if (s == null) {
				continue;
			}
			int h = s.headOf(b, e);
			if (h < 0) {
				continue;
			}
			String rel = s.deprel(h);
			int g = s.head(h);
			String cas = "";
			for (int c : s.children(h)) {
				if (s.deprel(c).equals("case")) {
					cas = s.lemma(c).toLowerCase(Locale.ROOT);
				}
			}
			f.add("rel=" + rel);
			f.add("rk=" + rel + "|" + kind);
			f.add("case=" + cas);
			f.add("rc=" + rel + "|" + cas);
			f.add("ck=" + cas + "|" + kind);
			f.add("ent=" + s.entity(h));
			if (g >= 0) {
				f.add("gpos=" + s.pos(g));
				f.add("grel=" + s.deprel(g));
			}
			if (!cas.isEmpty() || rel.startsWith("obl")) {
				locative++;
			}
		}
		if (inActor > 0) {
			f.add("inActor");
		}
		if (equalActor > 0) {
			f.add("equalActor");
			f.add("equalActorShare=" + (equalActor * 2 >= n ? "most" : "some"));
		}
		if (early > 0) {
			f.add("early");
		}
		f.add("locative=" + (locative == 0 ? "none" : locative * 2 >= n ? "most" : "some"));
		f.add("lv=" + (locative == 0 ? "none" : "some") + "|" + via);
		List<String> out = new ArrayList<>();
		for (String x : f) {
			out.add(x.replaceAll("\\s", "_"));
		}
		return out;
	}

	/** The sentence holding {@code offset}, or null. */
	static ParsedSentence sentence(List<ParsedSentence> sentences, int offset) {
		for (ParsedSentence s : sentences) {
			if (s.size() > 0 && s.start(0) <= offset && offset < s.end(s.size() - 1)) {
				return s;
			}
		}
		return null;
	}

	/** The population bucket of a place, the learned location models' feature: the decimal digits less one, 0 to 7. */
	static String bucket(long pop) {
		return pop <= 0 ? "0" : String.valueOf(Math.min(7, (int) Math.log10(pop)));
	}

	/** The {@code k}-th word before {@code offset}, lower-cased ("" at the start; punctuation is a word). */
	static String wordBefore(String t, int offset, int k) {
		int i = offset;
		String w = "";
		for (int n = 0; n < k; n++) {
			while (i > 0 && t.charAt(i - 1) == ' ') {
				i--;
			}
			if (i == 0) {
				return "^";
			}
			if (t.charAt(i - 1) == '\n') {
				return "^";
			}
			int j = i;
			if (Character.isLetterOrDigit(t.charAt(i - 1))) {
				while (j > 0 && Character.isLetterOrDigit(t.charAt(j - 1))) {
					j--;
				}
			} else {
				j--;
			}
			w = t.substring(j, i);
			i = j;
		}
		return w.toLowerCase(Locale.ROOT);
	}

	/** The word after {@code offset}, lower-cased ("'s" as one word; "$" at the end of a line). */
	static String wordAfter(String t, int offset) {
		int i = offset;
		while (i < t.length() && t.charAt(i) == ' ') {
			i++;
		}
		if (i >= t.length() || t.charAt(i) == '\n') {
			return "$";
		}
		if (t.startsWith("'s", i) || t.startsWith("\u2019s", i)) {
			return "'s";
		}
		int j = i;
		if (Character.isLetterOrDigit(t.charAt(i))) {
			while (j < t.length() && Character.isLetterOrDigit(t.charAt(j))) {
				j++;
			}
		} else {
			j++;
		}
		return t.substring(i, j).toLowerCase(Locale.ROOT);
	}
}
