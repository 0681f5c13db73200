package org.sourcebench.extract.syntax.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Multi-class perceptron whose weights are averaged over every update (not once per pass as OpenNLP's trainer
 * does, which makes the model depend on the order of the last events seen: entity F1 moved by 3 points between
 * two shuffles of the same events). Events are visited in a fixed pseudo-random order, reshuffled each pass, so
 * runs repeat. Written as an OpenNLP perceptron model, which {@code LinearModel} reads.
 */
final class AveragedPerceptron {

	private AveragedPerceptron() {
	}

	/**
	 * How many perceptrons the single-seed trainers average ({@code -Dlearned.seeds=K}; the relation proposer, the claim
	 * detector and the two location models): each trained on the same events with the passes shuffled from seed
	 * {@code seed + k} (k = 0 … K-1), their averaged weights averaged again into one model (one weight file: no cost at
	 * run time). Averaging seeds removes most of the shuffle order's variance (retrain-learned.sh, twenty-first session).
	 */
	static final int SEEDS = Integer.getInteger("learned.seeds", 1);
	/**
	 * Added to every trainer's base seed ({@code -Dlearned.seedOffset=N}): the same method with other shuffle orders,
	 * to measure the retraining variance (retrain-learned.sh's seed spread); 0 in use.
	 */
	static final long SEED_OFFSET = Long.getLong("learned.seedOffset", 0L);

	static AbstractModel train(List<Event> events, int iterations, long seed) {
		return train(events, iterations, seed, SEEDS);
	}

	/** {@code seeds} perceptrons, seeds {@code seed + SEED_OFFSET + k}, their weights averaged. */
	static AbstractModel train(List<Event> events, int iterations, long seed, int seeds) {
		Map<String, Integer> predicates = new HashMap<>();
		Map<String, Integer> outcomes = new HashMap<>();
		List<String> predicateNames = new ArrayList<>();
		List<String> outcomeNames = new ArrayList<>();
		int[][] x = new int[events.size()][];
		int[] y = new int[events.size()];
		for (int e = 0; e < events.size(); e++) {
			Event ev = events.get(e);
			y[e] = outcomes.computeIfAbsent(ev.getOutcome(), o -> {
				outcomeNames.add(o);
				return outcomeNames.size() - 1;
			});
			String[] ctx = ev.getContext();
			x[e] = new int[ctx.length];
			for (int k = 0; k < ctx.length; k++) {
				x[e][k] = predicates.computeIfAbsent(ctx[k], p -> {
					predicateNames.add(p);
					return predicateNames.size() - 1;
				});
			}
		}
		int o = outcomeNames.size();
		int p = predicateNames.size();
		double[] mean = new double[p * o];
		for (int k = 0; k < seeds; k++) {
			double[] avg = averaged(x, y, o, p, iterations, seed + SEED_OFFSET + k);
			for (int i = 0; i < mean.length; i++) {
				mean[i] += avg[i] / seeds;
			}
		}
		List<Context> params = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int f = 0; f < p; f++) {
			int nonzero = 0;
			for (int k = 0; k < o; k++) {
				if (Math.abs(mean[f * o + k]) > 1e-4) {
					nonzero++;
				}
			}
			if (nonzero == 0) {
				continue;
			}
			int[] outs = new int[nonzero];
			double[] vals = new double[nonzero];
			int at = 0;
			for (int k = 0; k < o; k++) {
				if (Math.abs(mean[f * o + k]) > 1e-4) {
					outs[at] = k;
					vals[at++] = mean[f * o + k];
				}
			}
			params.add(new Context(outs, vals));
			names.add(predicateNames.get(f));
		}
		return new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]),
				outcomeNames.toArray(new String[0]));
	}

	/** One perceptron's weights averaged over every update, feature-major ({@code f * o + outcome}). */
	private static double[] averaged(int[][] x, int[] y, int o, int p, int iterations, long seed) {
		float[] w = new float[p * o];
		double[] u = new double[p * o]; // sum of step * update, for the average w - u / step
		double[] scores = new double[o];
		int[] order = new int[x.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Random random = new Random(seed);
		long step = 1;
		for (int it = 0; it < iterations; it++) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			int errors = 0;
			for (int e : order) {
				java.util.Arrays.fill(scores, 0);
				for (int f : x[e]) {
					int base = f * o;
					for (int k = 0; k < o; k++) {
						scores[k] += w[base + k];
					}
				}
				int best = 0;
				for (int k = 1; k < o; k++) {
					if (scores[k] > scores[best]) {
						best = k;
					}
				}
				if (best != y[e]) {
					errors++;
					for (int f : x[e]) {
						w[f * o + y[e]] += 1;
						u[f * o + y[e]] += step;
						w[f * o + best] -= 1;
						u[f * o + best] -= step;
					}
				}
				step++;
			}
			System.out.printf("pass %d: %d errors of %d%n", it + 1, errors, x.length);
		}
		double[] avg = new double[p * o];
		for (int i = 0; i < avg.length; i++) {
			avg[i] = w[i] - u[i] / step;
		}
		return avg;
	}
}
