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
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * The named person behind a speaker the document knows only by part of the name or by title: "Kim said" is the
 * Kim of the document last named in full before the claim (Kim Yo Jong, not Kim Jong Un, when she was the last
 * one named); "said US Secretary of State" and "the Special Envoy said" are the person whose name follows that
 * title in the text ("Special Envoy for Syria Staffan de Mistura"). A speaker neither of these stays as it is.
 */
final class SpeakerNames {

	private static final String UNNAMED = "unnamed ";
	/** How far after an unnamed speaker's claim the claim of the person it names may begin. */
	private static final int NAMED_WITHIN = 400;
	/** "a", "an", "one" or a possessive before an unnamed description, over its modifiers ("its top official"). */
	private static final Pattern ONE_BEFORE = Pattern.compile(
			"\\b(?:[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[\\w'\u2019.-]+ ){0,4}$");
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
	/** A word for the one speaking role of a body, anywhere in the text ("spokesman", "Press Secretary"). */
	private static final Pattern ROLE_NOUN = Pattern.compile("\\b(?:" + String.join("|", SAME_ROLE.stream().sorted()
			.map(Pattern::quote).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
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
				person = describedPerson(body, actors, a, at);
			}
			out.add(person == null ? c : new ExtractedClaim(person.name(), c.text(), c.direct(), c.cue(),
					c.evidence(), c.confidence()));
		}
		return laterNamed(body, actors, out);
	}

	/**
	 * "X has agreed to a truce, a rebel official said. Name, a rebel official in charge of ..., said ...": an unnamed
	 * person introduced as one of many ("a", "an", "one") or by a possessive ("its top official") whose claim the
	 * next claim, within {@value #NAMED_WITHIN} characters and with no other speaker between, gives to a person the
	 * text names there for the first time, with the unnamed head noun in that person's introduction (any title for
	 * "official" or "source"): the news lead's speaker, named in the next sentence. Every claim of the unnamed
	 * speaker goes to that person (mechanism {@code speakers.later-named}).
	 */
	private static List<ExtractedClaim> laterNamed(String body, DocActors actors, List<ExtractedClaim> claims) {
		if (!Mechanisms.on("speakers.later-named")) {
			return claims;
		}
		List<ExtractedClaim> ordered = new ArrayList<>(claims);
		ordered.removeIf(c -> c.evidence() == null);
		ordered.sort(java.util.Comparator.comparingInt(c -> c.evidence().begin()));
		java.util.Map<String, String> named = new java.util.HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			ExtractedClaim c = ordered.get(i);
			DocActor u = actors.byName(c.speaker());
			if (u == null || named.containsKey(u.name()) || !u.name().startsWith(UNNAMED) || u.kind() != ActorKind.PERSON
					|| !introducedAsOne(body, u)) {
				continue;
			}
			for (int j = i + 1; j < ordered.size(); j++) {
				ExtractedClaim n = ordered.get(j);
				if (n.speaker().equals(c.speaker())) {
					continue;
				}
				DocActor p = actors.byName(n.speaker());
				if (n.evidence().begin() - c.evidence().end() <= NAMED_WITHIN && p != null
						&& p.kind() == ActorKind.PERSON && !p.name().startsWith(UNNAMED)
						&& firstMention(p) > firstMention(u) && introducedWith(body, p, u)) {
					named.put(u.name(), p.name());
				}
				break;
			}
		}
		if (named.isEmpty()) {
			return claims;
		}
		List<ExtractedClaim> out = new ArrayList<>(claims.size());
		for (ExtractedClaim c : claims) {
			String p = named.get(c.speaker());
			Mechanisms.fired("speakers.later-named", p == null ? 0 : 1);
			out.add(p == null ? c : new ExtractedClaim(p, c.text(), c.direct(), c.cue(), c.evidence(), c.confidence()));
		}
		return out;
	}

	/** Whether every mention of {@code u} follows "a", "an", "one" or a possessive ("its", "their", "his", "her"). */
	private static boolean introducedAsOne(String body, DocActor u) {
		if (u.spans().isEmpty()) {
			return false;
		}
		for (int[] span : u.spans()) {
			String before = body.substring(Math.max(0, span[0] - 40), span[0]);
			if (!ONE_BEFORE.matcher(before).find()) {
				return false;
			}
		}
		return true;
	}

	/** Where the first mention of {@code a} begins. */
	private static int firstMention(DocActor a) {
		int first = Integer.MAX_VALUE;
		for (int[] span : a.spans()) {
			first = Math.min(first, span[0]);
		}
		return first;
	}

	/**
	 * Whether person {@code p}'s first mention is introduced with the head noun of unnamed {@code u}'s description
	 * (or a word for the same role): in the title before the name or the description in apposition after it; for
	 * the general heads "official" and "source", with any title or description.
	 */
	private static boolean introducedWith(String body, DocActor p, DocActor u) {
		List<String> words = words(u.name().substring(UNNAMED.length()));
		String head = words.isEmpty() ? "" : words.get(words.size() - 1);
		int first = firstMention(p);
		int end = first;
		for (int[] span : p.spans()) {
			end = span[0] == first ? Math.max(end, span[1]) : end;
		}
		int from = first;
		while (from > 0 && first - from < 60 && ".\n\"\u201c\u201d;:".indexOf(body.charAt(from - 1)) < 0) {
			from--;
		}
		String title = body.substring(from, first).toLowerCase(Locale.ROOT);
		String after = body.substring(end, Math.min(body.length(), end + 80)).toLowerCase(Locale.ROOT);
		String apposition = after.startsWith(", ") ? after.substring(0, Math.max(2, after.indexOf(',', 2))) : "";
		if (head.equals("official") || head.equals("source")) {
			return !title.isBlank() && Character.isUpperCase(body.charAt(TextCursor.of(body).skipSpaces(from)))
					|| !apposition.isEmpty();
		}
		Set<String> roles = SAME_ROLE.contains(head) ? SAME_ROLE : Set.of(head);
		for (String r : roles) {
			if (Pattern.compile("\\b" + Pattern.quote(r) + "\\b").matcher(title + " " + apposition).find()) {
				return true;
			}
		}
		return false;
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

	/**
	 * The person who holds the speaking role of {@code owner} that a speaker phrase names by its role noun alone
	 * ("the Kremlin spokesman said", "Pakistan's foreign ministry spokesperson said", head {@code role}): the person
	 * the document introduces with that role (or another word for it, claim-words.tsv same-role), by a title before
	 * the name ("Kremlin spokesman Dmitry Peskov", "junta spokesman Major General Name") or a description in
	 * apposition ("Name, the Kremlin's spokesman"), when the introduction names no other body; the last such before
	 * {@code at}, else the first after it; null if none (the body speaks, mechanism {@code speakers.role-holder}).
	 */
	static DocActor roleHolder(String body, DocActors actors, DocActor owner, String role, int at) {
		if (!SAME_ROLE.contains(role) || !Mechanisms.on("speakers.role-holder")) {
			return null;
		}
		DocActor before = null;
		DocActor after = null;
		int beforeAt = -1;
		int afterAt = Integer.MAX_VALUE;
		Matcher m = ROLE_NOUN.matcher(body);
		while (m.find()) {
			int phrase = phraseStart(body, m.start());
			DocActor p = titledPerson(body, actors, m.end());
			int to = p == null ? m.end() : personBegin(actors, p, m.end());
			if (p == null) {
				p = apposedPerson(body, actors, m.start());
			}
			if (p == null || !sameBody(actors, owner, phrase, to)) {
				continue;
			}
			if (m.start() < at && m.start() > beforeAt) {
				before = p;
				beforeAt = m.start();
			} else if (m.start() >= at && m.start() < afterAt) {
				after = p;
				afterAt = m.start();
			}
		}
		DocActor holder = before != null ? before : after;
		Mechanisms.fired("speakers.role-holder", holder == null ? 0 : 1);
		return holder;
	}

	/**
	 * The person named after a role noun ending at {@code offset}: across a gap of {@link #TITLE_TO_NAME}, or over
	 * up to three capitalised title words ("spokesman Major General Name", "Spokesman Dr Name"); null if none.
	 */
	private static DocActor titledPerson(String body, DocActors actors, int offset) {
		DocActor p = personAfter(body, actors, offset);
		int i = offset;
		for (int words = 0; p == null && words < 3; words++) {
			int b = TextCursor.of(body).skipSpaces(i);
			String w = TextCursor.of(body).nextWord(b);
			if (b == i || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
				return null;
			}
			i = b + w.length();
			p = personAfter(body, actors, i);
		}
		return p;
	}

	/** Where the first mention of person {@code p} at or after {@code from} begins. */
	private static int personBegin(DocActors actors, DocActor p, int from) {
		for (ActorMention x : actors.mentions()) {
			if (x.actor() == p && x.begin() >= from) {
				return x.begin();
			}
		}
		return from;
	}

	/** Start of the phrase a role noun at {@code roleAt} ends: after the last comma, colon, quotation mark or line. */
	private static int phraseStart(String body, int roleAt) {
		int b = roleAt;
		while (b > 0 && roleAt - b < 80 && ",;:.\n\"\u201c\u201d(".indexOf(body.charAt(b - 1)) < 0) {
			b--;
		}
		return b;
	}

	/**
	 * Whether the role introduction {@code [from, to)} belongs to {@code owner}: it names no body but persons, or
	 * names {@code owner}, or a body of {@code owner}'s country ("FO spokesperson" for Pakistan's foreign ministry).
	 */
	private static boolean sameBody(DocActors actors, DocActor owner, int from, int to) {
		boolean other = false;
		for (ActorMention x : actors.within(from, to)) {
			DocActor a = x.actor();
			if (a == owner || !owner.iso().isEmpty() && owner.iso().equals(a.iso())) {
				return true;
			}
			other |= a.kind() != ActorKind.PERSON;
		}
		return !other;
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
		boolean variants = Mechanisms.on("speakers.name-variant");
		DocActor best = null;
		int bestAt = -1;
		for (DocActor b : actors.actors()) {
			List<String> full = words(b.name());
			if (b == a || full.size() < words.size()) {
				continue;
			}
			if (b.kind() != ActorKind.PERSON) {
				if (!splitSurname(a, b, words, full)) {
					continue;
				}
				Mechanisms.fired("speakers.split-surname", 1);
			}
			boolean exact = full.size() > words.size() && full.containsAll(words);
			if (!exact && !(variants && a.kind() != ActorKind.PERSON && spelledLike(full, words, true))) {
				continue;
			}
			Mechanisms.fired("speakers.name-variant", exact ? 0 : 1);
			int last = lastMentionBefore(actors, b, at);
			if (best == null || last > bestAt) {
				best = b;
				bestAt = last;
			}
		}
		return best;
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
		titles.add(a.name().startsWith(UNNAMED) ? a.name().substring(UNNAMED.length()) : a.name());
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
	private static DocActor describedPerson(String body, DocActors actors, DocActor a, int at) {
		if (!a.name().startsWith(UNNAMED) || a.kind() == ActorKind.STATE || !isDefinite(body, a)) {
			return null;
		}
		List<String> words = words(a.name().substring(UNNAMED.length()));
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
		return null;
	}

	/**
	 * Whether a one-word speaker that is no person ("Sarea said") is the surname of {@code b}, a name of two or three
	 * capitalised words the reader took for an organisation ("Yahya Sarea, the group's military spokesman"), so
	 * that both are one person (mechanism {@code speakers.split-surname}).
	 */
	private static boolean splitSurname(DocActor a, DocActor b, List<String> words, List<String> full) {
		if (!Mechanisms.on("speakers.split-surname") || a.kind() == ActorKind.PERSON || words.size() != 1
				|| b.kind() != ActorKind.ORGANISATION || !b.iso().isEmpty() || full.size() < 2 || full.size() > 3
				|| !full.get(full.size() - 1).equals(words.get(0))) {
			return false;
		}
		for (String w : b.name().split(" ")) {
			if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
					|| TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether every word of a speaker's name is a word of person name {@code full} in another spelling ("Lajcak" of
	 * "Miroslav Lajčák", "Zelensky" of "Volodymyr Zelenskyy", a typo "Erodgan"): the same letters without accents,
	 * or, in words of five letters or more with the same first letter, one letter added, dropped, changed or two
	 * swapped. A name of as many words as {@code full} qualifies only when the speaker is no person of its own
	 * ({@code notPerson}: the reader took the variant for another actor).
	 */
	static boolean spelledLike(List<String> full, List<String> words, boolean notPerson) {
		if (full.size() == words.size() && !notPerson || full.equals(words)) {
			return false;
		}
		for (String w : words) {
			if (full.stream().noneMatch(f -> sameWord(f, w))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameWord(String a, String b) {
		String x = plain(a);
		String y = plain(b);
		if (x.equals(y)) {
			return true;
		}
		return x.length() >= 5 && y.length() >= 5 && x.charAt(0) == y.charAt(0) && oneEdit(x, y);
	}

	/** Lower case without accents ("lajčák" → "lajcak"). */
	private static String plain(String w) {
		return java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
	}

	/** Whether {@code x} and {@code y} differ by one inserted, deleted or changed letter or two adjacent swapped. */
	private static boolean oneEdit(String x, String y) {
		if (Math.abs(x.length() - y.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
			i++;
		}
		if (x.length() == y.length()) {
			if (x.substring(i + 1).equals(y.substring(i + 1))) {
				return true; // one changed
			}
			return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
					&& x.substring(i + 2).equals(y.substring(i + 2)); // two swapped
		}
		String longer = x.length() > y.length() ? x : y;
		String shorter = longer == x ? y : x;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

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
