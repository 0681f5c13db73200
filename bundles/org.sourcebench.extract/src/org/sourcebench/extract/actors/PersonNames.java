package org.sourcebench.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.model.ActorKind;

/**
 * Spellings of one name are one person, after every reader has added its people (mechanism {@code actors.variants}):
 * the same family name and given names that differ only in transliteration ("Sergei"/"Sergey",
 * "Zelensky"/"Zelenskyy"), and a lone family name that is the last name of exactly one person named in full
 * ("Umerov" after "Rustem Umerov"). Stateless.
 */
public final class PersonNames {

	private PersonNames() {
	}

	static void settle(DocActors actors) {
		if (Mechanisms.on("actors.variants")) {
			variants(actors);
		}
		if (Mechanisms.on("actors.commonWordPersons")) {
			commonWordPersons(actors);
		}
	}

	/**
	 * "the United Nations General Assembly" read as the title "General" and the person "Assembly", "Minister of Foreign
	 * Affairs" as the person "Affairs": a person named by one word that is no word of people's names but a common
	 * word of the treebanks or a body head word is no person; the reader's guess is dropped (mechanism
	 * {@code actors.commonWordPersons}). Dictionary persons and names of several words (often bodies the readers
	 * took for persons, "Border Patrol Unit") stay.
	 */
	private static void commonWordPersons(DocActors actors) {
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.kind() != ActorKind.PERSON || a.spans().isEmpty() || a.confidence() >= 0.9 || !commonWord(a.name())) {
				continue;
			}
			for (ActorMention m : List.copyOf(actors.mentions())) {
				if (m.actor() == a) {
					actors.remove(m);
				}
			}
			Mechanisms.fired("actors.commonWordPersons", 1);
		}
	}

	/** Whether the name is one capitalised word that is a body head, or a common word and no word of people's names. */
	private static boolean commonWord(String name) {
		if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.split("[\\s-]+").length != 1) {
			return false;
		}
		return BodyHeads.get().kindOf(name) != null
				|| !EntityTagger.personNameWord(name) && EntityTagger.commonWord(name);
	}

	private static void variants(DocActors actors) {
		List<DocActor> people = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON && !a.spans().isEmpty()) {
				people.add(a);
			}
		}
		people.sort((x, y) -> Integer.compare(firstOffset(x), firstOffset(y)));
		for (int i = 0; i < people.size(); i++) {
			for (int j = 0; j < people.size(); j++) {
				DocActor a = people.get(i);
				DocActor b = people.get(j);
				if (j == i || a.spans().isEmpty() || b.spans().isEmpty() || !sameCountry(a, b)) {
					continue;
				}
				if (lastNameOfOnly(a, b, people)) {
					actors.absorb(a, b); // "Umerov" into "Rustem Umerov"
					Mechanisms.fired("actors.variants", 1);
				} else if (j > i && sameFullName(a, b)) {
					// the name read first stays, unless the later one comes from a dictionary of higher confidence
					boolean later = b.confidence() > a.confidence();
					actors.absorb(later ? a : b, later ? b : a);
					Mechanisms.fired("actors.variants", 1);
				}
			}
		}
	}

	/** Both named in full with the same words up to spelling ("Sergei Lavrov", "Sergey Lavrov"), not identical. */
	private static boolean sameFullName(DocActor a, DocActor b) {
		String[] x = a.name().split(" ");
		String[] y = b.name().split(" ");
		if (x.length < 2 || x.length != y.length) {
			return false;
		}
		for (int k = 0; k < x.length; k++) {
			if (!spelling(x[k]).equals(spelling(y[k]))) {
				return false;
			}
		}
		return true;
	}

	/** {@code lone} is one word, the last name (up to spelling) of {@code full} and of no other person. */
	private static boolean lastNameOfOnly(DocActor lone, DocActor full, List<DocActor> people) {
		if (lone.name().contains(" ") || lone.name().length() < 4 || !full.name().contains(" ")) {
			return false;
		}
		String key = spelling(lone.name());
		int fits = 0;
		for (DocActor p : people) {
			if (p != lone && p.name().contains(" ") && !p.spans().isEmpty()
					&& spelling(NameRun.lastWord(p.name())).equals(key)) {
				fits++;
			}
		}
		return fits == 1 && spelling(NameRun.lastWord(full.name())).equals(key);
	}

	/**
	 * A spelling key of a name word: accents dropped, lower case, the common variants of transliteration folded ("ee",
	 * "ie" and "y" as "i", "ph" as "f", "ou" as "u") and doubled letters single.
	 */
	public static String spelling(String word) {
		String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
				.replace('\u2019', '\'').replace("ee", "i").replace("ie", "i").replace("ph", "f").replace("ou", "u")
				.replace('y', 'i');
		StringBuilder out = new StringBuilder();
		for (int k = 0; k < s.length(); k++) {
			if (k == 0 || s.charAt(k) != s.charAt(k - 1)) {
				out.append(s.charAt(k));
			}
		}
		return out.toString();
	}

	/**
	 * Whether a word of a personal name that is also a place stays a name word (mechanism {@code actors.nameWords}):
	 * the field's actor dictionaries use it in people's names ("Mariano" of "Rafael Mariano Grossi", "San" of "Aung
	 * San Suu Kyi", "Douglas"). The whole name being a place is for the caller to check.
	 */
	static boolean nameWordThoughPlace(String word) {
		boolean yes = Mechanisms.on("actors.nameWords") && EntityTagger.personNameWord(word);
		if (yes) {
			Mechanisms.fired("actors.nameWords", 1);
		}
		return yes;
	}

	private static boolean sameCountry(DocActor a, DocActor b) {
		return a.iso().isEmpty() || b.iso().isEmpty() || a.iso().equals(b.iso());
	}

	private static int firstOffset(DocActor a) {
		int first = Integer.MAX_VALUE;
		for (int[] s : a.spans()) {
			first = Math.min(first, s[0]);
		}
		return first;
	}
}
