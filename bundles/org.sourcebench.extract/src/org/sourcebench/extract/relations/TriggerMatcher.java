package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.nlp.AnalyzedText;
import org.sourcebench.extract.nlp.Sentence;

/**
 * Matches the CAMEO lemma patterns on the tokens of a sentence (lemmas by lookup in {@code WordForms}), checks
 * the part of speech of the head in a small window, and leaves out events that are negated, modal (future,
 * hypothetical), conditional or mere intentions ("to strike").
 */
final class TriggerMatcher {

	private static final Set<String> BLOCKERS = Set.of("not", "n't", "never", "no", "will", "would", "could", "may",
			"might", "should", "can", "cannot", "wo", "shall", "if", "unless", "whether", "to", "ca", "without",
			"refused", "failed", "plans", "planning", "threatened", "ready", "willing", "intends");
	private static final Set<String> NEGATIVE_OBJECTS = Set.of("no", "none", "nothing", "neither");
	private static final Set<String> CHARGES = Set.of("accuse", "blame", "suspect", "charge", "allege");
	private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
	private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");

	private static final int MAX_SKIP = 6;

	private final ExtractionData data;

	TriggerMatcher(ExtractionData data) {
		this.data = data;
	}

	List<EventTrigger> find(AnalyzedText text, Sentence s) {
		List<EventTrigger> out = new ArrayList<>();
		for (int k = s.firstToken(); k < s.endToken(); k++) {
			String lemma = data.forms().lemma(text.tokens().get(k).text());
			for (CameoPattern p : data.cameo().startingWith(lemma)) {
				int end = match(text, p, k, s.endToken());
				if (end < 0 || blocked(text, s, k, p) || !posOk(text, p, k)) {
					continue;
				}
				out.add(new EventTrigger(p, k, end));
				k = end - 1;
				break;
			}
		}
		return out;
	}

	private int match(AnalyzedText text, CameoPattern p, int k, int limit) {
		int i = k;
		List<String> lemmas = p.lemmas();
		for (int j = 0; j < lemmas.size(); j++) {
			String want = lemmas.get(j);
			if (want.equals("*")) {
				String next = lemmas.get(j + 1);
				int found = -1;
				for (int skip = 0; skip <= MAX_SKIP && i + skip < limit; skip++) {
					if (data.forms().lemma(text.tokens().get(i + skip).text()).equals(next)) {
						found = i + skip;
						break;
					}
				}
				if (found < 0) {
					return -1;
				}
				i = found;
				continue;
			}
			if (i >= limit || !data.forms().lemma(text.tokens().get(i).text()).equals(want)) {
				return -1;
			}
			i++;
		}
		return i;
	}

	private static boolean posOk(AnalyzedText text, CameoPattern p, int k) {
		if (!p.noun() && !p.verb()) {
			return true;
		}
		String tag = text.pos(k);
		if (p.noun()) {
			return NOUN_TAGS.contains(tag);
		}
		// a multi-word verb pattern only needs its head not to be read as a noun ("talks with" vs "talk with")
		return p.lemmas().size() > 1 ? !"NOUN".equals(tag) : VERB_TAGS.contains(tag);
	}

	private boolean blocked(AnalyzedText text, Sentence s, int k, CameoPattern p) {
		if (k + 1 < s.endToken() && NEGATIVE_OBJECTS.contains(text.tokens().get(k + 1).text().toLowerCase())) {
			return true; // "received no guarantees"
		}
		if (k > s.firstToken() && text.tokens().get(k - 1).text().equalsIgnoreCase("of")) {
			// "accused Washington of arming the YPG": the charge is the speaker's, not an asserted event
			for (int i = Math.max(s.firstToken(), k - 8); i < k - 1; i++) {
				if (CHARGES.contains(data.forms().lemma(text.tokens().get(i).text()))) {
					return true;
				}
			}
		}
		boolean intent = p.code().equals("03");
		for (int i = Math.max(s.firstToken(), k - 3); i < k; i++) {
			String w = text.tokens().get(i).text().toLowerCase();
			boolean notOnly = w.equals("not") && i + 1 < k && text.tokens().get(i + 1).text().equalsIgnoreCase("only");
			if (BLOCKERS.contains(w) && !notOnly
					&& !(intent && (w.equals("to") || w.equals("ready") || w.equals("willing")))) {
				return true;
			}
		}
		return false;
	}
}
