package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The learned relation filter (switch {@code relations.learned-filter}): after every reader and the other learned
 * components have run, each relation the engine would emit (the rule readers' and the learned proposer's) is read by
 * an averaged perceptron and dropped when the model's score for "drop" (gold does not hold it typed) leads "keep" by
 * more than the margin. Its features describe the relation's two ENDS as the learned actor filter sees actors (the
 * readers that made each one, {@link DocActor#readers()}, its kind, mentions, whether it speaks a claim, the actor
 * filter's own score), the relation itself (the stage that made it — window rules, parse reader, claim stances, the
 * learned proposer —, its CAMEO root and code, its confidence, whether the same pair, the reverse pair or the same
 * sentence holds other relations), its evidence (modal, future, negated or conditional words, a quotation, a claim
 * around it, where it stands) and the dependency path between the ends in the evidence's sentence (the learned
 * proposer's pair features, {@link LearnedRoots}).
 * <p>
 * The model is {@code data/relation-filter.tsv} (the text format of {@link LearnedRoots#parse}, outcomes {@code keep}
 * and {@code drop}), trained on the development sets' gold by {@code releng/scripts/train-relfilter20.sh}
 * ({@code syntax.train.RelationFilterTrainer}); read once per JVM. {@code -Dsourcebench.relationFilter.model=FILE}
 * reads another model (the cross-validation folds), {@code -Dsourcebench.relationFilter.margin=M} sets the margin.
 * Stateless and thread-safe.
 */
public final class LearnedRelationFilter {

	/** The switch. */
	public static final String NAME = "relations.learned-filter";
	/** The model's class-path entry. */
	public static final String MODEL = "data/relation-filter.tsv";
	public static final String KEEP = "keep";
	public static final String DROP = "drop";
	/** The first feature of each dumped row: the relation's CAMEO code (the labeller's key). */
	public static final String MARK = "code=";
	/**
	 * A relation is dropped when drop's score exceeds keep's by more than this: 110 since the model was retrained on
	 * batches 1-33 (the lowest that keeps the seed's relations; its cross-validation is flat from 90 to 120), 100 before.
	 */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.relationFilter.margin", "110"));
	/** As the actor filter: shorter bodies are not filtered (the model knows news articles only). */
	static final int MIN_LENGTH = 800;
	/** The stage name of the learned proposer's relations, which the filter leaves alone. */
	public static final String LEARNED = "learned";
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.relationFilter.model";
	private static final Set<String> MODAL = Set.of("will", "would", "could", "may", "might", "should", "can", "if",
			"not", "n't", "no", "never", "threatened", "threatens", "threaten", "plans", "planned", "plan", "wants",
			"want", "seeks", "sought", "urged", "called", "demanded", "warned", "accused", "denied", "refused",
			"reportedly", "allegedly", "ready", "prepared", "intends", "vowed", "pledged", "promised", "offered");

	private LearnedRelationFilter() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
	}

	/** Whether the filter runs (the switch; the actors' readers are recorded then). */
	public static boolean on() {
		return Mechanisms.on(NAME);
	}

	/**
	 * Reads every relation: passes its row to {@code sink} (when not null) and, with the switch on, drops those the
	 * model rejects (in place). {@code sources} names the stage that made each relation ({@link #key}).
	 */
	public static void apply(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel, List<ExtractedLocation> locs,
			Map<String, String> sources, Map<String, Float> actorLeads, LearnedRoots.Sink sink) {
		boolean on = on() && body.length() >= MIN_LENGTH;
		if (rel.isEmpty() || !on && sink == null) {
			return;
		}
		// the actor filter's scores as it read the actors (computed here only when it did not run)
		Map<String, Float> leads = actorLeads != null && !actorLeads.isEmpty() ? actorLeads
				: LearnedActorFilter.leads(body, actors, claims, rel, locs);
		Map<ExtractedRelationship, ParsedSentence> at = new IdentityHashMap<>();
		for (ExtractedRelationship r : rel) {
			at.put(r, sentenceOf(sentences, begin(r)));
		}
		List<ExtractedRelationship> kept = new ArrayList<>();
		int dropped = 0;
		for (ExtractedRelationship r : rel) {
			if (LEARNED.equals(sources.get(key(r)))) { // the proposer's own: its model is trained on these articles
				kept.add(r);
				continue;
			}
			List<String> f = features(body, at, actors, claims, rel, sources, leads, r);
			if (sink != null) {
				sink.accept(new LearnedRoots.Candidate(r.from(), r.to(), begin(r), r.evidence() == null ? -1
						: r.evidence().end(), f));
			}
			if (on && LearnedActorFilter.lead(Holder.MODEL_INSTANCE, f) > MARGIN) {
				dropped++;
			} else {
				kept.add(r);
			}
		}
		if (dropped > 0) {
			rel.clear();
			rel.addAll(kept);
			Mechanisms.fired(NAME, dropped);
		}
	}

	/** The key under which the engine records a relation's stage: code, evidence begin and end (renames keep it). */
	public static String key(ExtractedRelationship r) {
		return r.cameoCode() + "@" + begin(r) + "-" + (r.evidence() == null ? -1 : r.evidence().end());
	}

	private static int begin(ExtractedRelationship r) {
		return r.evidence() == null ? -1 : r.evidence().begin();
	}

	/** The actor filter's lead (drop over keep) as a coarse bucket. */
	static String leadBucket(Float lead) {
		if (lead == null) {
			return "none";
		}
		float l = lead;
		return l < -100 ? "<-100" : l < -60 ? "<-60" : l < -35 ? "<-35" : l < -20 ? "<-20" : l < -10 ? "<-10"
				: l < 0 ? "<0" : l <= 3 ? "<=3" : ">3";
	}

	/** The features of one relation (first {@link #MARK} and its code; in a fixed order). */
	static List<String> features(String body, Map<ExtractedRelationship, ParsedSentence> at, DocActors actors,
			List<ExtractedClaim> claims, List<ExtractedRelationship> rel, Map<String, String> sources,
			Map<String, Float> leads, ExtractedRelationship r) {
		TreeSet<String> f = new TreeSet<>();
		String root = r.root();
		String src = sources.getOrDefault(key(r), "other");
		f.add("bias");
		f.add("root=" + root);
		f.add("code|src=" + r.cameoCode() + "|" + src);
		f.add("src=" + src);
		f.add("src|root=" + src + "|" + root);
		String conf = String.format(Locale.ROOT, "%.2f", Math.round(r.confidence() * 20) / 20.0);
		f.add("conf=" + conf);
		f.add("conf|src=" + conf + "|" + src);
		int same = 0;
		int sentence = 0;
		int evidence = 0;
		ParsedSentence s = at.get(r);
		for (ExtractedRelationship o : rel) {
			if (o == r) {
				continue;
			}
			if (o.from().equals(r.to()) && o.to().equals(r.from())) {
				f.add("rrev=" + o.root() + "|" + root);
			}
			if (o.from().equals(r.from()) && o.to().equals(r.to())) {
				f.add("rother=" + o.root() + "|" + root);
				same++;
			}
			if (o.evidence() != null && r.evidence() != null && o.evidence().begin() == r.evidence().begin()) {
				evidence++;
			}
			if (s != null && at.get(o) == s) {
				sentence++;
			}
		}
		f.add("rsame=" + Math.min(same, 2));
		f.add("rev=" + Math.min(evidence, 3));
		f.add("rsent=" + Math.min(sentence, 4));
		DocActor from = actors.byName(r.from());
		DocActor to = actors.byName(r.to());
		end("f", from, r.from(), claims, leads, root, f);
		end("t", to, r.to(), claims, leads, root, f);
		if (from != null && to != null) {
			f.add("fk|tk|root=" + from.kind() + "|" + to.kind() + "|" + root);
		}
		if (r.evidence() != null) {
			int b = r.evidence().begin();
			int title = body.indexOf('\n');
			f.add("pos=" + (title > 0 && b < title ? "title" : String.valueOf(Math.min(4, 5 * b / Math.max(1,
					body.length())))));
			f.add("quote=" + (b < body.length() && LearnedActorFilter.inQuote(body, b)));
			String ev = r.evidence().text().toLowerCase(Locale.ROOT);
			for (String w : ev.split("[^\\p{L}']+")) {
				if (MODAL.contains(w)) {
					f.add("ev=" + w);
					f.add("ev|root=" + w + "|" + root);
				}
			}
			f.add("evlen=" + Math.min(ev.length() / 60, 5));
			for (ExtractedClaim c : claims) {
				if (c.evidence() != null && c.evidence().begin() < r.evidence().end()
						&& b < c.evidence().end()) {
					f.add(c.speaker().equals(r.from()) ? "claim=bySource" : c.speaker().equals(r.to())
							? "claim=byTarget" : "claim=other");
				}
			}
		}
		if (s == null || from == null || to == null) {
			f.add("noSentence");
			return finish(r, f);
		}
		int sb = s.start(0);
		int se = s.end(s.size() - 1);
		int a = -1;
		int b = -1;
		List<DocActor> seen = new ArrayList<>();
		for (ActorMention m : actors.within(sb, se)) {
			if (!seen.contains(m.actor())) {
				seen.add(m.actor());
			}
			int h = s.headOf(m.begin(), m.end());
			if (h < 0) {
				continue;
			}
			if (m.actor() == from && a < 0) {
				a = h;
			} else if (m.actor() == to && b < 0) {
				b = h;
			}
		}
		if (a < 0 || b < 0 || a == b) {
			f.add(a < 0 && b < 0 ? "ends=none" : a < 0 ? "ends=noFrom" : b < 0 ? "ends=noTo" : "ends=same");
			f.add("ends|src=" + (a < 0 && b < 0 ? "none" : a == b && a >= 0 ? "same" : "one") + "|" + src);
			return finish(r, f);
		}
		List<String> pair = new ArrayList<>();
		LearnedRoots.pairFeatures(s, a, b, from, to, seen.size(), null, null, pair);
		for (String p : pair) {
			if (!p.equals("bias") && !p.startsWith("rev=")) {
				f.add(p);
				if (p.startsWith("lca=") || p.startsWith("shape=") || p.startsWith("lcad=")) {
					f.add(p + "|" + root);
				}
			}
		}
		if (LearnedRoots.unasserted(s, a, b, List.of())) {
			f.add("unasserted");
		}
		return finish(r, f);
	}

	/** One end's features, prefixed {@code p}: as the actor filter reads actors. */
	private static void end(String p, DocActor a, String name, List<ExtractedClaim> claims, Map<String, Float> leads,
			String root, TreeSet<String> f) {
		if (a == null) {
			f.add(p + ":none");
			return;
		}
		String kind = a.kind() == null ? "none" : a.kind().name().toLowerCase(Locale.ROOT);
		f.add(p + ":k=" + kind);
		f.add(p + ":k|root=" + kind + "|" + root);
		List<String> readers = new ArrayList<>(a.readers());
		String first = readers.isEmpty() ? "none" : readers.get(0);
		f.add(p + ":o=" + first);
		for (String r : readers) {
			f.add(p + ":r=" + r);
		}
		f.add(p + ":nr=" + Math.min(readers.size(), 4));
		f.add(p + ":iso=" + !a.iso().isEmpty());
		f.add(p + ":m=" + bucket(a.spans().size()));
		f.add(p + ":unnamed=" + DocActor.isUnnamed(name));
		int speaks = 0;
		for (ExtractedClaim c : claims) {
			if (c.speaker().equals(name)) {
				speaks++;
			}
		}
		f.add(p + ":spk=" + bucket(speaks));
		String lead = leadBucket(leads.get(name));
		f.add(p + ":afl=" + lead);
		f.add(p + ":afl|k=" + lead + "|" + kind);
		String[] words = name.split("\\s+");
		f.add(p + ":h=" + words[words.length - 1].toLowerCase(Locale.ROOT));
	}

	private static List<String> finish(ExtractedRelationship r, TreeSet<String> f) {
		List<String> out = new ArrayList<>();
		out.add(MARK + r.cameoCode());
		for (String x : f) {
			out.add(x.replace(' ', '_').replace('\t', '_'));
		}
		return out;
	}

	private static String bucket(int n) {
		return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : "6+";
	}

	private static ParsedSentence sentenceOf(List<ParsedSentence> sentences, int at) {
		for (ParsedSentence x : sentences) {
			if (x.size() > 0 && x.start(0) <= at && at < x.end(x.size() - 1)) {
				return x;
			}
		}
		return null;
	}
}
