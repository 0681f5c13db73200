package org.sourcebench.extract.syntax;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * A linear classifier over hashed features, read from an OpenNLP perceptron model whose predicates are the
 * features' 64-bit hashes written in base 36 ({@link #name(long)}). Scoring sums sparse weight rows found in an
 * open-addressing table: no strings, no allocation. Immutable and safe to share.
 */
public final class LinearModel {

	private final String[] outcomes;
	/** Slot {@code s}: the key at {@code 2s}, at {@code 2s + 1} the row's start (high half) and end (low half). */
	private final long[] table;
	/** Row entry {@code i}: the outcome at {@code 2i}, the weight's float bits at {@code 2i + 1}. */
	private final int[] entries;
	private final int mask;

	private LinearModel(AbstractModel model) {
		Object[] data = model.getDataStructures();
		Context[] params = (Context[]) data[0];
		Map<?, ?> pmap = (Map<?, ?>) data[1];
		outcomes = ((String[]) data[2]).clone();
		for (int i = 0; i < outcomes.length; i++) {
			outcomes[i] = outcomes[i].intern();
		}
		int size = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) << 1;
		mask = size - 1;
		table = new long[2 * size];
		int total = 0;
		for (Context c : params) {
			for (double p : c.getParameters()) {
				if (p != 0) {
					total++;
				}
			}
		}
		entries = new int[2 * total];
		int at = 0;
		for (Map.Entry<?, ?> e : pmap.entrySet()) {
			long key = Long.parseLong((String) e.getKey(), 36);
			if (key == 0) {
				continue;
			}
			Context c = context(e.getValue(), params);
			int from = at;
			int[] o = c.getOutcomes();
			double[] p = c.getParameters();
			for (int k = 0; k < o.length; k++) {
				if (p[k] != 0) {
					entries[2 * at] = o[k];
					entries[2 * at + 1] = Float.floatToRawIntBits((float) p[k]);
					at++;
				}
			}
			if (at == from) {
				continue;
			}
			int slot = slot(key);
			while (table[2 * slot] != 0) {
				slot = (slot + 1) & mask;
			}
			table[2 * slot] = key;
			table[2 * slot + 1] = (long) from << 32 | at;
		}
	}

	/**
	 * The weights of one predicate of a trained model's {@code getDataStructures()}: OpenNLP 2.5 maps predicates to
	 * their Context, older versions to an index into the parameters.
	 */
	public static Context context(Object mapped, Context[] params) {
		return mapped instanceof Context ctx ? ctx : params[(Integer) mapped];
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & mask;
	}

	/** A model trained in memory (the trainers' held-out tagging). */
	public static LinearModel of(AbstractModel model) {
		return new LinearModel(model);
	}

	/** The feature name under which a hash is trained. */
	public static String name(long hash) {
		return Long.toString(hash, 36);
	}

	public String[] outcomes() {
		return outcomes;
	}

	/** Whether the model has weights for a feature hash. */
	boolean contains(long key) {
		int slot = slot(key);
		while (table[2 * slot] != 0) {
			if (table[2 * slot] == key) {
				return true;
			}
			slot = (slot + 1) & mask;
		}
		return false;
	}

	/**
	 * Adds the weights of {@code features[0..count)} into {@code scores} (cleared first), feature by feature and
	 * within a feature in row order, so every score is the same sum in the same order. {@code rows} is scratch of at
	 * least {@code count} entries: the table slots are first read for all features, the rows then found, and only
	 * then summed, so that the memory reads of different features overlap instead of waiting on one another.
	 */
	public void score(long[] features, int count, float[] scores, long[] rows) {
		java.util.Arrays.fill(scores, 0f);
		for (int f = 0; f < count; f++) {
			rows[f] = table[2 * slot(features[f])];
		}
		for (int f = 0; f < count; f++) {
			long key = features[f];
			int slot = slot(key);
			long row = 0;
			while (true) {
				long k = table[2 * slot];
				if (k == key) {
					row = table[2 * slot + 1];
					break;
				}
				if (k == 0) {
					break;
				}
				slot = (slot + 1) & mask;
			}
			rows[f] = row;
		}
		for (int f = 0; f < count; f++) {
			long row = rows[f];
			for (int i = 2 * (int) (row >>> 32), end = 2 * (int) row; i < end; i += 2) {
				scores[entries[i]] += Float.intBitsToFloat(entries[i + 1]);
			}
		}
	}

	/** Reads a gzipped OpenNLP binary model from a stream (closed by the caller). */
	static LinearModel read(InputStream gzipped) throws IOException {
		InputStream in = new GZIPInputStream(new BufferedInputStream(gzipped, 1 << 16), 1 << 16);
		return new LinearModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
	}

	/** Reads a gzipped OpenNLP binary model from this bundle's class path. */
	static LinearModel read(String entry) {
		try (InputStream raw = LinearModel.class.getClassLoader().getResourceAsStream(entry)) {
			if (raw == null) {
				throw new IllegalStateException("model " + entry + " is not on the class path of "
						+ "org.sourcebench.extract");
			}
			try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
				return new LinearModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read model " + entry, e);
		}
	}
}
