package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Document-level relations (switch {@code relations.document-pairs}): after every sentence reader, the learned
 * proposer and the learned relation filter have run, every ordered pair of the document's actors is read as a
 * whole — not one sentence at a time. A pair is a candidate when its two actors are named in one parsed sentence
 * (a country also by its adjective, as {@link LearnedRoots} reads sentences), when one speaks a claim whose text
 * names the other, or when the readers already relate it. Its features AGGREGATE all its co-occurrences: the
 * dictionary roots (PETRARCH verbs, trigger list) of the words on the dependency paths between the two mentions and
 * of the paths' top words, those words and the paths' shapes, the number of sentences naming both, whether the title
 * or first sentence does, which is named first, whether every or some reading is negated, modal or reported
 * ({@link LearnedRoots#unasserted}), the claims between them and their cues, the actors' kinds and mention counts,
 * and the roots the readers gave the pair and the reverse pair. Each supported root of a pair (a dictionary root
 * of its paths, a reader's root of the pair or the reverse pair, a root of a claim link) is one (pair, root)
 * candidate, scored by an averaged perceptron ({@code keep}: gold relates the pair with that root, else
 * {@code drop}). A candidate the readers do not emit is added when its root is one of {@link #ADD_ROOTS} (12-20)
 * and keep leads drop by more than {@link #MARGIN}
 * (evidence: the first sentence naming both whose path gives the root, else the first naming both, else the claim;
 * confidence {@link #CONFIDENCE}); a reader's relation is dropped when drop leads keep by more than
 * {@link #DROP_MARGIN} (off unless set).
 * <p>
 * The model is {@code data/document-relations22.tsv} (the text format of {@link LearnedRoots#parse}), trained on the
 * development articles' gold by {@code releng/scripts/train-docrel22.sh} ({@code syntax.train.DocumentPairTrainer});
 * read once per JVM. {@code -Dsourcebench.docPairs.model=FILE} reads another model, {@code
 * -Dsourcebench.docPairs.margin=M} and {@code -Dsourcebench.docPairs.dropMargin=M} set the margins, {@code
 * -Dsourcebench.docPairs.roots=R,...} the roots that may be added. Stateless and
 * thread-safe (the training dump is per thread).
 */
public final class DocumentPairs {

	/** The switch. */
	public static final String NAME = "relations.document-pairs";
	/** The model's class-path entry. */
	public static final String MODEL = "data/document-relations22.tsv";
	/** The first feature of a dumped row: the candidate's root. */
	public static final String ROOT = "root=";
	/** The second feature of a dumped row: whether the readers emit the candidate ({@code rdr=1}) or not. */
	public static final String READER = "rdr=";
	/** A candidate is added when keep leads drop by more than this (-10 by cross-validation; 0 since the retraining on batches 1-36: the seed). */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.docPairs.margin", "0"));
	/** A reader's relation is dropped when drop leads keep by more than this. */
	static final float DROP_MARGIN = Float.parseFloat(System.getProperty("sourcebench.docPairs.dropMargin",
			"1e9"));
	/**
	 * The roots an added relation may have: reject, threaten and material conflict (CAMEO 12-20). The verbal roots
	 * 01-11 (statements, appeals, consultations, demands, disapproval) are claim-borne; cross-validated, their
	 * additions stayed below the precision at which typed F1 gains (consult 04: 6 right of 48, disapprove 11: 17 of 70).
	 */
	static final Set<String> ADD_ROOTS = Set.of(System.getProperty("sourcebench.docPairs.roots",
			"12,13,14,15,16,17,18,19,20").split(","));
	/** The confidence of an added relation. */
	static final double CONFIDENCE = 0.3;
	/** Sentences naming more actors are not read (lists). */
	static final int MAX_ACTORS = 10;
	/** The roots a claim of one actor naming another supports (appeal, disapprove, reject). */
	private static final List<String> CLAIM_ROOTS = List.of("02", "11", "12");
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.docPairs.model";
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();

	private DocumentPairs() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/** Sends this thread's candidates to {@code sink} (the trainer's dump), or stops when null. */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** One ordered pair's aggregate over the document. */
	private static final class Pair {
		final DocActor from;
		final DocActor to;
		int sentences;
		int unasserted;
		boolean first;
		int claims;
		final Set<String> cues = new TreeSet<>();
		int[] claimSpan;
		int[] firstSpan;
		/** Per root: the co-occurrences whose path words give it, whose top word gives it, the first such span. */
		final Map<String, int[]> pathRoots = new TreeMap<>();
		final Map<String, int[]> rootSpan = new HashMap<>();
		/** Per root: the path words and top words giving it. */
		final Map<String, Set<String>> rootWords = new HashMap<>();
		/** Per root: the co-occurrences in whose sentence any verb or noun gives it, and those words. */
		final Map<String, int[]> sentenceRoots = new TreeMap<>();
		final Map<String, Set<String>> sentenceWords = new HashMap<>();
		final Set<String> lcas = new TreeSet<>();
		final Set<String> shapes = new TreeSet<>();
		final Set<String> deps = new TreeSet<>();
		final Set<String> between = new TreeSet<>();
		final Set<String> claimSides = new TreeSet<>();

		Pair(DocActor from, DocActor to) {
			this.from = from;
			this.to = to;
		}
	}

	/** A (pair, root) candidate: its ends, root, evidence span, the reader's relation (or null) and features. */
	record Candidate(String from, String to, String root, int begin, int end, ExtractedRelationship reader,
			List<String> features) {
	}

	/**
	 * Reads the document's pairs: passes every candidate to this thread's dump (when set) and, with the switch on,
	 * adds the relations the model holds and drops the readers' relations it rejects (in place).
	 */
	public static void apply(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel) {
		LearnedRoots.Sink sink = DUMP.sink();
		boolean on = Mechanisms.on(NAME);
		if (!on && sink == null || sentences.isEmpty()) {
			return;
		}
		List<Candidate> cands = candidates(body, sentences, actors, claims, rel);
		if (sink != null) {
			for (Candidate c : cands) {
				sink.accept(new LearnedRoots.Candidate(c.from(), c.to(), c.begin(), c.end(), c.features()));
			}
		}
		if (!on || cands.isEmpty()) {
			return;
		}
		List<ExtractedRelationship> added = new ArrayList<>();
		Set<ExtractedRelationship> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (Candidate c : cands) {
			float lead = LearnedActorFilter.lead(Holder.MODEL_INSTANCE, c.features()); // drop over keep
			if (c.reader() == null && -lead > MARGIN && ADD_ROOTS.contains(c.root())) {
				added.add(new ExtractedRelationship(c.from(), c.to(), c.root(), TextSpan.of(body, c.begin(), c.end()),
						CONFIDENCE));
			} else if (c.reader() != null && lead > DROP_MARGIN) {
				dropped.add(c.reader());
			}
		}
		if (!dropped.isEmpty()) {
			rel.removeIf(dropped::contains);
		}
		rel.addAll(added);
		if (added.size() + dropped.size() > 0) {
			Mechanisms.fired(NAME, added.size() + dropped.size());
		}
	}

	/** The document's (pair, root) candidates, in the order the pairs are first met, roots in code order. */
	static List<Candidate> candidates(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel) {
		Map<String, Pair> pairs = new LinkedHashMap<>();
		int title = body.indexOf('\n');
		int sentenceNo = 0;
		for (ParsedSentence s : sentences) {
			if (s.size() == 0) {
				continue;
			}
			sentenceNo++;
			int sb = s.start(0);
			int se = s.end(s.size() - 1);
			List<Integer> heads = new ArrayList<>();
			List<DocActor> who = LearnedRoots.namedIn(s, actors, heads);
			LearnedRoots.adjectiveEnds(s, actors, who, heads);
			if (who.size() < 2 || who.size() > MAX_ACTORS) {
				continue;
			}
			String claim = LearnedRoots.speakerOver(claims, sb, se);
			boolean lead = sentenceNo <= 2 || title > 0 && sb < title;
			Map<String, Set<String>> sentenceRoots = sentenceRoots(s);
			for (int i = 0; i < who.size(); i++) {
				for (int j = 0; j < who.size(); j++) {
					DocActor f = who.get(i);
					DocActor t = who.get(j);
					if (i == j || ParsedRelationReader.partOf(f, t) || ParsedRelationReader.partOf(t, f)) {
						continue;
					}
					Pair p = pairs.computeIfAbsent(f.name() + "\t" + t.name(), k -> new Pair(f, t));
					int a = heads.get(i);
					int b = heads.get(j);
					p.sentences++;
					p.first |= lead;
					if (p.firstSpan == null) {
						p.firstSpan = new int[] {sb, se};
					}
					if (LearnedRoots.unasserted(s, a, b, heads)) {
						p.unasserted++;
					}
					List<String> feats = new ArrayList<>();
					LearnedRoots.pairFeatures(s, a, b, f, t, who.size(), claim, null, feats);
					Set<String> here = new TreeSet<>();
					for (String x : feats) {
						if (x.startsWith("pd=") || x.startsWith("lcad=")) {
							String r = x.substring(x.indexOf('=') + 1);
							int[] n = p.pathRoots.computeIfAbsent(r, k -> new int[2]);
							if (here.add(x)) {
								n[x.startsWith("pd=") ? 0 : 1]++;
							}
							p.rootSpan.putIfAbsent(r, new int[] {sb, se});
						} else if (x.startsWith("lca=")) {
							p.lcas.add(x.substring(4));
						} else if (x.startsWith("shape=")) {
							p.shapes.add(x.substring(6));
						} else if (x.startsWith("fdep|tdep=")) {
							p.deps.add(x.substring(10));
						} else if (x.startsWith("btw=")) {
							p.between.add(x.substring(4));
						} else if (x.startsWith("claim=")) {
							p.claimSides.add(x.substring(6));
						}
					}
					words(s, a, b, p);
					for (Map.Entry<String, Set<String>> r : sentenceRoots.entrySet()) {
						p.sentenceRoots.computeIfAbsent(r.getKey(), k -> new int[1])[0]++;
						p.sentenceWords.computeIfAbsent(r.getKey(), k -> new TreeSet<>()).addAll(r.getValue());
						p.rootSpan.putIfAbsent("s" + r.getKey(), new int[] {sb, se});
					}
				}
			}
		}
		// claims of one actor whose text names another
		for (ExtractedClaim c : claims) {
			DocActor sp = actors.byName(c.speaker());
			if (sp == null || c.evidence() == null) {
				continue;
			}
			Set<DocActor> named = new java.util.LinkedHashSet<>();
			for (ActorMention m : actors.within(c.evidence().begin(), c.evidence().end())) {
				if (m.actor() != sp && actors.byName(m.actor().name()) == m.actor()) {
					named.add(m.actor());
				}
			}
			for (DocActor t : named) {
				if (ParsedRelationReader.partOf(sp, t) || ParsedRelationReader.partOf(t, sp)) {
					continue;
				}
				Pair p = pairs.computeIfAbsent(sp.name() + "\t" + t.name(), k -> new Pair(sp, t));
				p.claims++;
				if (c.cue() != null) {
					p.cues.add(c.cue().toLowerCase(Locale.ROOT).replace(' ', '_'));
				}
				if (p.claimSpan == null) {
					p.claimSpan = new int[] {c.evidence().begin(), c.evidence().end()};
				}
			}
		}
		// the readers' relations
		Map<String, List<ExtractedRelationship>> readers = new LinkedHashMap<>();
		for (ExtractedRelationship r : rel) {
			readers.computeIfAbsent(r.from() + "\t" + r.to(), k -> new ArrayList<>()).add(r);
			DocActor f = actors.byName(r.from());
			DocActor t = actors.byName(r.to());
			if (f != null && t != null && f != t) {
				pairs.computeIfAbsent(r.from() + "\t" + r.to(), k -> new Pair(f, t));
			}
		}
		List<Candidate> out = new ArrayList<>();
		for (Map.Entry<String, Pair> e : pairs.entrySet()) {
			Pair p = e.getValue();
			List<ExtractedRelationship> own = readers.getOrDefault(e.getKey(), List.of());
			List<ExtractedRelationship> reverse = readers.getOrDefault(p.to.name() + "\t" + p.from.name(), List.of());
			TreeMap<String, ExtractedRelationship> roots = new TreeMap<>();
			for (String r : p.pathRoots.keySet()) {
				roots.put(r, null);
			}
			for (String r : p.sentenceRoots.keySet()) {
				roots.put(r, null);
			}
			for (ExtractedRelationship r : reverse) {
				roots.putIfAbsent(r.root(), null);
			}
			if (p.claims > 0) {
				for (String r : CLAIM_ROOTS) {
					roots.putIfAbsent(r, null);
				}
			}
			for (ExtractedRelationship r : own) {
				roots.put(r.root(), r);
			}
			List<String> common = common(p, actors, own, reverse);
			for (Map.Entry<String, ExtractedRelationship> r : roots.entrySet()) {
				String root = r.getKey();
				if (root.length() != 2 || !Character.isDigit(root.charAt(0))) {
					continue;
				}
				int[] span = p.rootSpan.get(root);
				if (span == null) {
					span = p.rootSpan.get("s" + root);
				}
				if (span == null) {
					span = p.firstSpan != null ? p.firstSpan : p.claimSpan;
				}
				ExtractedRelationship reader = r.getValue();
				if (reader != null && reader.evidence() != null) {
					span = new int[] {reader.evidence().begin(), reader.evidence().end()};
				}
				if (span == null) {
					span = new int[] {0, 0};
				}
				out.add(new Candidate(p.from.name(), p.to.name(), root, span[0], span[1], reader,
						features(p, root, reader, own, reverse, common)));
			}
		}
		return out;
	}

	/** The dictionary roots of a sentence's verbs and nouns, each with the lemmas giving it. */
	private static Map<String, Set<String>> sentenceRoots(ParsedSentence s) {
		Map<String, Set<String>> out = new TreeMap<>();
		for (int x = 0; x < s.size(); x++) {
			String pos = s.pos(x);
			if (!pos.equals("VERB") && !pos.equals("NOUN")) {
				continue;
			}
			String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
			for (String r : LearnedRoots.dictionaryRoots(lemma, pos)) {
				out.computeIfAbsent(r, k -> new TreeSet<>()).add(lemma);
			}
		}
		return out;
	}

	/** The path words giving a root (their lemma per root) of one co-occurrence. */
	private static void words(ParsedSentence s, int a, int b, Pair p) {
		List<Integer> path = LearnedRoots.path(s, a, b);
		if (path == null) {
			return;
		}
		for (int x : path) {
			if (x == a || x == b) {
				continue;
			}
			String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
			for (String r : LearnedRoots.dictionaryRoots(lemma, s.pos(x))) {
				p.rootWords.computeIfAbsent(r, k -> new TreeSet<>()).add(lemma);
			}
		}
	}

	/** The features of a pair shared by its roots (each is also conjoined with the root). */
	private static List<String> common(Pair p, DocActors actors, List<ExtractedRelationship> own,
			List<ExtractedRelationship> reverse) {
		List<String> f = new ArrayList<>();
		f.add("fk|tk=" + p.from.kind() + "|" + p.to.kind());
		f.add("n=" + bucket(p.sentences));
		f.add("first=" + p.first);
		f.add("unas=" + (p.sentences == 0 ? "na" : p.unasserted == 0 ? "none" : p.unasserted == p.sentences ? "all"
				: "some"));
		f.add("cl=" + bucket(p.claims));
		f.add("order=" + (firstMention(p.from) <= firstMention(p.to) ? "ft" : "tf"));
		f.add("mf=" + bucket(p.from.spans().size()));
		f.add("mt=" + bucket(p.to.spans().size()));
		f.add("uf=" + DocActor.isUnnamed(p.from.name()) + "|" + DocActor.isUnnamed(p.to.name()));
		f.add("own=" + Math.min(own.size(), 3));
		f.add("rev=" + Math.min(reverse.size(), 3));
		for (String c : p.claimSides) {
			f.add("cs=" + c);
		}
		return f;
	}

	/** One candidate's features: first {@link #ROOT} and {@link #READER}, then the rest in a fixed order. */
	private static List<String> features(Pair p, String root, ExtractedRelationship reader,
			List<ExtractedRelationship> own, List<ExtractedRelationship> reverse, List<String> common) {
		TreeSet<String> f = new TreeSet<>();
		f.add("bias");
		f.add("r=" + root);
		for (String c : common) {
			f.add(c);
			f.add(c + "|" + root);
		}
		String rd = reader == null ? "0" : "1";
		f.add("rd=" + rd);
		f.add("rd|r=" + rd + "|" + root);
		if (reader != null) {
			String conf = String.format(Locale.ROOT, "%.2f", Math.round(reader.confidence() * 10) / 10.0);
			f.add("conf=" + conf);
			f.add("conf|r=" + conf + "|" + root);
			f.add("code|r=" + reader.cameoCode() + "|" + rd);
		}
		for (ExtractedRelationship o : own) {
			if (!o.root().equals(root)) {
				f.add("ro=" + o.root() + "|" + root);
			}
		}
		for (ExtractedRelationship o : reverse) {
			f.add("rv=" + o.root() + "|" + root);
			if (o.root().equals(root)) {
				f.add("rvsame");
			}
		}
		int[] n = p.pathRoots.get(root);
		f.add("pd#=" + (n == null ? "0" : bucket(n[0])) + "|" + root);
		f.add("lcad#=" + (n == null ? "0" : bucket(n[1])) + "|" + root);
		f.add("sup=" + (n == null ? "0" : n[0] + n[1] >= 2 ? "2" : "1") + "|" + rd);
		f.add("nroots=" + Math.min(p.pathRoots.size(), 4));
		int[] sn = p.sentenceRoots.get(root);
		f.add("sd#=" + (sn == null ? "0" : bucket(sn[0])) + "|" + root);
		f.add("path|sent=" + (n != null) + "|" + (sn != null));
		f.add("path|sent|rd=" + (n != null) + "|" + (sn != null) + "|" + rd);
		for (String w : p.sentenceWords.getOrDefault(root, Set.of())) {
			f.add("sw=" + w + "|" + root);
		}
		for (String w : p.rootWords.getOrDefault(root, Set.of())) {
			f.add("w=" + w + "|" + root);
			f.add("w=" + w);
		}
		for (String l : p.lcas) {
			f.add("lca=" + l + "|" + root);
		}
		for (String s : p.shapes) {
			f.add("shape=" + s + "|" + root);
		}
		for (String d : p.deps) {
			f.add("dep=" + d + "|" + root);
		}
		for (String b : p.between) {
			f.add("btw=" + b + "|" + root);
		}
		for (String c : p.cues) {
			f.add("cue=" + c + "|" + root);
		}
		if (p.claims > 0) {
			f.add("claim|r=" + root + "|" + (CLAIM_ROOTS.contains(root) ? "c" : "o"));
		}
		List<String> out = new ArrayList<>();
		out.add(ROOT + root);
		out.add(READER + rd);
		for (String x : f) {
			out.add(x.replace(' ', '_').replace('\t', '_'));
		}
		return out;
	}

	private static int firstMention(DocActor a) {
		int first = Integer.MAX_VALUE;
		for (int[] s : a.spans()) {
			first = Math.min(first, s[0]);
		}
		return first;
	}

	private static String bucket(int n) {
		return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : "6+";
	}
}
