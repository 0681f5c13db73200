package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.LexiconActor;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.data.Title;
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
			if (dateWord(w)) {
				return false;
			}
		}
		Covering at = Covering.at(data, t, b);
		return at.countries().isEmpty() && at.places().isEmpty() && at.titles().isEmpty()
				&& at.actors().stream().allMatch(l -> l.value().kind() == ActorKind.MEDIA)
				&& !data.placeHeads().containsKey(NameRun.lastWord(name));
	}

	/** A weekday (actor-words.tsv date-word) or a month, whole or cut ("Sept.", "Dec"): no outlet's name word. */
	static boolean dateWord(String w) {
		String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
		return ActorWords.get().is("date-word", w)
				|| lower.length() >= 3 && MONTHS.stream().anyMatch(month -> month.startsWith(lower));
	}

	/**
	 * The countries, places, titles and lexicon actors of the data whose names begin at an offset: what an outlet's
	 * name must not be. The lists are mutable, for the caller's own filtering.
	 */
	record Covering(List<PhraseIndex.Match<CountryTable.Form>> countries, List<PhraseIndex.Match<Place>> places,
			List<PhraseIndex.Match<Title>> titles, List<PhraseIndex.Match<LexiconActor>> actors) {

		static Covering at(ExtractionData data, String t, int b) {
			Covering c = new Covering(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			data.countries().index().matchAt(t, b, c.countries());
			data.gazetteer().index().matchAt(t, b, c.places());
			data.titles().index().matchAt(t, b, c.titles());
			data.actors().index().matchAt(t, b, c.actors());
			return c;
		}
	}

	private static final java.util.Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
			.map(m -> m.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
