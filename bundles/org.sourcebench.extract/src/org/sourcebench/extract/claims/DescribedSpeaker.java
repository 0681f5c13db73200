package org.sourcebench.extract.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * A speaker named by a definite description ("the government said", "the rebel group claimed", "the ministry
 * added", "the shipping company says") is the actor the document named before it that the description fits
 * (mechanism {@code claims.described-speakers}; GUIDELINES.md: a definite description that picks out an actor is its
 * mention, and its statement is that actor's). The head noun gives the kinds the description may stand for (a
 * government, administration or authorities a state; a group, militia or rebels an armed group; the military, army or
 * junta armed forces; a company a company; a newspaper or channel an outlet) or, for an institution's head ("ministry",
 * "agency", "office"), the word the actor's name must hold; a country adjective before the head ("the Malian
 * government") must be the candidate's country, and the other lower-case modifiers of an institution ("the health
 * ministry") must stand in its name. A modifier that is itself a mention of a fitting actor ("the M23 rebel group")
 * is that actor. Of the fitting actors mentioned before the speech verb, a bare state description takes the state
 * the text names most (the story's country), the others the one mentioned last. Descriptions with a possessor, a
 * number ("the three countries"), an of-phrase or an apposition are left to the other readings. Local to a call.
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
			Map.entry("daily", EnumSet.of(ActorKind.MEDIA)));

	/** Heads of "force" kind that need a modifier to be a description of a group ("the rebel force"). */
	private static final Set<String> MODIFIED_HEADS = Set.of("force", "side");

	/** Institution heads: the actor's name must hold the head word ("the ministry" → "Foreign Ministry"). */
	private static final Set<String> NAME_HEADS = Set.of("ministry", "agency", "office", "council", "commission",
			"committee", "command", "mission", "presidency", "department", "service", "coalition", "alliance",
			"embassy", "parliament", "court");

	/** Modifiers that describe without naming: they need not stand in the actor's name. */
	private static final Set<String> PLAIN_MODIFIERS = Set.of("state-run", "state", "official", "semi-official",
			"federal", "national", "central", "local", "regional", "new", "interim", "transitional", "ruling",
			"military", "armed", "rebel", "militant", "separatist", "insurgent", "jihadist", "islamist", "shipping",
			"news", "private", "public", "country", "country's", "top");

	private final String body;
	private final DocActors actors;

	DescribedSpeaker(String body, DocActors actors) {
		this.body = body;
		this.actors = actors;
	}

	/** Whether {@code h} heads a description this reading may resolve (a head of its tables after "the"). */
	static boolean applies(ParsedSentence s, int h) {
		if (!Mechanisms.on(SWITCH) || h < 0 || !s.pos(h).equals("NOUN")) {
			return false;
		}
		String w = s.word(h).toLowerCase(Locale.ROOT);
		if (!KIND_HEADS.containsKey(w) && !NAME_HEADS.contains(w) && !MODIFIED_HEADS.contains(w)) {
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
			if (Character.isUpperCase(w.charAt(0))) {
				return null; // "the Trump administration", "the Wagner group": a name the readers did not resolve
			}
			String lw = w.toLowerCase(Locale.ROOT);
			if (!PLAIN_MODIFIERS.contains(lw)) {
				content.append(' ').append(lw);
			}
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
		DocActor best = null;
		int bestCount = 0;
		java.util.Map<DocActor, Integer> counts = new java.util.HashMap<>();
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

	/** Whether the actor's name (or a mention's text) holds {@code word}. */
	private boolean nameHolds(DocActor a, String word) {
		return nameHoldsAll(a, word);
	}

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
		List<PhraseIndex.Match<CountryTable.Form>> ms = ExtractionData.get().countries().index().findAll(w);
		for (PhraseIndex.Match<CountryTable.Form> m : ms) {
			if (m.begin() == 0 && m.end() == w.length() && m.value().type() == CountryTable.FormType.ADJECTIVE) {
				return m.value().country().iso();
			}
		}
		return null;
	}
}
