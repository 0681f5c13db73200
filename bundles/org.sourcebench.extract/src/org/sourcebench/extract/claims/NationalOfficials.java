package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * Officials with a nationality are their state (switch {@code claims.national-officials}; DECISIONS.md A1: "A
 * nationality or named body makes them that state or body", the guideline's "Syrian officials" = `Syria`): a claim
 * whose speaker is an unnamed official or diplomat described by one country only ("an Israeli official", "a senior
 * Emirati official", "the Chinese diplomat", "officials in Moscow", "a senior official in Male") goes to that
 * country's state actor, when the document has it. Descriptions with any other word ("an Israeli military official",
 * "a Palestinian medical source", "officials from the Security Service of Ukraine") stay as they are, and so do
 * sources, reports and lawmakers (the gold keeps them as unnamed speakers).
 */
final class NationalOfficials {

	/** Heads of a description that speak for the state. */
	private static final Set<String> HEADS = Set.of("official", "officials", "diplomat", "diplomats");
	/** Other words a description may have ("a senior government official in Moscow"). */
	private static final Set<String> FREE = Set.of("a", "an", "the", "one", "two", "three", "several", "some",
			"another", "other", "senior", "top", "high", "ranking", "government", "state", "in", "from");

	private NationalOfficials() {
	}

	/** {@code claims} with every unnamed national official speaker replaced by the state. */
	static List<ExtractedClaim> resolve(String body, DocActors actors, List<ExtractedClaim> claims) {
		if (!Mechanisms.on("claims.national-officials")) {
			return claims;
		}
		List<ExtractedClaim> out = new ArrayList<>(claims.size());
		int changed = 0;
		Set<DocActor> replaced = new java.util.LinkedHashSet<>();
		for (ExtractedClaim c : claims) {
			DocActor a = actors.byName(c.speaker());
			DocActor state = a == null || !DocActor.isUnnamed(a.name()) || c.evidence() == null ? null
					: state(body, actors, nearest(a, c.evidence().begin(), c.evidence().end()));
			if (state == null) {
				out.add(c);
				continue;
			}
			out.add(new ExtractedClaim(state.name(), c.text(), c.direct(), c.cue(), c.evidence(), c.confidence()));
			replaced.add(a);
			changed++;
		}
		Mechanisms.fired("claims.national-officials", changed);
		for (DocActor u : replaced) {
			fold(body, actors, u, out);
		}
		return out;
	}

	/**
	 * An unnamed official that speaks no claim any more and whose every mention names one state becomes that state's
	 * mentions (the gold's "Israeli official" mention of `Israel`).
	 */
	private static void fold(String body, DocActors actors, DocActor u, List<ExtractedClaim> claims) {
		for (ExtractedClaim c : claims) {
			if (c.speaker().equals(u.name())) {
				return;
			}
		}
		DocActor into = null;
		for (int[] s : u.spans()) {
			DocActor x = state(body, actors, s);
			if (x == null || into != null && x != into) {
				return;
			}
			into = x;
		}
		if (into != null) {
			actors.absorb(u, into);
		}
	}

	/** The state actor an official's description {@code span} names, or null. */
	private static DocActor state(String body, DocActors actors, int[] span) {
		if (span == null) {
			return null;
		}
		String d = body.substring(span[0], span[1]);
		PhraseIndex<CountryTable.Form> countries = ExtractionData.get().countries().index();
		List<PhraseIndex.Match<CountryTable.Form>> found = countries.findAll(d);
		if (found.size() != 1) {
			return null;
		}
		PhraseIndex.Match<CountryTable.Form> m = found.get(0);
		String before = d.substring(0, m.begin()).toLowerCase(Locale.ROOT);
		if (m.value().type() != CountryTable.FormType.ADJECTIVE && !before.matches("(?s).*\\b(?:in|from)\\s+$")) {
			return null; // "officials in Moscow", not "Moscow officials" (a place's own officials)
		}
		boolean head = false;
		for (String w : (before + " " + d.substring(m.end())).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (w.isEmpty()) {
				continue;
			}
			if (HEADS.contains(w)) {
				head = true;
			} else if (!FREE.contains(w)) {
				return null;
			}
		}
		if (!head) {
			return null;
		}
		String iso = m.value().country().iso();
		for (DocActor x : actors.actors()) {
			if (x.kind() == ActorKind.STATE && iso.equals(x.iso()) && !x.spans().isEmpty()) {
				return x;
			}
		}
		return null;
	}

	/** The mention of {@code a} nearest a claim at {@code [begin, end)}. */
	private static int[] nearest(DocActor a, int begin, int end) {
		int[] best = null;
		int bestGap = Integer.MAX_VALUE;
		for (int[] s : a.spans()) {
			int gap = s[1] <= begin ? begin - s[1] : s[0] >= end ? s[0] - end : 0;
			if (gap < bestGap) {
				best = s;
				bestGap = gap;
			}
		}
		return best;
	}
}
