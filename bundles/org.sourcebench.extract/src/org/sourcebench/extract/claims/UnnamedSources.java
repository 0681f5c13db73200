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
