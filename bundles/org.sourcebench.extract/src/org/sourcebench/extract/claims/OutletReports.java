package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.model.ActorKind;

/**
 * An outlet reporting another speaker's statement at the end of its sentence speaks the same text (switch
 * {@code claims.outlet-reports}; DECISIONS.md C1: nested attribution through an outlet is a claim at both levels, same
 * text, the innermost content): "Kim Jong Un said ..., state media KCNA reported.", "..., she said, according to
 * KCNA.", "Brunei's foreign minister said ..., reported CNN.", "..., as reported by Al Jazeera.". Each claim of
 * another speaker in that sentence before the frame gets the outlet as a second speaker, when the outlet does not speak
 * it already. The outlet is a media actor named in the frame; "told AP" and "a statement carried by KCNA" are no frame
 * (C1: the outlet only receives or publishes the statement).
 */
final class OutletReports {

	/** The report frame before the outlet's mention: ", according to (the) ", ", reported ", ", as reported by ". */
	private static final Pattern LEAD = Pattern.compile("(?i)(?:^[\\s,.\u201d\"\u2019]*|,\\s+)"
			+ "(?:according\\s+to|(?:as\\s+)?reported\\s+by|reported|reports|citing)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}$");
	/** Before an outlet that reports with its own verb: ", (the) (state media | Indonesian news agency ...) ". */
	private static final Pattern SUBJECT = Pattern.compile("(?i)(?:^[\\s,.\u201d\"\u2019]*,|,)\\s+"
			+ "(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}$");
	/** After the outlet: its verb and a time, or nothing when the lead has the verb; then the sentence's end. */
	private static final Pattern VERB_TAIL = Pattern.compile("(?i)^(?:\\s*\\([^)]{1,20}\\))?\\s+(?:reported|reports|"
			+ "wrote|said|says|added)(?:\\s+(?:on|late|early|last)\\s+\\p{L}+|\\s+\\p{L}+day|\\s+(?:citing|quoting)\\s+"
			+ "[^.;]{1,80})?\\s*[.]?$");
	private static final Pattern LEAD_TAIL = Pattern.compile("(?i)^(?:\\s*\\([^)]{1,20}\\))?(?:['’]s)?(?:\\s+"
			+ "(?:report|reports|news\\s+agency|agency|website|channel))?(?:\\s+(?:on|late|early|last)\\s+\\p{L}+|\\s+"
			+ "\\p{L}+day)?\\s*[.]?$");
	/** A media actor by its name when the actor reader did not type it. */
	private static final Pattern MEDIA_NAME = Pattern.compile("(?i)\\b(?:news|agency|times|tv|television|radio|press|"
			+ "post|media|herald|tribune|gazette|daily|journal)\\b");
	/**
	 * The end of the sentence: a full stop (perhaps inside a closing quotation mark) before a line end or a word that
	 * is not lower case ("... today.\u201d he said" goes on).
	 */
	private static final Pattern END = Pattern.compile("[.!?][\u201d\"\u2019']?(?=\\s+[^\\p{Ll}\\s]|\\s*$)|\\n");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final int MAX_TAIL = 200;

	private OutletReports() {
	}

	/**
	 * {@code claims} with the outlet's copy of every claim an outlet reports at the end of its sentence; with
	 * {@code claims.outlet-tails}, a claim that ran on into the frame ("..., reported CNN", "..., state media" before
	 * "KCNA reported") ends before it first.
	 */
	static List<ExtractedClaim> add(String body, DocActors actors, List<ExtractedClaim> claims) {
		boolean reports = Mechanisms.on("claims.outlet-reports");
		boolean tails = Mechanisms.on("claims.outlet-tails");
		if (!reports && !tails) {
			return claims;
		}
		List<Media> media = media(body, actors);
		List<ExtractedClaim> out = new ArrayList<>(claims.size());
		for (ExtractedClaim c : claims) {
			out.add(tails ? trimmed(body, media, c) : c);
		}
		if (!reports) {
			return out;
		}
		for (ExtractedClaim c : List.copyOf(out)) {
			if (c.evidence() == null) {
				continue;
			}
			ActorMention m = reporting(body, media, c.evidence().end(), c.speaker());
			if (m == null || speaks(out, m.actor().name(), c)) {
				continue;
			}
			out.add(new ExtractedClaim(m.actor().name(), c.text(), c.direct(), c.cue(), c.evidence(),
					c.confidence()));
			Mechanisms.fired("claims.outlet-reports", 1);
		}
		return out;
	}

	/**
	 * The claim without the report frame it ran on into, from its last comma: "..., reported CNN", "..., state media"
	 * (then "KCNA reported."); the claim itself when the text after that comma is no outlet's frame ending the
	 * sentence (switch {@code claims.outlet-tails}).
	 */
	private static ExtractedClaim trimmed(String body, List<Media> media, ExtractedClaim c) {
		TextSpan ev = c.evidence();
		if (ev == null || !c.text().equals(ev.text())) {
			return c;
		}
		int cut = c.text().lastIndexOf(',');
		if (cut <= 0 || !LETTER.matcher(c.text()).region(cut, c.text().length()).find()) {
			return c;
		}
		ActorMention m = reporting(body, media, ev.begin() + cut, c.speaker());
		if (m == null || body.substring(ev.begin() + cut + 1, m.begin()).indexOf(',') >= 0) {
			return c; // another clause between: "B,\u201d he said, according to KCNA" is not B's tail
		}
		TextSpan t = TextSpan.of(body, ev.begin(), ev.begin() + cut);
		Mechanisms.fired("claims.outlet-tails", 1);
		return new ExtractedClaim(c.speaker(), t.text(), c.direct(), c.cue(), t, c.confidence());
	}

	/** The mention of the media actor whose report frame ends the sentence after {@code from}, not {@code speaker}. */
	private static ActorMention reporting(String body, List<Media> media, int from, String speaker) {
		int at = from;
		while (at < body.length() && ",\u201d\"\u2019' ".indexOf(body.charAt(at)) >= 0) {
			at++; // past the quotation's closing marks
		}
		int limit = Math.min(body.length(), at + MAX_TAIL);
		Matcher e = END.matcher(body).region(Math.max(0, from - 1), limit);
		int end = e.find() && e.start() >= at ? e.end() : -1;
		if (end < 0) {
			return null; // no end in reach, or the claim closes its sentence ("... more.\u201d The junta ...")
		}
		List<ActorMention> ms = new ArrayList<>();
		for (Media a : media) {
			if (a.actor().name().equals(speaker)) {
				continue;
			}
			for (String surface : a.surfaces()) { // every occurrence: the reader keeps few of a repeated name
				for (int i = body.indexOf(surface, from); i >= 0 && i + surface.length() <= end;
						i = body.indexOf(surface, i + 1)) {
					ms.add(new ActorMention(i, i + surface.length(), a.actor()));
				}
			}
		}
		for (ActorMention m : ms) {
			String before = body.substring(from, m.begin());
			String after = body.substring(m.end(), end);
			if (LEAD.matcher(before).find() && LEAD_TAIL.matcher(after).find()
					|| SUBJECT.matcher(before).find() && VERB_TAIL.matcher(after).find()) {
				return m;
			}
		}
		return null;
	}

	/** A media actor of the document and the capitalised strings its mentions have in the body. */
	private record Media(DocActor actor, List<String> surfaces) {
	}

	/** The document's media actors with their surface strings, computed once for all its claims. */
	private static List<Media> media(String body, DocActors actors) {
		List<Media> out = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (isMedia(a)) {
				out.add(new Media(a, surfaces(body, a)));
			}
		}
		return out;
	}

	private static List<String> surfaces(String body, DocActor a) {
		List<String> out = new ArrayList<>();
		for (int[] s : a.spans()) {
			String w = body.substring(s[0], s[1]);
			if (!out.contains(w) && w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
				out.add(w);
			}
		}
		return out;
	}

	private static boolean isMedia(DocActor a) {
		return a.kind() == ActorKind.MEDIA || !DocActor.isUnnamed(a.name()) && MEDIA_NAME.matcher(a.name()).find()
				&& a.kind() != ActorKind.PERSON;
	}

	private static boolean speaks(List<ExtractedClaim> claims, String speaker, ExtractedClaim c) {
		for (ExtractedClaim o : claims) {
			if (o.speaker().equals(speaker) && o.evidence() != null && o.evidence().begin() < c.evidence().end()
					&& c.evidence().begin() < o.evidence().end()) {
				return true;
			}
		}
		return false;
	}
}
