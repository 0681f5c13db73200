package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.LexiconActor;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.model.ActorKind;

/**
 * A lone word written with a capital inside it ("ExxonMobil", "AsiaPlus") names a company, a platform or an outlet,
 * never a person or a place (mechanism actors.brandNames): a word of at least five letters, apart from other
 * capitalised words, no "Mc"/"Mac" family name, no lexicon actor, and not the last word of a longer name of the
 * text ("Paul LaCamera"). Immutable; safe to share.
 */
final class BrandNames {

	private static final Pattern BRAND = Pattern.compile(
			"(?<![\\p{L}\\d'’-])(?<!\\p{Lu}[\\p{L}.]{0,20} )(\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*)(?![\\p{L}\\d'’-])(?! \\p{Lu})");
	private static final int PRIORITY = 7;

	private final ExtractionData data;

	BrandNames(ExtractionData data) {
		this.data = data;
	}

	void find(String t, List<Candidate> out) {
		if (!Mechanisms.on("actors.brandNames")) {
			return;
		}
		Matcher m = BRAND.matcher(t);
		while (m.find()) {
			String w = m.group(1);
			int b = m.start(1);
			int e = m.end(1);
			if (w.length() < 5 || w.startsWith("Mc") || w.startsWith("Mac") || family(t, w)) {
				continue;
			}
			List<PhraseIndex.Match<LexiconActor>> ls = new ArrayList<>();
			data.actors().index().matchAt(t, b, ls);
			if (!ls.isEmpty()) {
				continue;
			}
			Mechanisms.fired("actors.brandNames", 1);
			out.add(new Candidate(b, e, PRIORITY, actors -> actors.mention(actors.actor(w, ActorKind.COMPANY, "",
					0.6), b, e)));
		}
	}

	private static boolean family(String t, String w) {
		return Pattern.compile("\\p{Lu}[\\p{L}'’-]+ " + Pattern.quote(w) + "(?![\\p{L}\\d])").matcher(t).find();
	}
}
