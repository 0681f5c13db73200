package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CameoLexicon;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Relationships stated in reported speech: what a speaker's own words do to another actor, read from the claims (who
 * speaks over which span) and the dependency parse.
 * <ul>
 * <li><b>Criticism in a speaker's words</b> ({@code speech.criticism}). A speaker who states that another actor
 * coerces, assaults or fights (CAMEO 17-20 on the verb, from the trigger table or the CAMEO verb dictionary)
 * criticises that actor (11): the subject of the verb (its controller through "trying to", the first conjunct's
 * subject for "planned and executed"), or the passive agent ("the first shots were fired by X"). Not when the clause
 * is negated, modal or conditional, nor for the speaker's own side (same actor, same country).</li>
 * <li><b>What another actor must do</b> ({@code speech.modal-demands}): a speaker whose words say that another
 * actor must or should do something demands it of that actor (10).</li>
 * <li><b>First person inside a claim</b> ({@code speech.first-person}, through {@link #speakerOf}): "we", "our" is
 * the claim's speaker (an official's "we": its country).</li>
 * <li><b>Whom a speech act is aimed at</b> (for {@link ParsedRelationReader}): the CAMEO dictionary's speech-act
 * verbs count without a pattern ({@code relations.spoken-verbs}: "castigated X"), and after its object a speech act's
 * "on", "upon", "over", "about" or "of" phrase names its target ({@code relations.speech-preps}: "called upon X",
 * "complained about X").</li>
 * </ul>
 * Warnings and accusations about a clause ("warned that X would ...") are read by {@link ParsedRelationReader} on
 * the cue verb itself. Immutable; safe to share between threads.
 */
final class SpeechActs {

	/** Where a claim's words run and who speaks them. */
	record Speech(int begin, int end, DocActor speaker) {
	}

	private static final String CRITICISM = "11";
	private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ours", "i", "me", "my");
	private static final Set<String> SINGULAR = Set.of("i", "me", "my");
	private static final int FIRST_COOPERATION = 3;
	private static final int LAST_COOPERATION = 8;
	/** The first root of the events that make stating them a criticism (17 coerce ... 20 mass violence). */
	private static final int CRITICISED_FROM = 17;
	/** Relations of a verb to the one above it that keep it on the claim's main line of statement. */
	private static final Set<String> MAIN_LINE = Set.of("ccomp", "xcomp", "conj", "parataxis", "root");
	/** Marks of a purpose or charge clause ("efforts to force", "accused of arming"): not stated as done. */
	private static final Set<String> PURPOSES = Set.of("to", "for", "of", "without");
	/** Who criticises by stating what another actor did: named persons, states, governments (not monitors, media). */
	private static final Set<ActorKind> CRITICS = Set.of(ActorKind.PERSON, ActorKind.STATE, ActorKind.GOVERNMENT);

	private final EventCoder coder;
	private final CameoLexicon triggers;
	private final WordForms forms;
	private final EventWords words;
	private final NegativeStatements negatives;

	SpeechActs(EventCoder coder, CameoLexicon triggers, WordForms forms, EventWords words, Valence valence) {
		this.coder = coder;
		this.triggers = triggers;
		this.forms = forms;
		this.words = words;
		this.negatives = new NegativeStatements(words, valence);
	}

	/**
	 * The speaker a first-person pronoun inside a claim's words stands for ("we will respond", "our embassy"), as a
	 * mention on the pronoun; null for any other token, or outside every claim.
	 */
	static ActorMention speakerOf(ParsedSentence s, int t, List<Speech> speeches, DocActors actors) {
		String w = s.word(t).toLowerCase(Locale.ROOT);
		if (!FIRST_PERSON.contains(w) || !Mechanisms.on("speech.first-person")) {
			return null;
		}
		Speech innermost = null;
		for (Speech sp : speeches) {
			boolean shorter = innermost == null || sp.end() - sp.begin() < innermost.end() - innermost.begin();
			if (inside(s, t, sp) && shorter) {
				innermost = sp;
			}
		}
		if (innermost == null || SINGULAR.contains(w) && innermost.speaker().kind() != ActorKind.PERSON) {
			return null;
		}
		DocActor speaker = innermost.speaker();
		if (!SINGULAR.contains(w) && !speaker.iso().isEmpty() && speaker.kind() != ActorKind.STATE
				&& !PronounEnds.ownBody(speaker)) {
			for (DocActor a : actors.actors()) {
				if (a.kind() == ActorKind.STATE && a.iso().equals(speaker.iso())) {
					speaker = a; // an official's "we": the country it speaks for
					break;
				}
			}
		}
		Mechanisms.fired("speech.first-person", 1);
		return new ActorMention(s.start(t), s.end(t), speaker);
	}

	/** The claims whose speaker is a document actor. */
	List<Speech> speeches(List<ExtractedClaim> claims, DocActors actors) {
		List<Speech> out = new ArrayList<>();
		for (ExtractedClaim c : claims) {
			DocActor speaker = actors.byName(c.speaker());
			if (speaker != null && c.evidence() != null) {
				out.add(new Speech(c.evidence().begin(), c.evidence().end(), speaker));
			}
		}
		return out;
	}

	/** Adds the relationships stated in {@code speeches} to {@code out}, skipping (from, to, root) keys in seen. */
	void read(String body, List<ParsedSentence> sentences, DocActors actors, List<Speech> speeches, Set<String> seen,
			List<ExtractedRelationship> out) {
		if (speeches.isEmpty()) {
			return;
		}
		for (ParsedSentence s : sentences) {
			int from = s.start(0);
			int to = s.end(s.size() - 1);
			for (Speech sp : speeches) {
				if (sp.end() <= from || sp.begin() >= to) {
					continue;
				}
				int before = out.size();
				if (Mechanisms.on("speech.criticism")) {
					criticism(body, s, sp, speeches, actors, seen, out);
				}
				Mechanisms.fired("speech.criticism", out.size() - before);
				before = out.size();
				if (negativeCritic(sp.speaker())) {
					int[] span = tokens(s, sp);
					negativeOwners(body, s, sp, span, speeches, actors, seen, out);
					negativeClauses(body, s, sp, span, speeches, actors, seen, out);
				}
				Mechanisms.fired(NegativeStatements.NAME, out.size() - before);
				before = out.size();
				if (negativeCritic(sp.speaker()) && Mechanisms.on(MODAL_DEMANDS)) {
					modalDemands(body, s, sp, tokens(s, sp), speeches, actors, seen, out);
				}
				Mechanisms.fired(MODAL_DEMANDS, out.size() - before);
			}
		}
	}

	private static boolean inside(ParsedSentence s, int t, Speech sp) {
		return s.start(t) >= sp.begin() && s.end(t) <= sp.end();
	}

	// ---- whom a speech act is aimed at ---------------------------------------------------------------------------

	/** Roots of the acts done by speaking: appeal (02), demand (10), disapprove (11), reject (12), threaten (13). */
	private static final Set<String> SPOKEN_ROOTS = Set.of("02", "10", "11", "12", "13");
	/**
	 * Prepositions whose phrase on a speech-act verb names whom it is aimed at, after its object ("called on X",
	 * "complained about X", "raged over X").
	 */
	private static final Set<String> SPOKEN_CASES = Set.of("on", "upon", "over", "about", "of");

	/** Whether the code is a speech act's ({@link #SPOKEN_ROOTS}). */
	static boolean spoken(String code) {
		return code.length() >= 2 && SPOKEN_ROOTS.contains(code.substring(0, 2));
	}

	/**
	 * Whether a verb the CAMEO dictionary codes without a pattern is an event for its code alone
	 * ({@code relations.spoken-verbs}): the dictionary's speech-act verbs ("deplore", "rebuke", "castigate") are
	 * aimed at their object as they stand, unlike its bare cooperative verbs.
	 */
	static boolean spokenVerb(String code) {
		boolean yes = spoken(code) && Mechanisms.on("relations.spoken-verbs");
		Mechanisms.fired("relations.spoken-verbs", yes ? 1 : 0);
		return yes;
	}

	/** Roots of the acts that ask something of another actor: appeal (02), demand (10). */
	private static final Set<String> ASKING_ROOTS = Set.of("02", "10");

	/**
	 * Whether a speech act with the code asks its clausal complement's subject to act, when it has no object
	 * ({@code relations.demand-that}): "demanded that X withdraw", "urged that X be punished" are aimed at X.
	 */
	static boolean asksOfComplement(String code) {
		boolean yes = code.length() >= 2 && ASKING_ROOTS.contains(code.substring(0, 2))
				&& Mechanisms.on("relations.demand-that");
		Mechanisms.fired("relations.demand-that", yes ? 1 : 0);
		return yes;
	}

	/**
	 * The phrases a speech-act verb's own prepositions head that may name whom the act is aimed at, in order
	 * ({@code relations.speech-preps}): "called on the council", "complained about the envoy". Empty unless
	 * the code is a speech act's.
	 */
	static List<Integer> spokenTo(ParsedSentence s, int v, String code) {
		List<Integer> out = new ArrayList<>();
		if (!spoken(code) || !Mechanisms.on("relations.speech-preps")) {
			return out;
		}
		for (int c : s.children(v)) {
			if (s.deprel(c).startsWith("obl") && SPOKEN_CASES.contains(EventCoder.Clause.caseWord(s, c))) {
				out.add(c);
			}
		}
		Mechanisms.fired("relations.speech-preps", out.size());
		return out;
	}

	// ---- criticism in a speaker's words ---------------------------------------------------------------------------

	private void criticism(String body, ParsedSentence s, Speech sp, List<Speech> speeches, DocActors actors,
			Set<String> seen, List<ExtractedRelationship> out) {
		if (!CRITICS.contains(sp.speaker().kind()) || DocActor.isUnnamed(sp.speaker().name())) {
			return;
		}
		for (int v = 0; v < s.size(); v++) {
			if (!inside(s, v, sp) || !s.pos(v).equals("VERB") || s.deprel(v).startsWith("aux")
					|| conflictRoot(s, v) < CRITICISED_FROM || blocked(s, v, sp)) {
				continue;
			}
			for (int side : agents(s, v)) {
				ActorMention m = actorOf(s, side, actors);
				if (m != null && !backs(body, sp.speaker(), m.actor(), actors, out)
						&& !coSpeaker(m.actor(), sp, speeches)) {
					add(body, s, sp, m, CRITICISM, seen, out);
				}
			}
		}
	}

	/**
	 * The speaker criticises the owner of a negative thing its words name ("India's aggressive conduct", "the hostile
	 * act by X"): {@link NegativeStatements#owners}, where the predicate above the noun is stated as done; {@code span}
	 * holds the claim's tokens of the sentence ({@link #tokens}).
	 */
	private void negativeOwners(String body, ParsedSentence s, Speech sp, int[] span, List<Speech> speeches,
			DocActors actors, Set<String> seen, List<ExtractedRelationship> out) {
		for (int[] o : negatives.owners(s, span[0], span[1])) {
			int p = predicateAbove(s, o[0], sp);
			if (p >= 0 && blocked(s, p, sp)) {
				continue;
			}
			criticise(body, s, sp, speeches, actors, owner(s, o[1], actors), seen, out);
		}
	}

	/**
	 * The speaker criticises the subject of a negative predicate of its words ("X violated the airspace", "X's
	 * statements were inappropriate"): {@link NegativeStatements#negativePredicate}, stated as done; {@code span} as
	 * for {@link #negativeOwners}.
	 */
	private void negativeClauses(String body, ParsedSentence s, Speech sp, int[] span, List<Speech> speeches,
			DocActors actors, Set<String> seen, List<ExtractedRelationship> out) {
		for (int p = span[0]; p < span[1]; p++) {
			String rel = s.deprel(p);
			if (rel.startsWith("aux") || rel.equals("amod") || rel.equals("compound") || rel.startsWith("acl")
					|| !negatives.negativePredicate(s, p, s.pos(p).equals("VERB") ? conflictRoot(s, p) : 0)
					|| blocked(s, p, sp)) {
				continue;
			}
			for (int side : agents(s, p)) {
				criticise(body, s, sp, speeches, actors, owner(s, side, actors), seen, out);
			}
		}
	}

	/** The switch of {@link #modalDemands}. */
	static final String MODAL_DEMANDS = "speech.modal-demands";
	/** The auxiliaries that make a speaker's clause a demand on its subject. */
	private static final Set<String> OBLIGATION = Set.of("must", "should");
	private static final String DEMAND = "10";

	/**
	 * A speaker whose words say what another actor must or should do demands it of that actor (10): "X must stop its
	 * programme", "X should not allow its land to be used". The subject of a verb or copular predicate with "must" or
	 * "should" ({@code speech.modal-demands}), not under a condition, not the speaker, its own country or a
	 * co-speaker; {@code span} as for {@link #negativeOwners}.
	 */
	private void modalDemands(String body, ParsedSentence s, Speech sp, int[] span, List<Speech> speeches,
			DocActors actors, Set<String> seen, List<ExtractedRelationship> out) {
		for (int p = span[0]; p < span[1]; p++) {
			boolean obliged = false;
			boolean conditional = false;
			for (int c : s.children(p)) {
				String w = s.word(c).toLowerCase(Locale.ROOT);
				obliged |= s.deprel(c).startsWith("aux") && OBLIGATION.contains(w);
				conditional |= s.deprel(c).equals("mark") && words.in("condition", w);
			}
			if (!obliged || conditional || s.deprel(p).equals("advcl")) {
				continue;
			}
			for (int side : agents(s, p)) {
				ActorMention m = s.pos(side).equals("PRON") ? null : actors.at(s.start(side)); // not "X's jingoism"
				if (m != null && !backs(body, sp.speaker(), m.actor(), actors, out) && !coSpeaker(m.actor(), sp, speeches)) {
					add(body, s, sp, m, DEMAND, seen, out);
				}
			}
		}
	}

	/**
	 * Who criticises by speaking badly of another actor: the critics of {@link #CRITICS} and armed groups (they take
	 * sides; a military or a monitor reporting what another side fired does not criticise it by saying so).
	 */
	private static boolean negativeCritic(DocActor speaker) {
		return (CRITICS.contains(speaker.kind()) || speaker.kind() == ActorKind.ARMED_GROUP)
				&& !DocActor.isUnnamed(speaker.name());
	}

	private void criticise(String body, ParsedSentence s, Speech sp, List<Speech> speeches, DocActors actors,
			ActorMention m, Set<String> seen, List<ExtractedRelationship> out) {
		if (m != null && !backs(body, sp.speaker(), m.actor(), actors, out) && !coSpeaker(m.actor(), sp, speeches)) {
			add(body, s, sp, m, CRITICISM, seen, out);
		}
	}

	/** The first and one past the last token of the sentence inside the claim's words. */
	private static int[] tokens(ParsedSentence s, Speech sp) {
		int from = s.size();
		int to = 0;
		for (int t = 0; t < s.size(); t++) {
			if (inside(s, t, sp)) {
				from = Math.min(from, t);
				to = t + 1;
			}
		}
		return new int[] {from, Math.max(from, to)};
	}

	/** The nearest verb or copular predicate above the noun at {@code n} inside the claim, or -1. */
	private static int predicateAbove(ParsedSentence s, int n, Speech sp) {
		for (int t = s.head(n), guard = 0; t >= 0 && inside(s, t, sp) && guard < 12; t = s.head(t), guard++) {
			if (s.pos(t).equals("VERB") || !s.children(t, "cop").isEmpty()) {
				return t;
			}
		}
		return -1;
	}

	/**
	 * The actor a subject phrase names as its own: the mention on its head, else that of its possessor, "by" agent,
	 * name modifier or "of" phrase ("X's statements", "the steps of X"); never an actor the phrase is about ("attacks on
	 * X").
	 */
	private static ActorMention owner(ParsedSentence s, int h, DocActors actors) {
		if (s.pos(h).equals("PRON")) {
			return null;
		}
		ActorMention head = actors.at(s.start(h));
		if (head != null) {
			return head;
		}
		for (int c : s.children(h)) {
			String rel = s.deprel(c);
			String prep = EventCoder.Clause.caseWord(s, c);
			if (rel.equals("nmod:poss") || rel.equals("compound") && c < h
					|| rel.startsWith("nmod") && (prep.equals("by") || prep.equals("of"))) {
				ActorMention m = actorOf(s, c, actors);
				if (m != null) {
					return m;
				}
			}
		}
		return null;
	}

	/** Whether the actor speaks the same words ("Chile and Peru said ..."): no speaker criticises its co-speaker. */
	private static boolean coSpeaker(DocActor actor, Speech sp, List<Speech> speeches) {
		for (Speech other : speeches) {
			if (other.speaker() == actor && other.begin() == sp.begin() && other.end() == sp.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the speaker or its country is already read as cooperating with the actor (03 intent ... 08 aid): a side
	 * that reports what its ally did ("troops, backed by our jets, recaptured ...") does not criticise it.
	 */
	private static boolean backs(String body, DocActor speaker, DocActor actor, DocActors actors,
			List<ExtractedRelationship> out) {
		if (TitledSide.titled(body, actors, speaker, actor)) {
			return true; // "Houthi military spokesman X": what the Houthis did is his side's report, no criticism
		}
		for (ExtractedRelationship r : out) {
			int root = ParsedRelationReader.root(r.cameoCode());
			DocActor from = actors.byName(r.from());
			if (root >= FIRST_COOPERATION && root <= LAST_COOPERATION && r.to().equals(actor.name()) && from != null
					&& (from == speaker || !speaker.iso().isEmpty() && speaker.iso().equals(from.iso()))) {
				return true;
			}
		}
		return false;
	}

	/** The root the trigger table, else the CAMEO verb dictionary, gives the verb; 0 when neither codes it. */
	private int conflictRoot(ParsedSentence s, int v) {
		String lemma = forms.lemma(s.word(v).toLowerCase(Locale.ROOT));
		for (String l : new String[] {s.lemma(v).toLowerCase(Locale.ROOT), lemma}) {
			for (CameoPattern p : triggers.startingWith(l)) {
				if (!p.noun() && p.lemmas().size() == 1) {
					return ParsedRelationReader.root(p.code());
				}
			}
		}
		EventCoder.VerbCoding coding = coder.verbCoding(s, v);
		return coding != null && coding.code().matches("\\d{2,4}") ? ParsedRelationReader.root(coding.code()) : 0;
	}

	/**
	 * Whether the verb is not stated as done in the speaker's words: a negation, a modal or a condition on it or on a
	 * verb above it inside the claim, or a purpose clause on the way up ("cooperation to fight X").
	 */
	private boolean blocked(ParsedSentence s, int v, Speech sp) {
		int t = v;
		for (int guard = 0; t >= 0 && inside(s, t, sp) && guard < 8; guard++) {
			for (int c : s.children(t)) {
				String rel = s.deprel(c);
				String w = s.word(c).toLowerCase(Locale.ROOT);
				if (rel.startsWith("aux") && words.in("modal", w) || words.in("negation", w) && !rel.equals("cc")
						|| rel.equals("mark") && (words.in("condition", w) || PURPOSES.contains(w)
								&& !s.deprel(t).equals("xcomp"))) {
					return true;
				}
			}
			String rel = s.deprel(t);
			if (!MAIN_LINE.contains(rel) && s.head(t) >= 0 && inside(s, s.head(t), sp)) {
				return true; // "two days after X bombed ...": what the claim mentions on the side, not what it states
			}
			if (rel.equals("xcomp") && s.head(t) >= 0 && !inside(s, s.head(t), sp)) {
				return true; // "vowed to attack ...": the claim is an intent, not a statement of what was done
			}
			t = s.head(t);
		}
		return false;
	}

	/** Who does what the verb says: its passive agent, else its subject or that of the verb it hangs from. */
	private static List<Integer> agents(ParsedSentence s, int v) {
		EventCoder.Clause frame = new EventCoder.Clause(s, v);
		if (frame.passive) {
			return frame.agents;
		}
		int t = v;
		for (int guard = 0; t >= 0 && guard < 4; guard++) {
			EventCoder.Clause c = t == v ? frame : new EventCoder.Clause(s, t);
			if (!c.subjects.isEmpty()) {
				return c.subjects;
			}
			if (c.passive || !s.deprel(t).equals("xcomp") && !s.deprel(t).equals("conj")) {
				return List.of();
			}
			t = s.head(t);
		}
		return List.of();
	}

	/** The actor a phrase names: the mention on its head, else the first inside it (pronouns name none here). */
	static ActorMention actorOf(ParsedSentence s, int h, DocActors actors) {
		if (s.pos(h).equals("PRON")) {
			return null;
		}
		ActorMention head = actors.at(s.start(h));
		if (head != null) {
			return head;
		}
		List<Integer> tokens = EventCoder.phrase(s, h);
		List<ActorMention> inside = actors.within(s.start(tokens.get(0)), s.end(tokens.get(tokens.size() - 1)));
		return inside.isEmpty() ? null : inside.get(0);
	}

	private static void add(String body, ParsedSentence s, Speech sp, ActorMention target, String root,
			Set<String> seen, List<ExtractedRelationship> out) {
		DocActor f = sp.speaker();
		DocActor g = target.actor();
		if (f == g || g.kind() == ActorKind.MEDIA || f.kind() == ActorKind.MEDIA
				|| !f.iso().isEmpty() && f.iso().equals(g.iso())) {
			return; // no speaker criticises or warns itself or its own country
		}
		if (!seen.add(f.name() + "|" + g.name() + "|" + root)) {
			return;
		}
		int b = Math.max(s.start(0), Math.min(sp.begin(), target.begin()));
		int e = Math.min(s.end(s.size() - 1), Math.max(target.end(), Math.min(sp.end(), s.end(s.size() - 1))));
		out.add(new ExtractedRelationship(f.name(), g.name(), root, TextSpan.of(body, b, e), 0.5));
	}
}
