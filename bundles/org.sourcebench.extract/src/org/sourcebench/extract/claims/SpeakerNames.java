package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.PersonNames;
import org.sourcebench.model.ActorKind;

/**
 * The named person behind a speaker the document knows only by part of the name or by title: "Kim said" is the
 * Kim of the document last named in full before the claim (Kim Yo Jong, not Kim Jong Un, when she was the last
 * one named); "said US Secretary of State" and "the Special Envoy said" are the person whose name follows that
 * title in the text ("Special Envoy for Syria Staffan de Mistura"). A speaker neither of these stays as it is.
 */
final class SpeakerNames {

	private static final Set<String> ROLE_WORDS = ClaimWords.get().list("role");
	private static final Set<String> TITLE_WORDS = ClaimWords.get().list("title");
	/** What may stand between a title and the name it introduces: "for Syria", "of the Interior", nothing. */
	private static final List<Pattern> TITLE_TO_NAME = List.of(Pattern.compile(" "),
			Pattern.compile(" (?:for|of|to|on) (?:the )?[A-Z][\\w-]* "),
			Pattern.compile(" (?:for|of|to|on) (?:the )?[A-Z][\\w-]* [A-Z][\\w-]* "),
			Pattern.compile(", "), // "the ministry's spokeswoman, Name"
			Pattern.compile(" (?:for|of|to|on|at|in) (?:the )?(?:[\\w'\u2019-]+ ){0,3}?[\\w'\u2019-]+, "));
	/** Between a person's name and a role noun of the description in apposition to it: ", a senior ". */
	private static final Pattern APPOSITION_TO_ROLE = Pattern.compile(
			", (?:a|an|the|its|his|her|their) (?:[\\w'\u2019.-]+ ){0,4}$");
	/** "the " before a role description, over capitalised modifiers ("the PDF battalion commander"). */
	private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b[Tt]he (?:[A-Z][\\w'\u2019-]* ){0,3}$");
	/** Words for one role, any of which refers back to a person introduced with another ("press secretary"). */
	private static final Set<String> SAME_ROLE = ClaimWords.get().list("same-role");
	private static final Set<ActorKind> NAME_KINDS = Set.of(ActorKind.PERSON, ActorKind.ORGANISATION,
			ActorKind.OTHER);

	private SpeakerNames() {
	}

	/** {@code claims} with every partial-name or title speaker replaced by the person it names. */
	static List<ExtractedClaim> resolve(String body, DocActors actors, List<ExtractedClaim> claims) {
		List<ExtractedClaim> out = new ArrayList<>(claims.size());
		for (ExtractedClaim c : claims) {
			DocActor a = actors.byName(c.speaker());
			int at = c.evidence() == null ? body.length() : c.evidence().begin();
			DocActor person = a == null ? null : fullName(actors, a, at);
			if (person == null && a != null) {
				person = titleHolder(body, actors, a, at);
			}
			if (person == null && a != null) {
				person = describedPerson(body, actors, a, at, c.evidence() == null ? -1 : c.evidence().end());
			}
			out.add(person == null ? c : new ExtractedClaim(person.name(), c.text(), c.direct(), c.cue(),
					c.evidence(), c.confidence()));
		}
		return out;
	}

	/**
	 * The person meant by a name that several persons of the document share ("Kim said" with Kim Yo-jong and Kim
	 * Jong-un both named): when the speaker's mention at cue {@code h} is part of {@code speaker}'s name and of
	 * another person's, the one of them who spoke last before the cue; {@code speaker} when none of the others
	 * spoke or the mention is the full name.
	 */
	static DocActor sharedSurname(String body, DocActors actors, SpeakerFinder speakers, CueHit h, DocActor speaker) {
		if (h.speaker == null || speaker.kind() != ActorKind.PERSON || h.speaker.actor() != speaker) {
			return speaker;
		}
		int from = h.inverted ? h.end : h.speaker.phraseBegin();
		int to = h.inverted ? Math.min(body.length(), h.end + 80) : h.begin;
		ActorMention m = null;
		for (ActorMention x : actors.within(from, to)) {
			if (x.actor() == speaker) {
				m = x;
				break;
			}
		}
		if (m == null) {
			return speaker;
		}
		List<String> said = words(body.substring(m.begin(), m.end()));
		List<String> full = words(speaker.name());
		if (said.isEmpty() || said.size() >= full.size() || !full.containsAll(said)) {
			return speaker;
		}
		DocActor best = null;
		int bestAt = -1;
		for (DocActor b : actors.actors()) {
			if (b.kind() != ActorKind.PERSON || !words(b.name()).containsAll(said)) {
				continue;
			}
			int turn = speakers.lastTurnOf(b, h.begin);
			if (turn > bestAt) {
				best = b;
				bestAt = turn;
			}
		}
		return best == null ? speaker : best;
	}

	/** The person whose full name holds every word of {@code a}'s name ("Bin Farhan", "Kim"), or null. */
	private static DocActor fullName(DocActors actors, DocActor a, int at) {
		if (!NAME_KINDS.contains(a.kind()) || !a.iso().isEmpty()) {
			return null;
		}
		List<String> words = words(a.name());
		if (words.isEmpty() || words.stream().anyMatch(w -> ROLE_WORDS.contains(w) || TITLE_WORDS.contains(w))) {
			return null;
		}
		DocActor best = null;
		int bestAt = -1;
		for (DocActor b : actors.actors()) {
			List<String> full = words(b.name());
			if (b == a || b.kind() != ActorKind.PERSON || full.size() <= words.size() || !full.containsAll(words)) {
				continue;
			}
			int last = lastMentionBefore(actors, b, at);
			if (best == null || last > bestAt) {
				best = b;
				bestAt = last;
			}
		}
		return best;
	}

	/**
	 * The one person of the document whose name {@code name} spells another way (mechanism
	 * {@code claims.name-variant}): a proper name the claim readers find at a cue after the actors were settled
	 * ("Zelensky added" with "Volodymyr Zelenskyy" known, "Lajcak said" with "Miroslav Lajčák", a typo "Erodgan") is
	 * that person, not a new actor, when every word of it matches a word of the person's name up to accents, doubled
	 * letters and the transliteration variants {@link PersonNames#spelling} folds, or (words of six letters or more)
	 * one letter changed, added, dropped or swapped; null if none or several fit.
	 */
	static DocActor variantOf(DocActors actors, String name) {
		if (!Mechanisms.on("claims.name-variant")) {
			return null;
		}
		List<String> words = words(name);
		if (words.isEmpty() || words.stream().anyMatch(w -> ROLE_WORDS.contains(w) || TITLE_WORDS.contains(w)
				|| w.length() < 4)) {
			return null;
		}
		DocActor found = null;
		for (DocActor b : actors.actors()) {
			List<String> full = words(b.name());
			if (b.kind() != ActorKind.PERSON || b.spans().isEmpty() || full.size() < 2
					|| full.size() < words.size() || !words.stream().allMatch(w -> full.stream().anyMatch(
							f -> sameSpelling(w, f)))) {
				continue;
			}
			if (found != null) {
				return null;
			}
			found = b;
		}
		if (found != null) {
			Mechanisms.fired("claims.name-variant", 1);
		}
		return found;
	}

	/** Whether two name words are one up to spelling (see {@link #variantOf}). */
	static boolean sameSpelling(String x, String y) {
		String a = PersonNames.spelling(x);
		String b = PersonNames.spelling(y);
		if (a.equals(b)) {
			return true;
		}
		return Math.min(a.length(), b.length()) >= 6 && oneEdit(a, b);
	}

	/** One substitution, insertion, deletion or swap of neighbours turns {@code a} into {@code b}. */
	private static boolean oneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			return a.substring(i + 1).equals(b.substring(i + 1))
					|| i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
							&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
	}

	/**
	 * The person named right after a mention of title actor {@code a} ("US Secretary of State Mike Pompeo"),
	 * the last such before the claim (else the first after it), or null.
	 */
	private static DocActor titleHolder(String body, DocActors actors, DocActor a, int at) {
		List<String> words = words(a.name());
		if (a.kind() == ActorKind.STATE || words.stream().noneMatch(ROLE_WORDS::contains)) {
			return null;
		}
		Set<String> titles = new java.util.LinkedHashSet<>();
		titles.add(DocActor.isUnnamed(a.name()) ? a.name().substring(DocActor.UNNAMED.length()) : a.name());
		for (int[] span : a.spans()) {
			titles.add(body.substring(span[0], span[1]));
		}
		int beforeAt = -1;
		DocActor before = null;
		DocActor after = null;
		int afterAt = Integer.MAX_VALUE;
		for (String title : titles) {
			for (int i = body.indexOf(title); i >= 0; i = body.indexOf(title, i + 1)) {
				DocActor named = personAfter(body, actors, i + title.length());
				if (named == null) {
					continue;
				}
				if (i < at && i > beforeAt) {
					before = named;
					beforeAt = i;
				} else if (i >= at && i < afterAt) {
					after = named;
					afterAt = i;
				}
			}
		}
		return before != null ? before : after;
	}

	/**
	 * The person an unnamed definite role description refers back to ("the battalion commander said", "the
	 * minister's spokeswoman said"): the person last introduced before the claim with the description's role noun
	 * (or a word for the same role, claim-words.tsv same-role), in apposition ("Name, a battalion commander of
	 * ...") or as a title before the name ("the press secretary of the president, Name"); null if none.
	 */
	private static DocActor describedPerson(String body, DocActors actors, DocActor a, int at, int end) {
		if (!DocActor.isUnnamed(a.name()) || a.kind() == ActorKind.STATE || !isDefinite(body, a)) {
			return null;
		}
		List<String> words = words(a.name().substring(DocActor.UNNAMED.length()));
		String head = words.isEmpty() ? "" : words.get(words.size() - 1);
		if (!ROLE_WORDS.contains(head) && !ClaimWords.get().isSource(head)) {
			return null;
		}
		Set<String> roles = new java.util.LinkedHashSet<>();
		roles.add(head);
		if (SAME_ROLE.contains(head)) {
			roles.addAll(SAME_ROLE);
		}
		DocActor best = null;
		int bestAt = -1;
		for (String role : roles) {
			Matcher m = Pattern.compile("\\b" + Pattern.quote(role) + "\\b", Pattern.CASE_INSENSITIVE).matcher(body)
					.region(0, Math.max(0, Math.min(at, body.length())));
			while (m.find()) {
				DocActor p = apposedPerson(body, actors, m.start());
				if (p == null) {
					p = personAfter(body, actors, m.end());
				}
				if (p != null && p != a && m.start() > bestAt) {
					best = p;
					bestAt = m.start();
				}
			}
		}
		return best != null || !ROLE_WORDS.contains(head) ? best : namedNext(body, actors, end);
	}

	/** A speech verb after a person's name in the sentence that names a described speaker ("Name said on ..."). */
	private static final Pattern NAME_THEN_CUE = Pattern.compile("\\s+(?:(?:also|later|then|further) )?"
			+ "(?:said|says|stated|told|added|confirmed|explained|noted|announced)\\b");

	/**
	 * The person the sentence after a described speaker's claim names first, as the speaker of its own speech verb,
	 * when the text has not named that person before ("“...,” the government spokesman said. Issa Tchiroma Bakary
	 * said on state television ...", "The government spokesperson has confirmed that .... In a press conference this
	 * afternoon, Michael Makuei stated ..."): mechanism {@code claims.role-person}; null otherwise.
	 */
	private static DocActor namedNext(String body, DocActors actors, int claimEnd) {
		if (!Mechanisms.on("claims.role-person") || claimEnd < 0 || claimEnd >= body.length()) {
			return null;
		}
		Matcher stop = SENTENCE_END.matcher(body).region(claimEnd, body.length());
		if (!stop.find()) {
			return null;
		}
		int from = stop.end();
		int to = Math.min(body.length(), from + 80);
		List<ActorMention> next = actors.within(from, to);
		if (next.isEmpty() || next.get(0).actor().kind() != ActorKind.PERSON
				|| body.substring(from, next.get(0).begin()).contains(".")) {
			return null;
		}
		ActorMention m = next.get(0);
		if (!NAME_THEN_CUE.matcher(body).region(m.end(), body.length()).lookingAt()
				|| lastMentionBefore(actors, m.actor(), claimEnd) >= 0) {
			return null;
		}
		Mechanisms.fired("claims.role-person", 1);
		return m.actor();
	}

	/** A sentence end: a full stop, question or exclamation mark (a closing quotation mark allowed), then space. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d]?\\s+");

	/**
	 * The person a definite spokesman description with a modifier refers back to ("the junta spokesman said" after
	 * "Junta spokesman Major General Zaw Min Tun has called ..."): the person last introduced before {@code at} with
	 * the role noun {@code role} (or a word for the same role) as a title before the name, where the words right
	 * before that role hold {@code modifier}; null if none (mechanism {@code claims.role-person}).
	 */
	static DocActor modifiedRolePerson(String body, DocActors actors, String role, String modifier, int at) {
		if (!Mechanisms.on("claims.role-person") || !SAME_ROLE.contains(role) || modifier.isEmpty()) {
			return null;
		}
		DocActor best = null;
		int bestAt = -1;
		for (String r : SAME_ROLE) {
			Matcher m = Pattern.compile("\\b" + Pattern.quote(r) + "\\b", Pattern.CASE_INSENSITIVE).matcher(body)
					.region(0, Math.max(0, Math.min(at, body.length())));
			while (m.find()) {
				String intro = body.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
				if (!intro.matches("(?s).*\\b" + Pattern.quote(modifier.toLowerCase(Locale.ROOT)) + "\\s*$")) {
					continue;
				}
				DocActor p = personAfter(body, actors, m.end());
				if (p != null && m.start() > bestAt) {
					best = p;
					bestAt = m.start();
				}
			}
		}
		if (best != null) {
			Mechanisms.fired("claims.role-person", 1);
		}
		return best;
	}

	/**
	 * Whether a mention of {@code a} is definite: after "the" (and capitalised modifiers) or with a possessive ("the
	 * PDF commander", "Kim's aide").
	 */
	private static boolean isDefinite(String body, DocActor a) {
		for (int[] span : a.spans()) {
			String before = body.substring(Math.max(0, span[0] - 40), span[0]);
			String text = body.substring(span[0], span[1]);
			if (DEFINITE_BEFORE.matcher(before).find() || text.contains("'s ") || text.contains("\u2019s ")) {
				return true;
			}
		}
		return false;
	}

	/** The person in apposition before a role noun at {@code roleAt}: "Name, a battalion commander", or null. */
	private static DocActor apposedPerson(String body, DocActors actors, int roleAt) {
		Matcher gap = APPOSITION_TO_ROLE.matcher(body.substring(Math.max(0, roleAt - 60), roleAt));
		if (!gap.find()) {
			return null;
		}
		int comma = Math.max(0, roleAt - 60) + gap.start();
		ActorMention m = comma > 0 ? actors.at(comma - 1) : null;
		return m != null && m.end() == comma && m.actor().kind() == ActorKind.PERSON ? m.actor() : null;
	}

	/** The person whose mention follows {@code offset} across one of the title-to-name gaps, or null. */
	private static DocActor personAfter(String body, DocActors actors, int offset) {
		for (Pattern p : TITLE_TO_NAME) {
			Matcher gap = p.matcher(body).region(offset, body.length());
			if (gap.lookingAt()) {
				ActorMention next = actors.at(gap.end());
				if (next != null && next.begin() == gap.end() && next.actor().kind() == ActorKind.PERSON) {
					return next.actor();
				}
			}
		}
		return Mechanisms.on("claims.role-person") ? rankedPerson(body, actors, offset) : null;
	}

	/**
	 * The person named after up to three capitalised rank words that follow a role at {@code offset} ("military
	 * spokesman Major General Zaw Min Tun", "spokesman Col. Ahmed", "spokesperson Dr Name"): mechanism
	 * {@code claims.role-person}; null if none.
	 */
	private static DocActor rankedPerson(String body, DocActors actors, int offset) {
		Matcher rank = RANK_WORD.matcher(body);
		int at = offset;
		for (int words = 0; words < 3; words++) {
			rank.region(at, body.length());
			if (!rank.lookingAt() || actors.at(rank.start() + 1) != null) {
				return null;
			}
			at = rank.end();
			ActorMention next = actors.at(at + 1);
			if (next != null && next.begin() == at + 1 && next.actor().kind() == ActorKind.PERSON) {
				Mechanisms.fired("claims.role-person", 1);
				return next.actor();
			}
		}
		return null;
	}

	/** A space and one capitalised title word of a rank ("Major", "Gen.", "Maj-Gen", "Dr"). */
	private static final Pattern RANK_WORD = Pattern.compile(" [A-Z][a-z]{1,10}\\.?(?:-[A-Z][a-z]{1,10}\\.?)?(?= )");

	private static int lastMentionBefore(DocActors actors, DocActor a, int at) {
		int last = -1;
		for (ActorMention m : actors.mentions()) {
			if (m.actor() == a && m.begin() < at) {
				last = m.begin();
			}
		}
		return last;
	}

	private static List<String> words(String name) {
		List<String> out = new ArrayList<>();
		for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
			if (!w.isEmpty()) {
				out.add(w);
			}
		}
		return out;
	}
}
