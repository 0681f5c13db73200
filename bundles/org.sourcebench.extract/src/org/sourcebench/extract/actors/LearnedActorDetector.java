package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.data.PetrarchDictionaries;
import org.sourcebench.extract.data.WordSequenceIndex;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The learned actor detector (switch {@code actors.learned-detect}): after every reader (and the learned actor
 * filter) has run, the noun phrases no reader made an actor or a place are proposed — the tagger's named-entity runs
 * ({@code PERSON}, {@code ORG}, {@code GPE}, {@code NORP}), runs of capitalised nouns, proper nouns and adjectives
 * (joined by "of", "for", "and", "the", "de", "al", "on": "National League for Democracy"), and common-noun subjects with their adjective and compound modifiers ("Ukrainian officials", "state
 * media") — one candidate per distinct text of the article, its mentions every place it stands; an averaged
 * perceptron over what the parse and the tagger say of them (entity type, head and first word, shape, the governing
 * lemma and dependency relation of each mention, the words around them, number of mentions, where the first stands,
 * the body-name head kind, whether the Phoenix actor or agent dictionaries know it, whether an actor's name holds it
 * or an actor or place mention stands just before it) adds a candidate as an actor when its "keep" score leads "drop" by more than the margin.
 * The new actors speak no claim and end no relation (they come last). The kind: PERSON for a person run, the
 * body-name head's kind ({@code body-heads.tsv}) when its last word has one, STATE for a country or nationality run,
 * else ORGANISATION.
 * <p>
 * The model is {@code data/actor-detector.tsv} (the text format of {@link LearnedRoots#parse}, outcomes
 * {@code keep} and {@code drop}), trained on the development gold by {@code releng/scripts/train-actdet20.sh}
 * ({@code syntax.train.ActorDetectorTrainer}); read once per JVM. {@code -Dsourcebench.actorDetector.model=FILE}
 * reads another model, {@code -Dsourcebench.actorDetector.margin=M} sets the margin. Bodies under
 * {@link LearnedActorFilter#MIN_LENGTH} characters are not read (the model knows news articles only).
 */
public final class LearnedActorDetector {

	/** The switch. */
	public static final String NAME = "actors.learned-detect";
	/** The model's class-path entry. */
	public static final String MODEL = "data/actor-detector.tsv";
	/** The confidence of a detected actor (below the readers'). */
	static final double CONFIDENCE = 0.35;
	/** A candidate is added when keep's score exceeds drop's by more than this (6 by cross-validation; 10 since the retraining on batches 1-36: the seed). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.actorDetector.margin", "10"));
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.actorDetector.model";
	private static final Set<String> TYPES = Set.of("PERSON", "ORG", "GPE", "NORP");
	private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
	private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "al", "on");
	private static final Set<String> WORD_CLASSES = Set.of("PROPN", "NOUN", "ADJ", "X");
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();

	private LearnedActorDetector() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/**
	 * The trainer's dump (this thread's next extractions, null to stop): every candidate as a row, from = its name,
	 * to = its kind and mention offsets ({@code KIND:b-e,b-e}), begin/end = its first mention, its features.
	 */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** A candidate: its name, kind, mentions (body offsets, text order) and features. */
	record Candidate(String name, ActorKind kind, List<int[]> spans, List<String> features) {
	}

	/** Adds the actors the model keeps to {@code actors} (with the switch on); passes every candidate to the dump. */
	public static void apply(String body, List<ParsedSentence> parsed, DocActors actors, List<ExtractedLocation> locs) {
		LearnedRoots.Sink sink = DUMP.sink();
		boolean on = Mechanisms.on(NAME);
		if (!on && sink == null || parsed.isEmpty() || body.length() < LearnedActorFilter.MIN_LENGTH) {
			return;
		}
		List<Candidate> cands = candidates(body, parsed, actors, locs);
		if (sink != null) {
			for (Candidate c : cands) {
				StringBuilder to = new StringBuilder(c.kind().name()).append(':');
				for (int[] s : c.spans()) {
					to.append(to.charAt(to.length() - 1) == ':' ? "" : ",").append(s[0]).append('-').append(s[1]);
				}
				sink.accept(new LearnedRoots.Candidate(c.name(), to.toString(), c.spans().get(0)[0],
						c.spans().get(0)[1], c.features()));
			}
		}
		if (!on) {
			return;
		}
		int added = 0;
		for (Candidate c : cands) {
			if (lead(Holder.MODEL_INSTANCE, c.features()) > MARGIN) {
				DocActor a = actors.actor(c.name(), c.kind(), "", CONFIDENCE);
				for (int[] s : c.spans()) {
					actors.mention(a, s[0], s[1]);
				}
				added++;
			}
		}
		Mechanisms.fired(NAME, added);
	}

	/** Keep's score minus drop's. */
	public static float lead(LinearModel model, List<String> features) {
		return -LearnedActorFilter.lead(model, features);
	}

	/** The candidates of one document, in the text order of their first mention. */
	static List<Candidate> candidates(String body, List<ParsedSentence> parsed, DocActors actors,
			List<ExtractedLocation> locs) {
		List<int[]> taken = new ArrayList<>(); // begin, end
		Set<String> placeNames = new java.util.HashSet<>();
		for (ExtractedLocation l : locs) {
			placeNames.add(l.name().toLowerCase(Locale.ROOT));
			for (TextSpan s : l.mentions()) {
				taken.add(new int[] {s.begin(), s.end()});
				placeNames.add(body.substring(s.begin(), s.end()).toLowerCase(Locale.ROOT));
			}
		}
		Set<String> actorNames = new java.util.HashSet<>();
		for (DocActor a : actors.actors()) {
			actorNames.add(a.name().toLowerCase(Locale.ROOT));
		}
		// every span: {sentence, first token, last token, source}; sources in priority order
		List<int[]> spans = new ArrayList<>();
		for (int source = 0; source < 3; source++) {
			for (int si = 0; si < parsed.size(); si++) {
				ParsedSentence s = parsed.get(si);
				for (int[] r : runs(s, source)) {
					int b = s.start(r[0]);
					int e = s.end(r[1]);
					if (e <= b || e > body.length() || actors.overlaps(b, e) || overlaps(taken, b, e)) {
						continue;
					}
					taken.add(new int[] {b, e});
					spans.add(new int[] {si, r[0], r[1], source});
				}
			}
		}
		spans.sort(java.util.Comparator.comparingInt((int[] x) -> parsed.get(x[0]).start(x[1])));
		Map<String, List<int[]>> groups = new LinkedHashMap<>();
		for (int[] x : spans) {
			ParsedSentence s = parsed.get(x[0]);
			String text = body.substring(s.start(x[1]), s.end(x[2])).replaceAll("\\s+", " ");
			String key = text.toLowerCase(Locale.ROOT);
			if (actorNames.contains(key) || placeNames.contains(key)) {
				continue;
			}
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
		}
		List<Candidate> out = new ArrayList<>();
		for (List<int[]> g : groups.values()) {
			int[] first = g.get(0);
			ParsedSentence s = parsed.get(first[0]);
			String name = body.substring(s.start(first[1]), s.end(first[2])).replaceAll("\\s+", " ");
			String type = type(s, first);
			ActorKind kind = kind(name, type);
			List<int[]> offsets = new ArrayList<>();
			for (int[] x : g) {
				ParsedSentence t = parsed.get(x[0]);
				offsets.add(new int[] {t.start(x[1]), t.end(x[2])});
			}
			List<String> f = new ArrayList<>(features(body, parsed, g, name, type, kind));
			f.addAll(context(body, name, offsets, actors, locs));
			out.add(new Candidate(name, kind, offsets, f));
		}
		return out;
	}

	/**
	 * What the document's actors and places say of a candidate: an actor's name holds its words ("Golcad" of "Liban
	 * Golcad") or it holds an actor's or place's name, an actor or place mention stands just before a mention
	 * ("Spain's Guardia Civil").
	 */
	static List<String> context(String body, String name, List<int[]> offsets, DocActors actors,
			List<ExtractedLocation> locs) {
		TreeSet<String> f = new TreeSet<>();
		String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
		boolean inActor = false;
		boolean holdsActor = false;
		for (DocActor a : actors.actors()) {
			String an = " " + a.name().toLowerCase(Locale.ROOT) + " ";
			inActor |= an.contains(lower);
			holdsActor |= a.name().length() > 2 && lower.contains(an);
		}
		boolean holdsPlace = false;
		for (ExtractedLocation l : locs) {
			holdsPlace |= l.name().length() > 2 && lower.contains(" " + l.name().toLowerCase(Locale.ROOT) + " ");
		}
		f.add("inA=" + inActor);
		f.add("hasA=" + holdsActor);
		f.add("hasP=" + holdsPlace);
		for (int[] o : offsets) {
			int from = Math.max(0, o[0] - 4);
			boolean actorBefore = false;
			for (ActorMention m : actors.mentions()) {
				actorBefore |= m.end() >= from && m.end() <= o[0];
			}
			boolean placeBefore = false;
			for (ExtractedLocation l : locs) {
				for (TextSpan t : l.mentions()) {
					placeBefore |= t.end() >= from && t.end() <= o[0];
				}
			}
			if (actorBefore) {
				f.add("adjA");
			}
			if (placeBefore) {
				f.add("adjP");
			}
			int q = 0;
			for (int i = body.lastIndexOf('\n', o[0]) + 1; i < o[0]; i++) {
				char c = body.charAt(i);
				q += c == '"' || c == '\u201c' || c == '\u201d' ? 1 : 0;
			}
			if (q % 2 == 1) {
				f.add("quoted");
			}
		}
		return new ArrayList<>(f);
	}

	private static boolean overlaps(List<int[]> taken, int b, int e) {
		for (int[] t : taken) {
			if (t[0] < e && b < t[1]) {
				return true;
			}
		}
		return false;
	}

	/** The token runs of one source: 0 entity runs, 1 untyped proper-noun runs, 2 common-noun subjects. */
	static List<int[]> runs(ParsedSentence s, int source) {
		List<int[]> out = new ArrayList<>();
		int n = s.size();
		if (source == 0) {
			for (int i = 0; i < n; i++) {
				String t = s.entity(i);
				if (t == null || !TYPES.contains(t)) {
					continue;
				}
				int j = i;
				while (j + 1 < n && t.equals(s.entity(j + 1))) {
					j++;
				}
				out.add(new int[] {i, j});
				i = j;
			}
		} else if (source == 1) {
			for (int i = 0; i < n; i++) {
				if (!capitalised(s, i)) {
					continue;
				}
				int j = i;
				while (true) {
					if (j + 1 < n && capitalised(s, j + 1)) {
						j++;
					} else if (j + 2 < n && CONNECTORS.contains(s.word(j + 1)) && capitalised(s, j + 2)) {
						j += 2; // "National League for Democracy"
					} else {
						break;
					}
				}
				out.add(new int[] {i, j});
				i = j;
			}
		} else {
			for (int i = 0; i < n; i++) {
				if (!s.pos(i).equals("NOUN") || !SUBJECTS.contains(s.deprel(i))) {
					continue;
				}
				int b = i;
				while (b > 0 && s.head(b - 1) == i && (s.deprel(b - 1).equals("amod")
						|| s.deprel(b - 1).startsWith("compound"))) {
					b--;
				}
				out.add(new int[] {b, i});
			}
		}
		return out;
	}

	/** A capitalised noun, proper noun or adjective ("Guardia", "PDVSA", "Survivors"). */
	private static boolean capitalised(ParsedSentence s, int i) {
		String w = s.word(i);
		return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && WORD_CLASSES.contains(s.pos(i));
	}

	private static String type(ParsedSentence s, int[] x) {
		return x[3] == 0 ? s.entity(x[1]) : x[3] == 1 ? "CAP" : "SUBJ";
	}

	static ActorKind kind(String name, String type) {
		if (type.equals("PERSON")) {
			return ActorKind.PERSON;
		}
		ActorKind head = BodyHeads.get().kindOf(NameRun.lastWord(name));
		if (head != null) {
			return head;
		}
		return type.equals("GPE") || type.equals("NORP") ? ActorKind.STATE : ActorKind.ORGANISATION;
	}

	/** The features of one candidate (a set, in name order). */
	static List<String> features(String body, List<ParsedSentence> parsed, List<int[]> mentions, String name,
			String type, ActorKind kind) {
		TreeSet<String> f = new TreeSet<>();
		f.add("bias");
		f.add("t=" + type);
		f.add("k=" + kind.name().toLowerCase(Locale.ROOT));
		String[] words = name.split(" ");
		f.add("nw=" + Math.min(words.length, 4) + "|t=" + type);
		String head = words[words.length - 1].toLowerCase(Locale.ROOT);
		f.add("h=" + head);
		f.add("h=" + head + "|t=" + type);
		f.add("fw=" + words[0].toLowerCase(Locale.ROOT));
		f.add("shape=" + shape(name) + "|t=" + type);
		f.add("bh=" + (BodyHeads.get().kindOf(NameRun.lastWord(name)) != null));
		String[] keys = WordSequenceIndex.keys(List.of(words));
		WordSequenceIndex.Match<?> known = PetrarchDictionaries.actors().index().longestAt(keys, 0, keys.length);
		f.add("pa=" + (known == null ? "none" : known.end() == keys.length ? "all" : "part"));
		f.add("pg=" + (PetrarchDictionaries.agents().index().longestAt(keys, keys.length - 1, keys.length) != null) + "|t=" + type);
		int n = mentions.size();
		String m = n == 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3" : "5";
		f.add("m=" + m);
		f.add("m=" + m + "|t=" + type);
		int s0 = mentions.get(0)[0];
		f.add("s=" + (s0 == 0 ? "0" : s0 < 4 ? "1" : s0 < 10 ? "2" : "3"));
		for (int[] x : mentions) {
			ParsedSentence s = parsed.get(x[0]);
			int h = x[2];
			for (int i = x[1]; i <= x[2]; i++) {
				int hd = s.head(i);
				if (hd < x[1] || hd > x[2]) {
					h = i;
					break;
				}
			}
			String rel = s.deprel(h);
			f.add("d=" + rel);
			f.add("d=" + rel + "|t=" + type);
			int g = s.head(h);
			if (g >= 0) {
				String gl = lemma(s, g);
				f.add("g=" + gl);
				f.add("gd=" + gl + "|" + rel);
				f.add("gp=" + s.pos(g) + "|" + rel);
			} else {
				f.add("g=root");
			}
			f.add("p=" + (x[1] == 0 ? "<s>" : s.word(x[1] - 1).toLowerCase(Locale.ROOT)));
			if (x[1] > 0 && x[2] + 1 < s.size()) {
				f.add("pn=" + s.word(x[1] - 1).toLowerCase(Locale.ROOT) + "_" + s.word(x[2] + 1).toLowerCase(Locale.ROOT));
			}
			f.add("n=" + (x[2] + 1 >= s.size() ? "</s>" : s.word(x[2] + 1).toLowerCase(Locale.ROOT)));
			if (x[1] > 0) {
				f.add("pp=" + s.pos(x[1] - 1));
			}
			for (int c : s.children(h)) {
				if (c < x[1] || c > x[2]) {
					f.add("c=" + s.deprel(c) + (s.deprel(c).equals("det") ? "=" + s.word(c).toLowerCase(Locale.ROOT) : ""));
				}
			}
		}
		List<String> out = new ArrayList<>();
		for (String x : f) {
			out.add(x.replace(' ', '_').replace('\t', '_'));
		}
		return out;
	}

	private static String shape(String name) {
		boolean lower = name.equals(name.toLowerCase(Locale.ROOT));
		boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
		if (name.chars().anyMatch(Character::isDigit)) {
			return "digit";
		}
		return lower ? "lower" : upper ? "upper" : Character.isUpperCase(name.charAt(0)) ? "cap" : "mixed";
	}

	private static String lemma(ParsedSentence s, int i) {
		String l = s.lemma(i);
		return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
	}
}
