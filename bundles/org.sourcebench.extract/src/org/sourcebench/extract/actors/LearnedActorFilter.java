package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.relations.LearnedRelationFilter;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.model.ActorKind;

/**
 * The learned actor filter (switch {@code actors.learned-filter}): after every reader has run, each named actor the
 * engine would emit (not the unnamed speakers the claim readers add so that every claim has a speaker) is read by an averaged perceptron over what is known of it — the readers that made it or gave it a
 * mention ({@link DocActor#readers()}), its kind, country and offices, the words and shape of its name, its number of
 * mentions and where the first one stands, the words around its mentions, whether they lie in a quotation, whether it
 * speaks claims or ends relations, whether a place or another actor shares its words — and is dropped, with the
 * claims it speaks and the relations it ends, when the model's score for "drop" leads "keep" by more than the margin.
 * <p>
 * The model is {@code data/actor-filter.tsv} (the text format of {@link LearnedRoots#parse}, outcomes {@code keep} and
 * {@code drop}), trained on the development sets' gold (study, select and check) by
 * {@code releng/scripts/train-actor-filter.sh} ({@code syntax.train.ActorFilterTrainer}); read once per JVM.
 * {@code -Dsourcebench.actorFilter.model=FILE} reads another model (the cross-validation folds) and
 * {@code -Dsourcebench.actorFilter.margin=M} sets the margin.
 */
public final class LearnedActorFilter {

	/** The switch. */
	public static final String NAME = "actors.learned-filter";
	/** The model's class-path entry. */
	public static final String MODEL = "data/actor-filter.tsv";
	public static final String KEEP = "keep";
	public static final String DROP = "drop";
	/** An actor is dropped when drop's score exceeds keep's by more than this (chosen by cross-validation). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.actorFilter.margin", "3"));
	/**
	 * Shorter bodies are not filtered: the model knows news articles only (the shortest development article has 916
	 * characters), its features (mentions per actor, where the first one stands) mean little in a sentence or two.
	 */
	static final int MIN_LENGTH = 800;
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.actorFilter.model";
	/** Set by the trainer's dump: the readers are recorded with the switch off too. */
	private static volatile boolean dumping;

	private LearnedActorFilter() {
	}

	/** Receives each actor's features (the trainer's dump). */
	public interface Sink {
		void accept(String actor, int begin, List<String> features);
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/** Whether the actors' readers are recorded (the switch is on, or features are dumped). */
	static boolean recording() {
		return dumping || Mechanisms.on(NAME) || LearnedRelationFilter.on();
	}

	/** Makes the readers recorded with the switch off (call before the first extraction: the trainer's dump). */
	public static void dumpFeatures() {
		dumping = true;
	}

	/**
	 * Reads every actor with mentions: passes its features to {@code sink} (when not null) and, with the switch on,
	 * drops the actors the model rejects with their claims and relations (in place).
	 */
	public static void apply(String body, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rel, List<ExtractedLocation> locs, Sink sink) {
		apply(body, actors, claims, rel, locs, sink, null);
	}

	/**
	 * As {@link #apply(String, DocActors, List, List, List, Sink)}; {@code leads}, when not null and the switch is on,
	 * receives the model's lead of every actor it read (the learned relation filter's feature of a relation's ends).
	 */
	public static void apply(String body, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rel, List<ExtractedLocation> locs, Sink sink, Map<String, Float> leads) {
		boolean on = Mechanisms.on(NAME) && body.length() >= MIN_LENGTH;
		if (!on && sink == null) {
			return;
		}
		List<DocActor> all = withMentions(actors);
		Set<String> dropped = new HashSet<>();
		for (DocActor a : all) {
			if (DocActor.isUnnamed(a.name())) {
				continue; // an unnamed speaker is entered so that its claim has one (GUIDELINES.md): not read
			}
			List<String> f = features(body, a, all, claims, rel, locs);
			if (sink != null) {
				sink.accept(a.name(), a.spans().stream().mapToInt(s -> s[0]).min().orElse(0), f);
			}
			if (on) {
				float lead = lead(Holder.MODEL_INSTANCE, f);
				if (leads != null) {
					leads.put(a.name(), lead);
				}
				if (lead > MARGIN) {
					dropped.add(a.name());
				}
			}
		}
		if (dropped.isEmpty()) {
			return;
		}
		Mechanisms.fired(NAME, dropped.size());
		for (DocActor a : all) {
			if (dropped.contains(a.name())) {
				for (ActorMention m : List.copyOf(actors.mentions())) {
					if (m.actor() == a) {
						actors.remove(m);
					}
				}
				a.spans().clear();
			}
		}
		claims.removeIf(c -> dropped.contains(c.speaker()));
		rel.removeIf(r -> dropped.contains(r.from()) || dropped.contains(r.to()));
	}

	/**
	 * The model's lead (drop over keep) for every named actor with mentions, as {@link #apply} reads it (the learned
	 * relation filter's feature of a relation's ends; empty when no actor is named).
	 */
	public static Map<String, Float> leads(String body, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rel, List<ExtractedLocation> locs) {
		List<DocActor> all = withMentions(actors);
		Map<String, Float> out = new HashMap<>();
		for (DocActor a : all) {
			if (!DocActor.isUnnamed(a.name())) {
				out.put(a.name(), lead(Holder.MODEL_INSTANCE, features(body, a, all, claims, rel, locs)));
			}
		}
		return out;
	}

	/** The document's actors that have a mention (the ones the model reads, and each one's context). */
	private static List<DocActor> withMentions(DocActors actors) {
		List<DocActor> all = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (!a.spans().isEmpty()) {
				all.add(a);
			}
		}
		return all;
	}

	/** Whether the model drops an actor with these features: drop's score leads keep's by more than the margin. */
	public static boolean drop(LinearModel model, List<String> features, float margin) {
		return lead(model, features) > margin;
	}

	/** Drop's score minus keep's. */
	public static float lead(LinearModel model, List<String> features) {
		float[] s = LearnedRoots.scores(model, features);
		String[] o = model.outcomes();
		float keep = 0;
		float drop = 0;
		for (int i = 0; i < o.length; i++) {
			if (o[i].equals(KEEP)) {
				keep = s[i];
			} else if (o[i].equals(DROP)) {
				drop = s[i];
			}
		}
		return drop - keep;
	}

	/** The features of one actor (in a fixed order; the set semantics are the trainer's). */
	static List<String> features(String body, DocActor a, List<DocActor> all, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rel, List<ExtractedLocation> locs) {
		TreeSet<String> f = new TreeSet<>();
		String kind = a.kind() == null ? "none" : a.kind().name().toLowerCase(Locale.ROOT);
		f.add("bias");
		f.add("k=" + kind);
		List<String> readers = new ArrayList<>(a.readers());
		String first = readers.isEmpty() ? "none" : readers.get(0);
		f.add("o=" + first);
		f.add("o=" + first + "|k=" + kind);
		for (String r : readers) {
			f.add("r=" + r);
		}
		f.add("nr=" + Math.min(readers.size(), 4));
		boolean iso = !a.iso().isEmpty();
		f.add("iso=" + iso + "|k=" + kind);
		f.add("off=" + !a.offices().isEmpty());
		f.add("conf=" + Math.round(a.confidence() * 20) / 20.0);
		String name = a.name();
		String[] words = name.split("\\s+");
		f.add("nw=" + Math.min(words.length, 5));
		String head = words[words.length - 1].toLowerCase(Locale.ROOT);
		f.add("h=" + head);
		f.add("h=" + head + "|k=" + kind);
		f.add("fw=" + words[0].toLowerCase(Locale.ROOT));
		f.add("shape=" + shape(name));
		List<int[]> spans = new ArrayList<>(a.spans());
		spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
		Set<String> texts = new HashSet<>();
		int lower = 0;
		int quoted = 0;
		for (int[] s : spans) {
			String t = body.substring(s[0], s[1]);
			texts.add(t);
			if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
				lower++;
			}
			if (inQuote(body, s[0])) {
				quoted++;
			}
			f.add("p=" + word(body, s[0], -1));
			f.add("n=" + word(body, s[1], 1));
		}
		f.add("p1=" + word(body, spans.get(0)[0], -1) + "|k=" + kind);
		int n = spans.size();
		f.add("m=" + bucket(n));
		f.add("m=" + bucket(n) + "|k=" + kind);
		f.add("dm=" + Math.min(texts.size(), 3));
		f.add("lc=" + (lower == 0 ? "none" : lower == n ? "all" : "some"));
		f.add("q=" + (quoted == 0 ? "none" : quoted == n ? "all" : "some"));
		f.add("namedAs=" + texts.contains(name));
		int begin = spans.get(0)[0];
		int title = body.indexOf('\n');
		f.add("pos=" + (title > 0 && begin < title ? "title" : String.valueOf(Math.min(4, 5 * begin / Math.max(1, body.length())))));
		int speaks = 0;
		for (ExtractedClaim c : claims) {
			if (c.speaker().equals(name)) {
				speaks++;
			}
		}
		f.add("spk=" + bucket(speaks));
		f.add("spk=" + bucket(speaks) + "|k=" + kind);
		int from = 0;
		int to = 0;
		for (ExtractedRelationship r : rel) {
			from += r.from().equals(name) ? 1 : 0;
			to += r.to().equals(name) ? 1 : 0;
		}
		f.add("from=" + bucket(from));
		f.add("to=" + bucket(to));
		f.add("ends=" + (speaks + from + to == 0 ? "none" : "some") + "|m=" + bucket(n));
		String lname = name.toLowerCase(Locale.ROOT);
		for (ExtractedLocation l : locs) {
			String ln = l.name().toLowerCase(Locale.ROOT);
			if (ln.equals(lname)) {
				f.add("place=same");
			} else if (contains(ln, lname) || contains(lname, ln)) {
				f.add("place=words");
			}
			for (TextSpan m : l.mentions()) {
				for (int[] s : spans) {
					if (m.begin() < s[1] && s[0] < m.end()) {
						f.add("place=overlap");
					}
				}
			}
		}
		for (DocActor o : all) {
			if (o == a) {
				continue;
			}
			String on = o.name().toLowerCase(Locale.ROOT);
			if (contains(on, lname)) {
				f.add("inside=" + (o.kind() == null ? "none" : o.kind().name().toLowerCase(Locale.ROOT)));
			} else if (contains(lname, on)) {
				f.add("holds=" + (o.kind() == null ? "none" : o.kind().name().toLowerCase(Locale.ROOT)));
			}
			for (int[] s : spans) {
				for (int[] t : o.spans()) {
					if (s[1] == t[0] - 1 || t[1] == s[0] - 1) {
						f.add("adjacent");
					}
				}
			}
		}
		if (a.kind() == ActorKind.PERSON && words.length == 1) {
			f.add("person1");
		}
		return new ArrayList<>(f);
	}

	/** Whether {@code hay} holds {@code needle} as whole words. */
	private static boolean contains(String hay, String needle) {
		int i = hay.indexOf(needle);
		while (i >= 0) {
			int e = i + needle.length();
			if ((i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1)))
					&& (e == hay.length() || !Character.isLetterOrDigit(hay.charAt(e)))) {
				return true;
			}
			i = hay.indexOf(needle, i + 1);
		}
		return false;
	}

	private static String bucket(int n) {
		return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : "6+";
	}

	/** The name's shape: acronym, lower (starts lower case), the (starts "the "), digit, cap. */
	private static String shape(String name) {
		if (name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter)) {
			return "acronym";
		}
		if (name.chars().anyMatch(Character::isDigit)) {
			return "digit";
		}
		if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
			return "the";
		}
		return Character.isLowerCase(name.charAt(0)) ? "lower" : "cap";
	}

	/** The word before ({@code dir} -1) or after (+1) an offset, lower case ("" at a line's edge; punctuation kept). */
	static String word(String body, int at, int dir) {
		int i = at;
		if (dir < 0) {
			i--;
			while (i >= 0 && body.charAt(i) == ' ') {
				i--;
			}
			if (i < 0 || body.charAt(i) == '\n') {
				return "^";
			}
			if (!Character.isLetterOrDigit(body.charAt(i))) {
				return String.valueOf(body.charAt(i));
			}
			int e = i + 1;
			while (i >= 0 && Character.isLetterOrDigit(body.charAt(i))) {
				i--;
			}
			return body.substring(i + 1, e).toLowerCase(Locale.ROOT);
		}
		while (i < body.length() && body.charAt(i) == ' ') {
			i++;
		}
		if (i >= body.length() || body.charAt(i) == '\n') {
			return "$";
		}
		if (!Character.isLetterOrDigit(body.charAt(i))) {
			return body.charAt(i) == '\'' || body.charAt(i) == '’' ? "'s" : String.valueOf(body.charAt(i));
		}
		int b = i;
		while (i < body.length() && Character.isLetterOrDigit(body.charAt(i))) {
			i++;
		}
		return body.substring(b, i).toLowerCase(Locale.ROOT);
	}

	/** Whether an offset lies inside a quotation of its paragraph (an open curly quote or an odd number of straight). */
	public static boolean inQuote(String body, int at) {
		int start = body.lastIndexOf('\n', at - 1) + 1;
		int open = 0;
		int straight = 0;
		for (int i = start; i < at; i++) {
			char c = body.charAt(i);
			if (c == '“') {
				open++;
			} else if (c == '”') {
				open = Math.max(0, open - 1);
			} else if (c == '"') {
				straight++;
			}
		}
		return open > 0 || straight % 2 == 1;
	}
}
