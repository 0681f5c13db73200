package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.ActorKinds;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Bodies named by a lowercase noun phrase after their owner ({@code data/owned-bodies.tsv}): "Ukraine's presidential
 * office", "Kremlin press service", "Netanyahu's office", "his security cabinet", "the presidential office". Runs
 * once the named actors are known, because the owner may be any of them. Immutable; safe to share.
 */
final class OwnedBodyFinder {

	private record Body(String canonical, ActorKind kind, boolean needsPerson, boolean ownerless) {
	}

	private final PhraseIndex<Body> index = new PhraseIndex<>();
	private final CountryTable countries;
	private final CountryModifier modifier;
	private final org.sourcebench.extract.data.TitleTable titles;

	OwnedBodyFinder(CountryTable countries, CountryModifier modifier, org.sourcebench.extract.data.TitleTable titles) {
		this.countries = countries;
		this.modifier = modifier;
		this.titles = titles;
		for (String[] r : DataFile.rows("owned-bodies.tsv", 4)) {
			String owner = r[3].trim();
			index.add(r[0].trim(), new Body(r[2].trim(), ActorKinds.fromId(r[1].trim()), owner.equals("person"),
					owner.equals("any")), false);
		}
		index.freeze();
	}

	void find(String t, DocActors actors) {
		for (PhraseIndex.Match<Body> m : index.findAll(t)) {
			Body body = m.value();
			if (actors.at(m.begin()) != null || Character.isUpperCase(t.charAt(m.begin())) && m.begin() > 0
					&& t.charAt(m.begin() - 1) == ' ' && !TextCursor.of(t).sentenceStart(m.begin())
					|| m.end() < t.length() && Character.isLetter(t.charAt(m.end()))) {
				continue; // capitalised inside a sentence: part of a name ("Presidential Office of ...")
			}
			if (nextIsNoun(t, m.end())) {
				continue;
			}
			if (body.needsPerson() && officeOfATitledPerson(t, m, actors)) {
				continue;
			}
			CountryModifier.Found mod = modifier.before(t, m.begin());
			ActorMention owner = ownerBefore(t, m.begin(), actors);
			String pronoun = TextCursor.of(t).previousWord(m.begin());
			DocActor a;
			int begin = m.begin();
			if (owner != null && (owner.actor().kind() != ActorKind.STATE || mod == null)) {
				DocActor o = owner.actor();
				if (body.needsPerson() && o.kind() != ActorKind.PERSON) {
					continue;
				}
				Country c = countries.byIso(o.iso());
				String name = o.kind() == ActorKind.STATE && c != null ? c.adjective() + " " + body.canonical()
						: o.kind() == ActorKind.PERSON ? t.substring(owner.begin(), m.end())
						: o.name() + " " + body.canonical();
				a = actors.actor(name, body.kind(), o.iso(), 0.6);
				begin = owner.begin();
				actors.remove(owner);
			} else if (mod != null && !body.needsPerson()) {
				Country c = mod.country();
				a = actors.actor(c.adjective() + " " + body.canonical(), body.kind(), c.iso(), 0.65);
				begin = mod.begin();
				for (ActorMention prior : actors.within(mod.begin(), m.begin())) {
					actors.remove(prior);
				}
			} else if ((pronoun.equals("his") || pronoun.equals("her")) && !body.needsPerson()) {
				ActorMention p = actors.lastBefore(m.begin(), x -> x.kind() == ActorKind.PERSON);
				Country c = p == null ? null : countries.byIso(p.actor().iso());
				if (c == null) {
					continue;
				}
				a = actors.actor(c.adjective() + " " + body.canonical(), body.kind(), c.iso(), 0.55);
			} else if (pronoun.equals("the") && body.ownerless()) {
				a = existing(actors, body.canonical());
				if (a == null) {
					a = actors.actor(body.canonical(), body.kind(), "", 0.5);
				}
			} else if (pronoun.equals("and") && body.ownerless() && conjunctBefore(t, m.begin(), actors) != null) {
				DocActor other = conjunctBefore(t, m.begin(), actors).actor(); // "the military and special services"
				Country c = countries.byIso(other.iso());
				a = c == null ? actors.actor(body.canonical(), body.kind(), "", 0.5)
						: actors.actor(c.adjective() + " " + body.canonical(), body.kind(), c.iso(), 0.5);
			} else {
				continue;
			}
			actors.mention(a, begin, m.end());
		}
	}

	/**
	 * "the office of Israeli Prime Minister Dan Levi": an office after "of", an optional nationality, a title and a
	 * named person is that office holder's office ("Israeli Prime Minister's Office"; without a nationality "Dan
	 * Levi's office"). The office word is its mention in the text, the whole phrase one of its names; the person stays
	 * an actor of his own. Returns whether it named one.
	 */
	private boolean officeOfATitledPerson(String t, PhraseIndex.Match<Body> m, DocActors actors) {
		if (!t.startsWith(" of ", m.end()) || !TextCursor.of(t).previousWord(m.begin()).equals("the")) {
			return false;
		}
		int p = m.end() + 4;
		Country country = null;
		List<PhraseIndex.Match<CountryTable.Form>> cs = new java.util.ArrayList<>();
		countries.index().matchAt(t, p, cs);
		for (PhraseIndex.Match<CountryTable.Form> c : cs) {
			if (c.value().type() == CountryTable.FormType.ADJECTIVE && t.startsWith(" ", c.end())) {
				country = c.value().country();
				p = c.end() + 1;
				break;
			}
		}
		List<PhraseIndex.Match<org.sourcebench.extract.data.Title>> ts = new java.util.ArrayList<>();
		titles.index().matchAt(t, p, ts);
		int titleEnd = -1;
		for (PhraseIndex.Match<org.sourcebench.extract.data.Title> ti : ts) {
			if (t.startsWith(" ", ti.end()) && Character.isUpperCase(t.charAt(p))) {
				titleEnd = Math.max(titleEnd, ti.end());
			}
		}
		ActorMention person = titleEnd < 0 ? null : actors.at(titleEnd + 1);
		if (person == null || person.begin() != titleEnd + 1 || person.actor().kind() != ActorKind.PERSON) {
			return false;
		}
		String name = country != null ? country.adjective() + " " + t.substring(p, titleEnd) + "'s Office"
				: person.actor().name() + "'s office";
		DocActor a = actors.actor(name, ActorKind.GOVERNMENT, country != null ? country.iso() : person.actor().iso(),
				0.6);
		actors.mention(a, m.begin(), m.end());
		a.spans().add(new int[] {m.begin(), person.end()});
		return true;
	}

	/** The actor of the same body named earlier with its owner ("Ukrainian presidential office"), or null. */
	private static DocActor existing(DocActors actors, String canonical) {
		for (DocActor a : actors.actors()) {
			if (a.name().endsWith(" " + canonical)) {
				return a;
			}
		}
		return null;
	}

	/** The actor mention right before {@code begin}, joined by "'s" or a space ("Kremlin press service"). */
	private static ActorMention ownerBefore(String t, int begin, DocActors actors) {
		if (begin == 0 || t.charAt(begin - 1) != ' ') {
			return null;
		}
		int owner = TextCursor.of(t).possessiveOwnerEnd(begin);
		int e = owner >= 0 ? owner : begin - 1;
		ActorMention m = e > 0 ? actors.at(e - 1) : null;
		return m != null && m.end() == e ? m : null;
	}

	/** The actor mention before " and " that starts the coordination ending at {@code begin}. */
	private static ActorMention conjunctBefore(String t, int begin, DocActors actors) {
		int and = t.lastIndexOf(" and ", begin);
		if (and < 1 || and + 5 != begin) {
			return null;
		}
		ActorMention m = actors.at(and - 1);
		return m != null && m.end() == and && !m.actor().iso().isEmpty() ? m : null;
	}

	/** "the press service chief": the phrase modifies a following lowercase noun (a rough check: "chief", "head"). */
	private static boolean nextIsNoun(String t, int end) {
		String next = TextCursor.of(t).nextWord(end);
		return end < t.length() && t.charAt(end) == ' ' && ActorWords.get().is("staff", next);
	}

}
