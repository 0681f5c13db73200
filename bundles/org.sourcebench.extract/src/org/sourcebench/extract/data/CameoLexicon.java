package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** event-triggers.tsv (word-window triggers of the path without a parser) indexed by first lemma, longest pattern first. */
public final class CameoLexicon {

	private final Map<String, List<CameoPattern>> byFirst = new HashMap<>();

	CameoLexicon(List<String[]> rows) {
		for (String[] r : rows) {
			CameoPattern p = new CameoPattern(Arrays.asList(r[0].trim().split("\\s+")), r[1],
					"yes".equals(DataFile.cell(r, 2)), DataFile.cell(r, 3).isEmpty() ? "any" : DataFile.cell(r, 3));
			byFirst.computeIfAbsent(p.lemmas().get(0), k -> new ArrayList<>()).add(p);
		}
		byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((CameoPattern p) -> -p.lemmas().size())));
	}

	public List<CameoPattern> startingWith(String lemma) {
		return byFirst.getOrDefault(lemma, List.of());
	}

	/** Every lemma the patterns use (their forms are needed by {@link WordForms}). */
	public List<String> lemmas() {
		List<String> out = new ArrayList<>();
		byFirst.values().forEach(l -> l.forEach(p -> out.addAll(p.lemmas())));
		return out;
	}
}
