package org.sourcebench.extract.claims;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A speaker named by a definite description ("the government said", "the rebel force said", "the ministry added",
 * "the Somalian leader said") is the actor the document named before it that the description fits (mechanism
 * {@code claims.described-speakers}; GUIDELINES.md: a definite description that picks out an actor is its mention,
 * and its statement is that actor's). The head noun gives the kinds the description may stand for (a government,
 * administration or authorities a state; a group, militia or rebels an armed group; the military, army or junta armed
 * forces; a company a company; a newspaper or channel an outlet), or, for an institution's head ("ministry", "agency",
 * "office"), the word the actor's name must hold; a country adjective before the head ("the Malian government") must
 * be the candidate's country, and the other lower-case modifiers of an institution ("the health ministry") must stand
 * in its name. A modifier that is itself a mention of a fitting actor ("the M23 rebel group") is that actor. Of the
 * fitting actors mentioned before the speech verb, a bare state description takes the state the text names most (the
 * story's country), the others the one mentioned last. A role head ("president", "leader", "premier", "spokesman",
 * "chief") is the person mentioned last whose introduction (the words before a mention, or an apposition after it)
 * holds a fitting role word and the description's modifiers, and names the description's country or none.
 * Descriptions with a possessor, a number ("the three countries"), an of-phrase, an apposition or a passive agent are
 * left to the other readings. Local to one document.
 */
final class DescribedSpeaker {

	static final String SWITCH = "claims.described-speakers";

	/** Heads whose description stands for an actor of these kinds. */
	private static final Map<String, Set<ActorKind>> KIND_HEADS = Map.ofEntries(
			Map.entry("government", EnumSet.of(ActorKind.STATE)),
			Map.entry("administration", EnumSet.of(ActorKind.STATE)),
			Map.entry("authorities", EnumSet.of(ActorKind.STATE)),
			Map.entry("group", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("militia", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("rebels", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("insurgents", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("militants", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("movement", EnumSet.of(ActorKind.ARMED_GROUP)),
			Map.entry("military", EnumSet.of(ActorKind.MILITARY)),
			Map.entry("army", EnumSet.of(ActorKind.MILITARY)),
			Map.entry("junta", EnumSet.of(ActorKind.MILITARY)),
			Map.entry("company", EnumSet.of(ActorKind.COMPANY)),
			Map.entry("firm", EnumSet.of(ActorKind.COMPANY)),
			Map.entry("operator", EnumSet.of(ActorKind.COMPANY)),
			Map.entry("newspaper", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("channel", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("broadcaster", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("television", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("outlet", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("daily", EnumSet.of(ActorKind.MEDIA)),
			Map.entry("organisation", EnumSet.of(ActorKind.ORGANISATION)),
			Map.entry("organization", EnumSet.of(ActorKind.ORGANISATION)),
			Map.entry("bloc", EnumSet.of(ActorKind.ALLIANCE, ActorKind.ORGANISATION)));

	/** Heads of "force" kind that need a modifier to be a description of a group ("the rebel force"). */
	private static final Set<String> MODIFIED_HEADS = Set.of("force", "side");

	/** Institution heads: the actor's name must hold the head word ("the ministry" → "Foreign Ministry"). */
	private static final Set<String> NAME_HEADS = Set.of("ministry", "agency", "office", "council", "commission",
			"committee", "command", "mission", "presidency", "department", "service", "coalition", "alliance",
			"embassy", "parliament", "court", "union");

	/** Role heads of a person and the role words of an introduction that fit them ("the premier": a prime minister). */
	private static final Map<String, List<String>> ROLE_HEADS = Map.ofEntries(
			Map.entry("president", List.of("president")),
			Map.entry("leader", List.of("president", "prime minister", "premier", "leader", "chancellor", "king",
					"emir", "head", "chairman")),
			Map.entry("premier", List.of("prime minister", "premier")),
			Map.entry("spokesman", List.of("spokesman", "spokeswoman", "spokesperson")),
			Map.entry("spokeswoman", List.of("spokesman", "spokeswoman", "spokesperson")),
			Map.entry("spokesperson", List.of("spokesman", "spokeswoman", "spokesperson")),
			Map.entry("chief", List.of("chief", "head", "director", "commander")),
			Map.entry("commander", List.of("commander", "general")),
			Map.entry("governor", List.of("governor")),
			Map.entry("minister", List.of("minister")),
			Map.entry("envoy", List.of("envoy")),
			Map.entry("ambassador", List.of("ambassador")),
			Map.entry("mayor", List.of("mayor")),
			Map.entry("secretary", List.of("secretary")),
			Map.entry("chancellor", List.of("chancellor")),
			Map.entry("king", List.of("king")),
			Map.entry("emir", List.of("emir")),
			Map.entry("chairman", List.of("chairman")));

	/** How an apposition after a name begins ("Name, the ministry's spokeswoman,", "Name, Iran's foreign minister,"). */
	private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
			"(?:the|a|an) |\\p{Lu}[\\p{L}-]*['\u2019]s ");

	/** Words before a person's mention read as its introduction ("Rwandan President Paul Kagame"). */
	private static final int INTRO_WORDS = 6;

	/** Modifiers that describe without naming: they need not stand in the actor's name. */
	private static final Set<String> PLAIN_MODIFIERS = Set.of("state-run", "state", "official", "semi-official",
			"federal", "national", "central", "local", "regional", "new", "interim", "transitional", "ruling",
			"military", "armed", "rebel", "militant", "separatist", "insurgent", "jihadist", "islamist", "shipping",
			"news", "private", "public", "country", "country's", "top", "run", "owned", "backed", "led", "-");

	private final String body;
	private final DocActors actors;

	DescribedSpeaker(String body, DocActors actors) {
		this.body = body;
		this.actors = actors;
	}

	/** Whether {@code h} heads a description this reading may resolve (a head of its tables after "the"). */
	static boolean applies(ParsedSentence s, int h) {
		if (!Mechanisms.on(SWITCH) || h < 0 || !s.pos(h).equals("NOUN")
				&& !(s.pos(h).equals("PROPN") && s.word(h).equals(s.word(h).toLowerCase(Locale.ROOT)))) {
			return false; // a lower-case word the tagger took for a name ("the military junta") is a noun
		}
		if (s.deprel(h).equals("obl:agent")) {
			return false; // "was quoted as saying by the official news agency": the outlet passes a statement on
		}
		String w = s.word(h).toLowerCase(Locale.ROOT);
		if (!KIND_HEADS.containsKey(w) && !NAME_HEADS.contains(w) && !MODIFIED_HEADS.contains(w)
				&& !ROLE_HEADS.containsKey(w)) {
			return false;
		}
		boolean the = false;
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			if (rel.equals("det")) {
				the |= s.word(c).equalsIgnoreCase("the");
			} else if (rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("appos") || rel.equals("nmod")
					|| rel.equals("conj") || rel.equals("acl:relcl")) {
				return false; // "its army", "the three countries", "the government of X", "the group and others"
			}
		}
		return the;
	}

	/** The actor the description headed by {@code h} stands for, or null. */
	DocActor resolve(ParsedSentence s, int h) {
		if (!applies(s, h)) {
			return null;
		}
		String head = s.word(h).toLowerCase(Locale.ROOT);
		int offset = s.start(h);
		String iso = null;
		StringBuilder content = new StringBuilder();
		DocActor named = null;
		boolean modified = false;
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			if (!rel.equals("amod") && !rel.equals("compound")) {
				continue;
			}
			modified = true;
			String w = s.word(c);
			ActorMention m = actors.at(s.start(c));
			if (m != null) {
				named = m.actor();
				continue;
			}
			String country = isoOfAdjective(w);
			if (country != null) {
				iso = country;
				continue;
			}
			if (Character.isUpperCase(w.charAt(0)) && !ROLE_HEADS.containsKey(head)) {
				return null; // "the Trump administration", "the Wagner group": a name the readers did not resolve
			}
			String lw = w.toLowerCase(Locale.ROOT);
			if (!PLAIN_MODIFIERS.contains(lw)) {
				content.append(' ').append(lw);
			}
		}
		if (ROLE_HEADS.containsKey(head)) {
			return holder(s, h, head, iso, named, content.toString().trim());
		}
		if (MODIFIED_HEADS.contains(head) && !modified) {
			return null; // a bare "the side", "the force"
		}
		Set<ActorKind> kinds = KIND_HEADS.get(head);
		if (head.equals("force")) {
			kinds = EnumSet.of(ActorKind.ARMED_GROUP, ActorKind.MILITARY);
		} else if (head.equals("side")) {
			if (iso == null) {
				return null;
			}
			kinds = EnumSet.of(ActorKind.STATE);
		}
		if (named != null) {
			boolean fits = kinds != null ? kinds.contains(named.kind()) : nameHolds(named, head);
			return fits ? named : null;
		}
		if (kinds != null && kinds.contains(ActorKind.STATE) && !head.equals("government")) {
			for (DocActor a : actors.actors()) {
				if (a.kind() != ActorKind.STATE && nameHolds(a, head)) {
					return null; // "the administration" with a "City Military Administration" named: that body's
				}
			}
		}
		DocActor best = null;
		int bestCount = 0;
		Map<DocActor, Integer> counts = new HashMap<>();
		for (ActorMention m : actors.mentions()) {
			if (m.begin() >= offset) {
				break;
			}
			DocActor a = m.actor();
			if (DocActor.isUnnamed(a.name()) || a.kind() == ActorKind.PERSON) {
				continue;
			}
			if (kinds != null ? !kinds.contains(a.kind()) : !nameHolds(a, head)) {
				continue;
			}
			if (iso != null && !iso.equals(a.iso()) && !(a.kind() == ActorKind.STATE && stateIso(a, iso))) {
				continue;
			}
			if (!content.isEmpty() && !nameHoldsAll(a, content.toString().trim())) {
				continue;
			}
			int n = counts.merge(a, 1, Integer::sum);
			boolean mostNamed = kinds != null && kinds.contains(ActorKind.STATE) && iso == null;
			if (!mostNamed || n >= bestCount) {
				best = a;
				bestCount = n;
			}
		}
		return best;
	}

	/**
	 * "the Rwandan president", "the premier", "the junta spokesman": the person mentioned last before the description
	 * whose introduction (the words before a mention, or an apposition after it) holds a role word that fits the head,
	 * the description's country (adjective or name) if it has one, and its other modifiers.
	 */
	private DocActor holder(ParsedSentence s, int h, String head, String iso, DocActor namedModifier, String content) {
		int offset = s.start(h);
		DocActor strong = null;
		DocActor weak = null;
		for (ActorMention m : actors.mentions()) {
			if (m.begin() >= offset) {
				break;
			}
			DocActor a = m.actor();
			if (a.kind() != ActorKind.PERSON || DocActor.isUnnamed(a.name())) {
				continue;
			}
			String introText = introduction(m);
			String intro = " " + introText.toLowerCase(Locale.ROOT) + " ";
			boolean role = false;
			for (String r : ROLE_HEADS.get(head)) {
				role |= intro.contains(" " + r + " ") || a.offices().contains(r);
			}
			boolean all = role;
			for (String w : content.isEmpty() ? new String[0] : content.split(" ")) {
				all &= intro.contains(" " + w + " ");
			}
			if (namedModifier != null) {
				all &= intro.contains(" " + namedModifier.name().toLowerCase(Locale.ROOT) + " ")
						|| mentionedIn(namedModifier, m);
			}
			if (!all) {
				continue;
			}
			String country = a.iso().isEmpty() ? countryOf(introText) : a.iso();
			if (iso == null || iso.equals(country)) {
				strong = a; // "Rwandan President Paul Kagame" for "the Rwandan president"
			} else if (country == null) {
				weak = a; // "President Volodymyr Zelensky": no country said, none contradicted
			}
		}
		return strong != null ? strong : weak;
	}

	/** The words before mention {@code m} in its sentence (up to six) and an apposition right after it. */
	private String introduction(ActorMention m) {
		int b = m.begin();
		int words = 0;
		while (b > 0 && words < INTRO_WORDS) {
			int p = b - 1;
			while (p >= 0 && body.charAt(p) == ' ') {
				p--;
			}
			if (p < 0 || ".!?\n\"\u201c\u201d;:(".indexOf(body.charAt(p)) >= 0) {
				break;
			}
			int q = p;
			while (q > 0 && !Character.isWhitespace(body.charAt(q - 1))) {
				q--;
			}
			b = q;
			words++;
		}
		for (ActorMention x : actors.mentions()) {
			if (x.actor() != m.actor() && x.actor().kind() == ActorKind.PERSON && x.end() <= m.begin() && x.end() > b) {
				b = x.end(); // "President Aleksandar Vucic and Albin Kurti": another person's title is not his
			}
		}
		String before = body.substring(b, m.begin());
		String after = "";
		if (body.startsWith(", ", m.end()) && APPOSITION.matcher(body).region(m.end() + 2, body.length()).lookingAt()) {
			int e = m.end() + 2;
			int stop = e;
			while (stop < body.length() && stop - e < 80 && ",.;\n".indexOf(body.charAt(stop)) < 0) {
				stop++;
			}
			after = body.substring(e, stop);
		}
		return (before + " " + after).replaceAll("['\u2019]s\\b", "").replaceAll("[,()]", " ").replaceAll("\\s+", " ");
	}

	/** Whether actor {@code a} has a mention within the introduction window of mention {@code m}. */
	private boolean mentionedIn(DocActor a, ActorMention m) {
		for (ActorMention x : actors.mentions()) {
			if (x.actor() == a && x.end() <= m.begin() && x.begin() >= m.begin() - 60) {
				return true;
			}
		}
		return false;
	}

	/** The ISO code of the first country the text names (its name or adjective), or null. */
	private static String countryOf(String text) {
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(text)) {
			return m.value().country().iso();
		}
		return null;
	}

	/** Whether the actor's name (or a mention's text) holds {@code word}. */
	private boolean nameHolds(DocActor a, String word) {
		return nameHoldsAll(a, word);
	}

	/** Whether the actor's name or one of its mentions holds every word of {@code words}. */
	private boolean nameHoldsAll(DocActor a, String words) {
		String name = " " + a.name().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
		boolean all = true;
		for (String w : words.split(" ")) {
			all &= name.contains(" " + w.replace('-', ' ') + " ") || name.contains(" " + w.replace('-', ' ') + "s ");
		}
		if (all) {
			return true;
		}
		for (ActorMention m : actors.mentions()) {
			if (m.actor() != a) {
				continue;
			}
			String text = " " + body.substring(m.begin(), m.end()).toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
			boolean every = true;
			for (String w : words.split(" ")) {
				every &= text.contains(" " + w.replace('-', ' ') + " ");
			}
			if (every) {
				return true;
			}
		}
		return false;
	}

	/** A state actor without an ISO code whose name is the country of {@code iso}. */
	private static boolean stateIso(DocActor a, String iso) {
		for (PhraseIndex.Match<CountryTable.Form> m : ExtractionData.get().countries().index().findAll(a.name())) {
			if (m.begin() == 0 && m.end() == a.name().length() && m.value().country().iso().equals(iso)) {
				return true;
			}
		}
		return false;
	}

	/** The ISO code of a nationality adjective ("Malian", "Ukrainian"), or null. */
	private static String isoOfAdjective(String w) {
		Country c = ExtractionData.get().countries().whole(w, CountryTable.FormType.ADJECTIVE);
		return c == null ? null : c.iso();
	}
}
