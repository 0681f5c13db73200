package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CameoLexicon;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.PetrarchVerbDictionary;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The candidates of the learned relation linker ({@link LearnedLinker}) and their features, read top to bottom:
 * <ol>
 * <li><b>Triggers.</b> A token is a trigger when the CAMEO verb dictionary (the code its most specific pattern gives
 * in the clause), the trigger table ({@code event-triggers.tsv}) or the event nouns of {@code event-words.tsv} give
 * it a CAMEO root other than 01 (statements are the claim readers'); one candidate per root.</li>
 * <li><b>Sides.</b> Every ordered pair of two different document actors mentioned in the sentence, each mention
 * reduced to its head token (the token of the span whose head lies outside it), both within {@link #MAX_PATH}
 * dependency edges of the trigger and inside its clause (no step up through a clausal complement to a speaker).</li>
 * <li><b>Features.</b> The dependency path from the trigger to each side (relation labels with their direction),
 * both paths together, the trigger's lemma and root, voice, negation and modal auxiliaries on the trigger, the
 * sides' kinds, their surface order and distances, and whether the rule readers already related the pair.</li>
 * </ol>
 * Immutable apart from a lemma-to-roots cache (concurrent); safe to share between threads.
 */
public final class LinkerFeatures {

	/** Longest dependency path, in edges, from the trigger to a side. */
	static final int MAX_PATH = 4;
	private static final String STATEMENT_ROOT = "01";
	/**
	 * Steps up from the trigger that leave its clause for a speaker's ("X said [Y held talks with Z]"): a speaker is
	 * no side of the event reported in its complement (the guidelines code the reported event's own arguments).
	 */
	private static final List<String> SPEECH_STEPS = List.of("^ccomp", "^parataxis");

	/** One candidate relation: source and target mentions, the trigger token and a root, with its features. */
	public record Candidate(ParsedSentence sentence, ActorMention source, ActorMention target, int trigger,
			String root, List<String> features) {

		/** The (from, to, root) key the relationship would have. */
		public String key() {
			return source.actor().name() + "|" + target.actor().name() + "|" + root;
		}
	}

	private final PetrarchVerbDictionary verbs;
	private final EventCoder coder;
	private final CameoLexicon triggers;
	private final WordForms forms;
	private final EventWords words;
	private final Map<String, List<String>> roots = new ConcurrentHashMap<>();

	public LinkerFeatures(EventCoder coder, PetrarchVerbDictionary verbs, CameoLexicon triggers, WordForms forms) {
		this.coder = coder;
		this.verbs = verbs;
		this.triggers = triggers;
		this.forms = forms;
		this.words = EventWords.get();
	}

	/**
	 * The candidates of every sentence; {@code rules} are the relationships the rule readers produced (their pairs
	 * are a feature).
	 */
	public List<Candidate> candidates(List<ParsedSentence> sentences, DocActors actors,
			List<ExtractedRelationship> rules) {
		Set<String> related = new java.util.HashSet<>();
		for (ExtractedRelationship r : rules) {
			related.add(r.from() + "|" + r.to());
			related.add(r.from() + "|" + r.to() + "|" + r.root());
		}
		List<Candidate> out = new ArrayList<>();
		for (ParsedSentence s : sentences) {
			if (s.size() == 0) {
				continue;
			}
			List<ActorMention> mentions = actors.within(s.start(0), s.end(s.size() - 1));
			if (mentions.size() < 2) {
				continue;
			}
			int[] heads = new int[mentions.size()];
			for (int m = 0; m < heads.length; m++) {
				heads[m] = headToken(s, mentions.get(m));
			}
			for (int t = 0; t < s.size(); t++) {
				List<String> rs = roots(s, t);
				if (rs.isEmpty() || actors.at(s.start(t)) != null) {
					continue;
				}
				sentence(s, t, rs, mentions, heads, related, out);
			}
		}
		return out;
	}

	private void sentence(ParsedSentence s, int t, List<String> rs, List<ActorMention> mentions, int[] heads,
			Set<String> related, List<Candidate> out) {
		String[] paths = new String[heads.length];
		for (int m = 0; m < heads.length; m++) {
			paths[m] = heads[m] < 0 ? null : path(s, t, heads[m]);
			if (paths[m] != null && SPEECH_STEPS.stream().anyMatch(paths[m]::contains)) {
				paths[m] = null;
			}
		}
		String lemma = lemma(s, t);
		String voice = passive(s, t) ? "pass" : "act";
		boolean negated = false;
		boolean modal = words.modalOn(s, t);
		for (int c : s.children(t)) {
			negated |= words.negation(s.word(c).toLowerCase(Locale.ROOT));
		}
		for (int a = 0; a < heads.length; a++) {
			for (int b = 0; b < heads.length; b++) {
				ActorMention src = mentions.get(a);
				ActorMention tgt = mentions.get(b);
				if (paths[a] == null || paths[b] == null || src.actor() == tgt.actor() || heads[a] == heads[b]) {
					continue;
				}
				for (String root : rs) {
					List<String> f = new ArrayList<>(24);
					f.add("bias");
					f.add("r=" + root);
					f.add("l=" + lemma + "|" + root);
					f.add("pos=" + s.pos(t) + "|" + root);
					f.add("ps=" + paths[a]);
					f.add("pt=" + paths[b]);
					f.add("pp=" + paths[a] + "|" + paths[b]);
					f.add("psr=" + paths[a] + "|" + root);
					f.add("ptr=" + paths[b] + "|" + root);
					f.add("v=" + voice + "|" + paths[a]);
					f.add("v=" + voice + "|" + paths[b] + "|t");
					if (negated) {
						f.add("neg|" + root);
					}
					if (modal) {
						f.add("modal|" + root);
					}
					f.add("ks=" + src.actor().kind());
					f.add("kt=" + tgt.actor().kind());
					f.add("kk=" + src.actor().kind() + "|" + tgt.actor().kind() + "|" + root);
					f.add("ord=" + order(heads[a], t, heads[b]));
					f.add("ds=" + bucket(heads[a] - t));
					f.add("dt=" + bucket(heads[b] - t));
					if (!src.actor().iso().isEmpty() && src.actor().iso().equals(tgt.actor().iso())) {
						f.add("sameiso");
					}
					String pair = src.actor().name() + "|" + tgt.actor().name();
					if (related.contains(pair + "|" + root)) {
						f.add("rules=same");
					} else if (related.contains(pair)) {
						f.add("rules=pair");
					}
					if (related.contains(tgt.actor().name() + "|" + src.actor().name() + "|" + root)) {
						f.add("rules=reverse|" + root);
					}
					out.add(new Candidate(s, src, tgt, t, root, f));
				}
			}
		}
	}

	/**
	 * The CAMEO roots (01 excluded) of the token, sorted; empty if none: for a verb the root the verb dictionary
	 * codes in its clause (the most specific pattern on its object and prepositional phrases) and the trigger
	 * table's; for a noun the event nouns' and the trigger table's.
	 */
	List<String> roots(ParsedSentence s, int t) {
		String pos = s.pos(t);
		if (!(pos.equals("VERB") || pos.equals("NOUN"))) {
			return List.of();
		}
		String lemma = lemma(s, t);
		boolean verb = pos.equals("VERB");
		List<String> listed = roots.computeIfAbsent(pos + " " + lemma, k -> rootsOf(lemma, verb));
		EventCoder.VerbCoding coding = verb ? coder.verbCoding(s, t) : null;
		if (coding == null) {
			return listed;
		}
		Set<String> out = new TreeSet<>(listed);
		addRoot(out, coding.code());
		return out.size() == listed.size() ? listed : List.copyOf(out);
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
		if (code != null && code.length() >= 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))
				&& !code.startsWith(STATEMENT_ROOT)) {
			out.add(code.substring(0, 2));
		}
	}

	private String lemma(ParsedSentence s, int t) {
		String parsed = s.lemma(t).toLowerCase(Locale.ROOT);
		if (!s.pos(t).equals("VERB") || !verbs.verbs(parsed).isEmpty()) {
			return parsed;
		}
		return forms.lemma(s.word(t));
	}

	private static boolean passive(ParsedSentence s, int t) {
		return !s.children(t, "nsubj:pass").isEmpty() || !s.children(t, "aux:pass").isEmpty();
	}

	/** The token of the mention whose head lies outside it, or -1 when no token lies inside the mention. */
	static int headToken(ParsedSentence s, ActorMention m) {
		int first = -1;
		for (int i = 0; i < s.size(); i++) {
			if (s.start(i) >= m.begin() && s.end(i) <= m.end()) {
				int h = s.head(i);
				if (h < 0 || s.start(h) < m.begin() || s.end(h) > m.end()) {
					return i;
				}
				if (first < 0) {
					first = i;
				}
			}
		}
		return first;
	}

	/**
	 * The dependency path from {@code from} to {@code to}: the labels climbed ({@code ^label}) up to the lowest
	 * common ancestor, then those descended ({@code _label}); null when longer than {@link #MAX_PATH} edges.
	 */
	static String path(ParsedSentence s, int from, int to) {
		List<Integer> up = new ArrayList<>();
		for (int a = from, guard = 0; a >= 0 && guard <= s.size(); a = s.head(a), guard++) {
			up.add(a);
		}
		List<Integer> down = new ArrayList<>();
		int common = -1;
		for (int b = to, guard = 0; b >= 0 && guard <= s.size(); b = s.head(b), guard++) {
			if (up.contains(b)) {
				common = b;
				break;
			}
			down.add(b);
		}
		if (common < 0) {
			return null;
		}
		int climb = up.indexOf(common);
		if (climb + down.size() > MAX_PATH) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < climb; i++) {
			sb.append('^').append(s.deprel(up.get(i)));
		}
		for (int i = down.size() - 1; i >= 0; i--) {
			sb.append('_').append(s.deprel(down.get(i)));
		}
		return sb.length() == 0 ? "=" : sb.toString();
	}

	/** The surface order of source, trigger and target: S, T, G sorted by position. */
	private static String order(int a, int t, int b) {
		return (a < t ? "S<T" : "T<S") + (b < t ? "G<T" : "T<G") + (a < b ? "S<G" : "G<S");
	}

	private static String bucket(int d) {
		int m = Math.abs(d);
		String size = m <= 1 ? "1" : m <= 3 ? "3" : m <= 6 ? "6" : m <= 12 ? "12" : "far";
		return (d < 0 ? "-" : "+") + size;
	}
}
