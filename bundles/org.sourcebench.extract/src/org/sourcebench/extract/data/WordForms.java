package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerME;

import org.sourcebench.extract.nlp.OpenNlpModels;

/**
 * Inflected form → lemma for the words the cue and CAMEO tables use. Irregular forms come from
 * irregular-forms.tsv; regular -s/-ed/-ing forms are derived by rule and dropped when the OpenNLP UD lemmatizer
 * reads them as a form of another word (it returns unknown words unchanged, which is no evidence against them). Built once when the data is loaded, so documents are lemmatised by lookup: running
 * the statistical lemmatizer over every token would cost about 35 times the tokenisation.
 */
public final class WordForms {

	private final Map<String, String> lemmaOf = new HashMap<>();
	private final Map<String, Set<String>> formsOf = new HashMap<>();

	WordForms(List<String[]> irregular, Collection<String> lemmas) {
		for (String[] r : irregular) {
			for (String f : DataFile.list(DataFile.cell(r, 1))) {
				put(f, r[0]);
			}
		}
		LemmatizerME lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());
		for (String lemma : new LinkedHashSet<>(lemmas)) {
			if (lemma.equals("*") || lemma.contains(" ")) {
				continue;
			}
			put(lemma, lemma);
			for (String[] candidate : candidates(lemma)) {
				String[] got = lemmatizer.lemmatize(new String[] {candidate[0]}, new String[] {candidate[1]});
				String back = got.length == 1 ? got[0].toLowerCase(Locale.ROOT) : "";
				// keep the derived form unless the lemmatizer reads it as another word ("sanctions" is not "sanctionse")
				if (back.equals(lemma) || back.equals(candidate[0])) {
					put(candidate[0], lemma);
				}
			}
		}
	}

	private void put(String form, String lemma) {
		String f = form.toLowerCase(Locale.ROOT);
		lemmaOf.putIfAbsent(f, lemma);
		formsOf.computeIfAbsent(lemma, k -> new LinkedHashSet<>()).add(f);
	}

	/** Regular inflection candidates as {form, UPOS}. */
	private static List<String[]> candidates(String w) {
		List<String[]> out = new ArrayList<>();
		boolean e = w.endsWith("e");
		boolean y = w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
		String s = y ? w.substring(0, w.length() - 1) + "ies"
				: w.matches(".*(s|sh|ch|x|z)") ? w + "es" : w + "s";
		out.add(new String[] {s, "VERB"});
		out.add(new String[] {s, "NOUN"});
		String ed = e ? w + "d" : y ? w.substring(0, w.length() - 1) + "ied" : w + "ed";
		out.add(new String[] {ed, "VERB"});
		String ing = e && !w.endsWith("ee") ? w.substring(0, w.length() - 1) + "ing" : w + "ing";
		out.add(new String[] {ing, "VERB"});
		if (w.matches(".*[^aeiou][aeiou][bdgmnprt]") && w.length() <= 4) {
			char last = w.charAt(w.length() - 1);
			out.add(new String[] {w + last + "ed", "VERB"});
			out.add(new String[] {w + last + "ing", "VERB"});
		}
		return out;
	}

	/** The lemma of a form ({@code form} lowercased when unknown). */
	public String lemma(String form) {
		String f = form.toLowerCase(Locale.ROOT);
		return lemmaOf.getOrDefault(f, f);
	}

	public Set<String> formsOf(String lemma) {
		return formsOf.getOrDefault(lemma, Set.of());
	}
}
