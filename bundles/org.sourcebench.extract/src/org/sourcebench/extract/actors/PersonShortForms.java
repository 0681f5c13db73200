package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * After every actor reader: a person the readers named by one word, or by the full name spelled with another article
 * or hyphen, is the person named in full (mechanism {@code actors.personShortForms}). A lone word (a person, or a
 * body the tagger guessed: "Polyansky") is the last name of exactly one person named in full, its Arabic article
 * aside ("Sharaa" of "Ahmad al-Sharaa", "Al-Araji" of "Qassim al-Araji"), or, when no last name fits, the first word
 * of exactly one ("Lee" of "Lee Jae Myung", "Hamza" of "Hamza Abdi Barre"). Two full names with the same words once
 * articles, hyphens and transliteration are set aside ("Abdel-Fattah el-Sisi", "Abdel Fattah al-Sisi") are one
 * person; the one read first, or from a dictionary, keeps its name. Dictionary people (confidence 0.9 and more) are
 * never the lone word. Stateless.
 */
public final class PersonShortForms {

	private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at",
			"az", "an");

	private PersonShortForms() {
	}

	static void settle(DocActors actors) {
		if (!Mechanisms.on("actors.personShortForms")) {
			return;
		}
		List<DocActor> full = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON && !a.spans().isEmpty() && words(a.name()).size() >= 2
					&& a.name().contains(" ")) {
				full.add(a);
			}
		}
		for (DocActor a : actors.actors()) {
			if (a.spans().isEmpty() || DocActor.isUnnamed(a.name())) {
				continue;
			}
			DocActor into = null;
			if (lone(a)) {
				into = fullNameOf(a, full);
			} else if (a.kind() == ActorKind.PERSON && full.contains(a)) {
				into = sameName(a, full);
			}
			if (into != null) {
				actors.absorb(a, into);
				full.remove(a);
				Mechanisms.fired("actors.personShortForms", 1);
			}
		}
	}

	/**
	 * The same once more after the claim and relation readers, which name speakers and sides themselves ("Dmitry
	 * Polyansky said ... Polyansky said", read as bodies when the tagger gave no PERSON), mechanism
	 * {@code actors.lateShortForms}: a full name may also be such a body of two or three capitalised words, no body
	 * head among them, and a dictionary person named in the text only by the last word of its name ("Barzani", the
	 * dictionary's "Masoud Barzani", where the article names "Masrour Barzani") is that lone word. Returns the names
	 * of the actors absorbed, each with the name it now goes by.
	 */
	public static Map<String, String> settleLate(String body, DocActors actors) {
		Map<String, String> renamed = new HashMap<>();
		if (!Mechanisms.on("actors.lateShortForms")) {
			return renamed;
		}
		List<DocActor> full = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (!a.spans().isEmpty() && words(a.name()).size() >= 2 && a.name().contains(" ")
					&& (a.kind() == ActorKind.PERSON || namedLikeAPerson(a))) {
				full.add(a);
			}
		}
		for (DocActor a : List.copyOf(actors.actors())) {
			if (a.spans().isEmpty() || DocActor.isUnnamed(a.name())) {
				continue;
			}
			DocActor into = null;
			if (lone(a)) {
				into = fullNameOf(a, full);
			} else if (a.kind() == ActorKind.PERSON && a.confidence() >= 0.9) {
				String word = onlyLastWord(body, a);
				into = word == null ? null : fullNameOf(word, a, full);
			}
			if (into != null) {
				actors.absorb(a, into);
				full.remove(a);
				if (a.spans().isEmpty()) {
					renamed.put(a.name(), into.name());
				}
				Mechanisms.fired("actors.lateShortForms", 1);
			}
		}
		return renamed;
	}

	/** A body the readers named by two or three capitalised words, no dictionary name and no body head among them. */
	private static boolean namedLikeAPerson(DocActor a) {
		if (a.kind() != ActorKind.ORGANISATION || a.confidence() >= 0.9 || a.name().contains(" of ")) {
			return false;
		}
		String[] w = a.name().split(" ");
		if (w.length > 3) {
			return false;
		}
		for (String x : w) {
			if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || x.equals(x.toUpperCase(Locale.ROOT))
					|| BodyHeads.get().kindOf(x) != null) {
				return false;
			}
		}
		return true;
	}

	/** The last word of a person's name when every mention of the person is that word alone, else null. */
	private static String onlyLastWord(String body, DocActor a) {
		List<String> w = words(a.name());
		if (w.size() < 2) {
			return null;
		}
		String last = null;
		for (int[] s : a.spans()) {
			String text = body.substring(s[0], s[1]);
			List<String> tw = words(text);
			if (tw.size() != 1 || !tw.get(0).equals(w.get(w.size() - 1))) {
				return null;
			}
			last = text;
		}
		return last;
	}

	/** A one-word person, or a one-word body the tagger read, not from a dictionary. */
	private static boolean lone(DocActor a) {
		String n = a.name();
		if (n.contains(" ") || n.length() < 3 || a.confidence() >= 0.9 || !Character.isUpperCase(n.charAt(0))
				|| n.equals(n.toUpperCase(Locale.ROOT))) {
			return false;
		}
		return a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANISATION && words(n).size() == 1;
	}

	private static DocActor fullNameOf(DocActor lone, List<DocActor> full) {
		return fullNameOf(lone.name(), lone, full);
	}

	private static DocActor fullNameOf(String name, DocActor lone, List<DocActor> full) {
		List<String> w = words(name);
		if (w.size() != 1) {
			return null;
		}
		String key = w.get(0);
		DocActor last = null;
		DocActor first = null;
		int lasts = 0;
		int firsts = 0;
		for (DocActor p : full) {
			if (p == lone) {
				continue;
			}
			List<String> pw = words(p.name());
			if (pw.get(pw.size() - 1).equals(key)) {
				last = p;
				lasts++;
			} else if (pw.get(0).equals(key)) {
				first = p;
				firsts++;
			}
		}
		return lasts == 1 ? last : lasts == 0 && firsts == 1 ? first : null;
	}

	/** An earlier (or dictionary) person with the same name words as {@code a}, spelled otherwise. */
	private static DocActor sameName(DocActor a, List<DocActor> full) {
		List<String> w = words(a.name());
		for (DocActor p : full) {
			if (p == a || p.name().equals(a.name()) || !words(p.name()).equals(w)) {
				continue;
			}
			boolean keepP = p.confidence() > a.confidence()
					|| p.confidence() == a.confidence() && firstOffset(p) < firstOffset(a);
			if (keepP) {
				return p;
			}
		}
		return null;
	}

	/** The name's words, split at spaces and hyphens, articles dropped, spelling keys ({@link PersonNames#spelling}). */
	static List<String> words(String name) {
		List<String> out = new ArrayList<>();
		for (String part : name.split("[\\s\\-\u2010\u2011]+")) {
			String k = PersonNames.spelling(part);
			if (!k.isEmpty() && !ARTICLES.contains(k)) {
				out.add(k);
			}
		}
		return out;
	}

	private static int firstOffset(DocActor a) {
		int first = Integer.MAX_VALUE;
		for (int[] s : a.spans()) {
			first = Math.min(first, s[0]);
		}
		return first;
	}
}
