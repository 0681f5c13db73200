package org.sourcebench.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalisation of shared/eval/score.py (SCORING.md): NFKC, casefold, spaces, edge punctuation, "the ", "'s". */
final class ScoreNormalizer {

	private static final String STRIP = " \t\r\n\u00a0\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
			+ "\u00ab\u00bb\u2039\u203a.,;:!?\u2026-\u2013\u2014()[]{}";
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

	private ScoreNormalizer() {
	}

	static String norm(String s) {
		if (s == null) {
			return "";
		}
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
				.trim();
		String prev = null;
		while (!n.equals(prev)) {
			prev = n;
			n = strip(n);
			if (n.startsWith("the ")) {
				n = n.substring(4);
			}
			if (n.endsWith("'s") || n.endsWith("\u2019s")) {
				n = n.substring(0, n.length() - 2);
			}
		}
		return n;
	}

	private static String strip(String s) {
		int b = 0;
		int e = s.length();
		while (b < e && STRIP.indexOf(s.charAt(b)) >= 0) {
			b++;
		}
		while (e > b && STRIP.indexOf(s.charAt(e - 1)) >= 0) {
			e--;
		}
		return s.substring(b, e);
	}

	static List<String> tokens(String s) {
		List<String> out = new ArrayList<>();
		Matcher m = WORD.matcher(norm(s));
		while (m.find()) {
			out.add(m.group());
		}
		return out;
	}

	static double tokenF1(List<String> a, List<String> b) {
		List<String> rest = new ArrayList<>(b);
		int common = 0;
		for (String x : a) {
			if (rest.remove(x)) {
				common++;
			}
		}
		if (common == 0) {
			return 0;
		}
		double p = (double) common / a.size();
		double r = (double) common / b.size();
		return 2 * p * r / (p + r);
	}
}
