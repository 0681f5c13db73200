package org.sourcebench.extract.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.model.Event;

/**
 * Training with exploration (imitation learning, as in Goldberg and Nivre's dynamic oracle): parses a training
 * sentence with an earlier model, following the model's own choices, and labels every configuration it reaches
 * with the best transition that loses no further gold arc ({@link ArcEager#cost}). Used by the trainer only.
 */
public final class Explorer {

	private final LinearModel model;
	private final int[] kinds;
	private final String[] labels;
	private final boolean[] rootLabel;

	public Explorer(InputStream gzippedModel) throws IOException {
		model = LinearModel.read(gzippedModel);
		String[] outcomes = model.outcomes();
		kinds = new int[outcomes.length];
		labels = new String[outcomes.length];
		rootLabel = new boolean[outcomes.length];
		for (int i = 0; i < outcomes.length; i++) {
			kinds[i] = ArcEager.kind(outcomes[i]);
			if (kinds[i] >= ArcEager.LA) {
				labels[i] = outcomes[i].substring(3);
				rootLabel[i] = labels[i].equals("root");
			}
		}
	}

	/** Events of the configurations the model reaches on one sentence (gold heads 1-based, 0 = root). */
	public List<Event> events(String[] words, String[] pos, int[] goldHeads, String[] goldLabels) {
		List<Event> out = new ArrayList<>();
		ArcEager state = new ArcEager(words, pos);
		long[] f = new long[ArcEager.MAX_FEATURES];
		float[] scores = new float[kinds.length];
		while (!state.done()) {
			int count = state.features(f);
			model.score(f, count, scores);
			int predicted = -1;
			int best = -1;
			int bestCost = Integer.MAX_VALUE;
			for (int o = 0; o < scores.length; o++) {
				if (!state.legal(kinds[o], rootLabel[o])) {
					continue;
				}
				if (predicted < 0 || scores[o] > scores[predicted]) {
					predicted = o;
				}
				int c = state.cost(kinds[o], labels[o], goldHeads, goldLabels);
				if (c < bestCost || (c == bestCost && scores[o] > scores[best])) {
					best = o;
					bestCost = c;
				}
			}
			out.add(new Event(model.outcomes()[best], Hash.names(f, count)));
			state.apply(kinds[predicted], labels[predicted]);
		}
		return out;
	}
}
