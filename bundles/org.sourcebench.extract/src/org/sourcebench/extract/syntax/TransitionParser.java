package org.sourcebench.extract.syntax;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.OpenNlpModels;
import org.sourcebench.extract.nlp.Sentence;
import org.sourcebench.extract.nlp.TextAnalyzer;
import org.sourcebench.extract.nlp.Token;


/**
 * English dependency parser and named-entity tagger: OpenNLP sentences and tokens, then {@link PosTagger}
 * (Universal POS), {@link Lemmas}, then a greedy arc-eager transition parser whose averaged-perceptron model ({@code data/syntax/en-ud-dep.bin.gz},
 * trained by {@link org.sourcebench.extract.syntax.train.ParserTrainer} on UD English-EWT and the openly licensed
 * part of GUM) picks each transition, then {@link EntityTagger}. Models load once per JVM, on first use or
 * through {@link #load()} (call it from a background job to keep the first parse fast); instances are
 * stateless, deterministic and safe to share between threads.
 */
public final class TransitionParser implements DependencyParser {

	public static final String DEP_MODEL = "data/syntax/en-ud-dep.bin.gz";

	/** Longest sentence parsed as one unit; longer token runs are cut (run-on lists, tables flattened to text). */
	static final int MAX_TOKENS = 200;

	private final TextAnalyzer analyzer = new TextAnalyzer();

	/**
	 * Loads every model this parser uses (dependency, entity, OpenNLP sentence/token/POS/lemma models), once per
	 * JVM; later calls return at once. Blocking: run it off the UI thread.
	 */
	public static void load() {
		Model.get();
		PosTagger.get();
		Lemmas.get();
		EntityTagger.get();
		OpenNlpModels.sentences();
		OpenNlpModels.tokens();
	}

	@Override
	public List<ParsedSentence> parse(String body) {
		return parse(analyzer.analyze(body));
	}

	/** {@link #parse(String)} on a body already split into sentences and tokens (the engine's own analysis). */
	public List<ParsedSentence> parse(AnalyzedText text) {
		List<Token> tokens = text.tokens();
		List<Sentence> sentences = text.sentences();
		Retokenizer retokenizer = Retokenizer.get();
		List<ParsedSentence> out = new ArrayList<>();
		List<Retokenizer.Tok> words = new ArrayList<>();
		for (int k = 0; k < sentences.size(); k++) {
			Sentence s = sentences.get(k);
			for (int i = s.firstToken(); i < s.endToken(); i++) {
				Token t = tokens.get(i);
				words.add(new Retokenizer.Tok(AnalyzedText.straighten(t.text()), t.begin(), t.end()));
			}
			boolean joins = k + 1 < sentences.size() && sentences.get(k + 1).paragraph() == s.paragraph()
					&& sentences.get(k + 1).endToken() > sentences.get(k + 1).firstToken()
					&& tokens.get(sentences.get(k + 1).firstToken()).isCapitalised()
					&& retokenizer.endsInAbbreviation(words);
			if (joins && words.size() < MAX_TOKENS) {
				continue;
			}
			List<Retokenizer.Tok> sentence = Retokenizer.split(retokenizer.joinAbbreviations(words));
			words.clear();
			for (int from = 0; from < sentence.size(); from += MAX_TOKENS) {
				int n = Math.min(sentence.size(), from + MAX_TOKENS) - from;
				String[] w = new String[n];
				int[] starts = new int[n];
				int[] ends = new int[n];
				for (int i = 0; i < n; i++) {
					Retokenizer.Tok t = sentence.get(from + i);
					w[i] = t.word();
					starts[i] = t.start();
					ends[i] = t.end();
				}
				out.add(parseWords(w, starts, ends));
			}
		}
		return EntityTagger.consistent(out);
	}

	/** Tags, lemmatises and parses one tokenised sentence (offsets as given). */
	public ParsedSentence parseWords(String[] words, int[] starts, int[] ends) {
		String[] pos = PosTagger.get().tag(words);
		String[] lemmas = Lemmas.get().lemmatize(words, pos);
		return parseTagged(words, lemmas, pos, starts, ends);
	}

	/** Parses one tokenised, tagged sentence and tags its named entities. */
	public ParsedSentence parseTagged(String[] words, String[] lemmas, String[] pos, int[] starts, int[] ends) {
		Model m = Model.get();
		ArcEager state = new ArcEager(words, pos, m.featureSet);
		long[] features = new long[ArcEager.MAX_FEATURES];
		long[] rows = new long[ArcEager.MAX_FEATURES];
		float[] scores = new float[m.kinds.length];
		while (!state.done()) {
			m.dep.score(features, state.features(features), scores, rows);
			int best = -1;
			for (int o = 0; o < scores.length; o++) {
				if ((best < 0 || scores[o] > scores[best]) && state.legal(m.kinds[o], m.rootLabel[o])) {
					best = o;
				}
			}
			if (best < 0) {
				state.apply(ArcEager.SH, null);
			} else {
				state.apply(m.kinds[best], m.labels[best]);
			}
		}
		int[] heads = state.heads();
		String[] labels = state.labels();
		String[] entities = EntityTagger.get().tag(words, pos);
		if (StrandedWords.ENABLED) {
			StrandedWords.repair(pos, heads, labels);
		}
		ClauseRepairs.repair(words, pos, entities, heads, labels);
		return new ParsedSentence(words, lemmas, pos, heads, labels, entities, starts, ends);
	}

	private static final class Model {
		final LinearModel dep;
		final int[] kinds;
		final boolean[] rootLabel;
		final String[] labels;
		final int featureSet;

		private Model(LinearModel dep) {
			this.dep = dep;
			featureSet = dep.contains(ArcEager.EXTENDED_MARK) ? ArcEager.EXTENDED : ArcEager.BASIC;
			String[] outcomes = dep.outcomes();
			kinds = new int[outcomes.length];
			rootLabel = new boolean[outcomes.length];
			labels = new String[outcomes.length];
			for (int i = 0; i < outcomes.length; i++) {
				kinds[i] = ArcEager.kind(outcomes[i]);
				if (kinds[i] >= ArcEager.LA) {
					labels[i] = outcomes[i].substring(3).intern();
					rootLabel[i] = labels[i].equals("root");
				}
			}
		}

		static Model get() {
			return Holder.MODEL;
		}

		private static final class Holder {
			static final Model MODEL = new Model(LinearModel.read(DEP_MODEL));
		}
	}
}
