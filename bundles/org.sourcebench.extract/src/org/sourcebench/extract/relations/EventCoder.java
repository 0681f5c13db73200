package org.sourcebench.extract.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.PetrarchActor;
import org.sourcebench.extract.data.PetrarchActorDictionary;
import org.sourcebench.extract.data.PetrarchAgent;
import org.sourcebench.extract.data.PetrarchAgentDictionary;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PetrarchVerb;
import org.sourcebench.extract.data.PetrarchVerbDictionary;
import org.sourcebench.extract.data.PetrarchVerbPattern;
import org.sourcebench.extract.data.PetrarchVerbPattern.NounSlot;
import org.sourcebench.extract.data.PetrarchVerbPattern.PrepSlot;
import org.sourcebench.extract.data.WordSequenceIndex;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Codes CAMEO events in a dependency-parsed sentence with PETRARCH dictionaries, the way PETRARCH 2 reads them:
 * for every verb of the verb dictionary, the most specific pattern of its block that the parse satisfies (the
 * head nouns of its object, the prepositional phrases it governs, the words in front of it) gives the code, else
 * the verb's own code; the source is the subject (the passive agent for a passive verb), the target the actor of
 * the object or of the first prepositional phrase that names one. Actors and agents come from the actor and agent
 * dictionaries, actor roles resolved on the article's date. Stateless; safe to share between threads.
 */
public final class EventCoder {

	/** One side of an event: the head token of its noun phrase, that phrase's token range and its code. */
	public record Party(int head, int first, int last, String code, PetrarchActor actor, PetrarchAgent agent) {
	}

	/** A coded event; {@code pattern} is the matched pattern (null: the isolated verb's code). */
	public record CodedEvent(int verb, String code, Party source, Party target, String pattern) {
	}

	private static final Set<String> LOCATIVE = Set.of("IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS", "AROUND");
	private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO");
	/** The words after "not" that make it additive ("not only", "not just", "not merely"). */
	private static final Set<String> NOT_ONLY = Set.of("ONLY", "JUST", "MERELY", "SIMPLY");
	/**
	 * How far (in tokens) a side's head may sit from its verb: farther attachments of our parser are mostly errors
	 * (PETRARCH suite on our parse: precision .710 to .760 at the same recall).
	 */
	static final int MAX_ATTACHMENT = 15;
	private static final Set<String> PRONOUNS = Set.of("IT", "HE", "SHE", "THEY");
	private static final Set<String> NP_BOUNDARY = Set.of("conj", "cc", "acl", "acl:relcl", "parataxis", "punct",
			"appos", "advcl", "ccomp", "dep");

	private final PetrarchVerbDictionary verbs;
	private final PetrarchActorDictionary actors;
	private final PetrarchAgentDictionary agents;
	/**
	 * Per thread, the word keys of the last sentence {@link #verbCoding} read: the relation readers ask for the verbs of
	 * one sentence in turn, and the keys of its words are the same for each (a parsed sentence never changes).
	 */
	private final ThreadLocal<Keys> lastKeys = new ThreadLocal<>();

	public EventCoder(PetrarchVerbDictionary verbs, PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
		this.verbs = verbs;
		this.actors = actors;
		this.agents = agents;
	}

	/** The events of one sentence, verbs in text order; {@code date} (may be null) resolves actor roles. */
	public List<CodedEvent> code(ParsedSentence s, LocalDate date) {
		List<CodedEvent> out = new ArrayList<>();
		Keys keys = null; // the sentence's word keys, shared by its verbs' clauses
		for (int v = 0; v < s.size(); v++) {
			if (!isVerb(s, v)) {
				continue;
			}
			PetrarchVerb verb = verbAt(s, v);
			if (verb != null) {
				if (keys == null) {
					keys = keysOf(s);
				}
				codeVerb(s, v, verb, date, keys, out);
			}
		}
		return out;
	}

	private static boolean isVerb(ParsedSentence s, int v) {
		String rel = s.deprel(v);
		return s.pos(v).equals("VERB") && !rel.startsWith("aux") && !rel.equals("cop") && !rel.equals("amod")
				&& !rel.equals("compound");
	}

	/** The dictionary verb at token v: by lemma, then by form; a multi-word verb needs its particles. */
	private PetrarchVerb verbAt(ParsedSentence s, int v) {
		PetrarchVerb best = null;
		for (String form : new String[] {s.lemma(v), s.word(v)}) {
			if (form == null) {
				continue;
			}
			for (PetrarchVerb cand : verbs.verbs(form)) {
				if (particlesPresent(s, v, cand) && (best == null
						|| cand.before().size() + cand.after().size() > best.before().size() + best.after().size())) {
					best = cand;
				}
			}
			if (best != null) {
				return best;
			}
		}
		return null;
	}

	private static boolean particlesPresent(ParsedSentence s, int v, PetrarchVerb verb) {
		for (int k = 0; k < verb.after().size(); k++) {
			int t = v + 1 + k;
			if (t >= s.size() || !up(s.word(t)).equals(verb.after().get(k))) {
				return false;
			}
		}
		for (int k = 0; k < verb.before().size(); k++) {
			int t = v - verb.before().size() + k;
			if (t < 0 || !up(s.word(t)).equals(verb.before().get(k))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The dictionary's reading of the verb at token {@code v}: its code (the most specific matching pattern's, else
	 * the verb's own), the pattern's text (null for the bare verb), the tokens the pattern's $/+ slots bound (-1:
	 * none) and the verb's syntactic frame; null when the verb is not in the dictionary, has no code, or is negated
	 * without a pattern that says so.
	 */
	VerbCoding verbCoding(ParsedSentence s, int v) {
		if (!isVerb(s, v)) {
			return null;
		}
		PetrarchVerb verb = verbAt(s, v);
		if (verb == null) {
			return null;
		}
		Clause c = new Clause(s, v, keysOf(s));
		PatternMatch best = bestPattern(s, c, verb);
		String code = best.code(verb);
		if (code == null || c.negated && (best.pattern == null || !mentionsNegation(best.pattern))) {
			return null;
		}
		return new VerbCoding(v, code, best.pattern == null ? null : best.pattern.text(),
				best.match == null ? -1 : best.match.source, best.match == null ? -1 : best.match.target, c);
	}

	/** The word keys of sentence {@code s}: this thread's last ones when they are {@code s}'s, else new ones. */
	private Keys keysOf(ParsedSentence s) {
		Keys keys = lastKeys.get();
		if (keys == null || keys.s != s) {
			keys = new Keys(s);
			lastKeys.set(keys);
		}
		return keys;
	}

	/** See {@link #verbCoding}. */
	record VerbCoding(int verb, String code, String pattern, int source, int target, Clause frame) {
	}

	private void codeVerb(ParsedSentence s, int v, PetrarchVerb verb, LocalDate date, Keys keys, List<CodedEvent> out) {
		Clause c = new Clause(s, v, keys);
		PatternMatch found = bestPattern(s, c, verb);
		PetrarchVerbPattern best = found.pattern;
		Match bestMatch = found.match;
		String code = found.code(verb);
		if (code == null || c.negated && (best == null || !mentionsNegation(best))) {
			return;
		}
		List<Integer> sources = new ArrayList<>();
		List<Integer> targets = new ArrayList<>();
		// a passive with its agent reverses the roles; without one ("X was criticized over its dispute with Y")
		// PETRARCH keeps the subject as the source
		boolean passive = c.passive && !c.agents.isEmpty();
		if (bestMatch != null && bestMatch.source >= 0) {
			sources.add(bestMatch.source);
		} else if (passive) {
			sources.addAll(c.agents);
		} else {
			sources.addAll(c.subjects);
		}
		if (bestMatch != null && bestMatch.target >= 0) {
			targets.add(bestMatch.target);
		}
		// a side attached far from its verb is more often our parser's error than the sentence's reading
		sources.removeIf(h -> tooFar(h, v));
		targets.removeIf(h -> tooFar(h, v));
		sources.replaceAll(h -> speakerOfPronoun(s, h));
		List<Party> sourceParties = parties(s, sources, date);
		if (sourceParties.isEmpty()) {
			return;
		}
		List<Party> targetParties = parties(s, targets, date);
		if (targetParties.isEmpty()) {
			List<Integer> order = new ArrayList<>(passive ? c.subjects : c.objects);
			for (int[] pp : c.preps) {
				if (!passive || !isAgent(s, pp)) {
					order.add(pp[1]);
				}
			}
			for (int cc : c.complements) {
				// a pattern read the complement: its subject is the target ("allowed that Mordor isn't ..."); so
				// is the subject of an infinitive complement ("urged Eriador to respond")
				if (best != null || infinitive(s, cc)) {
					order.addAll(s.children(cc, "nsubj"));
				}
			}
			// a named actor first ("fired artillery shells at Turkish positions": Turkey, not the artillery)
			for (boolean named : new boolean[] {true, false}) {
				for (int head : order) {
					if (tooFar(head, v)) {
						continue;
					}
					List<Integer> group = new ArrayList<>();
					Clause.withConj(s, head, group);
					targetParties = parties(s, group, date);
					if (named) {
						targetParties.removeIf(p -> p.actor() == null);
					}
					if (!targetParties.isEmpty()) {
						break;
					}
				}
				if (!targetParties.isEmpty()) {
					break;
				}
			}
		}
		if (targetParties.isEmpty() && sourceParties.size() > 1) {
			// "Gondor and Osgiliath renewed ties": coordinated sources act on each other
			targetParties = sourceParties;
		}
		String reverse = best != null ? best.reverseCode() : verb.isolatedReverseCode();
		for (Party src : sourceParties) {
			for (Party tgt : targetParties) {
				if (src.head() != tgt.head() && !src.code().equals(tgt.code())) {
					out.add(new CodedEvent(v, code, src, tgt, best == null ? null : best.text()));
					if (reverse != null) { // "[032:033]": the target hosts the visit the source makes
						out.add(new CodedEvent(v, reverse, tgt, src, best == null ? null : best.text()));
					}
				}
			}
		}
	}

	/**
	 * Whether the phrase headed by {@code head} is too far from the verb at {@code v} to trust its attachment:
	 * more than {@link #MAX_ATTACHMENT} tokens apart.
	 */
	static boolean tooFar(int head, int v) {
		return Math.abs(head - v) > MAX_ATTACHMENT;
	}

	/**
	 * A pronoun subject of a reported clause stands for the reporting verb's subject ("Ethiopia indicated it would
	 * act"); any other token is returned as it is.
	 */
	static int speakerOfPronoun(ParsedSentence s, int h) {
		if (!s.pos(h).equals("PRON") || !PRONOUNS.contains(up(s.word(h)))) {
			return h;
		}
		int c = s.head(h);
		for (int guard = 0; c >= 0 && guard < 4; guard++) {
			String rel = s.deprel(c);
			if (rel.equals("ccomp")) {
				for (int subj : s.children(s.head(c), "nsubj")) {
					if (!s.pos(subj).equals("PRON")) {
						return subj;
					}
				}
				return h;
			}
			if (!rel.equals("conj") && !rel.equals("xcomp")) {
				return h;
			}
			c = s.head(c);
		}
		return h;
	}

	private static boolean infinitive(ParsedSentence s, int clause) {
		for (int c : s.children(clause)) {
			if (c < clause && up(s.word(c)).equals("TO") && (s.deprel(c).startsWith("aux") || s.deprel(c).equals("mark"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAgent(ParsedSentence s, int[] pp) {
		return s.deprel(pp[1]).equals("obl:agent") || pp[0] >= 0 && up(s.word(pp[0])).equals("BY");
	}

	/**
	 * Whether the negation at {@code t} opens "not only ... but also" ({@code relations.not-only}): the clause is
	 * asserted, the "not" only adds to it ("is not only ready for dialogue with X, but also ...").
	 */
	static boolean notOnly(ParsedSentence s, int t) {
		boolean yes = t + 1 < s.size() && up(s.word(t)).equals("NOT") && NOT_ONLY.contains(up(s.word(t + 1)))
				&& Mechanisms.on("relations.not-only");
		Mechanisms.fired("relations.not-only", yes ? 1 : 0);
		return yes;
	}

	private static boolean mentionsNegation(PetrarchVerbPattern p) {
		for (NounSlot n : p.pre()) {
			for (List<String> ph : n.phrases()) {
				if (ph.stream().anyMatch(NEGATIONS::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The syntactic frame of a verb: subjects, objects, prepositional phrases, words before it. */
	static final class Clause {
		final List<Integer> subjects = new ArrayList<>();
		final List<Integer> objects = new ArrayList<>();
		final List<Integer> agents = new ArrayList<>();
		/** {case token or -1, head of the phrase} for the verb's obl children, then its objects' nmod children. */
		final List<int[]> preps = new ArrayList<>();
		/** {mark, head} of adverbial clauses opened by a preposition: pattern slots only, never a target. */
		final List<int[]> clausePreps = new ArrayList<>();
		final List<Integer> before = new ArrayList<>();
		/** Phrases after the verb a pattern's post-verb nouns may name: objects, then prepositional objects. */
		final List<Integer> afterPhrases = new ArrayList<>();
		/** Single words after the verb: prepositions and particles ("ACT ON RESOLUTION"). */
		final List<Integer> afterWords = new ArrayList<>();
		/** Clausal complements ("allowed that Mordor isn't a pleasant place"): patterns may name their words. */
		final List<Integer> complements = new ArrayList<>();
		boolean passive;
		boolean negated;
		final int verb;
		/** The lists above as pattern slots after the verb see them ({@link PatternSlots}). */
		final List<Integer> postPhrases;
		final List<Integer> postWords;
		final List<Integer> postComplements;
		final List<int[]> postPreps;
		final List<int[]> postClausePreps;
		/** The sentence's word keys, for the patterns' slots. */
		final Keys keys;

		Clause(ParsedSentence s, int v) {
			this(s, v, new Keys(s));
		}

		Clause(ParsedSentence s, int v, Keys keys) {
			this.verb = v;
			this.keys = keys;
			for (int c : s.children(v)) {
				String rel = s.deprel(c);
				if (rel.equals("nsubj:pass")) {
					passive = true;
					withConj(s, c, subjects);
				} else if (rel.equals("nsubj")) {
					withConj(s, c, subjects);
				} else if (rel.equals("obj") || rel.equals("iobj")) {
					withConj(s, c, objects);
				} else if (rel.equals("aux:pass")) {
					passive = true;
				} else if (rel.equals("obl:agent")) {
					withConj(s, c, agents);
				} else if (rel.equals("ccomp")) {
					complements.add(c);
				}
				if (rel.equals("advcl")) {
					for (int m : s.children(c, "mark")) {
						if (m < c && s.pos(m).equals("ADP")) {
							clausePreps.add(new int[] {m, c}); // "(FOR VIOLATING)": a prepositional gerund clause
						}
					}
				}
				if (rel.startsWith("obl") || rel.equals("nmod")) {
					int cs = caseOf(s, c);
					preps.add(new int[] {cs, c});
					if (passive || rel.equals("obl:agent")) {
						if (cs >= 0 && up(s.word(cs)).equals("BY") && !agents.contains(c)) {
							withConj(s, c, agents);
						}
					}
				}
				if (c < v && !rel.startsWith("nsubj")) {
					before.add(c);
					if (NEGATIONS.contains(up(s.word(c))) && !notOnly(s, c)) {
						negated = true;
					}
				}
			}
			if (subjects.isEmpty()) {
				inheritSubject(s, v);
			}
			for (int o : objects) {
				for (int c : s.children(o, "nmod")) {
					preps.add(new int[] {caseOf(s, c), c});
				}
			}
			afterPhrases.addAll(objects);
			afterPhrases.addAll(SecondaryPredicates.of(s, v)); // "held X responsible" (relations.secondary-predicates)
			for (int[] pp : preps) {
				afterPhrases.add(pp[1]);
				if (pp[0] >= 0) {
					afterWords.add(pp[0]);
				}
			}
			for (int c : s.children(v)) {
				if (c > v && (s.deprel(c).equals("compound:prt") || s.deprel(c).startsWith("advmod"))) {
					afterWords.add(c);
				}
			}
			// words in front of the verb in its own clause (auxiliaries, adverbs, "INDICATED MAY *")
			int[] span = s.subtree(v);
			for (int t = Math.max(span[0], v - 4); t < v; t++) {
				if (!before.contains(t)) {
					before.add(t);
				}
			}
			postPhrases = PatternSlots.after(v, afterPhrases, h -> h);
			postWords = PatternSlots.after(v, afterWords, h -> h);
			postComplements = PatternSlots.after(v, complements, h -> h);
			postPreps = PatternSlots.after(v, preps, pp -> pp[1]);
			postClausePreps = PatternSlots.after(v, clausePreps, pp -> pp[1]);
		}

		private void inheritSubject(ParsedSentence s, int v) {
			int h = v;
			for (int guard = 0; guard < 6 && subjects.isEmpty(); guard++) {
				String rel = s.deprel(h);
				int head = s.head(h);
				if (head < 0) {
					return;
				}
				if (rel.equals("acl:relcl") || rel.equals("acl")) {
					if (!s.pos(head).equals("VERB")) {
						subjects.add(head);
						return;
					}
				}
				if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") || rel.equals("ccomp"))) {
					return;
				}
				if (rel.equals("xcomp")) {
					List<Integer> objs = s.children(head, "obj");
					if (!objs.isEmpty()) {
						subjects.add(objs.get(0));
						return;
					}
				}
				if (rel.equals("ccomp")) {
					return;
				}
				for (int c : s.children(head)) {
					if (s.deprel(c).startsWith("nsubj")) {
						withConj(s, c, subjects);
					}
				}
				h = head;
			}
		}

		/**
		 * The phrase {@code head} and its conjuncts. A list closes at its first conjunct that carries "and"/"or": a
		 * conjunct the parse attaches after it belongs to another phrase ("clashes between X and Y, hospital and
		 * security officials said": not the officials).
		 */
		static void withConj(ParsedSentence s, int head, List<Integer> out) {
			out.add(head);
			for (int c : s.children(head, "conj")) {
				withConj(s, c, out);
				if (!s.children(c, "cc").isEmpty() && Mechanisms.on("relations.closedlists")) {
					break;
				}
			}
		}

		static int caseOf(ParsedSentence s, int head) {
			for (int c : s.children(head)) {
				if (s.deprel(c).equals("case") && c < head) {
					return c;
				}
			}
			return -1;
		}

		/** The "by" phrases among the nmod dependents of {@code head} ("the attack by X"), in surface order. */
		static List<Integer> byPhrases(ParsedSentence s, int head) {
			List<Integer> out = new ArrayList<>();
			for (int c : s.children(head, "nmod")) {
				if (caseWord(s, c).equals("by")) {
					out.add(c);
				}
			}
			return out;
		}

		/** @return the lower-cased case marker ("with", "between") of the phrase headed by {@code head}, or "" */
		static String caseWord(ParsedSentence s, int head) {
			int cs = caseOf(s, head);
			return cs < 0 || s.word(cs) == null ? "" : s.word(cs).toLowerCase(Locale.ROOT);
		}
	}

	/** Which tokens a pattern bound: -1 when it marks no source or target. */
	/**
	 * The most specific pattern of {@code verb} that matches clause {@code c} (the first of equal specificity) and its
	 * match; both null when none matches.
	 */
	private PatternMatch bestPattern(ParsedSentence s, Clause c, PetrarchVerb verb) {
		PetrarchVerbPattern best = null;
		Match bestMatch = null;
		for (PetrarchVerbPattern p : verb.block().patterns()) {
			if (best != null && p.specificity() <= best.specificity()) {
				continue;
			}
			Match m = match(s, c, p);
			if (m != null) {
				best = p;
				bestMatch = m;
			}
		}
		return new PatternMatch(best, bestMatch);
	}

	private record PatternMatch(PetrarchVerbPattern pattern, Match match) {

		/** The pattern's code, else the verb's own code for its bare use. */
		String code(PetrarchVerb verb) {
			return pattern != null ? pattern.code() : verb.isolatedCode();
		}
	}

	private record Match(int source, int target) {
	}

	private Match match(ParsedSentence s, Clause c, PetrarchVerbPattern p) {
		Keys k = c.keys;
		// slots after the verb: phrases after it, each its own words (relations.pattern-slots)
		for (NounSlot n : p.post()) {
			if (!anyHeadMatches(s, k, n, c.postPhrases, true) && !anyWordMatches(k, n, c.postWords)
					&& !anyHeadMatches(s, k, n, c.postComplements, false)) {
				if (PatternSlots.on() && Mechanisms.counting() && (anyHeadMatches(s, k, n, c.afterPhrases, false)
						|| anyWordMatches(k, n, c.afterWords) || anyHeadMatches(s, k, n, c.complements, false))) {
					PatternSlots.heldBack();
				}
				return null;
			}
		}
		for (NounSlot n : p.pre()) {
			if (!anyHeadMatches(s, k, n, c.subjects, false) && !anyWordMatches(k, n, c.before)
					&& !sequenceBefore(k, n, c.verb)) {
				return null;
			}
		}
		int source = -1;
		int target = -1;
		List<PrepSlot> slots = new ArrayList<>(p.prePreps());
		slots.addAll(p.postPreps());
		for (PrepSlot slot : slots) {
			int found = -1;
			boolean post = !p.prePreps().contains(slot);
			List<int[]> candidates = new ArrayList<>(post ? c.postPreps : c.preps);
			candidates.addAll(post ? c.postClausePreps : c.clausePreps);
			for (int[] pp : candidates) {
				if (pp[0] >= 0 && slot.prepositions().contains(up(s.word(pp[0])))
						&& (slot.noun() == null || slot.target() || slot.source() || headMatches(s, k, slot.noun(), pp[1]))) {
					found = pp[1];
					break;
				}
			}
			if (found < 0) {
				return null;
			}
			if (slot.target()) {
				target = found;
			}
			if (slot.source()) {
				source = found;
			}
		}
		return new Match(source, target);
	}

	/** Whether one of the slot's phrases is the run of words right before the verb ("DID N'T *", "WILL NOT *"). */
	private static boolean sequenceBefore(Keys keys, NounSlot n, int v) {
		for (List<String> ph : n.phrases()) {
			for (int end = v; end > Math.max(0, v - 4); end--) {
				int start = end - ph.size();
				if (start < 0) {
					continue;
				}
				boolean ok = true;
				for (int k = 0; k < ph.size() && ok; k++) {
					ok = keys.word(start + k).equals(ph.get(k));
				}
				if (ok) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a word of one of the phrases (its head or a modifier heading its own words) fills the slot; with
	 * {@code ownWords}, not a word of a clause inside the phrase ({@link PatternSlots}).
	 */
	private static boolean anyHeadMatches(ParsedSentence s, Keys k, NounSlot n, List<Integer> heads,
			boolean ownWords) {
		for (int h : heads) {
			int[] span = s.subtree(h);
			for (int t = span[0]; t <= span[1]; t++) {
				if (s.dominates(h, t) && headMatches(s, k, n, t) && !(ownWords && PatternSlots.inClause(s, h, t))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean anyWordMatches(Keys keys, NounSlot n, List<Integer> tokens) {
		for (List<String> ph : n.phrases()) {
			if (ph.size() == 1) {
				for (int t : tokens) {
					if (keys.word(t).equals(ph.get(0))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Whether the phrase headed by token h has one of the slot's heads and all of that phrase's modifiers. */
	private static boolean headMatches(ParsedSentence s, Keys keys, NounSlot n, int h) {
		String word = keys.word(h);
		String lemma = keys.lemma(h);
		if (!n.heads().contains(word) && !n.heads().contains(lemma)) {
			return false; // no phrase of the slot has this head
		}
		int[] span = s.subtree(h);
		for (List<String> ph : n.phrases()) {
			String head = ph.get(ph.size() - 1);
			if (!head.equals(word) && !head.equals(lemma)) {
				continue;
			}
			boolean all = true;
			for (int k = 0; k < ph.size() - 1 && all; k++) {
				all = false;
				for (int t = span[0]; t <= span[1] && !all; t++) {
					all = t != h && keys.word(t).equals(ph.get(k)) && s.dominates(h, t);
				}
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The PETRARCH keys ({@link PetrarchSource#key}) of one sentence's words and lemmas, each computed on first use and
	 * kept for the pattern matching of the sentence's clauses (the patterns of a verb block test the same tokens many
	 * times, and the verbs of a sentence the same words).
	 */
	static final class Keys {
		private final ParsedSentence s;
		private final String[] words;
		private final String[] lemmas;

		Keys(ParsedSentence s) {
			this.s = s;
			this.words = new String[s.size()];
			this.lemmas = new String[s.size()];
		}

		/** The key of token {@code t}'s word. */
		String word(int t) {
			String k = words[t];
			if (k == null) {
				k = PetrarchSource.key(s.word(t));
				words[t] = k;
			}
			return k;
		}

		/** The key of token {@code t}'s lemma, else of its word. */
		String lemma(int t) {
			String k = lemmas[t];
			if (k == null) {
				k = s.lemma(t) == null ? word(t) : PetrarchSource.key(s.lemma(t));
				lemmas[t] = k;
			}
			return k;
		}
	}

	/**
	 * The coded parties of noun phrases, those without a code left out; a phrase whose actor is coordinated
	 * inside it ("the ambassadors of Arnor, Osgiliath and Gondor") gives one party per conjunct.
	 */
	private List<Party> parties(ParsedSentence s, List<Integer> heads, LocalDate date) {
		List<Party> out = new ArrayList<>();
		for (int h : heads) {
			Party p = party(s, h, date);
			if (p == null) {
				continue;
			}
			out.add(p);
			if (p.actor() == null) {
				continue;
			}
			for (int conj : nestedConjuncts(s, h)) {
				Party q = party(s, conj, date);
				if (q != null && q.actor() != null) {
					String code = p.agent() == null || q.agent() != null ? q.code()
							: p.agent().applyTo(q.actor().codeOn(date));
					out.add(new Party(conj, q.first(), q.last(), code, q.actor(), p.agent()));
				}
			}
		}
		return out;
	}

	/** Conjuncts of the tokens inside the phrase headed by h (its own conjuncts are separate phrases). */
	private static List<Integer> nestedConjuncts(ParsedSentence s, int h) {
		List<Integer> out = new ArrayList<>();
		List<Integer> tokens = new ArrayList<>();
		collect(s, h, h, tokens);
		for (int t : tokens) {
			for (int c : s.children(t, "conj")) {
				if (t != h) {
					addConj(s, c, out);
				}
			}
		}
		return out;
	}

	private static void addConj(ParsedSentence s, int c, List<Integer> out) {
		out.add(c);
		for (int d : s.children(c, "conj")) {
			addConj(s, d, out);
		}
	}

	/** The actor a noun phrase names: the first actor phrase in it, combined with the agent it names. */
	public Party party(ParsedSentence s, int h, LocalDate date) {
		List<Integer> tokens = new ArrayList<>();
		collect(s, h, h, tokens);
		tokens.sort(null);
		List<String> words = new ArrayList<>();
		for (int t : tokens) {
			words.add(s.word(t));
		}
		String[] keys = WordSequenceIndex.keys(words);
		PetrarchActor actor = null;
		String actorCode = null;
		for (WordSequenceIndex.Match<PetrarchActor> m : actors.index().findAll(keys, 0, keys.length)) {
			String code = m.value().codeOn(date);
			if (code != null) {
				actor = m.value();
				actorCode = code;
				break;
			}
		}
		PetrarchAgent agent = null;
		for (WordSequenceIndex.Match<PetrarchAgent> m : agents.index().findAll(keys, 0, keys.length)) {
			agent = m.value();
			if (tokens.get(m.end() - 1) == h) {
				break;
			}
		}
		if (actorCode == null && agent == null) {
			return null;
		}
		if (actorCode != null && actorCode.contains("/")) {
			actorCode = actorCode.substring(0, actorCode.indexOf('/')); // first of a compound actor
		}
		String code = agent == null ? actorCode : agent.applyTo(actorCode);
		return new Party(h, tokens.get(0), tokens.get(tokens.size() - 1), code, actor, agent);
	}

	/** The agent-dictionary entries that match the whole of {@code words} ("soldiers", "civilians"). */
	boolean namesAgent(String[] words) {
		String[] keys = WordSequenceIndex.keys(List.of(words));
		for (WordSequenceIndex.Match<PetrarchAgent> m : agents.index().findAll(keys, 0, keys.length)) {
			if (m.begin() == 0 && m.end() == keys.length) {
				return true;
			}
		}
		return false;
	}

	/** The tokens of the noun phrase headed by {@code h} (its own conjuncts, clauses and locative phrases left out). */
	static List<Integer> phrase(ParsedSentence s, int h) {
		List<Integer> tokens = new ArrayList<>();
		collect(s, h, h, tokens);
		tokens.sort(null);
		return tokens;
	}

	private static void collect(ParsedSentence s, int root, int t, List<Integer> out) {
		out.add(t);
		for (int c : s.children(t)) {
			String rel = s.deprel(c);
			if (!NP_BOUNDARY.contains(rel) && !(t == root && s.pos(c).equals("VERB"))
					&& !(rel.equals("nmod") && !belongsToPhrase(s, c))) {
				collect(s, root, c, out);
			}
		}
	}

	/** A locative modifier ("celebrated Eid at Osgiliath") says where the phrase is, not who it is. */
	private static boolean belongsToPhrase(ParsedSentence s, int nmod) {
		for (int c : s.children(nmod, "case")) {
			return !LOCATIVE.contains(up(s.word(c)));
		}
		return true;
	}

	private static String up(String w) {
		return w.toUpperCase(Locale.ROOT);
	}
}
