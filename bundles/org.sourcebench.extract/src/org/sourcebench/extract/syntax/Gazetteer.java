package org.sourcebench.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the entity tagger looks up ({@code data/syntax/en-gazetteer.tsv}: type, name): countries, their other
 * names and capitals (COUNTRY), cities of 200,000 or more (GPE) and smaller ones (CITY), nationality words (NORP),
 * and from the PETRARCH/Phoenix actor dictionaries persons (PERSON), organisations and armed groups (ORG) and the
 * provinces and towns listed under countries (PLACE); ROLE entries are single lower-case words that introduce a
 * name (titles, offices, the Phoenix agent nouns: "president", "spokesman", "commander"). Names match from a
 * capitalised word, longest first, up to {@link #MAX_WORDS} tokens, ignoring case (so "BOGOTA" datelines match)
 * and with hyphens as separate tokens ("Abomey-Calavi" = "Abomey - Calavi"). Immutable; safe to share.
 */
public final class Gazetteer {

	static final String FILE = "data/syntax/en-gazetteer.tsv";
	public static final int MAX_WORDS = 5;

	static final String TITLES = "data/titles.tsv";
	static final String HEADS = "data/syntax/en-name-heads.tsv";

	private final Map<String, String> names;
	private final java.util.Set<String> roles;
	private final java.util.Set<String> titleWords;
	private final java.util.Set<String> titleHeads;
	private final Map<String, String> heads;
	private final java.util.Set<String> personWords;

	private Gazetteer(Map<String, String> names, java.util.Set<String> roles, java.util.Set<String> titleWords,
			java.util.Set<String> titleHeads, Map<String, String> heads, java.util.Set<String> personWords) {
		this.names = names;
		this.roles = roles;
		this.titleWords = titleWords;
		this.titleHeads = titleHeads;
		this.heads = heads;
		this.personWords = personWords;
	}

	static Gazetteer get() {
		return Holder.GAZETTEER;
	}

	private static final class Holder {
		static final Gazetteer GAZETTEER = read();
	}

	/** The lookup form of a name or of tokens joined by spaces: lower case, hyphens and apostrophes as tokens. */
	public static String key(String name) {
		StringBuilder sb = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '-' || c == '\u2010' || c == '\u2013') {
				if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
					sb.append(' ');
				}
				sb.append('-');
				if (i + 1 < name.length() && name.charAt(i + 1) != ' ') {
					sb.append(' ');
				}
			} else if (c == '\u2019' || c == '`') {
				sb.append('\'');
			} else {
				sb.append(Character.toLowerCase(c));
			}
		}
		return sb.toString();
	}

	private static Gazetteer read() {
		Map<String, String> m = new HashMap<>(1 << 16);
		java.util.Set<String> roles = new java.util.HashSet<>();
		java.util.Set<String> personWords = new java.util.HashSet<>();
		try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(FILE)) {
			if (raw == null) {
				throw new IllegalStateException(FILE + " is not on the class path of org.sourcebench.extract");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] c = line.split("\t");
				if (c[0].equals("ROLE")) {
					roles.add(c[1]);
				} else {
					if (c[0].equals("PERSON")) {
						personWords.addAll(java.util.Arrays.asList(key(c[1]).split(" ")));
					}
					m.putIfAbsent(key(c[1]), c[0].intern());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FILE, e);
		}
		java.util.Set<String> words = new java.util.HashSet<>();
		java.util.Set<String> heads = new java.util.HashSet<>();
		for (String title : lines(TITLES)) {
			String[] w = key(title.split("\t")[0]).split(" ");
			for (String x : w) {
				if (!x.equals("of") && !x.equals("the") && !x.equals("-")) {
					words.add(x);
				}
			}
			heads.add(w[w.length - 1]);
		}
		heads.removeAll(java.util.Set.of("state", "staff"));
		Map<String, String> nameHeads = new HashMap<>();
		for (String line : lines(HEADS)) {
			String[] c = line.split("\t");
			if (c.length != 2) {
				throw new IllegalStateException(HEADS + ": not 'type<TAB>word': " + line);
			}
			nameHeads.put(c[1], c[0].intern());
		}
		return new Gazetteer(m, roles, words, heads, nameHeads, personWords);
	}

	private static java.util.List<String> lines(String file) {
		java.util.List<String> out = new java.util.ArrayList<>();
		try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(file)) {
			if (raw == null) {
				throw new IllegalStateException(file + " is not on the class path of org.sourcebench.extract");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (!line.startsWith("#") && !line.isBlank()) {
					out.add(line);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		return out;
	}

	/**
	 * What a name ending on the word (any case) names, by {@code data/syntax/en-name-heads.tsv}: ORG, PLACE,
	 * PLACE_WEAK, LOC, OTHER, or null.
	 */
	String head(String word) {
		return heads.get(word.toLowerCase(java.util.Locale.ROOT));
	}

	/** Whether the word (any case) is part of a title of {@code data/titles.tsv} ("Deputy", "Foreign", "Minister"). */
	boolean titleWord(String word) {
		return titleWords.contains(key(word));
	}

	/**
	 * Whether the word (any case) ends a title of {@code data/titles.tsv} ("Minister", "Envoy", "Sheikh"), so that a
	 * name may follow it.
	 */
	boolean titleHead(String word) {
		return titleHeads.contains(key(word));
	}

	/** Whether the word (any case) is a word of a person's name in the gazetteer ("Douglas", "Mariano", "San"). */
	boolean personWord(String word) {
		return personWords.contains(key(word));
	}

	/** Whether the word (any case) is a title, office or agent noun that introduces a name. */
	boolean role(String word) {
		return roles.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Per token: {@code B-TYPE}/{@code I-TYPE} of the longest gazetteer name starting at a capitalised word, or
	 * null.
	 */
	String[] match(String[] words) {
		String[] out = new String[words.length];
		int i = 0;
		while (i < words.length) {
			int len = 0;
			String type = null;
			if (EntityTagger.nameLike(words[i])) {
				StringBuilder sb = new StringBuilder();
				for (int k = 0; k < MAX_WORDS && i + k < words.length; k++) {
					if (k > 0) {
						sb.append(' ');
					}
					sb.append(key(words[i + k]));
					String t = names.get(sb.toString());
					if (t != null) {
						len = k + 1;
						type = t;
					}
				}
			}
			if (len == 0) {
				i++;
				continue;
			}
			for (int k = 0; k < len; k++) {
				out[i + k] = (k == 0 ? "B-" : "I-") + type;
			}
			i += len;
		}
		return out;
	}
}
