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
	}
}
