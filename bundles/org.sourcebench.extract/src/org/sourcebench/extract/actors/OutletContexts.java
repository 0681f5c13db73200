package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * News outlets and platforms no dictionary names, read from what only they do (mechanism actors.outletContexts): a
 * name after words of the class "outlet-before" of actor-words.tsv ("wrote on X", "a statement carried by KCNA", "told
 * DVB"; after "told" only an acronym, since a person is told things too) or before words of the class "outlet-after"
 * ("Caliber.Az reports, citing", "DMG was unable to contact"). A weekday, a month, a place, a country, a title or an
 * actor of the lexicon is no outlet. Immutable; safe to share.
 */
final class OutletContexts {

	/** A name word: capitalised ("Caliber.Az", "RFE/RL", "X") or an Arabic article before one ("al-Jazeera"). */
	private static final String WORD = "(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\d'’/-]*(?:\\.\\p{L}+)*";
	private static final Pattern BEFORE = Pattern.compile("\\b(" + ActorWords.get().alternation("outlet-before")
			+ ") (?:the )?(" + WORD + "(?:(?: | / )" + WORD + "){0,2})(?![\\p{L}\\d])");
	private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}\\d])(" + WORD + "(?: " + WORD + "){0,2}),? (?:"
			+ ActorWords.get().alternation("outlet-after") + ")\\b");
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d/-]{1,6}(?: / \\p{Lu}{1,6})?");
	private static final int PRIORITY = 7;

	private final ExtractionData data;

	OutletContexts(ExtractionData data) {
		this.data = data;
	}

	void find(String t, List<Candidate> out) {
		if (!Mechanisms.on("actors.outletContexts")) {
			return;
		}
		Matcher m = BEFORE.matcher(t);
		while (m.find()) {
			boolean told = m.group(1).equals("told");
			if (told && !ACRONYM.matcher(m.group(2)).matches()) {
				continue;
			}
			add(t, m.start(2), m.end(2), out);
		}
		Matcher a = AFTER.matcher(t);
		while (a.find()) {
			int b = a.start(1);
			String first = t.substring(b, a.end(1)).split(" ")[0];
			if (ActorWords.get().is("opening", first) || first.equals("The")) {
				continue;
			}
			add(t, b, a.end(1), out);
		}
	}

	private void add(String t, int b, int e, List<Candidate> out) {
		String name = t.substring(b, e);
		if (!plausible(t, b, e, name)) {
			return;
		}
		Mechanisms.fired("actors.outletContexts", 1);
		out.add(new Candidate(b, e, PRIORITY, actors -> actors.mention(actors.actor(name, ActorKind.MEDIA, "", 0.6),
				b, e)));
	}

	/** Not a weekday, month, place, country, title or (other) actor of the lexicon. */
	private boolean plausible(String t, int b, int e, String name) {
		for (String w : name.split(" /? ?")) {
			String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
			if (ActorWords.get().is("date-word", w) || MONTHS.stream().anyMatch(
					month -> lower.length() >= 3 && month.startsWith(lower))) {
				return false;
			}
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, b, cs);
		List<PhraseIndex.Match<org.sourcebench.extract.data.Place>> ps = new ArrayList<>();
		data.gazetteer().index().matchAt(t, b, ps);
		List<PhraseIndex.Match<org.sourcebench.extract.data.Title>> ts = new ArrayList<>();
		data.titles().index().matchAt(t, b, ts);
		List<PhraseIndex.Match<org.sourcebench.extract.data.LexiconActor>> ls = new ArrayList<>();
		data.actors().index().matchAt(t, b, ls);
		return cs.isEmpty() && ps.isEmpty() && ts.isEmpty()
				&& ls.stream().allMatch(l -> l.value().kind() == ActorKind.MEDIA)
				&& !data.placeHeads().containsKey(NameRun.lastWord(name));
	}

	private static final java.util.Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
			.map(m -> m.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
