package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * The person a role phrase speaks as (mechanism {@code claims.role-coref}): the gold gives "the Kremlin spokesman
 * said", "Iran's foreign minister said", "the MEA official said" to the person the document introduces in that
 * role ("Kremlin spokesman Dmitry Peskov", "Hossein Amir-Abdollahian, Iran's foreign minister,", "MEA spokesperson
 * Anurag Srivastava"), not to the body or country that names the role. An introduction is a person's mention with a
 * title run before it or a description in apposition after it; its role is the last role noun there (the spokesman
 * words are one role; "official" is any role), its owners the bodies and countries named there. A definite or
 * possessive role phrase whose speaker is no named person goes to the person of the last compatible introduction
 * before the cue (else the first after it); a phrase that names no owner only when one person holds the role.
 * Local to one document.
 */
final class RoleHolders {

	private static final Set<String> ROLE_WORDS = ClaimWords.get().list("role");
	private static final Set<String> TITLE_WORDS = ClaimWords.get().list("title");
	private static final Set<String> SAME_ROLE = ClaimWords.get().list("same-role");
	/** Role words that modify the role noun after them rather than head the phrase ("senior official"). */
	private static final Set<String> MODIFIERS = Set.of("senior", "top", "deputy", "head", "chief");
	private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "two", "three");
	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019.-]*");
	private static final int MAX_TITLE_WORDS = 8;
	private static final String UNNAMED = "unnamed ";

	/** A person introduced with a role, where, and the bodies and countries the introduction names. */
	private record Intro(DocActor person, int at, String role, Set<DocActor> owners, Set<String> isos,
			Set<String> words) {
	}

	/** A role phrase: its role noun, owners and countries. */
	private record Role(String role, Set<DocActor> owners, Set<String> isos, Set<String> words) {
	}

	private final String body;
	private final DocActors actors;
	private List<Intro> intros;
	private boolean firedHere;

	RoleHolders(String body, DocActors actors) {
		this.body = body;
		this.actors = actors;
	}

	/**
	 * The person of the role phrase of cue {@code h} resolved to {@code speaker}, or {@code speaker} when the phrase
	 * is no definite role phrase, {@code speaker} is a named person, or no introduction fits.
	 */
	DocActor holder(CueHit h, DocActor speaker) {
		if (h.speaker == null || h.speaker.actor() != speaker || namedPerson(speaker)
				|| !Mechanisms.on("claims.role-coref")) {
			return speaker;
		}
		int from = h.speaker.phraseBegin();
		int to = h.inverted ? phraseEnd(from) : h.begin;
		if (from >= to || to > body.length()) {
			return speaker;
		}
		Role r = role(from, to, speaker);
		if (r == null) {
			return speaker;
		}
		DocActor p = holderOf(r, h.begin);
		if (p == null || p == speaker) {
			return speaker;
		}
		Mechanisms.fired("claims.role-coref", 1);
		if (!firedHere) {
			firedHere = true;
			Mechanisms.fired("claims.role-coref.articles", 1);
		}
		h.speaker = new SpeakerFinder.Found(p, from); // a participle after the cue ("..., saying") sees it too
		return p;
	}

	private static boolean namedPerson(DocActor a) {
		if (a.kind() != ActorKind.PERSON || a.name().startsWith(UNNAMED)) {
			return false;
		}
		for (String w : a.name().toLowerCase(Locale.ROOT).split("[\\s'\u2019]+")) {
			if (ROLE_WORDS.contains(w)) {
				return false; // "Iran's foreign minister", "The Spokesperson": a role, not a name
			}
		}
		return true;
	}

	/** The role phrase in {@code [from, to)}: definite or possessive, with a role noun and no person named. */
	private Role role(int from, int to, DocActor speaker) {
		Matcher w = WORD.matcher(body).region(from, to);
		String role = null;
		boolean first = true;
		while (w.find()) {
			String word = w.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
			if (first && INDEFINITE.contains(word)) {
				return null; // "a spokesman said": one unnamed
			}
			first = false;
			if (ROLE_WORDS.contains(word) && !MODIFIERS.contains(word)) {
				role = word;
			}
		}
		if (role == null) {
			return null;
		}
		Set<DocActor> owners = new HashSet<>();
		for (ActorMention m : actors.within(from, to)) {
			if (m.actor().kind() == ActorKind.PERSON && namedPerson(m.actor())) {
				return null;
			}
			if (m.actor().kind() != ActorKind.PERSON) {
				owners.add(m.actor());
			}
		}
		if (speaker.kind() != ActorKind.PERSON) {
			owners.add(speaker);
		}
		return new Role(role, owners, isos(from, to, owners), words(from, to));
	}

	/** The countries named in {@code [from, to)} by a country form, and those of {@code owners}. */
	private Set<String> isos(int from, int to, Set<DocActor> owners) {
		Set<String> out = new HashSet<>();
		for (DocActor o : owners) {
			if (!o.iso().isEmpty()) {
				out.add(o.iso());
			}
		}
		String text = body.substring(from, to).replaceAll("['\u2019]s\\b", "");
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(text)) {
			if (m.value().type() != CountryTable.FormType.CAPITAL) {
				out.add(m.value().country().iso());
			}
		}
		return out;
	}

	/** The words of {@code [from, to)} that may name a role's owner: no role, title or determiner words. */
	private Set<String> words(int from, int to) {
		Set<String> out = new HashSet<>();
		Matcher w = WORD.matcher(body).region(from, to);
		while (w.find()) {
			String word = w.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "").replaceAll("\\.$", "");
			if (word.length() > 1 && !ROLE_WORDS.contains(word) && !TITLE_WORDS.contains(word)
					&& !ClaimWords.get().determiners.contains(word)) {
				out.add(word);
			}
		}
		return out;
	}

	private DocActor holderOf(Role r, int at) {
		Intro before = null;
		Intro after = null;
		Set<DocActor> holders = new HashSet<>();
		for (Intro i : intros()) {
			if (!sameRole(r.role(), i.role()) || !compatible(r, i)) {
				continue;
			}
			holders.add(i.person());
			if (i.at() < at) {
				before = i;
			} else if (after == null) {
				after = i;
			}
		}
		if (!owned(r) && holders.size() != 1) {
			return null;
		}
		return before != null ? before.person() : after != null ? after.person() : null;
	}

	private static boolean sameRole(String phrase, String intro) {
		return phrase.equals(intro) || phrase.equals("official")
				|| SAME_ROLE.contains(phrase) && SAME_ROLE.contains(intro);
	}

	private static boolean owned(Role r) {
		return !r.owners().isEmpty() || !r.isos().isEmpty() || !r.words().isEmpty();
	}

	/**
	 * Whether introduction {@code i} may be of the role phrase {@code r}: any, for a phrase naming no owner; else one
	 * body, country or word of the phrase also in the introduction ("the Kremlin spokesman": "Kremlin spokesman Name";
	 * "the junta spokesman": "Junta spokesman Major General Name").
	 */
	private static boolean compatible(Role r, Intro i) {
		if (!owned(r)) {
			return true;
		}
		for (DocActor o : r.owners()) {
			if (i.owners().contains(o)) {
				return true;
			}
		}
		for (String iso : r.isos()) {
			if (i.isos().contains(iso)) {
				return true;
			}
		}
		for (String w : r.words()) {
			if (i.words().contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** The document's role introductions, in text order (read once). */
	private List<Intro> intros() {
		if (intros != null) {
			return intros;
		}
		intros = new ArrayList<>();
		for (ActorMention m : actors.mentions()) {
			if (m.actor().kind() != ActorKind.PERSON || !namedPerson(m.actor())) {
				continue;
			}
			int tb = titleBegin(m.begin());
			Intro i = tb < m.begin() ? intro(m.actor(), m.begin(), tb, m.begin()) : null;
			if (i == null) {
				int[] app = apposition(m.end());
				i = app == null ? null : intro(m.actor(), m.begin(), app[0], app[1]);
			}
			if (i != null) {
				intros.add(i);
			}
		}
		return intros;
	}

	private Intro intro(DocActor person, int at, int from, int to) {
		Matcher w = WORD.matcher(body).region(from, to);
		String role = null;
		while (w.find()) {
			String word = w.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
			if (ROLE_WORDS.contains(word) && !MODIFIERS.contains(word)) {
				role = word;
			}
		}
		if (role == null) {
			return null;
		}
		Set<DocActor> owners = new HashSet<>();
		for (ActorMention m : actors.within(from, to)) {
			if (m.actor().kind() != ActorKind.PERSON) {
				owners.add(m.actor());
			}
		}
		return new Intro(person, at, role, owners, isos(from, to, owners), words(from, to));
	}

	/** Where the title run before a name at {@code nameBegin} begins ("Kremlin spokesman ", "FO Spokesman Dr "). */
	private int titleBegin(int nameBegin) {
		int b = nameBegin;
		for (int n = 0; n < MAX_TITLE_WORDS; n++) {
			int e = b;
			while (e > 0 && body.charAt(e - 1) == ' ') {
				e--;
			}
			int s = e;
			while (s > 0 && !Character.isWhitespace(body.charAt(s - 1)) && ",;:()\"\u201c\u201d".indexOf(body.charAt(s - 1)) < 0) {
				s--;
			}
			if (s == e || e == b && b != nameBegin) {
				break;
			}
			String word = body.substring(s, e);
			String bare = word.replaceAll("['\u2019]s$", "").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
			if (word.endsWith(".") && !word.matches("(?:[A-Z][a-z]?|Gen|Col|Lt|Maj|Brig|Adm|Capt|Sgt)\\.")
					|| !Character.isUpperCase(word.charAt(0)) && !TITLE_WORDS.contains(bare)
					&& !word.endsWith("'s") && !word.endsWith("\u2019s")) {
				break;
			}
			b = s;
		}
		return b;
	}

	/** The description in apposition after a name ending at {@code nameEnd}: ", Iran's foreign minister,". */
	private int[] apposition(int nameEnd) {
		if (nameEnd + 2 >= body.length() || body.charAt(nameEnd) != ',') {
			return null;
		}
		int b = nameEnd + 1;
		int e = b;
		int limit = Math.min(body.length(), b + 80);
		while (e < limit && ",.;:()\"\u201c\u201d\n".indexOf(body.charAt(e)) < 0) {
			e++;
		}
		return e < limit ? new int[] {b, e} : null;
	}

	/** Where an inverted speaker phrase beginning at {@code from} ends: at the next punctuation. */
	private int phraseEnd(int from) {
		int e = from;
		int limit = Math.min(body.length(), from + 80);
		while (e < limit && ".,;:\n\"\u201d(".indexOf(body.charAt(e)) < 0) {
			e++;
		}
		return e;
	}
}
