package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * "The three European powers", "the European trio", "European leaders": a set of states named by a bloc adjective
 * (actor-words.tsv class bloc-adjective: European) and a plural noun of states or their
 * leaders (class bloc-noun), with an optional count, is one actor per adjective in a document (mechanism
 * {@code actors.regionalBlocs}): the study gold enters such a set as one side (the E3) in most articles that name it,
 * unlike "Arab states" or "African countries". A phrase inside another actor's mention is left to it.
 * Stateless.
 */
final class RegionalBlocs {

	private static final Pattern BLOC = Pattern.compile("\\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) )?("
			+ ActorWords.get().alternation("bloc-adjective") + ") (?:" + ActorWords.get().alternation("bloc-noun")
			+ ")\\b");

	/** "the West" not followed by a capitalised word, a hyphen or an apostrophe. */
	private static final Pattern WEST = Pattern.compile("\\b[Tt]he (?:collective )?(West)\\b(?![-'\u2019]| [A-Z])");
	private static final Pattern WESTERN = Pattern.compile("\\bWestern (?:powers|countries|governments|nations|allies)\\b");

	private RegionalBlocs() {
	}

	static void read(String body, DocActors actors) {
		if (!Mechanisms.on("actors.regionalBlocs")) {
			return;
		}
		Map<String, DocActor> blocs = new HashMap<>();
		Matcher m = BLOC.matcher(body);
		while (m.find()) {
			int b = m.start();
			int e = m.end();
			if (actors.overlaps(b, e) || e < body.length() && (body.charAt(e) == '-' || body.charAt(e) == '\'')) {
				continue;
			}
			String adjective = m.group(1);
			DocActor a = blocs.get(adjective);
			if (a == null) {
				a = actors.actor(body.substring(m.start(1), e), ActorKind.ALLIANCE, "", 0.5);
				blocs.put(adjective, a);
			}
			actors.mention(a, b, e);
			Mechanisms.fired("actors.regionalBlocs", 1);
		}
		west(body, actors);
	}

	/**
	 * "The West", "the collective West": the Western states as one side (mechanism {@code actors.recall-west}); the
	 * study gold enters it as an actor in 5 of the 8 articles that write it. A capitalised word after it makes a place
	 * ("the West Bank", "the West Africa region"). Once it is an actor, "Western powers" and the like are its
	 * mentions too.
	 */
	private static void west(String body, DocActors actors) {
		if (!Mechanisms.on("actors.recall-west")) {
			return;
		}
		DocActor west = null;
		Matcher m = WEST.matcher(body);
		while (m.find()) {
			int b = m.start(1);
			int e = m.end(1);
			if (actors.overlaps(b, e)) {
				continue;
			}
			if (west == null) {
				west = actors.actor("West", ActorKind.ALLIANCE, "", 0.5);
			}
			actors.mention(west, b, e);
			Mechanisms.fired("actors.recall-west", 1);
		}
		if (west == null) {
			return;
		}
		Matcher w = WESTERN.matcher(body);
		while (w.find()) {
			if (!actors.overlaps(w.start(), w.end())) {
				actors.mention(west, w.start(), w.end());
			}
		}
	}
}
