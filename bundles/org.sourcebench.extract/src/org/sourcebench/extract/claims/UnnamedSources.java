package org.sourcebench.extract.claims;

import java.util.Locale;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * Unnamed speakers ("officials", "a source close to the talks", "two Egyptian security sources") as actors of the
 * document, one per description: the head word (singular) and the countries the description names ("sources from
 * Egypt" = "Egyptian security sources" = "the Egyptian sources"; "a source" is another). A bare definite phrase
 * ("the source", "Sources") is the last unnamed speaker of that head. A plural source is a group (kind other), a
 * singular one a person, media a media actor.
 */
final class UnnamedSources {

	private UnnamedSources() {
	}

	/** The unnamed actor of the description at {@code [begin, end)} of {@code body} (determiners included). */
	static DocActor speaker(String body, DocActors actors, int begin, int end) {
		ClaimWords words = ClaimWords.get();
		int b = begin;
		String first = firstWord(body, b, end);
		boolean definite = first.equals("the");
		while (b < end && words.determiners.contains(firstWord(body, b, end))) {
			b += firstWord(body, b, end).length();
			while (b < end && body.charAt(b) == ' ') {
				b++;
			}
		}
		if (b >= end) {
			return null;
		}
		String phrase = body.substring(b, end);
		String key = key(phrase);
		if (key.isEmpty()) {
			return null;
		}
		int[] trimmed = Mechanisms.on("actors.unnamedTrim") ? trim(body, b, end) : null;
		if (trimmed != null) {
			b = trimmed[0];
			end = trimmed[1];
			phrase = body.substring(b, end);
			key = key(phrase);
			Mechanisms.fired("actors.unnamedTrim", 1);
		}
		boolean bare = !phrase.contains(" ");
		DocActor match = null;
		for (DocActor a : actors.actors()) {
			if (!DocActor.isUnnamed(a.name())) {
				continue;
			}
			String k = key(a.name().substring(DocActor.UNNAMED.length()));
			if (k.equals(key) || definite && bare && headOf(k).equals(headOf(key))) {
				match = a;
			}
		}
		if (match == null && !definite && !plural(phrase)) {
			DocActor named = NamedLater.person(body, actors, headOf(key), end); // "..., a rebel spokesman said."
			if (named != null) {
				return named;
			}
		}
		if (match == null) {
			String head = headOf(key);
			ActorKind kind = head.equals("media") ? ActorKind.MEDIA
					: plural(phrase) ? ActorKind.OTHER : ActorKind.PERSON;
			match = actors.actor(DocActor.UNNAMED + phrase, kind, "", 0.5);
		}
		actors.mention(match, b, end);
		return match;
	}

	/** Words that open no description of a speaker: a preposition, a possessive, a participle, a time of day. */
	private static final java.util.Set<String> NO_OPENING = java.util.Set.of("by", "its", "his", "her", "their",
			"as", "well", "received", "reported", "evening", "morning", "afternoon", "night");

	/**
	 * The description {@code [b, end)} without what the speaker reader ran into (mechanism
	 * {@code actors.unnamedTrim}; GUIDELINES.md: the mention is the description itself): leading words no description
	 * opens with ("By evening reports", "as well as international aviation experts", "received reports", "by some
	 * media") and determiners after them, and a trailing time ("Reports on Monday") or place ("a source close to the
	 * negotiations in the Belarussian capital"). Null when nothing is cut or the rest names no source.
	 */
	private static int[] trim(String body, int b, int end) {
		ClaimWords words = ClaimWords.get();
		int nb = b;
		for (int guard = 0; guard < 6 && nb < end; guard++) {
			String w = firstWord(body, nb, end);
			if (w.isEmpty() || !NO_OPENING.contains(w) && !(nb > b && words.determiners.contains(w))) {
				break;
			}
			nb += w.length();
			while (nb < end && body.charAt(nb) == ' ') {
				nb++;
			}
		}
		int ne = end;
		String lower = body.substring(nb, end).toLowerCase(Locale.ROOT);
		int on = lower.lastIndexOf(" on ");
		if (on > 0 && org.sourcebench.extract.actors.ActorWords.get().is("date-word", lower.substring(on + 4).trim())) {
			ne = nb + on;
		}
		int in = lower.indexOf(" in the ");
		if (in > 0 && nb + in < ne) {
			ne = nb + in;
		}
		if (nb == b && ne == end || nb >= ne || key(body.substring(nb, ne)).isEmpty()) {
			return null;
		}
		return new int[] {nb, ne};
	}

	private static boolean plural(String phrase) {
		String last = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return last.endsWith("s") && !ClaimWords.get().sources.contains(last);
	}

	private static String headOf(String key) {
		int bar = key.indexOf('|');
		return bar < 0 ? key : key.substring(0, bar);
	}

	private static String firstWord(String body, int b, int end) {
		int e = b;
		while (e < end && Character.isLetter(body.charAt(e))) {
			e++;
		}
		return body.substring(b, e).toLowerCase(Locale.ROOT);
	}

	/** Head word (singular, the last source word of the phrase) and the countries named, or "" if no source word. */
	static String key(String phrase) {
		ClaimWords words = ClaimWords.get();
		String head = "";
		for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			String h = words.sourceHead(w);
			if (h != null) {
				head = h;
			}
		}
		if (head.isEmpty()) {
			return "";
		}
		String[] all = phrase.toLowerCase(Locale.ROOT).split("[^a-z]+");
		String last = all.length == 0 ? head : all[all.length - 1];
		if (head.equals("local") && !last.startsWith("local") && !last.isEmpty()
				&& Mechanisms.on("claims.local-adjective")) {
			head = last.endsWith("s") ? last.substring(0, last.length() - 1) : last; // "a local mayor": a mayor
		}
		StringBuilder k = new StringBuilder(head).append('|');
		PhraseIndex<CountryTable.Form> countries = ExtractionData.get().countries().index();
		for (PhraseIndex.Match<CountryTable.Form> m : countries.findAll(phrase)) {
			k.append(m.value().country().iso()).append(',');
		}
		return k.toString();
	}
}
