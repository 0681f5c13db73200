package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * A person the readers made of a description ("Israeli president", "U.S. special envoy", "Japanese ambassador") is
 * the named person the text sets it beside (mechanism {@code actors.describedHolders}; GUIDELINES.md: definite
 * descriptions that pick out an actor are its mentions): in apposition after the name ("Isaac Herzog, the Israeli
 * president,") or before it ("the U.S. special envoy, Witkoff,", "Syria's transitional president, Ahmad al-Sharaa,"),
 * or written again right before the name, a post between ("the Japanese ambassador to China Kenji Kanasugi"). A
 * description is a person's name whose words after the first are lower case; the named person has a name of
 * capitalised words. Runs at the end of the parse readers and again after the claim and relation readers (which make
 * unnamed speakers). Stateless.
 */
public final class DescribedHolders {

	/** A post after a description ("to China", "in South Sudan"): group 1 ends its first word, group 2 a second. */
	private static final Pattern POST = Pattern.compile("^ (?:to|in) (\\p{Lu}[\\p{L}.'\u2019-]*)( \\p{Lu}"
			+ "[\\p{L}.'\u2019-]*)?");

	private DescribedHolders() {
	}

	/** Merges the described persons; returns the names merged away, each with the name it now goes by. */
	public static Map<String, String> merge(String t, DocActors actors) {
		Map<String, String> renamed = new HashMap<>();
		if (!Mechanisms.on("actors.describedHolders")) {
			return renamed;
		}
		for (DocActor d : List.copyOf(actors.actors())) {
			if (d.kind() != ActorKind.PERSON || d.spans().isEmpty() || !described(d.name())) {
				continue;
			}
			Set<String> written = new LinkedHashSet<>();
			for (int[] s : d.spans()) {
				written.add(t.substring(s[0], s[1]));
			}
			DocActor holder = null;
			for (String w : written) {
				if (!w.contains(" ")) {
					continue; // "Minister": a lone word is written inside titles of others
				}
				for (int i = t.indexOf(w); i >= 0 && holder == null; i = t.indexOf(w, i + 1)) {
					holder = holderAround(t, actors, i, i + w.length(), d);
				}
			}
			if (holder != null) {
				actors.merge(d, holder);
				d.spans().clear();
				renamed.put(d.name(), holder.name());
				Mechanisms.fired("actors.describedHolders", 1);
			}
		}
		return renamed;
	}

	/** A description: "Israeli president", "unnamed spokesman", "U.S. special envoy" (no capital after the first word). */
	static boolean described(String name) {
		String n = DocActor.isUnnamed(name) ? name.substring(DocActor.UNNAMED.length()) : name;
		String[] w = n.split(" ");
		if (w.length < 2) {
			return false;
		}
		for (int k = 1; k < w.length; k++) {
			if (w[k].isEmpty() || !w[k].equals(w[k].toLowerCase(java.util.Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	/** The named person in apposition to, or right after, the description at {@code [b, e)}, or null. */
	private static DocActor holderAround(String t, DocActors actors, int b, int e, DocActor d) {
		String after = t.substring(e, Math.min(t.length(), e + 60));
		Matcher m = POST.matcher(after);
		int[] starts = m.find() ? new int[] {m.end(2) < 0 ? -1 : m.end(2), m.end(1)} : new int[] {-1, -1};
		for (int post : new int[] {starts[0], starts[1], 0}) {
			if (post < 0) {
				continue;
			}
			boolean comma = after.startsWith(",", post);
			int at = e + post + (comma ? 2 : 1);
			if (at >= t.length() || t.charAt(at - 1) != ' ' || !Character.isUpperCase(t.charAt(at))) {
				continue;
			}
			DocActor p = namedAt(actors, at, d);
			if (p != null) {
				int pe = actors.at(at).end();
				if (!comma || pe >= t.length() || ",.;".indexOf(t.charAt(pe)) >= 0) {
					return p; // "the U.S. special envoy, Witkoff," / "ambassador to China Kenji Kanasugi"
				}
			}
		}
		int p = b;
		if (p >= 4 && t.startsWith("the ", p - 4)) {
			p -= 4;
		}
		if (p >= 3 && t.startsWith(", ", p - 2) && e < t.length() && ",.;".indexOf(t.charAt(e)) >= 0) {
			ActorMention before = actors.at(p - 3);
			if (before != null && before.end() == p - 2 && before.actor() != d
					&& before.actor().kind() == ActorKind.PERSON && !described(before.actor().name())) {
				return before.actor(); // "Isaac Herzog, the Israeli president,"
			}
		}
		return null;
	}

	/** The named person (not a description) whose mention starts at {@code at}, or null. */
	private static DocActor namedAt(DocActors actors, int at, DocActor d) {
		ActorMention m = actors.at(at);
		return m != null && m.begin() == at && m.actor() != d && m.actor().kind() == ActorKind.PERSON
				&& !described(m.actor().name()) && !DocActor.isUnnamed(m.actor().name()) ? m.actor() : null;
	}

}
