package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.actors.MentionResolver;
import org.sourcebench.extract.data.CameoLexicon;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The candidates of the learned relation model ({@link LearnedRelations}) and their features, read top to bottom:
 * <ol>
 * <li><b>Mentions.</b> The document actors mentioned in a sentence, and the third-person pronouns the resolver
 * ({@link MentionResolver}) gives an actor; each reduced to its head token.</li>
 * <li><b>Pairs.</b> Every ordered pair of two mentions of different actors in the sentence (no medium, neither an
 * organ of the other's state, as for the rule readers) joined by a dependency
 * path of at most {@link #MAX_PATH} edges (both directions: the model reads who acts on whom from the features).</li>
 * <li><b>Features.</b> The dependency path between the two heads (relation labels with their direction), the trigger
 * (the path's highest word, else its nearest verb or event noun the dictionaries code), the CAMEO roots the verb
 * dictionary, the trigger table and the event nouns give it, and the grammatical roles of the two sides under it;
 * passive voice (a negated, modal or irrealis trigger makes no candidate), a clausal complement on the path
 * (reported speech), quotation marks; the sides' kinds, pronouns, order and distance; the rule readers'
 * relationships of the pair (a root in either direction). No word-form features: lemmas of the path and of the
 * words between the sides lowered the leave-one-batch-out score.</li>
 * </ol>
 * Immutable apart from a lemma-to-roots cache (concurrent); safe to share between threads.
 */
public final class RelationCandidates {

	/** Longest dependency path, in edges, between the two sides of a candidate. */
	static final int MAX_PATH = 5;
	private static final String QUOTES = "\"\u201c\u201d";
	private static final Set<String> SPEECH_STEPS = Set.of("ccomp", "parataxis");
	private static final Set<String> CONTENT = Set.of("VERB", "NOUN");

	/** One candidate: the sentence, its source and target mentions, the trigger token and the features. */
	public record Candidate(ParsedSentence sentence, ActorMention source, ActorMention target, int trigger,
			List<String> features) {

		/** The (from, to) key the relationship would have. */
		public String pair() {
			return source.actor().name() + "|" + target.actor().name();
		}
	}

	private final EventCoder coder;
	private final CameoLexicon triggers;
	private final WordForms forms;
	private final EventWords words;
	private final Map<String, List<String>> roots = new ConcurrentHashMap<>();

	public RelationCandidates(EventCoder coder, CameoLexicon triggers, WordForms forms) {
		this.coder = coder;
		this.triggers = triggers;
		this.forms = forms;
		this.words = EventWords.get();
	}

	/**
	 * The candidates of every sentence of a document; {@code rules} are the relationships the rule readers produced
	 * (their roots are features of the pair).
	 */
	public List<Candidate> candidates(String body, List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedRelationship> rules) {
		Map<String, Set<String>> ruleRoots = new HashMap<>();
		for (ExtractedRelationship r : rules) {
			ruleRoots.computeIfAbsent(r.from() + "|" + r.to(), k -> new TreeSet<>()).add(r.root());
		}
		MentionResolver.Document coref = MentionResolver.get().document(body, sentences, actors);
		List<Candidate> out = new ArrayList<>();
		for (ParsedSentence s : sentences) {
			if (s.size() == 0) {
				continue;
			}
			List<ActorMention> mentions = new ArrayList<>(actors.within(s.start(0), s.end(s.size() - 1)));
			if (mentions.isEmpty()) {
				continue;
			}
			List<Boolean> pronoun = new ArrayList<>();
			mentions.forEach(m -> pronoun.add(false));
			for (int t = 0; t < s.size(); t++) {
				if (MentionResolver.pronoun(s.word(t)) && actors.at(s.start(t)) == null) {
					ActorMention m = coref.pronoun(s, t);
					if (m != null) {
						mentions.add(new ActorMention(s.start(t), s.end(t), m.actor()));
						pronoun.add(true);
					}
				}
			}
			if (mentions.size() < 2) {
				continue;
			}
			int[] heads = new int[mentions.size()];
			for (int m = 0; m < heads.length; m++) {
				heads[m] = s.headOf(mentions.get(m).begin(), mentions.get(m).end());
			}
			boolean quoted = false;
			for (int t = 0; t < s.size(); t++) {
				quoted |= QUOTES.contains(s.word(t));
			}
			Map<Integer, List<String>> tokenRoots = new HashMap<>();
			for (int a = 0; a < heads.length; a++) {
				for (int b = 0; b < heads.length; b++) {
					ActorMention src = mentions.get(a);
					ActorMention tgt = mentions.get(b);
					if (heads[a] < 0 || heads[b] < 0 || heads[a] == heads[b] || !sides(src.actor(), tgt.actor())) {
						continue;
					}
					Side from = new Side(src, heads[a], pronoun.get(a));
					Side to = new Side(tgt, heads[b], pronoun.get(b));
					Candidate c = candidate(s, from, to, quoted, tokenRoots, ruleRoots);
					if (c != null) {
						out.add(c);
					}
				}
			}
		}
		return out;
	}

	private record Side(ActorMention mention, int head, boolean pronoun) {
	}

	/**
	 * Whether two actors may be the sides of a relationship, as for the rule readers: two different actors, no
	 * medium, neither an organ of the other's state ("Russia's Foreign Ministry said Moscow ...").
	 */
	private static boolean sides(DocActor a, DocActor b) {
		return a != b && a.kind() != ActorKind.MEDIA && b.kind() != ActorKind.MEDIA
				&& !ParsedRelationReader.partOf(a, b) && !ParsedRelationReader.partOf(b, a);
	}

	/**
	 * The candidate of two sides, or null when no dependency path of at most {@link #MAX_PATH} edges joins them or its
	 * trigger is not asserted (negated, under a modal auxiliary or an irrealis verb: "plans to").
	 */
	private Candidate candidate(ParsedSentence s, Side src, Side tgt, boolean quoted,
			Map<Integer, List<String>> tokenRoots, Map<String, Set<String>> ruleRoots) {
		List<Integer> up = chain(s, src.head());
		List<Integer> down = chain(s, tgt.head());
		int common = -1;
		for (int k : up) {
			if (down.contains(k)) {
				common = k;
				break;
			}
		}
		if (common < 0 || up.indexOf(common) + down.indexOf(common) > MAX_PATH) {
			return null;
		}
		List<String> f = new ArrayList<>(32);
		f.add("b");
		List<Integer> climb = up.subList(0, up.indexOf(common));
		List<Integer> descend = down.subList(0, down.indexOf(common));
		int trigger = trigger(s, common, climb, descend, tokenRoots);
		pathFeatures(s, climb, descend, f);
		if (trigger >= 0) {
			triggerFeatures(s, trigger, src.head(), tgt.head(), tokenRoots, f);
			if (f.contains("neg") || f.contains("modal") || f.contains("irrealis")) {
				return null; // only asserted events, as for the rule readers ("did not meet", "could strike")
			}
		}
		surfaceFeatures(s, src, tgt, quoted, f);
		String ks = src.mention().actor().kind().name();
		String kt = tgt.mention().actor().kind().name();
		f.add("k=" + ks + "|" + kt);
		String iso = src.mention().actor().iso();
		if (!iso.isEmpty() && iso.equals(tgt.mention().actor().iso())) {
			f.add("sameiso");
		}
		String pair = src.mention().actor().name() + "|" + tgt.mention().actor().name();
		String reverse = tgt.mention().actor().name() + "|" + src.mention().actor().name();
		Set<String> same = ruleRoots.getOrDefault(pair, Set.of());
		Set<String> back = ruleRoots.getOrDefault(reverse, Set.of());
		same.forEach(r -> f.add("ru=" + r));
		back.forEach(r -> f.add("rr=" + r));
		if (same.isEmpty() && back.isEmpty()) {
			f.add("ru=none");
		}
		return new Candidate(s, src.mention(), tgt.mention(), trigger, List.copyOf(f));
	}

	/** The token and its ancestors up to the root. */
	private static List<Integer> chain(ParsedSentence s, int t) {
		List<Integer> out = new ArrayList<>();
		for (int a = t, guard = 0; a >= 0 && guard <= s.size(); a = s.head(a), guard++) {
			out.add(a);
		}
		return out;
	}

	/**
	 * The event word of the path: its highest word when that is a verb or noun other than the two sides, else the
	 * verb or noun on the path nearest to it that the dictionaries code, else -1.
	 */
	private int trigger(ParsedSentence s, int common, List<Integer> climb, List<Integer> descend,
			Map<Integer, List<String>> tokenRoots) {
		boolean side = climb.isEmpty() || descend.isEmpty();
		if (!side && CONTENT.contains(s.pos(common))) {
			return common;
		}
		int best = -1;
		for (List<Integer> branch : List.of(climb, descend)) {
			for (int i = branch.size() - 1; i >= 1; i--) { // from the top down, the side itself left out
				int k = branch.get(i);
				if (CONTENT.contains(s.pos(k)) && !roots(s, k, tokenRoots).isEmpty()) {
					if (best < 0) {
						best = k;
					}
					break;
				}
			}
		}
		if (best < 0 && side && CONTENT.contains(s.pos(common))) {
			return common; // "X's attack": one side heads the other
		}
		return best;
	}

	private static void pathFeatures(ParsedSentence s, List<Integer> climb, List<Integer> descend, List<String> f) {
		StringBuilder labels = new StringBuilder();
		boolean speech = false;
		for (int i = 0; i < climb.size(); i++) {
			labels.append('^').append(s.deprel(climb.get(i)));
			speech |= i > 0 && SPEECH_STEPS.contains(s.deprel(climb.get(i)));
		}
		for (int i = descend.size() - 1; i >= 0; i--) {
			labels.append('_').append(s.deprel(descend.get(i)));
			speech |= i > 0 && SPEECH_STEPS.contains(s.deprel(descend.get(i)));
		}
		f.add("len=" + (climb.size() + descend.size()));
		f.add("p=" + labels);
		if (!climb.isEmpty()) {
			f.add("ps=" + s.deprel(climb.get(climb.size() - 1)));
		}
		if (!descend.isEmpty()) {
			f.add("pt=" + s.deprel(descend.get(descend.size() - 1)));
		}
		if (speech) {
			f.add("speech");
		}
	}

	private void triggerFeatures(ParsedSentence s, int t, int src, int tgt, Map<Integer, List<String>> tokenRoots,
			List<String> f) {
		String rs = role(s, t, src);
		String rt = role(s, t, tgt);
		f.add("ro=" + rs + "|" + rt);
		List<String> codes = roots(s, t, tokenRoots);
		if (codes.isEmpty()) {
			f.add("tr=none|" + s.pos(t));
		}
		boolean negated = false;
		for (int c : s.children(t)) {
			negated |= words.negation(s.word(c).toLowerCase(Locale.ROOT));
		}
		boolean modal = words.modalOn(s, t);
		boolean passive = !s.children(t, "nsubj:pass").isEmpty() || !s.children(t, "aux:pass").isEmpty();
		for (String r : codes) {
			f.add("tr=" + r);
			f.add("trr=" + r + "|" + rs + "|" + rt);
			if (passive) {
				f.add("pass|" + r + "|" + rs);
			}
		}
		if (negated) {
			f.add("neg");
		}
		if (modal) {
			f.add("modal");
		}
		if (words.irrealis(lemma(s, Math.max(s.head(t), 0))) && s.head(t) >= 0) {
			f.add("irrealis");
		}
	}

	/** The role of side {@code k} under the trigger: the label of the step below the trigger toward it, "^" above. */
	private static String role(ParsedSentence s, int t, int k) {
		if (k == t) {
			return "=";
		}
		int child = -1;
		for (int a = k, guard = 0; a >= 0 && guard <= s.size(); a = s.head(a), guard++) {
			if (s.head(a) == t) {
				child = a;
				break;
			}
		}
		if (child < 0) {
			return "^";
		}
		String rel = s.deprel(child);
		if (rel.startsWith("obl") || rel.startsWith("nmod")) {
			for (int c : s.children(child, "case")) {
				return rel + ":" + s.word(c).toLowerCase(Locale.ROOT);
			}
		}
		return rel;
	}

	private static void surfaceFeatures(ParsedSentence s, Side src, Side tgt, boolean quoted, List<String> f) {
		int a = src.head();
		int b = tgt.head();
		f.add(a < b ? "o=st" : "o=ts");
		int d = Math.abs(a - b);
		f.add("d=" + (d <= 2 ? "2" : d <= 5 ? "5" : d <= 10 ? "10" : d <= 20 ? "20" : "far"));
		if (src.pronoun()) {
			f.add("pro=s");
		}
		if (tgt.pronoun()) {
			f.add("pro=t");
		}
		if (quoted) {
			f.add("q");
		}
	}

	/**
	 * The CAMEO roots of a verb or noun (01 statements included), sorted; empty if none: for a verb the root the
	 * verb dictionary codes in its clause (the most specific pattern on its object and prepositional phrases) and
	 * the trigger table's; for a noun the event nouns' and the trigger table's.
	 */
	private List<String> roots(ParsedSentence s, int t, Map<Integer, List<String>> tokenRoots) {
		List<String> known = tokenRoots.get(t);
		if (known != null) {
			return known;
		}
		String pos = s.pos(t);
		List<String> out = List.of();
		if (CONTENT.contains(pos)) {
			boolean verb = pos.equals("VERB");
			String lemma = lemma(s, t);
			List<String> listed = roots.computeIfAbsent(pos + " " + lemma, k -> rootsOf(lemma, verb));
			EventCoder.VerbCoding coding = verb ? coder.verbCoding(s, t) : null;
			if (coding == null || coding.code() == null || coding.code().length() < 2) {
				out = listed;
			} else {
				Set<String> both = new TreeSet<>(listed);
				addRoot(both, coding.code());
				out = List.copyOf(both);
			}
		}
		tokenRoots.put(t, out);
		return out;
	}

	private List<String> rootsOf(String lemma, boolean verb) {
		Set<String> out = new TreeSet<>();
		for (CameoPattern p : triggers.startingWith(lemma)) {
			if (p.lemmas().size() == 1 && (verb ? !p.noun() : !p.verb())) {
				addRoot(out, p.code());
			}
		}
		if (!verb && words.nominal(lemma) != null) {
			addRoot(out, words.nominal(lemma).code());
		}
		return List.copyOf(out);
	}

	private static void addRoot(Set<String> out, String code) {
		if (code != null && code.length() >= 2 && Character.isDigit(code.charAt(0))
				&& Character.isDigit(code.charAt(1))) {
			out.add(code.substring(0, 2));
		}
	}

	private String lemma(ParsedSentence s, int t) {
		String parsed = s.lemma(t).toLowerCase(Locale.ROOT);
		if (!s.pos(t).equals("VERB") || words.knows(parsed) || !triggers.startingWith(parsed).isEmpty()) {
			return parsed;
		}
		String table = forms.lemma(s.word(t));
		return table == null ? parsed : table;
	}
}
