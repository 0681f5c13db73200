package org.sourcebench.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Persons the entity tagger typed as a place or a body ("Mikhail Yevdokimov", "Kamchybek Tashiyev" tagged GPE): a
 * run of two or three capitalised words that no reader took, standing alone (no capitalised word or "the" before
 * it, none after it), whose first word opens at least two people's names of the tagger's gazetteer (the field's
 * office holders, data/syntax/en-gazetteer.tsv) and is no common English word, and none of whose words is a place, a
 * country, a title word or a body head, is a person (mechanism {@code actors.givenNames}). Later lone uses of the
 * last name are that person. Immutable; safe to share.
 */
final class GivenNames {

	private static final String GAZETTEER = "data/syntax/en-gazetteer.tsv";
	private static final Pattern RUN = Pattern.compile(
			"(?<![\\p{L}\\p{N}'’.-])\\p{Lu}[\\p{L}’'-]+(?: (?:(?:al|el|bin|ibn|de|van|von)[ -])?\\p{Lu}[\\p{L}’'-]+){1,2}"
					+ "(?![\\p{L}\\p{N}'’-])");

	/** Closed-class words that open sentences and some gazetteer names ("The", "An", "In"). */
	private static final Set<String> FUNCTION = Set.of("the", "a", "an", "in", "on", "at", "of", "for", "by", "to",
			"with", "from", "as", "and", "but", "or", "if", "this", "that", "these", "those", "his", "her", "its",
			"their", "our", "my", "al", "el", "after", "before", "during", "since", "under", "over", "when", "while");

	private final ExtractionData data;

	GivenNames(ExtractionData data) {
		this.data = data;
	}

	void read(String t, DocActors actors) {
		if (!Mechanisms.on("actors.givenNames")) {
			return;
		}
		Map<String, DocActor> read = new HashMap<>();
		Matcher m = RUN.matcher(t);
		while (m.find()) {
			int begin = m.start();
			int end = m.end();
			if (t.startsWith("'s", end - 2) || t.startsWith("\u2019s", end - 2)) {
				end -= 2;
			}
			String name = t.substring(begin, end);
			String[] words = name.split("[ ]");
			if (actors.overlaps(begin, end) || !Given.NAMES.contains(words[0]) || Given.OTHERS.contains(name)
					|| EntityTagger.commonWord(words[0]) || FUNCTION.contains(words[0].toLowerCase(Locale.ROOT))
					|| NameRun.isParticle(words[0].toLowerCase(Locale.ROOT)) || !standsAlone(t, begin, m.end()) || !personLike(words)) {
				continue;
			}
			String key = PersonNames.spelling(name.replace('-', ' ').replace("\u2019", "'"));
			DocActor a = read.computeIfAbsent(key, k -> actors.actor(name, ActorKind.PERSON, "", 0.5));
			actors.mention(a, begin, end); // "Jaish al Adl" after "Jaish al-Adl": one name
			Mechanisms.fired("actors.givenNames", 1);
			lastNames(t, words[words.length - 1], end, a, actors);
		}
	}

	/** "Yevdokimov said" after "Mikhail Yevdokimov": lone later uses of the last name. */
	private static void lastNames(String t, String last, int from, DocActor a, DocActors actors) {
		if (last.length() < 4 || last.endsWith("'s") || last.endsWith("\u2019s")) {
			return;
		}
		for (int i : TextCursor.of(t).wholeWords(last, from)) {
			int e = i + last.length();
			if (standsAlone(t, i, e) && !actors.overlaps(i, e)) {
				actors.mention(a, i, e);
			}
		}
	}

	/** No capitalised word, "the" or digit right before, no capitalised word right after. */
	private static boolean standsAlone(String t, int begin, int end) {
		if (begin >= 2 && t.charAt(begin - 1) == ' ') {
			int p = begin - 1;
			while (p > 0 && !Character.isWhitespace(t.charAt(p - 1))) {
				p--;
			}
			String prev = t.substring(p, begin - 1);
			if (!prev.isEmpty() && (Character.isUpperCase(prev.charAt(0)) || Character.isDigit(prev.charAt(0)))
					&& Character.isLetterOrDigit(prev.charAt(prev.length() - 1)) || prev.equalsIgnoreCase("the")) {
				return false;
			}
		}
		return !(end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1)));
	}

	private boolean personLike(String[] words) {
		for (String w : words) {
			String bare = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
			if (bare.length() < 2 || Given.OTHERS.contains(bare) || BodyHeads.get().kindOf(bare) != null || data.placeHeads().containsKey(bare)
					|| whole(data.gazetteer().index().findAll(bare), bare)
					|| whole(data.countries().index().findAll(bare), bare)
					|| !data.titles().index().findAll(bare).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static boolean whole(List<? extends org.sourcebench.extract.data.PhraseIndex.Match<?>> ms,
			String w) {
		return ms.stream().anyMatch(x -> x.begin() == 0 && x.end() == w.length());
	}

	/**
	 * First words of two or more people's names in the tagger's gazetteer, and its names of places and bodies (whole
	 * names, and the words of one-word place names); read once per JVM.
	 */
	private static final class Given {
		static final Set<String> NAMES = new HashSet<>();
		static final Set<String> OTHERS = new HashSet<>();

		static {
			read();
		}

		private static void read() {
			Map<String, Integer> firsts = new HashMap<>();
			try (InputStream raw = GivenNames.class.getClassLoader().getResourceAsStream(GAZETTEER)) {
				if (raw == null) {
					throw new IllegalStateException(GAZETTEER + " is not on the class path of org.sourcebench.extract");
				}
				BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					if (line.startsWith("#") || line.startsWith("ROLE\t") || line.indexOf('\t') < 0) {
						continue;
					}
					if (!line.startsWith("PERSON\t")) {
						OTHERS.add(line.substring(line.indexOf('\t') + 1).trim());
						continue;
					}
					String[] w = line.substring(7).trim().split(" ");
					if (w.length >= 2) {
						firsts.merge(w[0], 1, Integer::sum);
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read " + GAZETTEER, e);
			}
			firsts.forEach((w, n) -> {
				if (n >= 2) {
					NAMES.add(w);
				}
			});
		}
	}
}
