package org.sourcebench.extract.claims;

import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * An unnamed speaker the next sentences name (switch {@code claims.named-later}): a news lede attributes to a role
 * ("..., a rebel spokesman said.", "..., an army commander said.") and the following sentences name its holder with
 * the same role ("Spokesman Jane Roe said ...", "..., said the regional army commander, Major General John Doe.",
 * "John Doe, a rebel spokesman, ..."). The speaker is then that person, as the guidelines name a speaker the text
 * identifies, not a new unnamed actor. Only a singular description, only a person first named after it, within the
 * next {@value #SENTENCES} sentence ends.
 */
final class NamedLater {

	private static final int SENTENCES = 2;
	/** How far back from a name its role may stand ("commander, Major General"). */
	private static final int BEFORE = 60;
	/** The role nouns of speaking for someone that are one role in any gender (claim-words.tsv spokes). */
	private static final Set<String> SPOKES = ClaimWords.get().list("spokes");

	private NamedLater() {
	}

	/** The person first named after {@code end} with the role {@code head} in the next sentences, or null. */
	static DocActor person(String body, DocActors actors, String head, int end) {
		if (!Mechanisms.on("claims.named-later")) {
			return null;
		}
		int limit = sentencesAfter(body, end);
		String role = SPOKES.contains(head) ? "spokes(?:man|woman|person)" : Pattern.quote(head);
		Pattern before = Pattern.compile("(?i:\\b" + role + ")\\b,?(?:\\s+(?:[A-Z][\\w.'’-]*|the|of))*\\s*$");
		Pattern after = Pattern.compile("^\\s*,\\s*(?:a|an|the|its|his|her|their)\\s+[^,.;\\n]{0,60}?\\b(?i:" + role
				+ ")\\b");
		for (ActorMention m : actors.within(end, limit)) {
			DocActor a = m.actor();
			if (a.kind() != ActorKind.PERSON || firstMention(actors, a) < end) {
				continue;
			}
			String window = body.substring(Math.max(end, m.begin() - BEFORE), m.begin());
			String tail = body.substring(m.end(), Math.min(body.length(), m.end() + 90));
			if (before.matcher(window).find() || after.matcher(tail).find()) {
				Mechanisms.fired("claims.named-later", 1);
				return a;
			}
		}
		return null;
	}

	/** Where the mentions of {@code a} begin first. */
	private static int firstMention(DocActors actors, DocActor a) {
		int first = Integer.MAX_VALUE;
		for (ActorMention m : actors.mentions()) {
			if (m.actor() == a) {
				first = Math.min(first, m.begin());
			}
		}
		return first;
	}

	/** The end of the {@value #SENTENCES}th sentence after {@code from} (full stop and space or line end). */
	private static int sentencesAfter(String body, int from) {
		int i = from;
		for (int n = 0; n <= SENTENCES && i < body.length(); n++) {
			int dot = body.indexOf(". ", i);
			int nl = body.indexOf('\n', i);
			int next = dot < 0 ? nl : nl < 0 ? dot : Math.min(dot, nl);
			if (next < 0) {
				return body.length();
			}
			i = next + 1;
		}
		return Math.min(i, body.length());
	}
}
