package org.sourcebench.extract.syntax.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.syntax.LinearModel;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;

/**
 * The seed averaging of {@link AveragedPerceptron} (twenty-first session, retrain-learned.sh's {@code RETRAIN_SEEDS}):
 * K perceptrons trained on the same events with the passes shuffled from K seeds, their weights averaged into one
 * model. On noisy made-up events two single-seed models differ, the averaged model is the mean of the single ones,
 * and two averages of other seed sets lie closer together than two single seeds do (the retraining variance shrinks).
 */
class SeedAveragingTest {

	/** 400 events over 30 features, labelled by a noisy linear rule (fixed seed: the same events every run). */
	private static List<Event> events() {
		Random random = new Random(7);
		List<Event> out = new ArrayList<>();
		for (int e = 0; e < 400; e++) {
			List<String> ctx = new ArrayList<>();
			int score = 0;
			for (int f = 0; f < 30; f++) {
				if (random.nextInt(4) == 0) {
					ctx.add("f" + f);
					score += f % 3 == 0 ? 2 : f % 3 == 1 ? -1 : 0;
				}
			}
			boolean keep = score + random.nextGaussian() * 2 > 0;
			out.add(new Event(keep ? "keep" : "drop", ctx.toArray(new String[0])));
		}
		return out;
	}

	private static Map<String, Double> weights(AbstractModel model) {
		Object[] data = model.getDataStructures();
		Context[] params = (Context[]) data[0];
		Map<?, ?> pmap = (Map<?, ?>) data[1];
		String[] outcomes = (String[]) data[2];
		Map<String, Double> out = new TreeMap<>();
		for (Map.Entry<?, ?> e : pmap.entrySet()) {
			Context c = LinearModel.context(e.getValue(), params);
			for (int i = 0; i < c.getOutcomes().length; i++) {
				out.put(e.getKey() + "|" + outcomes[c.getOutcomes()[i]], c.getParameters()[i]);
			}
		}
		return out;
	}

	private static double distance(Map<String, Double> a, Map<String, Double> b) {
		double d = 0;
		for (String k : a.keySet()) {
			d += Math.abs(a.get(k) - b.getOrDefault(k, 0d));
		}
		for (String k : b.keySet()) {
			d += a.containsKey(k) ? 0 : Math.abs(b.get(k));
		}
		return d;
	}

	@Test
	void averagingSeedsIsTheMeanOfTheSingleSeedModels() {
		List<Event> events = events();
		Map<String, Double> one = weights(AveragedPerceptron.train(events, 10, 18, 1));
		Map<String, Double> two = weights(AveragedPerceptron.train(events, 10, 19, 1));
		Map<String, Double> three = weights(AveragedPerceptron.train(events, 10, 20, 1));
		assertNotEquals(one, two, "two shuffle seeds give two models");
		Map<String, Double> mean = weights(AveragedPerceptron.train(events, 10, 18, 3));
		for (String k : mean.keySet()) {
			double expected = (one.getOrDefault(k, 0d) + two.getOrDefault(k, 0d) + three.getOrDefault(k, 0d)) / 3;
			assertEquals(expected, mean.get(k), 1e-3, k);
		}
		assertEquals(mean, weights(AveragedPerceptron.train(events, 10, 18, 3)), "deterministic");
	}

	@Test
	void averagedModelsOfOtherSeedsLieCloserThanSingleSeeds() {
		List<Event> events = events();
		double single = distance(weights(AveragedPerceptron.train(events, 10, 18, 1)),
				weights(AveragedPerceptron.train(events, 10, 118, 1)));
		double averaged = distance(weights(AveragedPerceptron.train(events, 10, 18, 8)),
				weights(AveragedPerceptron.train(events, 10, 118, 8)));
		assertTrue(averaged < single / 2, "averaged " + averaged + " single " + single);
	}
}
