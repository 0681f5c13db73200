package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A learned keep/drop filter of the rule readers' relations (switch {@code relations.learned-keep}): an averaged
 * perceptron trained on the dev articles' gold ({@code syntax.train.RelationRootTrainer}, {@code
 * releng/scripts/train-relation-roots.sh --keep}) reads each relation the rules emitted — its root and confidence,
 * and the features the learned proposer reads for its pair in its evidence's sentence ({@link LearnedRoots}) — and
 * predicts whether gold holds it typed ("keep") or not ("drop"). A relation is dropped only where the lead of "drop"
 * over "keep" exceeds the margin (chosen by article-level cross-validation over dev). The model is
 * {@code data/relation-keep.tsv}, read once per JVM. Stateless and thread-safe.
 */
public final class LearnedKeep {

	/** The switch. */
	public static final String NAME = "relations.learned-keep";
	/** The model's class-path entry. */
	public static final String MODEL = "data/relation-keep.tsv";
	/** The lead of "drop" over "keep" a dropped relation must exceed. */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.learnedKeep.margin", "0"));
	/** The outcomes. */
	public static final String KEEP = "keep";
	public static final String DROP = "drop";
	/** The first feature of a dumped rule relation (the trainer's dump shares the proposer's sink). */
	public static final String MARK = "rule=";

	private LearnedKeep() {
	}

	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = LearnedRoots.read(MODEL);
	}

	/**
	 * Drops from the first {@code ruleCount} relations of {@code rel} (the rule readers') those the model is confident
	 * gold does not hold; the sink, when not null, receives every one first (as a candidate whose first feature is
	 * {@link #MARK} and the root).
	 */
	public static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rel, int ruleCount, LearnedRoots.Sink sink) {
		if (sentences.isEmpty() || ruleCount == 0 || sink == null && !Mechanisms.on(NAME)) {
			return;
		}
		List<ExtractedRelationship> rules = new ArrayList<>(rel.subList(0, ruleCount));
		List<LearnedRoots.Candidate> rows = new ArrayList<>();
		for (ExtractedRelationship r : rules) {
			rows.add(new LearnedRoots.Candidate(r.from(), r.to(), r.evidence() == null ? -1 : r.evidence().begin(),
					r.evidence() == null ? -1 : r.evidence().end(), features(sentences, actors, claims, rules, r)));
		}
		if (sink != null) {
			rows.forEach(sink::accept);
		}
		if (!Mechanisms.on(NAME)) {
			return;
		}
		LinearModel model = Holder.MODEL_INSTANCE;
		List<ExtractedRelationship> kept = new ArrayList<>();
		int dropped = 0;
		for (int i = 0; i < rules.size(); i++) {
			if (drop(model, rows.get(i).features(), MARGIN)) {
				dropped++;
			} else {
				kept.add(rules.get(i));
			}
		}
		if (dropped > 0) {
			List<ExtractedRelationship> rest = new ArrayList<>(rel.subList(ruleCount, rel.size()));
			rel.clear();
			rel.addAll(kept);
			rel.addAll(rest);
			Mechanisms.fired(NAME, dropped);
		}
	}

	/** Whether the model drops a relation with these features: the lead of "drop" over "keep" exceeds the margin. */
	public static boolean drop(LinearModel model, List<String> features, float margin) {
		String[] outcomes = model.outcomes();
		float[] scores = LearnedRoots.scores(model, features);
		float keep = 0;
		float drop = 0;
		for (int k = 0; k < outcomes.length; k++) {
			if (outcomes[k].equals(KEEP)) {
				keep = scores[k];
			} else if (outcomes[k].equals(DROP)) {
				drop = scores[k];
			}
		}
		return drop - keep > margin;
	}

	/**
	 * A rule relation's features: its root and confidence, whether the reverse pair and another root of the same pair
	 * are related, and the proposer's pair features in the sentence of its evidence (when both ends are named
	 * there).
	 */
	static List<String> features(List<ParsedSentence> sentences, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> rules, ExtractedRelationship r) {
		List<String> f = new ArrayList<>();
		String root = r.root();
		f.add(MARK + root);
		f.add("bias");
		f.add("conf=" + String.format(Locale.ROOT, "%.2f", r.confidence()));
		f.add("conf|root=" + String.format(Locale.ROOT, "%.2f", r.confidence()) + "|" + root);
		int same = 0;
		for (ExtractedRelationship o : rules) {
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
		}
		f.add("rsame=" + Math.min(same, 2));
		ParsedSentence s = null;
		int at = r.evidence() == null ? -1 : r.evidence().begin();
		for (ParsedSentence x : sentences) {
			if (x.size() > 0 && x.start(0) <= at && at < x.end(x.size() - 1)) {
				s = x;
				break;
			}
		}
		DocActor from = actors.byName(r.from());
		DocActor to = actors.byName(r.to());
		if (from != null && to != null) {
			f.add("fk|tk|root=" + from.kind() + "|" + to.kind() + "|" + root);
		}
		if (s == null || from == null || to == null) {
			f.add("noSentence");
			return clean(f);
		}
		int sb = s.start(0);
		int se = s.end(s.size() - 1);
		int a = -1;
		int b = -1;
		int n = 0;
		List<DocActor> seen = new ArrayList<>();
		for (ActorMention m : actors.within(sb, se)) {
			if (!seen.contains(m.actor())) {
				seen.add(m.actor());
				n++;
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
			return clean(f);
		}
		String claim = null;
		for (ExtractedClaim c : claims) {
			if (c.evidence() != null && c.evidence().begin() < se && sb < c.evidence().end()) {
				claim = c.speaker();
				break;
			}
		}
		List<String> pair = new ArrayList<>();
		LearnedRoots.pairFeatures(s, a, b, from, to, n, claim, null, pair);
		for (String p : pair) {
			if (!p.equals("bias") && !p.startsWith("rev=")) {
				f.add(p);
				if (p.startsWith("lca=") || p.startsWith("shape=") || p.startsWith("lcad=") || p.startsWith("fdep|tdep=")) {
					f.add(p + "|" + root);
				}
			}
		}
		if (LearnedRoots.unasserted(s, a, b, List.of())) {
			f.add("unasserted");
		}
		return clean(f);
	}

	private static List<String> clean(List<String> f) {
		f.replaceAll(x -> x.replace(' ', '_').replace('\t', '_'));
		return f;
	}
}
