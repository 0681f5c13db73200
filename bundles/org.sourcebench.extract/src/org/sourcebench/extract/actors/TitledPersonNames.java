package org.sourcebench.extract.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Title;
import org.sourcebench.extract.data.TitleTable;
import org.sourcebench.model.ActorKind;

/**
 * A person's name read with the words of an office before it ("Foreign Affairs Jane Roe" from "Minister of Foreign
 * Affairs Jane Roe", "House Spokesperson Jane Roe", "Bureau Spokesperson Jane Roe") is the name after the last such
 * word (mechanism {@code actors.titledNames}): the last word of a title of titles.tsv, a body head of body-heads.tsv
 * or an office word of actor-words.tsv ("Affairs", "Commissioner"), followed by two or more capitalised words of
 * which none is such a word. The person keeps its mentions, cut to the name; a person already read under the shorter name takes them.
 * Persons of the actor dictionaries are left as they are.
 */
final class TitledPersonNames {

	private final Set<String> titleWords = new HashSet<>();

	TitledPersonNames(TitleTable titles) {
		for (Title t : titles.titles()) {
			String[] w = t.title().replace(".", "").trim().split("[\\s-]+");
			titleWords.add(w[w.length - 1].toLowerCase(Locale.ROOT));
		}
	}

	void trim(String body, DocActors actors) {
		if (!Mechanisms.on("actors.titledNames")) {
			return;
		}
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.PERSON || a.confidence() >= 0.9 || a.spans().isEmpty()) {
				continue;
			}
			String tail = tail(a.name());
			if (tail == null) {
				continue;
			}
			DocActor known = actors.byName(tail);
			if (known != null && known.kind() != ActorKind.PERSON) {
				continue;
			}
			DocActor into = known != null ? known : actors.actor(tail, ActorKind.PERSON, a.iso(), a.confidence());
			for (ActorMention m : List.copyOf(actors.mentions())) {
				if (m.actor() != a) {
					continue;
				}
				actors.remove(m);
				boolean ends = m.end() - tail.length() >= m.begin() && body.startsWith(tail, m.end() - tail.length());
				actors.mention(into, ends ? m.end() - tail.length() : m.begin(), m.end());
			}
			actors.absorb(a, into);
			Mechanisms.fired("actors.titledNames", 1);
		}
	}

	/** The name after the office words that open {@code name}, or null when none opens it or fewer than two follow. */
	String tail(String name) {
		String[] w = name.split(" ");
		int cut = -1;
		for (int k = 0; k + 2 < w.length; k++) {
			if (officeWord(w[k])) {
				cut = k;
			}
		}
		if (cut < 0) {
			return null;
		}
		for (int k = cut + 1; k < w.length; k++) {
			if (w[k].isEmpty() || !Character.isUpperCase(w[k].charAt(0)) || officeWord(w[k])) {
				return null;
			}
		}
		return String.join(" ", java.util.Arrays.copyOfRange(w, cut + 1, w.length));
	}

	private boolean officeWord(String word) {
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		String bare = word.replace(".", "");
		return titleWords.contains(bare.toLowerCase(Locale.ROOT)) || BodyHeads.get().kindOf(bare) != null
				|| ActorWords.get().is("office-word", bare);
	}
}
