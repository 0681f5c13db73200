package org.sourcebench.extract.syntax;

/** 64-bit feature hashing: a template number mixed with up to three values (word, tag or label hashes). */
public final class Hash {

	private Hash() {
	}

	/** Feature names under which hashes are trained (see {@link LinearModel}). */
	public static String[] names(long[] features, int count) {
		String[] out = new String[count];
		for (int i = 0; i < count; i++) {
			out[i] = Long.toString(features[i], 36);
		}
		return out;
	}

	/** The hash of a feature string. */
	public static long of(String s) {
		long h = 0x84222325CBF29CE4L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001B3L;
		}
		return mix(h);
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static long f(int template, long a) {
		long h = mix(template * 0x9E3779B97F4A7C15L + a);
		return h == 0 ? 1 : h;
	}

	static long f(int template, long a, long b) {
		return f(template, mix(a) * 31 + b);
	}

	static long f(int template, long a, long b, long c) {
		return f(template, mix(mix(a) * 31 + b) * 31 + c);
	}
}
