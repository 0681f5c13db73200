package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.EntityTagger;
import org.sourcebench.model.ActorKind;

/**
 * Repairs of a second actor made for one (the twenty-ninth session's split audit): a name read with a word or a
 * character too many, and a spelling of one actor read as an actor of its own. Runs at the end of the parse readers, after {@link NameEdges}. Stateless.
 * <ul>
 * <li>{@code actors.domainNames}: a person's name read together with the portfolio or country of the title before
 * it ("EU Commissioner for Enlargement Marta Kos", "Undersecretary for Foreign Policy Marcia Levaggi", "Special Envoy
 * to Sudan Tom Perriello", "The President of DR Congo Felix Tshisekedi") loses its leading common words and country
 * names: after a capitalised word, "for", "to" or "of" and the capitalised words of the portfolio, the name starts at
 * the first word that is no common word or country; two capitalised words at least stay.</li>
 * <li>{@code actors.punctuatedTwins}: a name read with a comma, quote or full stop at its end ("Albin Kurti,",
 * "Solomon Islands’", "Tornike K." beside "Tornike K") is the actor of the name without it.</li>
 * <li>{@code actors.mentionTwins}: an actor, no state, whose every spelling is also a spelling of one other actor that
 * has more ("UKMTO" read as an outlet beside "United Kingdom Maritime Trade Operations (UKMTO)", "The AA" beside
 * "the Arakan Army (AA)") is that actor.</li>
 * </ul>
 * The shortened mention joins the actor of that name or another mention of which is written the same way; otherwise an
 * actor of the shortened name, of the same kind.
 */
final class NameTrims {

	/** A capitalised word. */
	private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
	/** The text before a person's name: a capitalised word, "for"/"to"/"of", the portfolio's capitalised words. */
	private static final Pattern DOMAIN_BEFORE = Pattern.compile(
			WORD + " (?:for|to|of|For|To|Of) (?:the )?((?:(?:" + WORD + "|and|&) ){0,4})$");
	private static final Pattern TRAILING = Pattern.compile("^(.*\\p{L})[,.'\u2019\"\u201d]+$");

	private NameTrims() {
	}

	static void fix(String t, DocActors actors, ExtractionData data) {
		if (Mechanisms.on("actors.domainNames")) {
			domainNames(t, actors, data);
		}
		if (Mechanisms.on("actors.punctuatedTwins")) {
			punctuatedTwins(t, actors);
		}
		if (Mechanisms.on("actors.mentionTwins")) {
			mentionTwins(t, actors);
		}
	}

	/**
	 * An actor (no state) every mention of which is written, elsewhere in the document, as a mention of one other
	 * actor that has more spellings, its own name among them ("UKMTO" beside "United Kingdom Maritime Trade Operations
	 * (UKMTO)", "AA" beside "the Arakan Army (AA)"), is that actor.
	 */
	private static void mentionTwins(String t, DocActors actors) {
		for (DocActor x : actors.actors()) {
			if (x.kind() == ActorKind.STATE || DocActor.isUnnamed(x.name()) || x.spans().isEmpty()) {
				continue;
			}
			java.util.Set<String> xs = written(t, x);
			if (!xs.contains(x.name().toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			DocActor into = null;
			for (DocActor y : actors.actors()) {
				if (y == x || y.spans().isEmpty() || DocActor.isUnnamed(y.name())) {
					continue;
				}
				java.util.Set<String> ys = written(t, y);
				if (ys.size() > xs.size() && ys.containsAll(xs)) {
					if (into != null) {
						into = null;
						break;
					}
					into = y;
				}
			}
			if (into != null) {
				actors.absorb(x, into);
				Mechanisms.fired("actors.mentionTwins", 1);
			}
		}
	}

	/** The lower-cased spellings of an actor's mentions, without a leading "the". */
	private static java.util.Set<String> written(String t, DocActor a) {
		java.util.Set<String> out = new java.util.HashSet<>();
		for (int[] s : a.spans()) {
			String w = t.substring(s[0], s[1]).toLowerCase(java.util.Locale.ROOT);
			out.add(w.startsWith("the ") ? w.substring(4) : w);
		}
		return out;
	}

	private static void domainNames(String t, DocActors actors, ExtractionData data) {
		for (ActorMention m : List.copyOf(actors.mentions())) {
			DocActor a = m.actor();
			if (!actors.mentions().contains(m) || a.kind() != ActorKind.PERSON || DocActor.isUnnamed(a.name())) {
				continue;
			}
			String text = t.substring(m.begin(), m.end());
			String[] w = text.split(" ");
			if (w.length < 3) {
				continue;
			}
			Matcher before = DOMAIN_BEFORE.matcher(t.substring(Math.max(0, m.begin() - 80), m.begin()));
			if (!before.find()) {
				continue;
			}
			int b = m.begin();
			int k = 0;
			while (w.length - k > 2) {
				int country = countryEnd(t, b, data);
				if (country > b && country < m.end() && t.charAt(country) == ' ') {
					k += t.substring(b, country).split(" ").length;
					b = country + 1;
					continue;
				}
				if (w[k].equals("and") || EntityTagger.commonWord(w[k]) && !EntityTagger.personNameWord(w[k])) {
					b += w[k].length() + 1;
					k++;
					continue;
				}
				break;
			}
			if (k == 0 || w.length - k < 2 || !Character.isUpperCase(t.charAt(b))
					|| EntityTagger.commonWord(w[k]) && !EntityTagger.personNameWord(w[k])) {
				continue;
			}
			move(t, actors, m, b, m.end());
			Mechanisms.fired("actors.domainNames", 1);
		}
	}

	/** The end of a country's name or capital (not its adjective) written at {@code at}, or -1. */
	private static int countryEnd(String t, int at, ExtractionData data) {
		List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
		data.countries().index().matchAt(t, at, cs);
		int end = -1;
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			if (c.value().type() != CountryTable.FormType.ADJECTIVE) {
				end = Math.max(end, c.end());
			}
		}
		return end;
	}

	private static void punctuatedTwins(String t, DocActors actors) {
		Map<ActorMention, Integer> ends = new LinkedHashMap<>();
		for (ActorMention m : actors.mentions()) {
			String text = t.substring(m.begin(), m.end());
			Matcher x = TRAILING.matcher(text);
			if (!x.matches() || DocActor.isUnnamed(m.actor().name())) {
				continue;
			}
			String shorter = x.group(1);
			boolean full = text.endsWith(".");
			if (full && holder(t, actors, shorter, m.actor()) == null) {
				continue; // "Luis Díaz Sr.": the full stop stays unless the name is also written without it
			}
			ends.put(m, m.begin() + shorter.length());
		}
		for (Map.Entry<ActorMention, Integer> e : ends.entrySet()) {
			if (!actors.mentions().contains(e.getKey())) {
				continue;
			}
			move(t, actors, e.getKey(), e.getKey().begin(), e.getValue());
			Mechanisms.fired("actors.punctuatedTwins", 1);
		}
	}

	/**
	 * Makes {@code [b, e)} a mention in place of {@code m}: of the actor of that name or another mention of which is
	 * written so, else of a new actor of that name when the mention's text was the actor's name, else of its actor.
	 */
	private static void move(String t, DocActors actors, ActorMention m, int b, int e) {
		DocActor from = m.actor();
		String text = t.substring(m.begin(), m.end());
		String shorter = t.substring(b, e);
		DocActor into = holder(t, actors, shorter, from);
		if (into == null) {
			into = from.name().equals(text) ? actors.actor(shorter, from.kind(), from.iso(), from.confidence()) : from;
		}
		actors.remove(m);
		actors.mention(into, b, e);
		if (into != from && from.name().equals(text)) {
			// the actor of the long name: its other mentions written the same way, or inside the cut words, go too
			for (ActorMention o : List.copyOf(actors.mentions())) {
				if (o.actor() != from) {
					continue;
				}
				String written = t.substring(o.begin(), o.end());
				if (written.equals(text)) {
					actors.remove(o);
					actors.mention(into, o.begin() + (b - m.begin()), o.end() - (m.end() - e));
				} else if (text.startsWith(written + " ") && b > m.begin() && written.length() < b - m.begin()) {
					actors.remove(o);
				}
			}
			actors.absorb(from, into); // its other mentions ("UAE Minister") were read as the same person
		}
	}

	/** The actor other than {@code not} of that name (with a mention), or one of whose mentions is written so. */
	private static DocActor holder(String t, DocActors actors, String name, DocActor not) {
		DocActor named = actors.byName(name);
		if (named != null && named != not && !named.spans().isEmpty()) {
			return named;
		}
		for (ActorMention o : actors.mentions()) {
			if (o.actor() != not && o.end() - o.begin() == name.length() && t.startsWith(name, o.begin())) {
				return o.actor();
			}
		}
		return null;
	}
}
