package org.sourcebench.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.nlp.SentenceJoins;

/**
 * Brings OpenNLP's tokens and sentences to the treebank conventions the models were trained on: clitics split off
 * ("Russia's" → "Russia" "'s", "don't" → "do" "n't", "ministers'" → "ministers" "'"), a hyphen glued to a word
 * split off ("Seung" "-kyum" → "Seung" "-" "kyum", "Putin-" "led" → "Putin" "-" "led"), and a sentence the
 * detector ended after an abbreviation of {@code data/syntax/en-abbreviations.txt} ("Lt. Gen. Smith") joined with
 * the next one of the same paragraph, the abbreviation and its full stop one token again. Offsets stay those of
 * the body. Immutable; safe to share.
 */
final class Retokenizer {

	private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

	/** A token: straightened word and body offsets. */
	record Tok(String word, int start, int end) {
	}

	private final Set<String> abbreviations;

	private Retokenizer(Set<String> abbreviations) {
		this.abbreviations = abbreviations;
	}

	static Retokenizer get() {
		return Holder.INSTANCE;
	}

	private static final class Holder {
		static final Retokenizer INSTANCE = new Retokenizer(SentenceJoins.abbreviations());
	}

	/** Whether a sentence ending so continues into the next ("... Lt. Gen." + "Smith said"). */
	boolean endsInAbbreviation(List<Tok> sentence) {
		int n = sentence.size();
		if (n == 0) {
			return false;
		}
		Tok last = sentence.get(n - 1);
		if (last.word.endsWith(".") && abbreviations.contains(last.word.substring(0, last.word.length() - 1))) {
			return true;
		}
		if (last.word.equals(".") && n >= 2) {
			Tok before = sentence.get(n - 2);
			return before.end == last.start && abbreviations.contains(before.word);
		}
		return false;
	}

	/** Joins "Gen" "." written without a space into "Gen." where the word is an abbreviation. */
	List<Tok> joinAbbreviations(List<Tok> in) {
		List<Tok> out = new ArrayList<>(in.size());
		for (int i = 0; i < in.size(); i++) {
			Tok t = in.get(i);
			if (i + 1 < in.size() && in.get(i + 1).word.equals(".") && in.get(i + 1).start == t.end
					&& abbreviations.contains(t.word)) {
				out.add(new Tok(t.word + ".", t.start, in.get(i + 1).end));
				i++;
			} else {
				out.add(t);
			}
		}
		return out;
	}

	/** Splits clitics and glued hyphens off the words (offsets kept). */
	static List<Tok> split(List<Tok> in) {
		List<Tok> out = new ArrayList<>(in.size() + 8);
		for (int at = 0; at < in.size(); at++) {
			Tok t = in.get(at);
			String w = t.word;
			int len = w.length();
			if (len != t.end - t.start) { // offsets and word disagree: leave the token alone
				out.add(t);
				continue;
			}
			String lower = w.toLowerCase(java.util.Locale.ROOT);
			int cut = -1;
			if (len > 3 && lower.endsWith("n't")) {
				cut = len - 3;
			} else if (len > 1 && lower.endsWith("s'") && Character.isLetter(w.charAt(len - 2))) {
				cut = len - 1;
			} else {
				for (String c : CLITICS) {
					if (len > c.length() && lower.endsWith(c) && (Character.isLetterOrDigit(w.charAt(len - c.length() - 1))
							|| w.charAt(len - c.length() - 1) == '.')) {
						cut = len - c.length();
						break;
					}
				}
			}
			if (len > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1)) && !out.isEmpty()
					&& out.get(out.size() - 1).end == t.start) {
				out.add(new Tok("-", t.start, t.start + 1));
				out.add(new Tok(w.substring(1), t.start + 1, t.end));
				continue;
			}
			if (len > 1 && w.charAt(len - 1) == '-' && Character.isLetter(w.charAt(len - 2)) && at + 1 < in.size()
					&& in.get(at + 1).start == t.end) { // "Putin-" "led" → "Putin" "-" "led"
				out.add(new Tok(w.substring(0, len - 1), t.start, t.end - 1));
				out.add(new Tok("-", t.end - 1, t.end));
				continue;
			}
			if (cut > 0) {
				out.add(new Tok(w.substring(0, cut), t.start, t.start + cut));
				out.add(new Tok(w.substring(cut), t.start + cut, t.end));
			} else {
				out.add(t);
			}
		}
		return out;
	}
}
