package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * An unnamed spokesperson speaks for the body (switch {@code claims.spokes-body}; DECISIONS.md A2: "an unnamed
 * spokesperson speaks for the body. The claim goes to the body, and the body is an actor with the mention 'X
 * spokesperson'"). A claim whose speaker is an unnamed spokesperson actor ("a UN spokesperson", "an army spokesman",
 * "a spokesperson for the Taiwan affairs office", "a military spokesperson for the Houthi group") goes to the actor
 * its description names, when the rest of the description names no more specific body ("Iran's foreign ministry
 * spokesman" stays: the ministry is not that actor). A bare "the spokesman" refers back to the last spokesperson
 * description before it that named its body. When every mention of the unnamed actor resolved to a body and it
 * speaks no claim any more, its mentions become the body's mentions.
 */
final class SpokesBodies {

	private static final Set<String> SPOKES = ClaimWords.get().list("spokes");
	/** Plural and inflected forms of the spokes nouns. */
	private static final Pattern SPOKES_WORD = Pattern.compile("(?i)\\bspokes(?:man|men|woman|women|person|persons|people)\\b");
	/** Words of a description that name a body of their own: "Iran's foreign ministry spokesman" is the ministry's. */
	private static final Pattern BODY_NOUN = Pattern.compile("(?i)\\b(?:ministry|ministries|office|department|council|"
			+ "command|agency|embassy|mission|bureau|committee|commission|service|secretariat|presidency|cabinet|"
			+ "government|administration|court|parliament|assembly|police|navy|foreign|defen[cs]e|interior)\\b");
	/** A description with no body: determiners and the spokes noun only ("the spokesman", "a spokesperson"). */
	private static final Pattern BARE = Pattern.compile("(?i)^(?:(?:the|a|an|its|their|his|her)\\s+)?"
			+ "spokes(?:man|woman|person)$");

	/** From a spokes noun to its body: " for the US-led ", " of ", " from the ". */
	private static final Pattern FOR_BODY = Pattern.compile("\\s+(?:for|of|from)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}");
	/** Between a body and its spokes noun: a space, "'s", a modifier ("Kremlin press spokesman"). */
	private static final Pattern BEFORE_SPOKES = Pattern.compile("(?:['’]s)?\\s+(?:(?:military|press|chief|senior|"
			+ "deputy|official|top)\\s+)?");

	private SpokesBodies() {
	}

	/** {@code claims} with every unnamed spokesperson speaker replaced by the body it speaks for. */
	static List<ExtractedClaim> resolve(String body, DocActors actors, List<ExtractedClaim> claims) {
		if (!Mechanisms.on("claims.spokes-body")) {
			return claims;
		}
		List<int[]> spans = new ArrayList<>(); // {begin, end} of every unnamed spokesperson mention, in text order
		Map<int[], DocActor> owner = new HashMap<>();
		for (DocActor a : actors.actors()) {
			if (!DocActor.isUnnamed(a.name()) || !isSpokes(a.name())) {
				continue;
			}
			for (int[] s : a.spans()) {
				spans.add(s);
				owner.put(s, a);
			}
		}
		if (spans.isEmpty()) {
			return claims;
		}
		spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
		List<Object[]> antecedents = phrased(body, actors); // {spokes word offset, body}, in text order
		Map<int[], DocActor> bodyOf = new HashMap<>();
		for (int[] s : spans) {
			String d = body.substring(s[0], s[1]).trim();
			DocActor b = named(body, actors, owner.get(s), d);
			if (b != null) {
				antecedents.add(new Object[] {s[0], b});
			}
		}
		antecedents.sort(Comparator.comparingInt((Object[] x) -> (Integer) x[0]));
		for (int[] s : spans) {
			String d = body.substring(s[0], s[1]).trim();
			DocActor b = named(body, actors, owner.get(s), d);
			if (b == null && BARE.matcher(d).matches()) {
				b = antecedent(actors, claims, antecedents, s[0]); // "a spokesperson for the X said ... the spokesman said"
			}
			if (b != null) {
				bodyOf.put(s, b);
			}
		}
		List<ExtractedClaim> out = new ArrayList<>(claims.size());
		int changed = 0;
		for (ExtractedClaim c : claims) {
			DocActor a = actors.byName(c.speaker());
			int[] s = a == null || c.evidence() == null ? null : nearest(spans, owner, a, c.evidence().begin(),
					c.evidence().end());
			DocActor b = s == null ? null : bodyOf.get(s);
			if (b == null) {
				out.add(c);
				continue;
			}
			out.add(new ExtractedClaim(b.name(), c.text(), c.direct(), c.cue(), c.evidence(), c.confidence()));
			changed++;
		}
		Mechanisms.fired("claims.spokes-body", changed);
		if (changed > 0) {
			fold(actors, spans, owner, bodyOf, out);
		}
		return out;
	}

	/**
	 * An unnamed spokesperson that speaks no claim any more and whose every mention speaks for one body becomes
	 * that body's mentions (the gold's "X spokesperson" mention of the body).
	 */
	private static void fold(DocActors actors, List<int[]> spans, Map<int[], DocActor> owner,
			Map<int[], DocActor> bodyOf, List<ExtractedClaim> claims) {
		Map<DocActor, DocActor> into = new java.util.LinkedHashMap<>();
		Set<DocActor> mixed = new java.util.HashSet<>();
		for (int[] s : spans) {
			DocActor u = owner.get(s);
			DocActor b = bodyOf.get(s);
			if (b == null || into.containsKey(u) && into.get(u) != b) {
				mixed.add(u);
			} else {
				into.put(u, b);
			}
		}
		for (ExtractedClaim c : claims) {
			mixed.add(actors.byName(c.speaker()));
		}
		into.forEach((u, b) -> {
			if (!mixed.contains(u)) {
				actors.absorb(u, b);
			}
		});
	}

	/**
	 * The body the last spokesperson description before {@code at} named, or null when there is none or a named
	 * person speaks a claim between it and {@code at} (then "the spokesperson" may be that person: "Margaret Harris
	 * told Al Jazeera ... The spokesperson said").
	 */
	private static DocActor antecedent(DocActors actors, List<ExtractedClaim> claims, List<Object[]> antecedents,
			int at) {
		Object[] last = null;
		for (Object[] x : antecedents) {
			if ((Integer) x[0] < at) {
				last = x;
			}
		}
		if (last == null) {
			return null;
		}
		int from = (Integer) last[0];
		for (ExtractedClaim c : claims) {
			DocActor a = actors.byName(c.speaker());
			if (a != null && a.kind() == ActorKind.PERSON && !DocActor.isUnnamed(a.name()) && c.evidence() != null
					&& c.evidence().begin() > from && c.evidence().begin() < at) {
				return null;
			}
		}
		return (DocActor) last[1];
	}

	/**
	 * The bodies the text names with a spokes noun ("a spokesman for the US-led UN Command (UNC)", "a UNC
	 * spokesman"): {offset of the spokes noun, the actor}, the actor of a mention right before the noun or within
	 * three words after its "for" / "of"; no person, media or unnamed actor.
	 */
	private static List<Object[]> phrased(String body, DocActors actors) {
		List<Object[]> out = new ArrayList<>();
		Matcher m = SPOKES_WORD.matcher(body);
		while (m.find()) {
			DocActor found = null;
			Matcher after = FOR_BODY.matcher(body).region(m.end(), body.length());
			if (after.lookingAt()) {
				for (org.sourcebench.extract.actors.ActorMention x : actors.within(m.end(),
						Math.min(body.length(), m.end() + 80))) {
					if (x.begin() <= m.end() + after.group().length() + 1 && bodyActor(x.actor())) {
						found = x.actor();
						break;
					}
				}
			}
			if (found == null) {
				org.sourcebench.extract.actors.ActorMention x = actors.lastBefore(m.start(), a -> true);
				if (x != null && BEFORE_SPOKES.matcher(body.substring(x.end(), m.start())).matches()
						&& bodyActor(x.actor())) {
					found = x.actor();
				}
			}
			if (found != null) {
				out.add(new Object[] {m.start(), found});
			}
		}
		return out;
	}

	private static boolean bodyActor(DocActor a) {
		return !DocActor.isUnnamed(a.name()) && a.kind() != ActorKind.PERSON && a.kind() != ActorKind.MEDIA;
	}

	/** Whether an unnamed actor's description has a spokes noun ("unnamed military spokesperson for ..."). */
	private static boolean isSpokes(String name) {
		for (String w : name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (SPOKES.contains(w)) {
				return true;
			}
		}
		return SPOKES_WORD.matcher(name).find();
	}

	/**
	 * The actor (no person, no other unnamed speaker) a description names by one of its mentions or its name, the
	 * longest such string, when no body noun stands in the description outside it; null otherwise.
	 */
	private static DocActor named(String body, DocActors actors, DocActor self, String d) {
		DocActor best = null;
		int bestLen = 0;
		int bestAt = -1;
		for (DocActor a : actors.actors()) {
			if (a == self || DocActor.isUnnamed(a.name()) || a.kind() == ActorKind.PERSON
					|| a.kind() == ActorKind.MEDIA) {
				continue;
			}
			List<String> names = new ArrayList<>();
			names.add(a.name());
			for (int[] s : a.spans()) {
				names.add(body.substring(s[0], s[1]));
			}
			for (String n : names) {
				if (n.length() < 2 || n.length() <= bestLen) {
					continue;
				}
				Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(n) + "(?![\\w])",
						n.length() > 3 ? Pattern.CASE_INSENSITIVE : 0).matcher(d);
				if (m.find()) {
					best = a;
					bestLen = n.length();
					bestAt = m.start();
				}
			}
		}
		if (best == null) {
			return null;
		}
		String rest = d.substring(0, bestAt) + " " + d.substring(bestAt + bestLen);
		return BODY_NOUN.matcher(rest).find() ? null : best;
	}

	/** The mention of unnamed actor {@code a} nearest a claim at {@code [begin, end)} (before or after it). */
	private static int[] nearest(List<int[]> spans, Map<int[], DocActor> owner, DocActor a, int begin, int end) {
		int[] best = null;
		int bestGap = Integer.MAX_VALUE;
		for (int[] s : spans) {
			if (owner.get(s) != a) {
				continue;
			}
			int gap = s[1] <= begin ? begin - s[1] : s[0] >= end ? s[0] - end : 0;
			if (gap < bestGap) {
				best = s;
				bestGap = gap;
			}
		}
		return best;
	}
}
