package org.sourcebench.extract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;

/**
 * A Java port of the parts of shared/eval/score.py that the targets use: actors and locations (greedy alignment
 * of name sets), attributed claims (token-F1 ≥ 0.5, greedy, right speaker through the actor alignment) and typed
 * relationships (maximum matching of (from, to, CAMEO root)). Counts add up over documents (micro average).
 */
final class GoldScorer {

	/** tp / predicted / gold of one category. */
	static final class Count {
		int tp;
		int pred;
		int gold;

		double f1() {
			if (pred == 0 && gold == 0) {
				return 1;
			}
			double p = pred == 0 ? 0 : (double) tp / pred;
			double r = gold == 0 ? 0 : (double) tp / gold;
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format("F1 %.3f (%d/%d/%d)", f1(), tp, pred, gold);
		}
	}

	final Count actors = new Count();
	final Count locations = new Count();
	final Count claims = new Count();
	final Count relations = new Count();

	private record Ent(String nname, Set<String> names) {
	}

	private record Pair(int p, int g) {
	}

	@SuppressWarnings("unchecked")
	void add(Map<String, Object> gold, DocumentExtraction pred) {
		List<Ent> ga = goldEntities((List<Object>) gold.get("actors"));
		List<Ent> pa = new ArrayList<>();
		for (ExtractedActor a : pred.actors()) {
			pa.add(ent(a.name(), a.mentions()));
		}
		List<Pair> apairs = align(pa, ga);
		count(actors, apairs.size(), pa.size(), ga.size());
		List<Ent> gl = goldEntities((List<Object>) gold.get("locations"));
		List<Ent> pl = new ArrayList<>();
		for (ExtractedLocation l : pred.locations()) {
			pl.add(ent(l.name(), l.mentions()));
		}
		count(locations, align(pl, gl).size(), pl.size(), gl.size());

		Map<String, Set<String>> byName = new HashMap<>();
		Map<String, Set<String>> byMention = new HashMap<>();
		for (Pair p : apairs) {
			Ent e = pa.get(p.p());
			String g = ga.get(p.g()).nname();
			byName.computeIfAbsent(e.nname(), k -> new HashSet<>()).add(g);
			for (String n : e.names()) {
				byMention.computeIfAbsent(n, k -> new HashSet<>()).add(g);
			}
		}
		java.util.function.Function<String, Set<String>> mapper = s -> {
			String n = ScoreNormalizer.norm(s);
			Set<String> out = new HashSet<>(Set.of(n));
			if (byName.containsKey(n)) {
				out.addAll(byName.get(n));
			} else if (byMention.getOrDefault(n, Set.of()).size() == 1) {
				out.addAll(byMention.get(n));
			}
			return out;
		};
		scoreClaims((List<Object>) gold.get("claims"), pred.claims(), mapper);
		scoreRelations((List<Object>) gold.get("relationships"), pred.relationships(), mapper);
	}

	private static void count(Count c, int tp, int pred, int gold) {
		c.tp += tp;
		c.pred += pred;
		c.gold += gold;
	}

	@SuppressWarnings("unchecked")
	private static List<Ent> goldEntities(List<Object> list) {
		List<Ent> out = new ArrayList<>();
		for (Object o : list) {
			Map<String, Object> m = (Map<String, Object>) o;
			Set<String> names = new LinkedHashSet<>();
			for (Object x : (List<Object>) m.get("mentions")) {
				String t = x instanceof Map ? (String) ((Map<String, Object>) x).get("text") : (String) x;
				names.add(ScoreNormalizer.norm(t));
			}
			String n = ScoreNormalizer.norm((String) m.get("name"));
			names.add(n);
			names.remove("");
			out.add(new Ent(n, names));
		}
		return out;
	}

	private static Ent ent(String name, List<TextSpan> mentions) {
		Set<String> names = new LinkedHashSet<>();
		mentions.forEach(s -> names.add(ScoreNormalizer.norm(s.text())));
		String n = ScoreNormalizer.norm(name);
		names.add(n);
		names.remove("");
		return new Ent(n, names);
	}

	/** Greedy one-to-one: largest intersection, then exact name, then Jaccard, then order. */
	private static List<Pair> align(List<Ent> pred, List<Ent> gold) {
		record Cand(int inter, boolean exact, double jac, int p, int g) {
		}
		List<Cand> cands = new ArrayList<>();
		for (int p = 0; p < pred.size(); p++) {
			for (int g = 0; g < gold.size(); g++) {
				Set<String> inter = new HashSet<>(pred.get(p).names());
				inter.retainAll(gold.get(g).names());
				if (!inter.isEmpty()) {
					Set<String> union = new HashSet<>(pred.get(p).names());
					union.addAll(gold.get(g).names());
					cands.add(new Cand(inter.size(), pred.get(p).nname().equals(gold.get(g).nname()),
							(double) inter.size() / union.size(), p, g));
				}
			}
		}
		cands.sort(Comparator.comparingInt((Cand c) -> -c.inter()).thenComparing(c -> !c.exact())
				.thenComparingDouble(c -> -c.jac()).thenComparingInt(Cand::p).thenComparingInt(Cand::g));
		Set<Integer> usedP = new HashSet<>();
		Set<Integer> usedG = new HashSet<>();
		List<Pair> out = new ArrayList<>();
		for (Cand c : cands) {
			if (usedP.contains(c.p()) || usedG.contains(c.g())) {
				continue;
			}
			usedP.add(c.p());
			usedG.add(c.g());
			out.add(new Pair(c.p(), c.g()));
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private void scoreClaims(List<Object> gold, List<ExtractedClaim> pred,
			java.util.function.Function<String, Set<String>> mapper) {
		record Cand(double f, boolean spk, int p, int g) {
		}
		List<Cand> cands = new ArrayList<>();
		for (int p = 0; p < pred.size(); p++) {
			List<String> pt = ScoreNormalizer.tokens(pred.get(p).text());
			Set<String> ps = mapper.apply(pred.get(p).speaker());
			for (int g = 0; g < gold.size(); g++) {
				Map<String, Object> gc = (Map<String, Object>) gold.get(g);
				double f = ScoreNormalizer.tokenF1(pt, ScoreNormalizer.tokens((String) gc.get("text")));
				if (f >= 0.5) {
					cands.add(new Cand(f, ps.contains(ScoreNormalizer.norm((String) gc.get("speaker"))), p, g));
				}
			}
		}
		cands.sort(Comparator.comparingDouble((Cand c) -> -c.f()).thenComparing(c -> !c.spk())
				.thenComparingInt(Cand::p).thenComparingInt(Cand::g));
		Set<Integer> usedP = new HashSet<>();
		Set<Integer> usedG = new HashSet<>();
		int attributed = 0;
		for (Cand c : cands) {
			if (usedP.contains(c.p()) || usedG.contains(c.g())) {
				continue;
			}
			usedP.add(c.p());
			usedG.add(c.g());
			attributed += c.spk() ? 1 : 0;
		}
		count(claims, attributed, pred.size(), gold.size());
	}

	/** The two-digit CAMEO root, as score.py's cameo_root compares codes ("190" and "19" agree). */
	private static String root(String code) {
		String c = code.strip();
		return c.length() == 1 ? "0" + c : c.length() > 2 ? c.substring(0, 2) : c;
	}

	@SuppressWarnings("unchecked")
	private void scoreRelations(List<Object> gold, List<ExtractedRelationship> pred,
			java.util.function.Function<String, Set<String>> mapper) {
		List<List<Integer>> adj = new ArrayList<>();
		for (ExtractedRelationship r : pred) {
			Set<String> from = mapper.apply(r.from());
			Set<String> to = mapper.apply(r.to());
			List<Integer> ok = new ArrayList<>();
			for (int g = 0; g < gold.size(); g++) {
				Map<String, Object> gr = (Map<String, Object>) gold.get(g);
				if (from.contains(ScoreNormalizer.norm((String) gr.get("from")))
						&& to.contains(ScoreNormalizer.norm((String) gr.get("to")))
						&& r.root().equals(root(String.valueOf(gr.get("cameo"))))) {
					ok.add(g);
				}
			}
			adj.add(ok);
		}
		Map<Integer, Integer> matchR = new HashMap<>();
		int tp = 0;
		for (int i = 0; i < pred.size(); i++) {
			if (augment(i, adj, matchR, new HashSet<>())) {
				tp++;
			}
		}
		count(relations, tp, pred.size(), gold.size());
	}

	private static boolean augment(int i, List<List<Integer>> adj, Map<Integer, Integer> matchR, Set<Integer> seen) {
		for (int j : adj.get(i)) {
			if (!seen.add(j)) {
				continue;
			}
			if (!matchR.containsKey(j) || augment(matchR.get(j), adj, matchR, seen)) {
				matchR.put(j, i);
				return true;
			}
		}
		return false;
	}
}
