package org.sourcebench.extract.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A terror designation is a sanction, not a remark ({@code relations.designations}): "The U.S. re-designated the
 * Houthi militant group as a terrorist organization", "re-listed the group as a terrorist organization",
 * "Washington labeled Tren de Aragua a terrorist organization", "the junta has designated the NUG ... as terrorist
 * groups". A negative label ({@link Labels}) put by a verb of listing (designate, list, blacklist, label, declare)
 * whose label names terror is coded 16 (reduce relations; CAMEO 163, sanctions) instead of 11, and the 11 another
 * reader entered for the same pair on the same words is dropped. "Groups considered terrorist organizations by
 * Turkey" (a view, not an act) stays 11. Stateless.
 */
public final class Designations {

	/** The switch. */
	public static final String NAME = "relations.designations";
	/** CAMEO 163: impose sanctions (root 16). */
	static final String CODE = "163";

	private static final Set<String> LISTING = Set.of("designate", "redesignate", "re-designate", "list", "relist",
			"re-list", "blacklist", "label", "declare");

	private Designations() {
	}

	/** The code of the negative label the verb at {@code v} puts: {@link #CODE} for a terror designation, else 11. */
	static String code(ParsedSentence s, int v, List<Integer> labelled) {
		if (!Mechanisms.on(NAME) || !LISTING.contains(verb(s, v))) {
			return Labels.CODE;
		}
		int after = labelled.isEmpty() ? v : labelled.get(0);
		for (int c : s.children(v)) {
			if (c <= after || c == v) {
				continue;
			}
			for (int t : EventCoder.phrase(s, c)) {
				if (s.word(t).toLowerCase(Locale.ROOT).startsWith("terror")) {
					Mechanisms.fired(NAME, 1);
					return CODE;
				}
			}
		}
		return Labels.CODE;
	}

	private static String verb(ParsedSentence s, int v) {
		String l = s.lemma(v) == null ? "" : s.lemma(v).toLowerCase(Locale.ROOT);
		if (LISTING.contains(l)) {
			return l;
		}
		String w = stem(s.word(v).toLowerCase(Locale.ROOT));
		return LISTING.contains(w) ? w : l;
	}

	/**
	 * Drops the 11s (any reader's) of a pair that a designation relates on overlapping words, and recodes to
	 * {@link #CODE} an 11 whose own words are a designation the parse did not read ("labeled X a terrorist": the word
	 * windows' pattern).
	 */
	public static void prune(List<ExtractedRelationship> rel) {
		if (!Mechanisms.on(NAME)) {
			return;
		}
		for (int i = 0; i < rel.size(); i++) {
			ExtractedRelationship r = rel.get(i);
			if (r.root().equals("11") && r.evidence() != null && designation(r.evidence().text(), r.to())) {
				rel.set(i, new ExtractedRelationship(r.from(), r.to(), CODE, r.evidence(), r.confidence()));
				Mechanisms.fired(NAME, 1);
			}
		}
		List<ExtractedRelationship> designations = rel.stream().filter(r -> r.cameoCode().equals(CODE)
				&& r.evidence() != null).toList();
		if (designations.isEmpty()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		rel.removeIf(r -> r.root().equals("11") && r.evidence() != null && designations.stream()
				.anyMatch(d -> d.from().equals(r.from()) && d.to().equals(r.to())
						&& d.evidence().begin() < r.evidence().end() && r.evidence().begin() < d.evidence().end())
				|| r.cameoCode().equals(CODE) && !seen.add(r.from() + "|" + r.to()));
	}

	/**
	 * Whether the words hold a verb of listing, then the target's name (its last word), then a word of terror
	 * ("labeled Tren de Aragua a terrorist group"; not "labeled the attack terrorist ... with X").
	 */
	static boolean designation(String text, String target) {
		String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
		String[] t = target.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
		String last = t.length == 0 ? "" : t[t.length - 1];
		for (int i = 0; i < w.length; i++) {
			if (!LISTING.contains(stem(w[i]))) {
				continue;
			}
			boolean named = false;
			for (int j = i + 1; j < w.length && j <= i + 8; j++) {
				named |= w[j].equals(last);
				if (w[j].startsWith("terror")) {
					return named;
				}
			}
		}
		return false;
	}

	private static String stem(String w) {
		for (String suffix : new String[] {"ed", "d", "s", "ing", ""}) {
			if (w.endsWith(suffix) && LISTING.contains(w.substring(0, w.length() - suffix.length()))) {
				return w.substring(0, w.length() - suffix.length());
			}
		}
		return w;
	}
}
