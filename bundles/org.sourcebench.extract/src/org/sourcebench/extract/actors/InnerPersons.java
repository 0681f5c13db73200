package org.sourcebench.extract.actors;

import java.util.List;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * A person named inside another actor's mention is an actor of its own (mechanism {@value #NAME}): a run of two or
 * more tokens the entity tagger marks PERSON that lies strictly inside the mention of a body or a described person
 * and owns it or closes it — "Mahmoud Abbas’s office", "Elena Lasconi of the Save Romania Union party", "spokesperson
 * for Australian Foreign Minister Penny Wong" — becomes a person with that span (GUIDELINES.md: every person the
 * text names is an actor). The longer mention keeps its actor; the person speaks no claim and ends no relation (its
 * span is no mention the claim and relation readers look up). A person the document already has is left alone. Runs
 * last, after the learned actor filter. Stateless.
 */
public final class InnerPersons {

	/** The switch. */
	public static final String NAME = "actors.inner-persons";
	/** The confidence of a person read inside another mention. */
	private static final double CONFIDENCE = 0.5;

	private InnerPersons() {
	}

	/** Adds the persons named inside other actors' mentions to {@code actors} (with the switch on). */
	public static void read(String body, List<ParsedSentence> sentences, DocActors actors, ExtractionData data) {
		if (!Mechanisms.on(NAME) || sentences == null) {
			return;
		}
		int n = 0;
		for (ParsedSentence s : sentences) {
			for (int i = 0; i < s.size(); i++) {
				if (!"PERSON".equals(s.entity(i))) {
					continue;
				}
				int j = i;
				while (j + 1 < s.size() && "PERSON".equals(s.entity(j + 1))) {
					j++;
				}
				int begin = s.start(i);
				int end = s.end(j);
				boolean run = j > i;
				i = j;
				if (run && inside(body, begin, end, actors, data)) {
					DocActor a = actors.actor(body.substring(begin, end), ActorKind.PERSON, "", CONFIDENCE);
					a.spans().add(new int[] {begin, end});
					n++;
				}
			}
		}
		Mechanisms.fired(NAME, n);
	}

	/**
	 * Whether {@code [begin, end)} is a name of capitalised words strictly inside one mention of an actor other than
	 * a person of that name, owning it (a possessive or "of" follows) or closing it, and no actor has that name.
	 */
	private static boolean inside(String body, int begin, int end, DocActors actors, ExtractionData data) {
		String name = body.substring(begin, end);
		DocActor known = actors.byName(name);
		if (begin > 0 && body.charAt(begin - 1) != ' ' || !written(name, data)
				|| known != null && !known.spans().isEmpty()) {
			return false; // an actor of that name the readers merged into the longer one has no span left
		}
		ActorMention holder = null;
		for (ActorMention m : actors.mentions()) {
			if (m.begin() < end && begin < m.end()) {
				if (holder != null || m.begin() > begin || m.end() < end || m.end() - m.begin() == end - begin) {
					return false;
				}
				holder = m;
			}
		}
		DocActor person = actors.person(name);
		if (holder == null || person != null && person != holder.actor() && !person.spans().isEmpty()
				|| holder.actor().kind() == ActorKind.PERSON && holder.actor().name().endsWith(name)
						&& !holder.actor().name().startsWith("unnamed ")) {
			return false; // "President Mahmoud Abbas" is a mention of the person, not a holder
		}
		String after = body.substring(end, holder.end());
		if (after.isEmpty()) { // "spokesperson for Australian Foreign Minister Penny Wong": a title before it
			String before = TextCursor.of(body).previousWord(begin);
			return !before.isEmpty() && !data.titles().index().findAll(before).isEmpty();
		}
		boolean owner = (after.startsWith("’s ") || after.startsWith("'s ")) && after.length() > 3
				&& Character.isLowerCase(after.charAt(3)); // "Radio Liberty’s Kyrgyz Service" is a body's part
		return owner || after.startsWith(" of ");
	}

	/**
	 * Two or more words, each opening with a capital letter or a name particle ("Moqtada al-Sadr"), none of them a
	 * body head, a place, a country or a title ("Tehreek-e-Taliban Pakistan").
	 */
	private static boolean written(String name, ExtractionData data) {
		String[] ws = name.split(" ");
		if (ws.length < 2 || !Character.isUpperCase(name.charAt(0))) {
			return false;
		}
		for (String w : ws) {
			if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !NameRun.isParticle(w)
					|| BodyHeads.get().kindOf(w) != null || data.placeHeads().containsKey(w) || data.namesPlace(w)
					|| !data.countries().index().findAll(w).isEmpty() || !data.titles().index().findAll(w).isEmpty()) {
				return false;
			}
		}
		return true;
	}
}
