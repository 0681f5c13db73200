package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * CAMEO verbs of no conflict read in a sense that is no act between the two sides ({@code relations.act-senses}),
 * the way {@link ConflictSenses} reads the force words: the relationship is dropped when the verb that coded it is
 * used so. "Released a statement / footage / casualty figures" publishes something (the CAMEO.2.0 dictionary's
 * RELEASE [084] already has null patterns for "identities" and "recordings"; a release of a person or a ship stays);
 * "X echoed Y('s remarks)" repeats Y (the dictionary lists ECHO among the synonyms of MOCK [111]); "X, Y and Z
 * attended the talks" does not make the attendees meet each other (they meet the talks' parties); "troops deployed
 * to X" (15) shows no force toward the place the troops go to when no other posture word is there (nor
 * "against"). Runs once at the end of the parse reader on every relationship, parse or word window, after
 * {@link ConflictSenses}. Stateless.
 */
final class ActSenses {

	static final String SWITCH = "relations.act-senses";

	/** What one publishes, not a person or a thing held: "released a statement", "a video released by X". */
	private static final Set<String> PUBLISHED = Set.of("statement", "footage", "video", "report", "figure", "image",
			"photo", "photograph", "picture", "recording", "audio", "data", "document", "communique", "communiqué",
			"transcript", "text", "letter", "result", "list", "detail", "name", "book", "album", "clip", "film",
			"message", "note", "readout", "declaration", "announcement", "tape", "map", "information", "statistic",
			"number", "version", "guideline", "budget", "schedule", "dossier", "memo", "paper", "study", "survey",
			"poll", "estimate", "toll");
	/** The other words of a show of force (15), beside "deploy". */
	private static final Set<String> POSTURE = Set.of("drill", "exercise", "mobilize", "mobilise", "mobilization",
			"mobilisation", "patrol", "lock", "manoeuvre", "maneuver", "alert", "buildup", "build-up", "amass", "mass",
			"fly", "sail", "muster", "station", "position", "threaten", "display", "show", "against");

	private ActSenses() {
	}

	/** Removes the relationships of {@code out} whose coding verb is used in a sense that is no act between them. */
	static void apply(List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on(SWITCH)) {
			return;
		}
		Recoding.apply(sentences, out, SWITCH, r -> true, (s, r) -> s == null ? null : sense(s, r, actors));
	}

	/** {@link Recoding#DROP} when the verb that coded {@code r} is used in another sense, else null. */
	private static String sense(ParsedSentence s, ExtractedRelationship r, DocActors actors) {
		String root = r.root();
		List<Integer> verbs = new ArrayList<>();
		for (int t = 0; t < s.size(); t++) {
			if (Recoding.inEvidence(s, t, r) && s.pos(t).equals("VERB")) {
				verbs.add(t);
			}
		}
		for (int t = 0; t < s.size(); t++) {
			if (!Recoding.inEvidence(s, t, r)) {
				continue;
			}
			String l = Recoding.lemma(s, t);
			if (root.equals("08") && l.equals("release") && published(s, t)) {
				return Recoding.DROP; // "released a statement", "in a statement released on its channel"
			}
			if ((root.equals("11") || root.equals("06")) && l.equals("echo") && verbs.size() == 1
					&& verbs.get(0) == t) {
				return Recoding.DROP; // "X echoed Y", "X echoed remarks by Y"
			}
			if (root.equals("04") && l.equals("attend") && s.pos(t).equals("VERB") && coSubjects(s, t, r, actors)) {
				return Recoding.DROP; // "X, Y and Z attended the talks"
			}
			if (root.equals("15") && (l.equals("deploy") || l.equals("deployment")) && !evidenceHasPosture(s, r)) {
				return Recoding.DROP; // "troops deployed to X"
			}
		}
		return null;
	}

	/** Whether the release at {@code t} publishes something: its object, or the noun it modifies, is published. */
	private static boolean published(ParsedSentence s, int t) {
		List<Integer> objects = new ArrayList<>(s.children(t, "obj"));
		objects.addAll(s.children(t, "nsubj:pass"));
		if (s.deprel(t).startsWith("acl") || s.deprel(t).equals("amod")) {
			if (s.head(t) >= 0) {
				objects.add(s.head(t)); // "a statement released by X", "the released footage"
			}
		}
		for (int o : objects) {
			String l = Recoding.lemma(s, o);
			if (PUBLISHED.contains(l)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether both sides of {@code r} are named in its evidence before the active attendance at {@code t}, where
	 * the attendees stand ("X, Y and Z have attended the talks"; read by word order, as the parse often hangs the
	 * list elsewhere); "the meeting was attended by X" names its attendee after the verb.
	 */
	private static boolean coSubjects(ParsedSentence s, int t, ExtractedRelationship r, DocActors actors) {
		if (!s.children(t, "aux:pass").isEmpty() || !s.children(t, "nsubj:pass").isEmpty()) {
			return false;
		}
		Set<String> named = new HashSet<>();
		for (int k = 0; k < t; k++) {
			if (Recoding.inEvidence(s, k, r)) {
				ActorMention m = actors.at(s.start(k));
				if (m != null) {
					named.add(m.actor().name());
				}
			}
		}
		return named.contains(r.from()) && named.contains(r.to());
	}

	/** Whether the evidence of {@code r} holds a show-of-force word beside "deploy". */
	private static boolean evidenceHasPosture(ParsedSentence s, ExtractedRelationship r) {
		for (int t = 0; t < s.size(); t++) {
			if (Recoding.inEvidence(s, t, r) && POSTURE.contains(Recoding.lemma(s, t))) {
				return true;
			}
		}
		return false;
	}
}
