package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.Sentences;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.MentionResolver;
import org.sourcebench.extract.data.CameoLexicon;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.locations.LocationData;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Typed relationships from dependency-parsed sentences, read top to bottom in three steps:
 * <ol>
 * <li><b>Events.</b> A verb is an event when the trigger table ({@code event-triggers.tsv}, the annotation
 * guidelines' code choices) or the CAMEO verb dictionary ({@link EventCoder#verbCoding}: the most specific pattern
 * on its object and prepositional phrases) codes it; the root comes from the trigger table where it has the verb,
 * the full code from the dictionary where it agrees. A noun is an event when {@code event-words.tsv} names it
 * ("talks with", "X's strikes on Y", "war between X and Y").</li>
 * <li><b>Only asserted events.</b> Negated, modal (future, hypothetical), conditional and purpose clauses, the
 * complements of "plan/want/threaten to" and of denials are left out; "promised/offered to [event with Y]" is
 * itself an intent (03) toward Y, "threatened to [attack Y]" a threat (13). Events reported by a speaker count.</li>
 * <li><b>Sides.</b> Source = subject (conjuncts each; the passive agent; the antecedent of a relative pronoun; for
 * he/she/it/they the reporting verb's subject, else for a subject pronoun the antecedent {@link MentionResolver}
 * finds in its own and the two sentences before, for another the last agreeing actor in the same sentence, an
 * object's own subject excepted, else for an object the resolver's antecedent, {@code coref.object-pronouns}), target =
 * object, else the
 * first prepositional phrase that names a document actor. A phrase names the actor whose mention covers its head,
 * else the first mention inside it. Mutual events (talks, meetings, ceasefires; "between X and Y"; coordinated sources without a target)
 * are entered in both directions.</li>
 * </ol>
 * Statements (CAMEO 01) are left to the claim readers. One relationship per (from, to, root), added to what is
 * already in the list (a longer code of the same root refines it). Immutable; safe to share between threads.
 */
public final class ParsedRelationReader {

	/**
	 * Prepositions whose phrase may be whom a verb's event is aimed at ("fired at", "met with", "turned to"). Not
	 * "on", "upon", "into": after a verb their phrase is a topic or a place more often than a target ("hosted a
	 * summit on Yemen", "crossed into Ladakh"); the event nouns name their own ("strikes on", "sanctions on").
	 */
	private static final Set<String> TARGET_CASES = Set.of("with", "against", "at", "to", "toward", "towards");
	/** An event noun in a time phrase of a clause has that clause's subject ("after a meeting with X, Y said"). */
	private static final Set<String> TIME_CASES = Set.of("after", "following", "during", "at", "before");
	/** Marks of an adverbial clause that is a purpose, a charge or a warning, not an asserted event. */
	private static final Set<String> UNASSERTED_MARKS = Set.of("to", "of", "for", "against", "without", "instead",
			"at");
	private static final String REFUSED_OFFERS = Refusals.NAME; // offers: the same switch as events
	private static final Set<String> REFUSED_CASES = Set.of("in", "of", "to"); // "disinterest in talks with X"
	private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
	private static final Set<String> IMPERSONAL = Set.of("it", "they", "them", "its", "their");
	private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");
	/** Switch: a pronoun object or oblique ("accused them", "talks with him") resolved by {@link MentionResolver}. */
	static final String OBJECT_PRONOUNS = "coref.object-pronouns";
	/** Switch: a sentence whose only parties are third-person pronouns is read too ("They shelled it."). */
	static final String PRONOUN_SENTENCES = "coref.pronoun-sentences";
	private static final String STATEMENT_ROOT = "01";
	/**
	 * Roots whose clausal complement is about its subject when the verb has no object: accusations (11: "alleged
	 * that X supports") and threats (13: "warned that X would face consequences").
	 */
	private static final Set<String> ABOUT_ITS_SUBJECT = Set.of("11", "13");
	private static final String THREAT_ROOT = "13";
	private static final String REJECT_ROOT = "12";
	/** Roots a bare dictionary verb may give: 17 coerce, 18 assault, 19 fight, 20 mass violence. */
	private static final int MATERIAL_CONFLICT = 17;
	/**
	 * Switch: the "between" phrase of a one-way consultation verb with a subject names its targets ("mediating
	 * between X and Y").
	 */
	static final String VERB_BETWEEN = "relations.verb-between";
	/** CAMEO 04 (consult), whose one-way verbs of a third party take a "between" phrase: 045 mediate. */
	private static final int CONSULT = 4;
	/** The first root of the material-conflict quad class (14 protest ... 20 mass violence). */
	private static final int MATERIAL_QUAD = 14;

	private final EventCoder coder;
	private final CameoLexicon triggers;
	private final WordForms forms;
	private final EventWords words;
	private final RoleNouns roles;
	private final Mediation mediation;
	private final JointAction joint;
	private final CountryTable countries;
	/** Relationships stated in reported speech ({@link SpeechActs}). */
	private final SpeechActs speechActs;
	/** Acts on envoys and on the links between states ({@link DiplomaticActs}). */
	private final DiplomaticActs diplomacy;
	/** Negative labels one actor puts on another ({@link Labels}). */
	private final Labels labels;

	public ParsedRelationReader(EventCoder coder, CameoLexicon triggers, WordForms forms) {
		this.coder = coder;
		this.triggers = triggers;
		this.forms = forms;
		this.words = EventWords.get();
		this.roles = new RoleNouns(words);
		this.mediation = new Mediation(words);
		this.joint = new JointAction(words);
		this.countries = ExtractionData.get().countries();
		Valence valence = new Valence();
		this.speechActs = new SpeechActs(coder, triggers, forms, words, valence);
		this.diplomacy = new DiplomaticActs(forms, countries, words);
		this.labels = new Labels(words, valence);
	}

	/**
	 * The document's actors, and where the window of a pronoun's antecedent opens: the pronoun's own sentence (an
	 * antecedent in an earlier sentence is too often the wrong one on fresh text; a reported clause's pronoun has
	 * its speaker anyway).
	 */
	private record Doc(DocActors actors, int window, List<SpeechActs.Speech> speeches,
			MentionResolver.Document coref, String body, ActAuthors acts, boolean titled) {

		/** The same document, reading the sides of an event of {@code code} ({@link TitledNames#applies}). */
		Doc of(String code) {
			boolean t = TitledNames.applies(code);
			return t == titled ? this : new Doc(actors, window, speeches, coref, body, acts, t);
		}
	}

	/** One event before its sides are mapped to document actors. */
	private record Event(int anchor, String code, boolean symmetric, List<Integer> sources, List<Integer> targets,
			List<Integer> mutual, int gateAt) {

		Event(int anchor, String code, boolean symmetric, List<Integer> sources, List<Integer> targets,
				List<Integer> mutual) {
			this(anchor, code, symmetric, sources, targets, mutual, anchor);
		}

		/** The same event, not asserted whatever its clause says ("no talks", "suspended talks"). */
		Event unasserted() {
			return new Event(anchor, code, symmetric, sources, targets, mutual, -1);
		}
	}

	/** Adds the relationships of {@code sentences} to {@code out}, skipping (from, to, root) triples already there. */
	public void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		read(body, sentences, actors, List.of(), out);
	}

	/** As {@link #read(String, List, DocActors, List)}, adding what the speakers of {@code claims} state. */
	public void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedClaim> claims,
			List<ExtractedRelationship> out) {
		Set<String> seen = new HashSet<>();
		for (ExtractedRelationship r : out) {
			seen.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		int found = out.size();
		List<SpeechActs.Speech> speeches = speechActs.speeches(claims, actors);
		MentionResolver.Document coref = MentionResolver.get().document(body, sentences, actors);
		ActAuthors acts = new ActAuthors(claims, out, actors);
		List<int[]> unasserted = new ArrayList<>();
		List<int[]> asserted = new ArrayList<>();
		List<Set<String>> assertedPairs = new ArrayList<>();
		List<String> mediated = new ArrayList<>();
		List<ExtractedRelationship> brokered = new ArrayList<>();
		List<String> joints = new ArrayList<>();
		java.util.function.Predicate<String> mediates = l -> words.in("mediate", l);
		if (EventTrace.on()) {
			EventTrace.document(body, sentences);
		}
		Sentences.each(sentences, out, (s, si) -> { // a sentence the reader fails on costs that sentence only
			Doc doc = new Doc(actors, s.start(0), speeches, coref, body, acts, false);
			if (actors.within(s.start(0), s.end(s.size() - 1)).isEmpty() && !EventParties.hasGroupNoun(s)) {
				if (!Mechanisms.on(PRONOUN_SENTENCES) || thirdPersonPronouns(s) < 2) {
					return;
				}
				Mechanisms.fired(PRONOUN_SENTENCES, 1); // "They accused him of ...": both sides pronouns
			}
			for (int t = 0; t < s.size(); t++) {
				for (Event e : events(s, t, actors)) {
					if (e.code().startsWith(STATEMENT_ROOT)) {
						continue;
					}
					Event g = e.gateAt() < 0 ? null : gate(s, e.gateAt(), e);
					if (g == null || g.anchor() != t) {
						unasserted.add(new int[] {s.start(t), s.end(t), root(e.code())});
					}
					Set<String> pairs = new HashSet<>();
					boolean emitted = g != null && emit(body, s, g, doc, seen, out, pairs);
					if (EventTrace.on()) {
						Event x = g != null ? g : e;
						EventTrace.event(s, t, x.code(), g != null, x.sources(), x.targets(), x.mutual(), pairs);
					}
					if (Mechanisms.on(MediatorParties.NAME)) { // the mediator of the event consults its parties
						MediatorParties.add(body, s, t, e.code(), MediatorParties.mediators(s, t, e.gateAt(), mediates),
								true, m -> sides(s, List.of(m), doc, true, false), pairs, actors, brokered, mediated);
						MediatorParties.add(body, s, t, e.code(), MediatorParties.hosts(s, t, mediates), false,
								m -> sides(s, List.of(m), doc, true, false), pairs, actors, brokered, mediated);
					}
					if (emitted) {
						asserted.add(new int[] {s.start(g.anchor()), s.end(g.anchor()), root(g.code())});
						assertedPairs.add(pairs);
						if (g.code().equals(Mediation.CODE)) {
							pairs.forEach(p -> mediated.add(p + "|" + s.start(g.anchor())));
						}
						if (g.gateAt() != g.anchor() && g.symmetric()
								&& joint.at(s, g.anchor(), lemma(s, g.anchor())) != null) { // a joint action's pairs
							pairs.forEach(p -> joints.add(p + "|" + s.start(g.anchor()) + "|" + g.code().substring(0, 2)));
						}
					}
				}
			}
		});
		int kept = dropUnasserted(out, found, unasserted, asserted);
		dropMisread(out, kept, asserted, assertedPairs);
		Mediation.dropMirrors(out, mediated);
		MediatorParties.merge(out, brokered, seen); // relations.mediator-parties
		PoliticalBacking.recode(out, actors);
		JointAction.dropPartnersAsTargets(out, joints);
		speechActs.read(body, sentences, actors, speeches, seen, out);
		diplomacy.read(body, sentences, actors, out);
		RootRules.apply(sentences, actors, out); // 17/18 roots the guidelines do not use (relations.root-coercion)
		ConflictSenses.apply(sentences, actors, out); // "struck a deal", "fired the minister" (relations.conflict-senses)
		ActSenses.apply(sentences, actors, out); // "released a statement", "X echoed Y" (relations.act-senses)
		PersonOverState.apply(actors, out); // X and Putin, not X and Russia (relations.person-over-state)
		OwnSide.apply(body, sentences, actors, out, coder); // a spokesman and his principal (relations.own-side)
		UnnamedEnds.apply(out); // an unnamed speaker only states against others (relations.unnamed-ends)
	}

	/**
	 * Removes the word-window relationships (the first {@code found} of {@code out}) whose evidence holds an event
	 * of their root that the parse shows is not asserted ("will not attack", "suspended talks", "denied that X
	 * attacked") and no asserted one; returns how many of the first {@code found} are left.
	 */
	private static int dropUnasserted(List<ExtractedRelationship> out, int found, List<int[]> unasserted,
			List<int[]> asserted) {
		int kept = found;
		for (int i = found - 1; i >= 0; i--) {
			ExtractedRelationship r = out.get(i);
			int root = root(r.cameoCode());
			if (holds(r, unasserted, root) && !holds(r, asserted, root)) {
				out.remove(i);
				kept--;
			}
		}
		return kept;
	}

	/**
	 * Removes the word-window relationships whose evidence holds an event of their root that the parse read with
	 * the same source but whose target the parse gives no part in ("Russia and Turkey held talks on Syria":
	 * Russia meets Turkey, not Syria). Where the two disagree on the source (datelines, asides), the word windows
	 * stay, unless the parse gives the event neither the window's source nor its target
	 * ({@code relations.parse-overrules}).
	 */
	private static void dropMisread(List<ExtractedRelationship> out, int found, List<int[]> asserted,
			List<Set<String>> pairs) {
		Set<Integer> drop = new HashSet<>();
		for (int i = 0; i < found; i++) {
			ExtractedRelationship r = out.get(i);
			int root = root(r.cameoCode());
			boolean sameSource = false;
			boolean targetSeen = false;
			boolean read = false;
			boolean asTarget = false;
			for (int k = 0; k < asserted.size(); k++) {
				int[] e = asserted.get(k);
				if (e[2] == root && r.evidence().begin() <= e[0] && e[1] <= r.evidence().end()) {
					for (String pair : pairs.get(k)) {
						String[] ft = pair.split("\\|", 2);
						read = true;
						sameSource |= ft[0].equals(r.from());
						targetSeen |= ft[0].equals(r.to()) || ft[1].equals(r.to());
						asTarget |= ft[1].equals(r.to());
					}
				}
			}
			// the parse read this very event with another source and another target ("X spoke of Gondor during her
			// meeting with Y of Mordor": X met Y, not Gondor Mordor); a list member the parse missed keeps its pair
			boolean overruled = read && !sameSource && !asTarget && Mechanisms.on("relations.parse-overrules");
			if (overruled) { // never with the same source, so a drop the rule above would not have made
				Mechanisms.fired("relations.parse-overrules", 1);
			}
			if (sameSource && !targetSeen || overruled) {
				drop.add(i);
				for (int j = 0; j < found; j++) {
					ExtractedRelationship m = out.get(j);
					if (m.from().equals(r.to()) && m.to().equals(r.from()) && m.root().equals(r.root())
							&& m.evidence().equals(r.evidence())) {
						drop.add(j); // its mirror, entered from the same reading of a mutual event
					}
				}
			}
		}
		for (int i = found - 1; i >= 0; i--) {
			if (drop.contains(i)) {
				out.remove(i);
			}
		}
	}

	private static boolean holds(ExtractedRelationship r, List<int[]> events, int root) {
		for (int[] e : events) {
			if (e[2] == root && r.evidence().begin() <= e[0] && e[1] <= r.evidence().end()) {
				return true;
			}
		}
		return false;
	}

	// ---- step 1 and 2: events, asserted only ------------------------------------------------------------------

	/**
	 * A hyphenated event modifier of a noun ("the Russian-backed regime", "Iran-sponsored militias"): the word before
	 * the hyphen acts on the actor the modified noun names (not on its conjuncts), with the trigger table's code of
	 * the participle.
	 */
	private Event modifierEvent(ParsedSentence s, int t, DocActors actors) {
		String w = lower(s.word(t));
		int hyphen = w.lastIndexOf('-');
		int source;
		String participle;
		if (hyphen > 0 && hyphen < w.length() - 1) {
			source = t; // one token: "Rwanda-backed"
			participle = w.substring(hyphen + 1);
		} else if (t >= 2 && !w.equals("-") && s.word(t - 1).equals("-") && s.end(t - 2) == s.start(t - 1)
				&& s.end(t - 1) == s.start(t)) {
			source = t - 2; // three tokens: "Rwanda", "-", "backed"
			participle = w;
		} else {
			return null;
		}
		int n = s.head(t);
		if (!participle.endsWith("ed") || n < t || !(s.pos(n).equals("NOUN") || s.pos(n).equals("PROPN"))
				|| actors.at(s.start(n)) == null && !EventParties.definite(s, n, actors)
				|| !s.children(n, "conj").isEmpty()) { // "the Iran-backed group": a definite description
			return null;
		}
		for (CameoPattern p : triggers.startingWith(forms.lemma(participle))) {
			if (!p.noun() && p.lemmas().size() == 1 && !p.code().startsWith(STATEMENT_ROOT)) {
				return new Event(t, p.code(), false, List.of(source), List.of(n), List.of(), t);
			}
		}
		return null;
	}

	/**
	 * Whether a capitalised word inside a sentence belongs to a name ("Secretary General Sayyed Hassan Nasrallah"):
	 * tagged as an entity, or followed by another capitalised word.
	 */
	private static boolean inName(ParsedSentence s, int v) {
		if (v == 0 || !Character.isUpperCase(s.word(v).charAt(0))) {
			return false;
		}
		return s.entity(v) != null || v + 1 < s.size() && Character.isUpperCase(s.word(v + 1).charAt(0));
	}

	private Event verbEvent(ParsedSentence s, int v, DocActors actors) {
		if (!s.pos(v).equals("VERB") || s.deprel(v).startsWith("aux") || s.deprel(v).equals("amod")
				|| s.deprel(v).equals("compound") || inName(s, v)) {
			return null;
		}
		if (words.in("light", lemma(s, v))) {
			for (int o : s.children(v, "obj")) {
				if (nominal(s, o) != null) {
					return null; // "held talks", "conducted a strike": the noun is the event
				}
			}
		}
		CameoPattern trigger = trigger(s, v);
		EventCoder.VerbCoding coding = coder.verbCoding(s, v);
		String code;
		boolean symmetric;
		EventCoder.Clause frame;
		boolean negated = false;
		if (trigger != null) {
			String root = trigger.code();
			code = coding != null && coding.code().startsWith(root) ? coding.code() : root;
			symmetric = trigger.symmetric() || words.symmetric(code);
			frame = coding != null ? coding.frame() : new EventCoder.Clause(s, v);
			negated = frame.negated && (coding == null || !coding.code().startsWith(root));
		} else if (!words.code("denial", lemma(s, v)).isEmpty()) {
			code = words.code("denial", lemma(s, v)); // "denied that X ...", "rejected X's claim"
			symmetric = false;
			frame = new EventCoder.Clause(s, v);
			negated = frame.negated;
		} else if (coding != null && coding.code().matches("\\d{2,4}")
				&& (coding.pattern() != null || root(coding.code()) >= MATERIAL_CONFLICT
						|| SpeechActs.spokenVerb(coding.code()))
				&& !(words.in("travel", lemma(s, v)) && root(coding.code()) < MATERIAL_QUAD)) {
			// a bare dictionary verb only for material conflict ("killed"): bare cooperative verbs are too general;
			// a trip ("headed to Davos", "travelled to Ankara") is no event unless the trigger table names it
			code = coding.code();
			symmetric = words.symmetric(code);
			frame = coding.frame();
		} else {
			return null;
		}
		if (!symmetric && MaterialCooperation.reciprocal(words, lemma(s, v), code)) {
			symmetric = true; // "X and Y exchanged prisoners": each side to the other
		}
		boolean reciprocal = false;
		for (int o : frame.passive ? List.<Integer>of() : frame.objects) {
			reciprocal |= ReciprocalSides.reciprocal(s, o) || ReciprocalSides.owner(s, o);
		}
		for (int[] pp : frame.passive ? List.<int[]>of() : frame.preps) {
			String prep = pp[0] < 0 ? "" : lower(s.word(pp[0]));
			reciprocal |= TARGET_CASES.contains(prep) && ReciprocalSides.reciprocal(s, pp[1]); // "fired at each other"
		}
		if (reciprocal) { // "X and Y accused each other": each side to the other
			symmetric = true;
		}
		List<Integer> sources = new ArrayList<>();
		List<Integer> targets = new ArrayList<>();
		boolean participle = !frame.passive && !frame.agents.isEmpty() && s.deprel(v).startsWith("acl")
				&& actors.at(s.start(s.head(v))) != null;
		if (participle) {
			sources.addAll(frame.agents); // "forces backed by the coalition": the coalition backs the forces
			targets.add(s.head(v));
		} else if (coding != null && coding.source() >= 0) {
			sources.add(coding.source());
		} else {
			sources.addAll(frame.passive ? frame.agents : frame.subjects);
		}
		if (!participle && coding != null && coding.target() >= 0) {
			targets.add(coding.target());
		}
		boolean denial = words.in("denial", lemma(s, v));
		for (int o : participle ? List.<Integer>of() : frame.passive ? frame.subjects : frame.objects) {
			if (!denial || words.in("assertion", lemma(s, o))) {
				targets.add(o); // "denied Russia's claim": Russia; "denied Kyiv's involvement": nobody
			} else if (ActAuthors.denied(s, o, lemma(s, o), actors)) {
				targets.add(o); // "denied responsibility": the charge's author ({@link ActAuthors})
			}
		}
		List<Integer> mutual = new ArrayList<>();
		for (int[] pp : frame.preps) {
			String prep = pp[0] < 0 ? "" : lower(s.word(pp[0]));
			if (prep.equals("between") && sources.isEmpty()) {
				betweenParties(s, pp[1], mutual); // "fighting between X and Y"
			} else if (prep.equals("between") && !symmetric && root(code) == CONSULT && !denial && !participle
					&& Mechanisms.on(VERB_BETWEEN)) {
				targets.add(pp[1]); // "X is mediating between Y and Z": Y and Z (the phrase's conjuncts)
				Mechanisms.fired(VERB_BETWEEN, 1);
			} else if (!denial && !participle && TARGET_CASES.contains(prep) && !frame.agents.contains(pp[1])) {
				targets.add(pp[1]);
			}
		}
		if (!denial && !participle) {
			targets.addAll(SpeechActs.spokenTo(s, v, code)); // "called on X", "protested over X's raid"
		}
		if (!denial && !participle && ObjectOwner.applies(code)) { // "denounced the act by X" (relations.object-owner)
			targets.addAll(ObjectOwner.verbAgents(s, v, frame.passive, frame.objects));
		}
		if (denial || targets.isEmpty() && (ABOUT_ITS_SUBJECT.contains(code.substring(0, 2))
				|| SpeechActs.asksOfComplement(code))) {
			// "denied that X took control": X is rejected; "alleging X supports terrorism": X is accused; "warned
			// that X would face consequences": X is threatened (a threat only with the complement's modal)
			for (int c : frame.complements) {
				if (!code.startsWith(THREAT_ROOT) || words.modalOn(s, c)) {
					targets.addAll(s.children(c, "nsubj"));
				}
			}
		}
		if (targets.isEmpty() && mutual.isEmpty() && words.in("joint", lemma(s, v))
				&& Mechanisms.on("relations.joint")) {
			symmetric = true; // "X and Y agreed to open a corridor": each agreed with the other
		}
		if (reciprocal) {
			targets.clear(); // the sources are each other's targets
			Mechanisms.fired(ReciprocalSides.NAME, 1);
		}
		Event e = new Event(v, code, symmetric, sources, targets, mutual.size() > 1 ? mutual : List.of());
		return negated ? e.unasserted() : e;
	}

	private Event nominalEvent(ParsedSentence s, int n, DocActors actors) {
		EventWords.Nominal nominal = nominal(s, n);
		if (nominal == null) {
			return null;
		}
		boolean hedged = false;
		for (int d : s.children(n)) {
			hedged |= words.in("hedge", lower(s.word(d))); // "no talks", "any attacks", "an alleged attack"
		}
		List<Integer> sources = new ArrayList<>();
		List<Integer> targets = new ArrayList<>();
		List<Integer> mutual = new ArrayList<>();
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			String prep = EventCoder.Clause.caseWord(s, c);
			if (rel.equals("nmod:poss") || rel.equals("compound") && c < n && actors.at(s.start(c)) != null) {
				sources.add(c);
			} else if (rel.startsWith("nmod") && prep.equals("by")) {
				EventCoder.Clause.withConj(s, c, sources);
			} else if (rel.startsWith("nmod") && prep.equals("between")) {
				betweenParties(s, c, mutual);
			} else if (rel.startsWith("nmod") && nominal.prepositions().contains(prep)) {
				targets.add(c);
			}
		}
		boolean unowned = sources.isEmpty() && mutual.isEmpty(); // no sides of its own: a refusal may take it
		if (sources.isEmpty() && nominal.symmetric()) {
			sources.addAll(EventParties.engagedSubjects(s, n)); // "X and Y are in talks", "X is at war with Y"
		}
		if (nominal.symmetric() && mutual.isEmpty() && sources.isEmpty()) {
			mutual.addAll(MaterialCooperation.involving(s, n)); // "exercises involving X, Y and Z"
		}
		if (nominal.symmetric() && mutual.isEmpty() && sources.isEmpty()) {
			mutual.addAll(MaterialCooperation.concludedBy(s, n, nominal.code(), words)); // "a truce agreed by X and Y"
		}
		if (nominal.symmetric() && mutual.isEmpty()) {
			List<Integer> pair = hyphenPair(s, n, actors);
			if (pair.isEmpty()) {
				pair = MaterialCooperation.hyphenPair(s, n, actors); // "a US-South Korea drill"
			}
			if (!pair.isEmpty()) {
				sources.clear();
				mutual.addAll(pair); // "Hezbollah-Israel clashes", "the Russia-Ukraine talks"
			}
		}
		int gateAt = n;
		int np = n; // "two sessions of talks", "a new round of talks": the phrase the clause takes
		if (s.deprel(n).startsWith("nmod") && s.head(n) >= 0 && s.pos(s.head(n)).equals("NOUN")
				&& EventCoder.Clause.caseWord(s, n).equals("of")) {
			np = s.head(n);
		}
		StrayBetween.Parties stray = sources.isEmpty() && mutual.isEmpty() && targets.isEmpty()
				? StrayBetween.of(s, n, np, actors, t -> t != n && nominal(s, t) != null) : null;
		if (stray != null) { // "clashes erupted between X and Y" (relations.attach-between)
			mutual.addAll(stray.heads());
			gateAt = stray.gateAt();
		}
		int h = s.head(np);
		List<Integer> joined = nominal.symmetric() && mutual.isEmpty() && targets.isEmpty()
				? MeetingParties.possessiveParties(s, n, np, sources) : List.of();
		if (!joined.isEmpty()) { // "during their meeting, X told Y": X and Y met
			sources.clear();
			mutual.addAll(joined);
			gateAt = h;
		}
		boolean measure = Sanctions.applies(nominal.code()); // sanctions, tariffs: sides from the clause around them
		if (measure && sources.isEmpty()) {
			Sanctions.fromClause(s, n, sources, targets); // "sanctions imposed by X on Y"
		}
		if (measure && !sources.isEmpty() && targets.isEmpty()) {
			int bearer = Sanctions.bearer(s, np, ownEvent(s, h));
			if (bearer >= 0) {
				targets.add(bearer); // "Y faces new US sanctions"
			}
		}
		if (measure && sources.isEmpty() && mutual.isEmpty() && h >= 0 && s.pos(h).equals("VERB")
				&& Sanctions.imposedBy(s, np, h, ownEvent(s, h), sources, targets)) {
			gateAt = h; // "slapped sanctions on X"
			h = -1;
		}
		String refusal = Refusals.on() && unowned && stray == null && h >= 0 ? Refusals.code(nominal.code()) : null;
		int r = refusal == null ? -1 : refusedBy(s, np, h) ? h : siblingRefusal(s, np, h);
		if (r >= 0) { // "rejected talks with X", "not interested in talks with X"
			List<Integer> partners = new ArrayList<>(targets);
			for (int c : partners.isEmpty() ? s.children(r) : List.<Integer>of()) {
				String prep = EventCoder.Clause.caseWord(s, c);
				if (c > np && s.deprel(c).startsWith("obl") && nominal.prepositions().contains(prep)) {
					partners.add(c); // "not interested in talks with X": the parse hung X on the adjective
				}
			}
			if (!partners.isEmpty()) {
				Mechanisms.fired(Refusals.NAME, 1);
				return new Event(r, refusal, false, Refusals.refusers(s, r), partners, List.of(), r);
			}
		}
		int intentHead = -1;
		if (sources.isEmpty() && mutual.isEmpty() && h >= 0 && s.pos(h).equals("ADJ")
				&& !words.code("irrealis", lemma(s, h)).isEmpty()) {
			intentHead = h; // "ready for talks with X"
		} else if (sources.isEmpty() && mutual.isEmpty() && h >= 0 && s.pos(h).equals("VERB")) {
			String rel = s.deprel(np);
			String prep = EventCoder.Clause.caseWord(s, np);
			String verb = lemma(s, h);
			boolean reported = words.in("light", verb) && (rel.equals("obj") || rel.equals("nsubj:pass")
					|| rel.startsWith("obl") && prep.equals("to"));
			if (reported) {
				EventCoder.Clause frame = new EventCoder.Clause(s, h);
				hedged |= frame.negated;
				sources.addAll(frame.passive ? frame.agents : frame.subjects);
				for (int[] pp : frame.preps) {
					if (pp[0] >= 0 && nominal.prepositions().contains(lower(s.word(pp[0]))) && pp[1] != np
							&& !lower(s.word(pp[0])).equals("of")) {
						targets.add(pp[1]);
					}
				}
				gateAt = h;
			} else if (rel.equals("obj") && !words.code("irrealis", verb).isEmpty()) {
				intentHead = h; // "offered talks with X"
			} else if (rel.startsWith("obl") && nominal.symmetric()
					&& (TIME_CASES.contains(prep) || EventParties.engagedIn(prep))) { // "X lost men in clashes with Y"
				EventCoder.Clause frame = new EventCoder.Clause(s, h);
				if (!frame.passive) {
					sources.addAll(frame.subjects);
				}
				gateAt = h;
			} else {
				hedged = true; // "suspended talks", "called off the truce": the verb is the event
			}
		}
		if (!mutual.isEmpty() && mutual.size() < 2) {
			return null;
		}
		if (intentHead >= 0) {
			// "ready for talks with X", "offered a meeting with X": an intent (03) of the head's subject toward X
			String intent = words.code("irrealis", lemma(s, intentHead));
			String code = intent.equals("03") && root(nominal.code()) >= MATERIAL_QUAD ? THREAT_ROOT : intent;
			EventCoder.Clause frame = new EventCoder.Clause(s, intentHead);
			Event e = new Event(intentHead, code, false, frame.subjects, targets, List.of(), intentHead);
			return hedged || frame.negated ? e.unasserted() : e;
		}
		List<Integer> appealed = mutual.isEmpty() ? AppealCalls.appealed(s, n, lemma(s, n)) : null;
		if (appealed != null) { // "issued a joint call for X and Y to return": an appeal to X and Y, no talks
			Event a = new Event(n, AppealCalls.CODE, false, sources, appealed, List.of(), gateAt);
			return hedged ? a.unasserted() : a;
		}
		Event e = new Event(n, nominal.code(), nominal.symmetric(), sources, targets, mutual, gateAt);
		String rowMechanism = words.mechanismOf(lemma(s, n));
		if (!hedged && !rowMechanism.isEmpty()) {
			Mechanisms.fired(rowMechanism, 1); // an event noun of noun-events.tsv
		}
		return hedged ? e.unasserted() : e;
	}

	/**
	 * Whether the word {@code h} refuses the event phrase {@code np} it governs ({@link Refusals}): a refusal verb
	 * taking it as its object ("rejected talks with X"), or a refusal noun or uninterested adjective or noun taking it
	 * in an "in", "of" or "to" phrase ("disinterest in negotiations with X", "not interested in talks with X").
	 */
	private boolean refusedBy(ParsedSentence s, int np, int h) {
		String rel = s.deprel(np);
		String lemma = lemma(s, h);
		boolean phrase = (rel.startsWith("obl") || rel.startsWith("nmod"))
				&& REFUSED_CASES.contains(EventCoder.Clause.caseWord(s, np));
		boolean taken = s.pos(h).equals("VERB") ? rel.equals("obj") || phrase && words.in("interest", lemma)
				: (s.pos(h).equals("NOUN") || s.pos(h).equals("ADJ")) && phrase;
		return taken && Refusals.refuses(s, h, lemma, words);
	}

	/**
	 * The refusal noun that is the object of the verb {@code h} when the parse hung the refused event phrase
	 * {@code np} on the verb beside it ("signaling Y's disinterest in negotiations with X"), or -1.
	 */
	private int siblingRefusal(ParsedSentence s, int np, int h) {
		if (!s.pos(h).equals("VERB") || !s.deprel(np).startsWith("obl")
				|| !REFUSED_CASES.contains(EventCoder.Clause.caseWord(s, np))) {
			return -1;
		}
		for (int o : s.children(h, "obj")) {
			if (o < np && s.pos(o).equals("NOUN") && Refusals.refuses(s, o, lemma(s, o), words)) {
				return o;
			}
		}
		return -1;
	}

	/** The conjuncts of a "between" phrase, added to {@code out} ({@link EventParties#between}: groups). */
	private static void betweenParties(ParsedSentence s, int pp, List<Integer> out) {
		out.addAll(EventParties.between(s, pp));
	}

	/**
	 * Whether the verb at {@code v} is an event of its own over a noun it governs ("lifted sanctions": 08,
	 * "condemned sanctions": 11): the trigger table codes it other than 16, or the dictionary as an act of speech or
	 * an easing.
	 */
	private boolean ownEvent(ParsedSentence s, int v) {
		if (v < 0) {
			return false;
		}
		CameoPattern p = trigger(s, v);
		if (p != null) {
			return !p.code().startsWith("16");
		}
		EventCoder.VerbCoding coding = coder.verbCoding(s, v);
		return coding != null && coding.code().matches("\\d{2,4}")
				&& (SpeechActs.spoken(coding.code()) || coding.code().startsWith("01") || coding.code().startsWith("08"));
	}

	/** The events token {@code t} anchors: a modifier, verb, nominal or role event, and a mediation of a nominal. */
	private List<Event> events(ParsedSentence s, int t, DocActors actors) {
		List<Event> out = new ArrayList<>(2);
		Event e = modifierEvent(s, t, actors);
		if (e == null) {
			e = verbEvent(s, t, actors);
		}
		boolean refused = false;
		if (e == null) {
			e = nominalEvent(s, t, actors);
			refused = e != null && e.anchor() != t && Refusals.refusal(e.code());
			if (refused) { // the refused event is not asserted, nor is it a joint action of the refuser
				EventWords.Nominal n = nominal(s, t);
				out.add(new Event(t, n.code(), n.symmetric(), List.of(), List.of(), List.of()).unasserted());
			}
		}
		if (e == null) {
			e = roleEvent(s, t);
		}
		if (e == null && Mechanisms.on(REFUSED_OFFERS) && s.pos(t).equals("NOUN")) {
			e = refusedOffer(s, t); // "refused to accept X's demarche", "not interested in proposals from X"
		}
		if (e != null) {
			out.add(e);
		}
		Mediation.Mediated m = Mechanisms.on("relations.mediation") && s.pos(t).equals("NOUN")
				? mediation.at(s, t, lemma(s, t), s.head(t) < 0 ? "" : lemma(s, s.head(t))) : null;
		if (m != null) {
			out.add(new Event(t, Mediation.CODE, false, m.mediators(), m.sides(), List.of(), m.anchor()));
		}
		Labels.Label l = labels.at(s, t); // "called X a menace": 11 toward X
		if (l != null) {
			out.add(new Event(t, Designations.code(s, t, l.labelled()), false, l.holders(), l.labelled(), List.of()));
		}
		JointAction.Joint j = Mechanisms.on("relations.joint-action") && s.pos(t).equals("NOUN") && !refused
				? joint.at(s, t, lemma(s, t)) : null;
		if (j != null) {
			out.add(new Event(t, j.code(), true, j.agents(), List.of(j.partner()), List.of(), j.clause()));
		}
		return out;
	}

	/**
	 * A refused offer ({@link Refusals#offerRefuser}): a rejection (120) by the refuser toward the offer's authors,
	 * anchored and gated at the refusing word; null if the noun {@code t} is no refused offer or names no author.
	 */
	private Event refusedOffer(ParsedSentence s, int t) {
		int r = Refusals.offerRefuser(s, t, words, k -> lemma(s, k));
		List<Integer> authors = r < 0 ? List.of() : Refusals.offerAuthors(s, t);
		if (authors.isEmpty()) {
			return null;
		}
		Mechanisms.fired(REFUSED_OFFERS, 1);
		return new Event(r, "120", false, Refusals.refusers(s, r), authors, List.of(), r);
	}

	/** "X is Y's ally", "X, a backer of Y": the role's holder toward the actor it serves ({@link RoleNouns}). */
	private Event roleEvent(ParsedSentence s, int n) {
		RoleNouns.Role r = Mechanisms.on("relations.roles") ? roles.at(s, n, lemma(s, n)) : null;
		return r == null ? null : new Event(n, r.code(), false, List.of(r.holder()), List.of(r.served()), List.of());
	}

	/**
	 * Two actors joined by a hyphen in front of an event noun ("India-Pakistan clashes"): their tokens, or empty. The
	 * parse attaches the first to the second or both to the noun; only the words right before the noun count.
	 */
	private static List<Integer> hyphenPair(ParsedSentence s, int n, DocActors actors) {
		for (int c : s.children(n, "compound")) {
			int k = c - 2;
			if (c < n && k >= 0 && s.word(c - 1).equals("-") && s.end(k) == s.start(c - 1)
					&& s.end(c - 1) == s.start(c)) {
				ActorMention first = actors.at(s.start(k));
				ActorMention second = actors.at(s.start(c));
				if (first != null && second != null && first.actor() != second.actor()) {
					return List.of(k, c);
				}
			}
		}
		return List.of();
	}

	private EventWords.Nominal nominal(ParsedSentence s, int n) {
		if (!s.pos(n).equals("NOUN") && !(n == 0 && s.pos(n).equals("PROPN"))) { // "War between ..." opening
			return null;
		}
		EventWords.Nominal nominal = words.nominal(lemma(s, n));
		if (nominal == null) {
			nominal = words.nominal(lower(s.word(n)));
		}
		return nominal != null ? nominal : MaterialCooperation.hyphenated(s, n, words); // "cease - fire"
	}

	/** The trigger-table pattern of the verb at v, its further words after it in v's phrase; null if none. */
	private CameoPattern trigger(ParsedSentence s, int v) {
		for (String lemma : new String[] {lower(s.lemma(v)), forms.lemma(s.word(v))}) {
			for (CameoPattern p : triggers.startingWith(lemma)) {
				if (!p.noun() && (restFollows(s, v, p.lemmas()) || particleOnParse(s, v, p.lemmas()))) {
					return p;
				}
			}
		}
		return null;
	}

	/**
	 * Whether a two-word pattern's second word is the verb's particle or the infinitive mark of its clausal
	 * complement, wherever the sentence puts it ("agreed in September to establish": "agree to"; "called the
	 * talks off": "call off").
	 */
	private static boolean particleOnParse(ParsedSentence s, int v, List<String> lemmas) {
		if (lemmas.size() != 2 || !Mechanisms.on("relations.particles")) {
			return false;
		}
		String want = lemmas.get(1);
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			if (rel.equals("compound:prt") && c > v && lower(s.word(c)).equals(want)) {
				return true;
			}
			if ((rel.equals("xcomp") || rel.equals("advcl")) && c > v) {
				for (int m : s.children(c, "mark")) {
					if (lower(s.word(m)).equals(want)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean restFollows(ParsedSentence s, int v, List<String> lemmas) {
		int at = v + 1;
		for (int k = 1; k < lemmas.size(); k++) {
			String want = lemmas.get(k);
			if (want.equals("*")) {
				continue;
			}
			int found = -1;
			boolean skip = lemmas.get(k - 1).equals("*");
			for (int t = at; t < s.size() && t <= at + (skip ? 4 : 0); t++) {
				if (want.equals(lower(s.lemma(t))) || want.equals(forms.lemma(s.word(t)))) {
					found = t;
					break;
				}
			}
			if (found < 0) {
				return false;
			}
			at = found + 1;
		}
		return true;
	}

	/**
	 * The event if it is asserted at its anchor; the intent or threat of an "offered/promised/threatened to"
	 * verb above it instead; null when a negation, modal, condition, purpose or denial governs it.
	 */
	private Event gate(ParsedSentence s, int anchor, Event e) {
		int t = anchor;
		boolean controlled = true; // every verb between the anchor and an intent verb shares its subject
		boolean conjunct = false; // "would start ... and accused": the first conjunct's modal is its own
		for (int guard = 0; guard < 8; guard++) {
			if (!conjunct && blockedHere(s, t, t == anchor && Refusals.refusal(e.code())
					&& Refusals.uninterested(s, t, lemma(s, t), words))) { // "not interested in": the negation refuses
				return null;
			}
			// "offered to stop fighting with X" passes "stop"; "ready to lend support to groups fighting X" stops
			controlled &= t == anchor || s.children(t, "obj").isEmpty();
			int h = s.head(t);
			String rel = s.deprel(t);
			if (h < 0) {
				return e;
			}
			String head = lemma(s, h);
			if (rel.equals("xcomp") || rel.equals("ccomp") && words.in("irrealis", head)) {
				String refusal = Refusals.on() && controlled && rel.equals("xcomp") && !e.targets().isEmpty()
						&& Refusals.noun(s, h) && Refusals.refuses(s, h, head, words) ? Refusals.code(e.code()) : null;
				if (refusal != null) { // "Y's refusal to hold talks with X" (the parse may tag the noun ADJ)
					Mechanisms.fired(Refusals.NAME, 1);
					return gate(s, h, new Event(h, refusal, false, Refusals.refusers(s, h), e.targets(), List.of(), h));
				}
				if (words.in("irrealis", head)) {
					String intent = words.code("irrealis", head);
					String refused = Refusals.on() && intent.isEmpty() && controlled && !e.targets().isEmpty()
							&& Refusals.refuses(s, h, head, words) ? Refusals.code(e.code()) : null;
					if (refused != null) { // "refused to hold talks with X": a rejection toward X
						Mechanisms.fired(Refusals.NAME, 1);
						return gate(s, h, new Event(h, refused, false, Refusals.refusers(s, h), e.targets(), List.of(), h));
					}
					if (intent.isEmpty() || !controlled || blockedHere(s, h)) {
						return null;
					}
					EventCoder.Clause frame = new EventCoder.Clause(s, h);
					String code = intent.equals("03") && h == s.head(anchor) && root(e.code()) >= 14 ? "13" : intent;
					return gate(s, h, new Event(h, code, false, frame.subjects, e.targets(), List.of(), h));
				}
			} else if (rel.equals("ccomp")) {
				return words.in("denial", head) ? null : e; // a reported event counts, a denied one does not
			} else if (rel.equals("advcl")) {
				for (int m : s.children(t, "mark")) {
					String mark = lower(s.word(m));
					if (UNASSERTED_MARKS.contains(mark) && !(mark.equals("to") && words.in("travel", head))) {
						return null; // "moved in to attack", "accused X of arming", "warned against launching"
					} // "flew to Doha to meet X": the trip's purpose is reported as done
				}
			} else if (rel.startsWith("acl")) {
				String refusal = Refusals.on() && controlled && !e.targets().isEmpty() && Refusals.noun(s, h)
						&& Refusals.refuses(s, h, head, words) ? Refusals.code(e.code()) : null;
				if (refusal != null) { // "the refusal to hold talks with X"
					Mechanisms.fired(Refusals.NAME, 1);
					return gate(s, h, new Event(h, refusal, false, Refusals.refusers(s, h), e.targets(), List.of(), h));
				}
				for (int m : s.children(t, "mark")) {
					if (UNASSERTED_MARKS.contains(lower(s.word(m)))) {
						return null; // "plans to attack X", "efforts to negotiate with X"
					}
				}
				if (blockedHere(s, h)) {
					return null; // "an alleged attack aimed at hitting X"
				}
				return e;
			} else if (!rel.equals("conj")) {
				return e;
			}
			conjunct = rel.equals("conj");
			t = h;
		}
		return e;
	}

	private boolean blockedHere(ParsedSentence s, int t) {
		return blockedHere(s, t, false);
	}

	/** As {@link #blockedHere(ParsedSentence, int)}; with {@code refusing}, a negation word there blocks nothing. */
	private boolean blockedHere(ParsedSentence s, int t, boolean refusing) {
		for (int c : s.children(t)) {
			String rel = s.deprel(c);
			String w = lower(s.word(c));
			if (refusing && words.in("negation", w)) {
				continue;
			}
			if (rel.startsWith("aux") && words.in("modal", w)
					|| words.in("negation", w) && !rel.equals("cc") && !EventCoder.notOnly(s, c)
					|| (rel.equals("advmod") || rel.equals("amod") || rel.equals("det")) && words.in("hedge", w)
					|| rel.equals("mark") && words.in("condition", w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The lemma {@code event-words.tsv} knows the token by: the parser's, or else the bundle's word-form table's
	 * ("pledging": the parser may give "pledg").
	 */
	private String lemma(ParsedSentence s, int t) {
		String parsed = lower(s.lemma(t));
		if (words.knows(parsed)) {
			return parsed;
		}
		String table = forms.lemma(s.word(t));
		return words.knows(table) ? table : parsed;
	}

	/** @return the two-digit CAMEO root of {@code code} as a number */
	static int root(String code) {
		return Integer.parseInt(code.substring(0, 2));
	}

	// ---- step 3: sides -----------------------------------------------------------------------------------------

	/** Enters the event between the document actors of its sides; whether it had two. */
	private boolean emit(String body, ParsedSentence s, Event e, Doc sentenceDoc, Set<String> seen,
			List<ExtractedRelationship> out, Set<String> pairs) {
		Doc doc = sentenceDoc.of(e.code());
		if (!e.mutual().isEmpty()) {
			List<ActorMention> sides = new ArrayList<>();
			for (int m : titledMutual(s, e.mutual(), doc)) {
				List<ActorMention> group = EventParties.group(doc.body(), s, m, doc.actors()); // "between the two countries"
				for (ActorMention a : group.isEmpty() ? java.util.Collections.singletonList(actorOf(s, m, doc)) : group) {
					if (a != null && sides.stream().noneMatch(x -> x.actor() == a.actor())) {
						sides.add(a);
					}
				}
			}
			for (ActorMention a : sides) {
				for (ActorMention b : sides) {
					add(body, s, e, a, b, seen, out, pairs);
				}
			}
			return sides.size() > 1;
		}
		List<ActorMention> read = e.symmetric()
				? EventParties.withLists(s, sides(s, e.sources(), doc, true, false), doc.actors())
				: sides(s, e.sources(), doc, true, false); // "Presidents A, B and C met"
		List<ActorMention> authored = e.symmetric() ? null // "an Israeli strike on Lebanon killed": Israel, not Lebanon
				: ActSubjects.sources(s, e.sources(), e.anchor(),
						n -> {
							int f = actFamily(s, n);
							return f != 0 ? f : nominal(s, n) != null ? 1 : 0;
						},
						heads -> sides(s, heads, doc, true, false), doc.actors(), t -> countryActor(s, t, doc));
		List<ActorMention> sources = authored != null ? authored : read;
		List<ActorMention> targets = List.of();
		for (int head : e.targets()) {
			targets = sides(s, List.of(head), doc, false, root(e.code()) >= MATERIAL_QUAD, ObjectOwner.applies(e.code()));
			if (targets.isEmpty() && !e.symmetric()) { // "condemned an Israeli airstrike": Israel
				targets = AdjectiveAuthors.targets(s, head, e.code(), actFamily(s, head), sources, doc.actors(),
						t -> countryActor(s, t, doc));
			}
			if (targets.stream().anyMatch(t -> sources.stream().anyMatch(x -> x.actor() == t.actor()))) {
				targets = List.of(); // "X and Y vowed to increase their support": a source is not its own target
			}
			if (!targets.isEmpty()) {
				if (s.head(head) == e.anchor() && ObjectOwner.verbAgents(s, e.anchor(), false, List.of(-1)).contains(head)
						&& ObjectOwner.applies(e.code())) {
					Mechanisms.fired(ObjectOwner.NAME, 1); // the "by" phrase on the verb
				}
				break;
			}
		}
		if (e.symmetric()) {
			targets = EventParties.withLists(s, targets, doc.actors()); // "met X, Y and Z"
		}
		if (targets.isEmpty() && e.symmetric() && sources.size() > 1) {
			targets = sources; // "Gondor and Arnor held talks": coordinated sources meet each other
		}
		if (targets.isEmpty() && !e.symmetric() && !e.targets().isEmpty()) { // "denied the accusations": their author
			int n = e.targets().get(0);
			targets = doc.acts().authors(s, n, e.code(), actFamily(s, n), sources, () -> owned(s, n, doc));
		}
		List<ActorMention> authors = toldAgents(s, e, doc); // "an Israeli strike on Lebanon killed": Israel's act
		doc.acts().told(s.start(e.anchor()), e.code(), authors.isEmpty() ? sources : authors);
		boolean mirrored = MeetingParties.mirrored(e.code(), lemma(s, e.anchor()), e.symmetric()); // hosting: host to guest
		for (ActorMention a : sources) {
			for (ActorMention b : targets) {
				add(body, s, e, a, b, seen, out, pairs);
				if (mirrored) {
					add(body, s, e, b, a, seen, out, pairs);
				}
			}
		}
		return !sources.isEmpty() && !targets.isEmpty();
	}

	/**
	 * The authors to remember for an event the reader entered ({@link AdjectiveAuthors}), before its sources: the
	 * owner the country word on its act noun or on its source's act noun names ("an Israeli strike on Lebanon",
	 * "an Israeli strike on Lebanon killed ...": Israel, where the reader's source is the first actor inside the
	 * phrase, Lebanon); empty when there is none.
	 */
	private List<ActorMention> toldAgents(ParsedSentence s, Event e, Doc doc) {
		List<Integer> heads = new ArrayList<>(List.of(e.anchor()));
		heads.addAll(e.sources());
		for (int h : heads) {
			List<ActorMention> agents = AdjectiveAuthors.agents(s, h, actFamily(s, h), doc.actors(),
					t -> countryActor(s, t, doc));
			if (!agents.isEmpty()) {
				return agents;
			}
		}
		return List.of();
	}

	/**
	 * The root of the acts a noun names for {@link ActAuthors}: 11 for an accusation or remark ({@code event-words.tsv}
	 * class "assertion", {@link ActAuthors#REMARKS}, {@link ActAuthors#DENIED} or a nominal of root 11), 19 for force
	 * (class "force", or a nominal of root 14 and above), else 0.
	 */
	private int actFamily(ParsedSentence s, int n) {
		if (!s.pos(n).equals("NOUN")) {
			return 0;
		}
		String l = lemma(s, n);
		if (words.in("assertion", l) || ActAuthors.REMARKS.contains(l) || ActAuthors.DENIED.contains(l)) {
			return 11;
		}
		if (words.in("force", l)) {
			return 19;
		}
		EventWords.Nominal nominal = nominal(s, n);
		int r = nominal == null ? 0 : root(nominal.code());
		return r == 11 ? 11 : r >= MATERIAL_QUAD ? 19 : 0;
	}

	/** Whether the phrase of noun {@code n} names an owner: an actor's mention, a possessor or a country word. */
	private boolean owned(ParsedSentence s, int n, Doc doc) {
		if (ActAuthors.namesOwner(s, n, doc.actors())) {
			return true;
		}
		for (int t : EventCoder.phrase(s, n)) {
			if (countryActor(s, t, doc) != null) {
				return true;
			}
		}
		return false;
	}

	/** The document actors of the phrases headed by {@code heads} and their conjuncts, in order. */
	private List<ActorMention> sides(ParsedSentence s, List<Integer> heads, Doc doc, boolean all, boolean assets) {
		return sides(s, heads, doc, all, assets, false);
	}

	/**
	 * As {@link #sides(ParsedSentence, List, Doc, boolean, boolean)}; with {@code owners}, a target that names a
	 * thing stands for its author ({@link ObjectOwner}).
	 */
	private List<ActorMention> sides(ParsedSentence s, List<Integer> heads, Doc doc, boolean all, boolean assets,
			boolean owners) {
		List<ActorMention> out = new ArrayList<>();
		for (int h : heads) {
			if (!all && nominal(s, h) != null) {
				// "condemned X's attack on Y": the target is the attacker; an event without one names no target
				List<Integer> agents = new ArrayList<>(s.children(h, "nmod:poss"));
				agents.addAll(EventCoder.Clause.byPhrases(s, h));
				if (agents.isEmpty() && owners) {
					agents.addAll(ObjectOwner.clauseAgents(s, h)); // "the raids conducted by X"
					Mechanisms.fired(ObjectOwner.NAME, agents.isEmpty() ? 0 : 1);
				}
				if (agents.isEmpty()) {
					continue;
				}
				h = agents.get(0);
			} else if (!all && owners && !ObjectOwner.described(s, h).isEmpty()) {
				// "condemned what it described as X's plan": the phrase the free relative stands for
				List<ActorMention> named = sides(s, ObjectOwner.described(s, h), doc, false, assets, true);
				Mechanisms.fired(ObjectOwner.NAME, named.isEmpty() ? 0 : 1);
				out.addAll(named);
				if (!out.isEmpty()) {
					break;
				}
				continue;
			}
			for (int g : conjuncts(s, h, doc, all)) {
				List<ActorMention> each = EventParties.group(doc.body(), s, g, doc.actors()); // "the two countries"
				if (each.isEmpty()) {
					each = adjectiveConjuncts(s, g, doc);
				}
				if (each.isEmpty()) {
					each = new ArrayList<>();
					ActorMention a = actorOf(s, g, doc);
					if (a == null) {
						a = countryOf(s, g, doc, assets);
					}
					if (a != null) {
						each.add(a);
					}
				}
				for (ActorMention a : each) {
					if (out.stream().noneMatch(x -> x.actor() == a.actor())) {
						out.add(a);
					}
				}
			}
			if (!all && !out.isEmpty()) {
				break;
			}
		}
		return out;
	}

	/** The mutual parties' heads, a title with a person's name in apposition read as that person and its conjuncts. */
	private static List<Integer> titledMutual(ParsedSentence s, List<Integer> heads, Doc doc) {
		if (!doc.titled()) {
			return heads;
		}
		List<Integer> out = new ArrayList<>();
		for (int m : heads) {
			List<Integer> named = TitledNames.names(s, m, doc.actors());
			out.addAll(named.isEmpty() ? List.of(m) : named);
		}
		return out;
	}

	/**
	 * The phrase {@code h} and its conjuncts; for sources, an apposition headed by another actor's name counts as one
	 * ("the Arakan Army, Myanmar National Democratic Alliance Army and ..." parsed as an apposition), and a person's
	 * name in apposition to a title or body stands for it ("the police chief, Dilbag Singh").
	 */
	private static List<Integer> conjuncts(ParsedSentence s, int h, Doc doc, boolean appositions) {
		List<Integer> group = new ArrayList<>();
		EventCoder.Clause.withConj(s, h, group);
		if (appositions && group.size() > 1) {
			group.addAll(0, listHead(s, h, doc));
		}
		if (doc.actors().at(s.start(h)) == null) {
			for (int of : s.children(h, "nmod")) {
				if (EventCoder.Clause.caseWord(s, of).equals("of") && !s.children(of, "conj").isEmpty()) {
					group.remove(Integer.valueOf(h)); // "representatives of X and Y": X and Y
					EventCoder.Clause.withConj(s, of, group);
				}
			}
		}
		for (int i = 0; doc.titled() && i < group.size(); i++) {
			List<Integer> named = TitledNames.names(s, group.get(i), doc.actors());
			if (!named.isEmpty()) { // "spoke with the President of Guyana, Dr. Irfaan Ali": the person
				group.remove(i);
				group.addAll(i, named);
				i += named.size() - 1;
			}
		}
		for (int i = 0; appositions && i < group.size(); i++) {
			int member = group.get(i);
			for (int a : s.children(member, "appos")) {
				ActorMention named = doc.actors().at(s.start(a));
				if (group.contains(a) || !s.pos(a).equals("PROPN") || named == null) {
					continue;
				}
				ActorMention head = doc.actors().at(s.start(member));
				if (named.actor().kind() == ActorKind.PERSON
						&& (head == null || head.actor().kind() != ActorKind.PERSON)) {
					group.set(i, a); // "the police chief, Dilbag Singh, said": the person the title describes
				} else {
					group.add(a);
				}
			}
		}
		return group;
	}

	/**
	 * The comma-separated members a parse split off the front of a list that closes with "and" ("A, the B, C and D
	 * cut ties": A and B attached to the verb on their own): each a phrase naming an actor, ending at the comma
	 * before the next member and attached where the list is (or to its first conjunct).
	 */
	private static List<Integer> listHead(ParsedSentence s, int h, Doc doc) {
		List<Integer> front = new ArrayList<>();
		int at = EventCoder.phrase(s, h).get(0);
		while (at >= 2 && s.word(at - 1).equals(",")) {
			int last = at - 2;
			ActorMention m = doc.actors().at(s.start(last));
			if (m == null || m.end() != s.end(last)) {
				break;
			}
			int k = last;
			while (s.head(k) >= 0 && s.start(s.head(k)) >= m.begin() && s.end(s.head(k)) <= m.end()) {
				k = s.head(k);
			}
			String rel = s.deprel(k);
			boolean sibling = s.head(k) == s.head(h) && (rel.startsWith("obl") || rel.equals("appos")
					|| rel.equals("dep") || rel.equals("list") || rel.startsWith("nsubj") || rel.equals("vocative"));
			if (!sibling && s.head(k) != h || !s.children(k, "case").isEmpty()) {
				// "In Moscow, Putin and Lavrov met": a prepositional phrase is no member
				break;
			}
			front.add(0, k);
			at = EventCoder.phrase(s, k).get(0);
		}
		return front;
	}

	/**
	 * The actors of coordinated country adjectives or names before a head ("Indian and Pakistani soldiers
	 * exchanged fire": each side its own); empty unless there are two.
	 */
	private List<ActorMention> adjectiveConjuncts(ParsedSentence s, int g, Doc doc) {
		for (int a : s.children(g, "amod")) {
			if (a < g && !s.children(a, "conj").isEmpty()) {
				List<Integer> adjectives = new ArrayList<>();
				EventCoder.Clause.withConj(s, a, adjectives);
				List<ActorMention> out = new ArrayList<>();
				for (int k : adjectives) {
					ActorMention named = doc.actors().at(s.start(k));
					ActorMention m = named != null ? named : countryActor(s, k, doc);
					if (m == null || out.stream().anyMatch(x -> x.actor() == m.actor())) {
						return List.of();
					}
					out.add(m);
				}
				return out;
			}
		}
		return List.of();
	}

	/**
	 * The document's state actor of the country a word names ("Russian-backed"), or, as the target of material
	 * conflict ({@code assets}), that a phrase's modifier names, for a phrase that names no actor and is not a group
	 * of people ("destroyed dozens of Iranian military targets": Iran; "Syrian civilians": nobody).
	 */
	private ActorMention countryOf(ParsedSentence s, int h, Doc doc, boolean assets) {
		if (!assets || agentNoun(s, h)) {
			return s.pos(h).equals("ADJ") || s.pos(h).equals("PROPN") ? countryActor(s, h, doc) : null;
		}
		List<Integer> heads = new ArrayList<>(List.of(h));
		for (int of : s.children(h, "nmod")) { // "dozens of ...", "positions of ..."
			if (EventCoder.Clause.caseWord(s, of).equals("of") && !agentNoun(s, of)) {
				heads.add(of);
			}
		}
		for (int head : heads) {
			if (head == h && (s.pos(h).equals("ADJ") || s.pos(h).equals("PROPN"))) {
				ActorMention m = countryActor(s, h, doc);
				if (m != null) {
					return m;
				}
			}
			for (int c : s.children(head)) {
				if (c < head && (s.deprel(c).equals("amod") || s.deprel(c).equals("compound"))) {
					ActorMention m = countryActor(s, c, doc);
					if (m != null) {
						return m;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Whether the noun at {@code t} names people (a PETRARCH agent: "soldiers", "civilians", "officials") or a place
	 * ("territory", a geo-noun of location-words.tsv: a country's place is not the country), not a side's assets.
	 */
	private boolean agentNoun(ParsedSentence s, int t) {
		return LocationData.get().is("geo-noun", lower(s.word(t))) || coder.namesAgent(new String[] {s.word(t)});
	}

	/** The document's state actor of the country the word at {@code t} names or qualifies, or null. */
	private ActorMention countryActor(ParsedSentence s, int t, Doc doc) {
		String w = s.word(t);
		for (PhraseIndex.Match<CountryTable.Form> m : countries.index().findAll(w)) {
			boolean whole = m.end() == w.length() || w.charAt(m.end()) == '-'; // "Iranian", "Iran-backed"
			if (m.begin() != 0 || !whole || m.value().type() == CountryTable.FormType.CAPITAL) {
				continue;
			}
			Country c = m.value().country();
			for (DocActor a : doc.actors().actors()) {
				if (a.kind() == ActorKind.STATE && c.iso().equals(a.iso())) {
					return new ActorMention(s.start(t), s.end(t), a);
				}
			}
		}
		return null;
	}

	/** The actor a phrase names: a pronoun's antecedent, the mention on its head, else the first inside it. */
	private ActorMention actorOf(ParsedSentence s, int h, Doc doc) {
		ActorMention r = actorOf0(s, h, doc);
		if (EventTrace.on() && (s.pos(h).equals("PRON") || RELATIVE.contains(lower(s.word(h))))) {
			EventTrace.pronoun(s, h, r == null ? "" : r.actor().name());
		}
		return r;
	}

	private ActorMention actorOf0(ParsedSentence s, int h, Doc doc) {
		String w = lower(s.word(h));
		if (s.pos(h).equals("PRON") || RELATIVE.contains(w)) {
			if (RELATIVE.contains(w)) {
				int clause = s.head(h);
				if (clause < 0 || !s.deprel(clause).equals("acl:relcl")) {
					// "Griffiths, who leads ..., met": a parse that left the relative clause unattached
					ActorMention m = h >= 2 && s.word(h - 1).equals(",") ? doc.actors().at(s.start(h - 2)) : null;
					return m != null && m.end() == s.end(h - 2) ? m : null;
				}
				// "the backbone of the SDF, which drove": the mention right before the pronoun in the antecedent
				int from = s.start(EventCoder.phrase(s, s.head(clause)).get(0));
				ActorMention m = doc.actors().lastBefore(s.start(h), a -> true);
				return m != null && m.begin() >= from ? m : null;
			}
			ActorMention quoted = SpeechActs.speakerOf(s, h, doc.speeches(), doc.actors()); // "we", "our" in a quotation
			if (quoted != null) {
				return quoted;
			}
			boolean person = PERSONAL.contains(w);
			if (!person && !IMPERSONAL.contains(w)) {
				return null;
			}
			int speaker = reporter(s, h);
			if (speaker >= 0) { // "the army said it had killed": the speaker, whoever it is
				ActorMention m = actorOf0(s, speaker, doc);
				return m != null && (m.actor().kind() == ActorKind.PERSON) == person ? m : null;
			}
			if (Mechanisms.on("coref.pronouns") && s.deprel(h).startsWith("nsubj")) {
				return doc.coref().pronoun(s, h); // a subject continues the story's centre: salience over three sentences
			}
			ActorMention m = doc.actors().lastBefore(s.start(h), a -> (a.kind() == ActorKind.PERSON) == person
					&& a.kind() != ActorKind.MEDIA);
			boolean object = !s.deprel(h).equals("nmod:poss") && !s.deprel(h).equals("expl")
					&& Mechanisms.on(OBJECT_PRONOUNS);
			if (m != null && m.begin() >= doc.window() && !(object && ownSubject(s, h, m))) {
				return m; // the last agreeing actor of this sentence ("X told him": not X)
			}
			if (object && !cataphoric(s, h)) {
				// "Kyiv ... . Moscow accused them": none in this sentence, the salience over the two before
				ActorMention r = doc.coref().pronoun(s, h);
				Mechanisms.fired(OBJECT_PRONOUNS, r == null ? 0 : 1);
				return r;
			}
			return null;
		}
		List<Integer> tokens = EventCoder.phrase(s, h);
		int first = tokens.get(0);
		int end = tokens.get(tokens.size() - 1);
		if (first > 0 && s.word(first - 1).equals(",") && end + 1 < s.size() && s.word(end + 1).equals(",")) {
			ActorMention named = doc.actors().at(s.start(first - 1) - 1);
			if (named != null && named.actor().kind() == ActorKind.PERSON) {
				return named; // "Masrour Barzani, the KRG Prime Minister, held": the apposition's person
			}
		}
		ActorMention last = doc.actors().at(s.start(tokens.get(tokens.size() - 1)));
		if (last != null && last.actor().kind() == ActorKind.PERSON && last.begin() >= s.start(h)) {
			return last; // "Iranian Foreign Ministry Spokesman Bahram Qassemi": the person the titles qualify
		}
		ActorMention head = doc.actors().at(s.start(h));
		if (head != null) {
			return head;
		}
		List<ActorMention> inside = doc.actors().within(s.start(tokens.get(0)), s.end(tokens.get(tokens.size() - 1)));
		if (inside.isEmpty()) { // "its forces", "their troops": the armed forces of the pronoun's antecedent
			return PossessedForces.of(s, h, doc.actors(), p -> actorOf0(s, p, doc));
		}
		return inside.get(0);
	}

	/** Whether mention {@code m} is the subject of the verb of the pronoun at {@code t}. */
	private static boolean ownSubject(ParsedSentence s, int t, ActorMention m) {
		int verb = s.head(t);
		if (verb < 0) {
			return false;
		}
		for (int subject : s.children(verb, "nsubj")) {
			if (m.begin() <= s.start(subject) && s.start(subject) < m.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the pronoun at {@code t} comes before the subject of the main clause, which it may stand for ("After
	 * his meeting with Y, X said": X, not an earlier sentence's person).
	 */
	private static boolean cataphoric(ParsedSentence s, int t) {
		for (int r = 0; r < s.size(); r++) {
			if (s.head(r) < 0) {
				for (int subject : s.children(r, "nsubj")) {
					if (t < subject && !s.dominates(subject, t)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** How many third-person pronouns ({@link MentionResolver#pronoun}) the sentence holds. */
	private static int thirdPersonPronouns(ParsedSentence s) {
		int n = 0;
		for (int t = 0; t < s.size(); t++) {
			if (s.pos(t).equals("PRON") && MentionResolver.pronoun(s.word(t))) {
				n++;
			}
		}
		return n;
	}

	/** The (non-pronoun) subject of the verb whose clausal complement holds token {@code t}, or -1. */
	private static int reporter(ParsedSentence s, int t) {
		int c = s.head(t);
		for (int guard = 0; c >= 0 && guard < 4; guard++) {
			if (s.deprel(c).equals("ccomp")) {
				for (int subj : s.children(s.head(c), "nsubj")) {
					if (!s.pos(subj).equals("PRON")) {
						return subj;
					}
				}
				return -1;
			}
			if (!s.deprel(c).equals("conj") && !s.deprel(c).equals("xcomp")) {
				return -1;
			}
			c = s.head(c);
		}
		return -1;
	}

	private void add(String body, ParsedSentence s, Event e, ActorMention from, ActorMention to, Set<String> seen,
			List<ExtractedRelationship> out, Set<String> pairs) {
		DocActor f = from.actor();
		DocActor g = to.actor();
		if (f == g || f.kind() == ActorKind.MEDIA || g.kind() == ActorKind.MEDIA || partOf(f, g) || partOf(g, f)) {
			return;
		}
		if (e.code().startsWith(REJECT_ROOT) && !f.iso().isEmpty() && f.iso().equals(g.iso())
				&& !(Mechanisms.on("relations.rivals")
						&& (f.kind() == ActorKind.ARMED_GROUP || g.kind() == ActorKind.ARMED_GROUP))) {
			// "the Kremlin denied that Russian jets had bombed": a denial defends its own side; an armed group that
			// carries its country's code is no part of that side ("the army denied that the rebels took the town")
			return;
		}
		pairs.add(f.name() + "|" + g.name());
		String key = f.name() + "|" + g.name() + "|" + e.code().substring(0, 2);
		if (!seen.add(key)) {
			refine(out, key, e.code());
			return;
		}
		int a = s.start(e.anchor());
		int z = s.end(e.anchor());
		int b = Math.max(s.start(0), Math.min(a, Math.min(from.begin(), to.begin())));
		int end = Math.min(s.end(s.size() - 1), Math.max(z, Math.max(from.end(), to.end())));
		out.add(new ExtractedRelationship(f.name(), g.name(), e.code(), TextSpan.of(body, b, end), 0.6));
	}

	/** Replaces the root-only code of the relationship {@code key} with a longer code of the same root. */
	private static void refine(List<ExtractedRelationship> out, String key, String code) {
		for (int i = 0; i < out.size(); i++) {
			ExtractedRelationship r = out.get(i);
			if ((r.from() + "|" + r.to() + "|" + r.root()).equals(key) && r.cameoCode().length() < code.length()) {
				out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
			}
		}
	}

	/**
	 * Whether {@code part} belongs to the state {@code whole} ("Russia's Foreign Ministry said Moscow ..."); the word
	 * windows ask the same ({@link RelationExtractor}, {@code relations.window-own-state}).
	 */
	static boolean partOf(DocActor part, DocActor whole) {
		return whole.kind() == ActorKind.STATE && !part.iso().isEmpty() && part.iso().equals(whole.iso())
				&& !(Mechanisms.on("relations.rivals") && part.kind() == ActorKind.ARMED_GROUP); // rebels are no organ
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
