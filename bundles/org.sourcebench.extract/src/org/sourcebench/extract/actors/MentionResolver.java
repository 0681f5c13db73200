package org.sourcebench.extract.actors;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Coreference of third-person pronouns ("he", "its", "they") on the parse: a pronoun is resolved to a document actor
 * with a salience model in the manner of Lappin and Leass (1994), read top to bottom:
 * <ol>
 * <li><b>Candidates.</b> The noun phrases of the pronoun's own sentence before it and of the two sentences before
 * that: actor mentions, pronouns resolved themselves (a chain "X met ... He said ... He added" carries X on), and
 * for "it" and "they" also the common nouns that name no actor ("the accord ... it takes effect": the accord, so no
 * actor). A phrase that holds the pronoun is none ("the army's claim that it ...").</li>
 * <li><b>Agreement.</b> "he/she/him/his/her" a person whose gender ({@link PersonGender}) does not contradict the
 * pronoun; "it/its" a singular non-person (state, government, armed forces, organisation, armed group, alliance,
 * company), never a coordination ("X and Y"); "they/them/their" armed forces, an armed group or a body whose name
 * is a plural ("Rapid Support Forces"); a common noun of the pronoun's number. Media never.</li>
 * <li><b>Binding.</b> A pronoun object ("told him") never refers to the subject of its own verb, nor to that
 * subject's actor where it stands elsewhere ({@link #BINDING}).</li>
 * <li><b>Salience.</b> Score = 100 + grammatical role (subject of the main clause 80, of another clause 70, object
 * 50, oblique 40, a word inside another phrase 20; a conjunct or apposition has its first member's role) + 60 for
 * the subject of a possessive pronoun's own clause ("Peru shared its concern"), halved for each sentence back. Each
 * candidate counts with its most salient phrase; the highest wins, ties go to the later one; a winner that is no
 * actor resolves nothing.</li>
 * </ol>
 * The reporting verb's subject of a pronoun in a clausal complement ("X said it would ...") is the caller's rule
 * and comes first. Mechanism {@code coref.pronouns} (switched by the caller, counted here). The resolver itself is
 * immutable and safe to share; a {@link Document} is local to one document.
 */
public final class MentionResolver {

	private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "himself", "herself");
	private static final Set<String> SINGULAR = Set.of("it", "its", "itself");
	private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
	private static final Set<ActorKind> SINGULAR_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT,
			ActorKind.MILITARY, ActorKind.ORGANISATION, ActorKind.ARMED_GROUP, ActorKind.ALLIANCE, ActorKind.COMPANY);
	private static final Set<ActorKind> PLURAL_KINDS = EnumSet.of(ActorKind.MILITARY, ActorKind.ARMED_GROUP);
	/**
	 * Switch: a pronoun object's own subject is no antecedent in any of its mentions ("Putin met Erdogan. He told
	 * him": not Putin, though Putin heads the sentence before), not only the one on its verb.
	 */
	public static final String BINDING = "coref.object-binding";
	/** How many sentences before the pronoun's own its antecedent may be in. */
	public static final int SENTENCES_BACK = 2;
	private static final int RECENCY = 100;
	private static final int MAIN_SUBJECT = 80;
	private static final int SUBJECT = 70;
	private static final int OBJECT = 50;
	private static final int OBLIQUE = 40;
	private static final int EMBEDDED = 20;
	/** A possessive pronoun's own clause's subject ("X raised its concern": X). */
	private static final int LOCAL_SUBJECT = 60;

	private static final MentionResolver INSTANCE = new MentionResolver();

	private MentionResolver() {
	}

	/** The shared resolver (its data read once per JVM). */
	public static MentionResolver get() {
		return INSTANCE;
	}

	/** A resolver over the parsed sentences of one document (in text order) and its actors. */
	public Document document(String body, List<ParsedSentence> sentences, DocActors actors) {
		return new Document(body, sentences, actors);
	}

	/** Whether the word is a third-person pronoun this stage resolves. */
	public static boolean pronoun(String word) {
		String w = lower(word);
		return PERSONAL.contains(w) || SINGULAR.contains(w) || PLURAL.contains(w);
	}

	/** Coreference within one document; not thread-safe, local to one extract call. */
	public final class Document {

		private final List<ParsedSentence> sentences;
		private final DocActors actors;
		private final PersonGender genders;
		private final Map<ParsedSentence, Integer> index = new IdentityHashMap<>();
		/** Resolved expressions by (sentence, token), so that each is resolved and counted once. */
		private final Map<Long, ActorMention> resolved = new HashMap<>();
		/** Expressions resolved for a caller (not only as a link of a chain), counted once each. */
		private final Set<Long> counted = new HashSet<>();

		private Document(String body, List<ParsedSentence> sentences, DocActors actors) {
			this.sentences = sentences;
			this.actors = actors;
			this.genders = new PersonGender(body, actors);
			for (int i = 0; i < sentences.size(); i++) {
				index.put(sentences.get(i), i);
			}
		}

		/**
		 * The actor the third-person pronoun at token {@code t} of {@code s} refers to, as a mention at the pronoun,
		 * or null (not a pronoun, a sentence of another document, no candidate agrees).
		 */
		public ActorMention pronoun(ParsedSentence s, int t) {
			ActorMention m = chained(s, t);
			Integer i = index.get(s);
			if (m != null && counted.add((long) i << 32 | t)) {
				Mechanisms.fired("coref.pronouns", 1);
			}
			return m;
		}

		/** {@link #pronoun}, memoised, uncounted (also a link of a chain of subject pronouns). */
		private ActorMention chained(ParsedSentence s, int t) {
			Integer i = index.get(s);
			if (i == null || !MentionResolver.pronoun(s.word(t))) {
				return null;
			}
			long key = (long) i << 32 | t;
			if (resolved.containsKey(key)) {
				return resolved.get(key);
			}
			resolved.put(key, null); // a chain never loops back to itself
			ActorMention m = resolvePronoun(i, t);
			resolved.put(key, m);
			return m;
		}

		private ActorMention resolvePronoun(int i, int t) {
			ParsedSentence s = sentences.get(i);
			String w = lower(s.word(t));
			int verb = s.head(t);
			boolean possessive = s.deprel(t).equals("nmod:poss");
			boolean object = !s.deprel(t).startsWith("nsubj") && !possessive;
			Map<Object, Integer> salience = new HashMap<>(); // by actor, or by the token of a noun that is none
			Map<Object, Integer> last = new HashMap<>();
			Set<Object> bound = new HashSet<>(); // the actors of the object's own subject, wherever else they stand
			for (int back = 0; back <= SENTENCES_BACK && i - back >= 0; back++) {
				ParsedSentence c = sentences.get(i - back);
				int limit = back == 0 ? t : c.size();
				for (int k = 0; k < limit; k++) {
					if (back == 0 && c.dominates(k, t)) {
						continue; // "the army's claim that it ...": a phrase holding the pronoun is not its antecedent
					}
					Object entity = entity(c, k, w);
					if (entity == null) {
						continue;
					}
					if (entity instanceof DocActor && back == 0 && object && verb >= 0 && c.head(k) == verb
							&& c.deprel(k).startsWith("nsubj")) {
						if (Mechanisms.on(BINDING)) {
							bound.add(entity);
						}
						continue; // "X told him": not X
					}
					int score = RECENCY + role(c, k);
					if (back == 0 && possessive && localSubject(c, t, k)) {
						score += LOCAL_SUBJECT;
					}
					salience.merge(entity, score >> back, Math::max);
					last.put(entity, (i - back) * 10_000 + k);
				}
			}
			salience.keySet().removeAll(bound);
			Object best = null;
			for (Map.Entry<Object, Integer> e : salience.entrySet()) {
				Object o = e.getKey();
				int score = e.getValue();
				if (best == null || score > salience.get(best)
						|| score == salience.get(best) && last.get(o) > last.get(best)) {
					best = o;
				}
			}
			return best instanceof DocActor a ? new ActorMention(s.start(t), s.end(t), a) : null;
		}

		/**
		 * What token {@code k} of {@code c} refers to, if it may be the antecedent of {@code pronoun}: the actor of
		 * the mention it heads or of the pronoun it is (resolved itself); for "it" and
		 * "they", a common noun of the same number that names no actor is a competitor of its own (its token: "the
		 * strike ... it killed" refers to no actor); null for anything else.
		 */
		private Object entity(ParsedSentence c, int k, String pronoun) {
			ActorMention m = actors.at(c.start(k));
			DocActor a = null;
			if (m != null) {
				if (c.headOf(m.begin(), m.end()) != k) {
					return null;
				}
				a = m.actor();
			} else if (MentionResolver.pronoun(c.word(k))) {
				if (!sameClass(lower(c.word(k)), pronoun)) {
					return null;
				}
				ActorMention r = chained(c, k);
				a = r == null ? null : r.actor();
				if (a == null) {
					return null;
				}
			} else if (c.pos(k).equals("NOUN") && competitor(c, k, pronoun)) {
				return Long.valueOf((long) index.get(c) << 32 | k);
			}
			if (a == null || !agrees(a, pronoun) || SINGULAR.contains(pronoun) && coordinated(c, k)) {
				return null; // "X, Y and Z cut ties with Q, alleging it ...": a coordination is no "it"
			}
			return a;
		}

		private boolean agrees(DocActor a, String pronoun) {
			if (a.kind() == ActorKind.MEDIA) {
				return false;
			}
			if (PERSONAL.contains(pronoun)) {
				return a.kind() == ActorKind.PERSON && genders.agrees(a, pronoun);
			}
			if (SINGULAR.contains(pronoun)) {
				return SINGULAR_KINDS.contains(a.kind());
			}
			return PLURAL_KINDS.contains(a.kind())
					|| a.kind() != ActorKind.PERSON && a.kind() != ActorKind.STATE && pluralName(a.name());
		}
	}

	/**
	 * Whether token {@code k} is (a conjunct of) the subject of the nearest clause above token {@code t}: the first
	 * ancestor of {@code t} with a subject.
	 */
	private static boolean localSubject(ParsedSentence s, int t, int k) {
		int subject = k;
		while (s.deprel(subject).equals("conj") && s.head(subject) >= 0) {
			subject = s.head(subject);
		}
		for (int a = s.head(t), guard = 0; a >= 0 && guard < s.size(); a = s.head(a), guard++) {
			List<Integer> subjects = s.children(a, "nsubj");
			if (!subjects.isEmpty()) {
				return subjects.contains(subject);
			}
		}
		return false;
	}

	/** Whether two pronouns are of one agreement class (person, singular, plural). */
	private static boolean sameClass(String a, String b) {
		return PERSONAL.contains(a) && PERSONAL.contains(b) || SINGULAR.contains(a) && SINGULAR.contains(b)
				|| PLURAL.contains(a) && PLURAL.contains(b);
	}

	/** Relations of a noun that is no participant: a time ("last year"), a part of a name or of another noun. */
	private static final Set<String> NO_PARTICIPANT = Set.of("obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod",
			"compound", "amod", "flat", "fixed", "nmod:poss", "vocative", "list", "dep", "appos");

	/**
	 * Whether the common noun at {@code k} heads a participant phrase of the pronoun's number ("it": a singular
	 * noun, "they": a plural one, as its lemma tells).
	 */
	private static boolean competitor(ParsedSentence c, int k, String pronoun) {
		if (NO_PARTICIPANT.contains(c.deprel(k)) || PERSONAL.contains(pronoun)) {
			return false;
		}
		String word = lower(c.word(k));
		boolean plural = !word.equals(lower(c.lemma(k))) && word.endsWith("s");
		return plural == PLURAL.contains(pronoun);
	}

	/** Whether token {@code k} is a member of a coordination ("X and Y"). */
	private static boolean coordinated(ParsedSentence s, int k) {
		return s.deprel(k).equals("conj") || !s.children(k, "conj").isEmpty();
	}

	/** The salience of the grammatical role of token {@code k} (a conjunct or apposition has its first's role). */
	private static int role(ParsedSentence s, int k) {
		int at = k;
		for (int guard = 0; guard < 4 && at >= 0
				&& (s.deprel(at).equals("conj") || s.deprel(at).equals("appos") || s.deprel(at).equals("flat")
						|| s.deprel(at).equals("compound") && s.head(at) > at); guard++) {
			at = s.head(at);
		}
		if (at < 0) {
			return EMBEDDED;
		}
		String rel = s.deprel(at);
		if (rel.startsWith("nsubj")) {
			int verb = s.head(at);
			boolean main = verb >= 0 && (s.head(verb) < 0 || s.deprel(verb).equals("conj") && s.head(s.head(verb)) < 0);
			return main ? MAIN_SUBJECT : SUBJECT;
		}
		if (rel.equals("obj") || rel.equals("iobj")) {
			return OBJECT;
		}
		if (rel.startsWith("obl") || rel.equals("nmod") || rel.equals("root")) {
			return OBLIQUE;
		}
		return EMBEDDED;
	}

	/** Whether a name ends in a capitalised plural noun ("Rapid Support Forces"), not in "-ss"/"-us"/"-as". */
	private static boolean pluralName(String name) {
		String last = name.substring(name.lastIndexOf(' ') + 1);
		return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
				&& !last.endsWith("as") && Character.isUpperCase(last.charAt(0));
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
