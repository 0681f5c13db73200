package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A verb dictionary in the PETRARCH 2 format (CAMEO.2.0.txt): synsets ({@code &NAME} and {@code +member} lines),
 * verb synonym blocks ({@code --- DESCRIPTION [CODE] ---}) listing verbs with optional irregular forms
 * ({@code SPEED {SPEEDING SPEEDS SPED}}) and codes, multi-word verbs marking their verb with {@code +}, and
 * patterns ({@code - pre-verb nouns/preps * post-verb nouns/preps [CODE]}). Transformations ({@code ~}) are not
 * read. Every verb form (regular forms generated, as PETRARCH does) maps to its verb. Immutable after
 * construction.
 */
public final class PetrarchVerbDictionary {

	private static final int MAX_ALTERNATIVES = 400;

	private final Map<String, List<PetrarchVerb>> byForm = new HashMap<>();
	private final Map<String, List<List<String>>> synsets = new HashMap<>();
	private int patterns;

	public PetrarchVerbDictionary(List<PetrarchSource> sources) {
		for (PetrarchSource s : sources) {
			read(s);
		}
	}

	/** CAMEO.2.0.txt shipped in this bundle, after our additions. */
	public static PetrarchVerbDictionary bundled() {
		return new PetrarchVerbDictionary(List.of(PetrarchSource.bundled("petrarch/sourcebench.verbs.txt"),
				PetrarchSource.bundled("petrarch/CAMEO.2.0.txt")));
	}

	/** Verbs with this form or lemma (upper or lower case), first-read first. */
	public List<PetrarchVerb> verbs(String form) {
		return byForm.getOrDefault(form.toUpperCase(Locale.ROOT), List.of());
	}

	public int patternCount() {
		return patterns;
	}

	private void read(PetrarchSource source) {
		PetrarchVerb.Block block = null;
		String synset = null;
		for (PetrarchSource.Line line : source.lines()) {
			String t = line.text().trim();
			if (t.startsWith("&")) {
				synset = t.split("\\s+")[0];
				synset = synset.endsWith("_") ? synset.substring(0, synset.length() - 1) : synset;
				synsets.put(synset, new ArrayList<>());
				continue;
			}
			if (t.startsWith("+") && synset != null) {
				String member = t.substring(1).trim();
				if (member.startsWith("&")) {
					synsets.get(synset).addAll(synsets.getOrDefault(stripUnderscore(member), List.of()));
				} else {
					synsets.get(synset).add(PetrarchSource.words(member));
				}
				continue;
			}
			synset = null;
			if (t.startsWith("---")) {
				String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
				int open = inner.indexOf('[');
				String raw = open < 0 ? "" : inner.substring(open + 1, inner.indexOf(']', open));
				block = new PetrarchVerb.Block(open < 0 ? inner : inner.substring(0, open).trim(), code(raw),
						reverseCode(raw), new ArrayList<>());
			} else if (t.startsWith("~")) {
				continue; // transformations: not read
			} else if (t.startsWith("-")) {
				if (block == null) {
					throw source.error(line, "pattern before any verb block");
				}
				PetrarchVerbPattern p = pattern(source, line, t.substring(1).trim());
				if (p != null) {
					block.patterns().add(p);
					patterns++;
				}
			} else {
				if (block == null) {
					block = new PetrarchVerb.Block("", null, null, new ArrayList<>());
				}
				verb(t, block);
			}
		}
	}

	private static String stripUnderscore(String s) {
		String t = s.trim().split("\\s+")[0];
		return t.endsWith("_") ? t.substring(0, t.length() - 1) : t;
	}

	/** "064" → "064"; "032:033" → "032" (the source's event; the second is the target's); "---" → null. */
	private static String code(String raw) {
		String c = raw.trim();
		int colon = c.indexOf(':');
		if (colon >= 0) {
			c = c.substring(0, colon);
		}
		return c.isEmpty() || c.startsWith("-") ? null : c.toUpperCase(Locale.ROOT);
	}

	/** "032:033" → "033", the code of the reverse event (target to source); null without a second code. */
	private static String reverseCode(String raw) {
		int colon = raw.indexOf(':');
		return colon < 0 ? null : code(raw.substring(colon + 1));
	}

	private void verb(String t, PetrarchVerb.Block block) {
		String code = null;
		String reverse = null;
		int open = t.indexOf('[');
		if (open >= 0) {
			String raw = t.substring(open + 1, Math.max(open + 1, t.indexOf(']', open)));
			code = raw.trim().startsWith(PetrarchVerb.NO_CODE) ? PetrarchVerb.NO_CODE : code(raw);
			reverse = reverseCode(raw);
			t = t.substring(0, open).trim();
		}
		List<String> irregular = new ArrayList<>();
		int brace = t.indexOf('{');
		if (brace >= 0) {
			int end = t.indexOf('}', brace);
			for (String f : t.substring(brace + 1, end < 0 ? t.length() : end).trim().split("\\s+")) {
				if (!f.isBlank()) {
					irregular.add(f);
				}
			}
			t = t.substring(0, brace).trim();
		}
		String[] parts = t.split("\\s+")[0].split("_");
		int verbAt = 0;
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].startsWith("+")) {
				verbAt = i;
			}
		}
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String w = parts[i].replace("+", "").toUpperCase(Locale.ROOT);
			if (w.isEmpty()) {
				continue;
			}
			if (i < verbAt) {
				before.add(w);
			} else if (i > verbAt) {
				after.add(w);
			}
		}
		String base = parts[verbAt].replace("+", "").toUpperCase(Locale.ROOT);
		if (base.isEmpty()) {
			return;
		}
		PetrarchVerb verb = new PetrarchVerb(base, List.copyOf(before), List.copyOf(after), code, reverse, block);
		register(base, verb);
		for (String f : regularForms(base)) {
			register(f, verb);
		}
		for (String f : irregular) {
			for (String part : f.split("_")) {
				if (part.startsWith("+") || !f.contains("+") && f.split("_").length == 1) {
					register(part.replace("+", "").toUpperCase(Locale.ROOT), verb);
				}
			}
		}
	}

	private void register(String form, PetrarchVerb verb) {
		List<PetrarchVerb> l = byForm.computeIfAbsent(form, k -> new ArrayList<>());
		if (!l.contains(verb)) {
			l.add(verb);
		}
	}

	/** The regular English forms PETRARCH generates: -S/-ES/-IES, -ED/-D/-IED, -ING (final E dropped). */
	static List<String> regularForms(String base) {
		List<String> out = new ArrayList<>();
		boolean sibilant = base.endsWith("S") || base.endsWith("X") || base.endsWith("Z") || base.endsWith("CH")
				|| base.endsWith("SH") || base.endsWith("O");
		boolean consonantY = base.length() > 1 && base.endsWith("Y") && "AEIOU".indexOf(base.charAt(base.length() - 2)) < 0;
		String stem = base.substring(0, base.length() - 1);
		out.add(consonantY ? stem + "IES" : sibilant ? base + "ES" : base + "S");
		out.add(consonantY ? stem + "IED" : base.endsWith("E") ? base + "D" : base + "ED");
		out.add(base.endsWith("E") && !base.endsWith("EE") && base.length() > 2 ? stem + "ING" : base + "ING");
		return out;
	}

	private PetrarchVerbPattern pattern(PetrarchSource source, PetrarchSource.Line line, String body) {
		int open = body.lastIndexOf('[');
		int close = body.indexOf(']', open);
		if (open < 0 || close < 0) {
			throw source.error(line, "pattern without [code]");
		}
		String raw = body.substring(open + 1, close).trim();
		if (!raw.isEmpty() && !raw.startsWith("-") && !Character.isDigit(raw.charAt(0))) {
			return null; // not a CAMEO code ("[+++]", "[xxy]": the validation suite's must-not-match markers)
		}
		String code = code(raw);
		List<String> tokens = tokens(body.substring(0, open));
		List<PetrarchVerbPattern.NounSlot> pre = new ArrayList<>();
		List<PetrarchVerbPattern.NounSlot> post = new ArrayList<>();
		List<PetrarchVerbPattern.PrepSlot> prePreps = new ArrayList<>();
		List<PetrarchVerbPattern.PrepSlot> postPreps = new ArrayList<>();
		boolean after = false;
		for (String tok : tokens) {
			if (tok.equals("*")) {
				after = true;
			} else if (tok.equals("$") || tok.equals("+") || tok.equals("%") || tok.equals("^")) {
				continue; // standalone role markers: the default roles apply
			} else if (tok.startsWith("(")) {
				PetrarchVerbPattern.PrepSlot p = prep(tok.substring(1, tok.length() - 1).trim());
				if (p == null) {
					return null;
				}
				(after ? postPreps : prePreps).add(p);
			} else {
				PetrarchVerbPattern.NounSlot n = noun(tok);
				if (n == null) {
					return null; // undefined synset: PETRARCH ignores the pattern too
				}
				(after ? post : pre).add(n);
			}
		}
		if (!after) {
			return null; // old TABARI-style pattern without a verb position
		}
		return new PetrarchVerbPattern(pre, prePreps, post, postPreps, code, reverseCode(raw), body.trim());
	}

	/** Splits a pattern into words, {...} groups and (...) groups; "IN_*" style words split at underscores. */
	private static List<String> tokens(String s) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '{' || c == '(') {
				char closeCh = c == '{' ? '}' : ')';
				int depth = 0;
				int j = i;
				for (; j < s.length(); j++) {
					char d = s.charAt(j);
					if (d == c) {
						depth++;
					} else if (d == closeCh && --depth == 0) {
						break;
					}
				}
				out.add(s.substring(i, Math.min(j + 1, s.length())));
				i = j + 1;
			} else {
				int j = i;
				while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '('
						&& s.charAt(j) != '{') {
					j++;
				}
				String w = s.substring(i, j);
				if (w.contains("*") && w.length() > 1) {
					for (String part : w.split("_")) {
						if (!part.isEmpty()) {
							out.add(part);
						}
					}
				} else {
					out.add(w);
				}
				i = j;
			}
		}
		return out;
	}

	private PetrarchVerbPattern.PrepSlot prep(String inner) {
		List<String> parts = tokens(inner);
		if (parts.isEmpty()) {
			return null;
		}
		List<String> preps = new ArrayList<>();
		String first = parts.get(0);
		if (first.startsWith("&")) {
			for (List<String> m : synset(first)) {
				preps.add(String.join(" ", m));
			}
		} else {
			preps.add(first.toUpperCase(Locale.ROOT));
		}
		boolean target = false;
		boolean source = false;
		List<String> nounParts = new ArrayList<>();
		for (String p : parts.subList(1, parts.size())) {
			if (p.equals("+")) {
				target = true;
			} else if (p.equals("$")) {
				source = true;
			} else if (!p.equals("^") && !p.equals("%")) {
				nounParts.add(p);
			}
		}
		PetrarchVerbPattern.NounSlot noun = null;
		if (!nounParts.isEmpty()) {
			noun = nounParts.size() == 1 ? noun(nounParts.get(0))
					: noun("{" + String.join(" ", nounParts) + "}");
			if (noun == null) {
				return null;
			}
		}
		return new PetrarchVerbPattern.PrepSlot(List.copyOf(preps), noun, target, source);
	}

	/** A noun slot from a word, a {...} phrase, an underscored phrase or a synset; null if a synset is unknown. */
	private PetrarchVerbPattern.NounSlot noun(String tok) {
		String t = tok.startsWith("{") ? tok.substring(1, tok.length() - 1) : tok;
		List<List<String>> alternatives = new ArrayList<>();
		alternatives.add(new ArrayList<>());
		for (String element : t.trim().split("[\\s_]+")) {
			if (element.isEmpty() || element.equals("+") || element.equals("$") || element.equals("%")
					|| element.equals("^")) {
				continue;
			}
			List<List<String>> options = element.startsWith("&") ? synset(element)
					: List.of(List.of(element.toUpperCase(Locale.ROOT)));
			if (options == null || options.isEmpty()) {
				return null;
			}
			List<List<String>> next = new ArrayList<>();
			for (List<String> a : alternatives) {
				for (List<String> o : options) {
					if (next.size() < MAX_ALTERNATIVES) {
						List<String> joined = new ArrayList<>(a);
						joined.addAll(o);
						next.add(joined);
					}
				}
			}
			alternatives = next;
		}
		List<List<String>> keyed = new ArrayList<>();
		for (List<String> a : alternatives) {
			if (a.isEmpty()) {
				continue;
			}
			List<String> k = new ArrayList<>();
			for (String w : a) {
				k.add(PetrarchSource.key(w));
			}
			keyed.add(List.copyOf(k));
		}
		return keyed.isEmpty() ? null : new PetrarchVerbPattern.NounSlot(List.copyOf(keyed));
	}

	private List<List<String>> synset(String name) {
		return synsets.get(stripUnderscore(name));
	}
}
