package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Document-level entity resolution of definite descriptions, once every reader has found its actors and before
 * claims and relations are read: a noun phrase "the" + modifiers + a head of {@code entity-heads.tsv} ("the
 * government", "the group", "the ministry", "the militia") that no reader resolved is scored against every actor of
 * the document named before it whose kind the head can denote, as a human reader would decide it:
 * <ul>
 * <li><b>kind</b> (hard): the head's kinds (DECISIONS A-rules: "the government" the state, "the junta" the armed
 * forces, "the rebels" an armed group); a country adjective among the modifiers ("the Sudanese army") must be the
 * candidate's country;</li>
 * <li><b>sense</b>: the head word is the head of the candidate's name ("the ministry" → "Defence Ministry");</li>
 * <li><b>primary kind</b>: the candidate has the head's first kind;</li>
 * <li><b>recency</b>: sentences back to the candidate's last mention;</li>
 * <li><b>salience</b>: the log of its mentions before the description;</li>
 * <li><b>parallelism</b>: the candidate's last mention and the description are both subjects or both not.</li>
 * </ul>
 * The weights were chosen on the study half's gold (gold actor mentions list the descriptions that denote the
 * actor). The best candidate is taken when its score reaches {@link #FLOOR} and leads the next by {@link #MARGIN};
 * the description becomes a mention of it (without "the", as gold writes mentions), so the claim and relation
 * readers read it as any other mention. Mechanism {@code entity.resolver}; its classes (state, forces, group, body)
 * are switched as {@code entity.state}, {@code entity.forces}, {@code entity.group}, {@code entity.body}. Immutable and
 * safe to share.
 */
public final class EntityResolver {

	/** A head noun: its kinds (first the primary), switch class and sense word. */
	private record Head(List<ActorKind> kinds, String cls, String sense) {
	}

	private static final Map<String, Head> HEADS = load();

	/** The weights (sense, primary kind, recency, salience, parallelism, floor, margin); a variant by property. */
	private static final double[] W = weights(System.getProperty("sourcebench.entity.weights",
			"3,1,0.25,0.5,0.5,-1,0.5,0.5"));
	static final double SENSE = W[0];
	static final double PRIMARY = W[1];
	static final double RECENCY = W[2];
	static final double SALIENCE = W[3];
	static final double PARALLEL = W[4];
	static final double FLOOR = W[5];
	static final double MARGIN = W[6];
	static final double TOPIC = W.length > 7 ? W[7] : 0;

	private static double[] weights(String list) {
		String[] f = list.split(",");
		double[] w = new double[f.length];
		for (int i = 0; i < f.length; i++) {
			w[i] = Double.parseDouble(f[i].trim());
		}
		return w;
	}
	/** The furthest back (sentences) a candidate's last mention may be. */
	static final int BACK = 6;

	/** Debug trace of the scored descriptions (one line each), when {@code sourcebench.entity.trace} is set. */
	public static final List<String> TRACE = Boolean.getBoolean("sourcebench.entity.trace") ? new ArrayList<>() : null;

	private final ExtractionData data;

	public EntityResolver(ExtractionData data) {
		this.data = data;
	}

	private static Map<String, Head> load() {
		Map<String, Head> out = new HashMap<>();
		for (String[] r : DataFile.rows("entity-heads.tsv", 4)) {
			List<ActorKind> kinds = new ArrayList<>();
			DataFile.list(r[1]).forEach(k -> kinds.add(ActorKind.valueOf(k.trim())));
			out.put(r[0].trim(), new Head(List.copyOf(kinds), r[2].trim(), DataFile.cell(r, 3).trim()));
		}
		return Map.copyOf(out);
	}

	/** A candidate's features for one description. */
	record Features(DocActor actor, boolean sense, boolean primary, int back, int count, boolean parallel,
			int total, int topic) {
		double score() {
			return (sense ? SENSE : 0) + (primary ? PRIMARY : 0) - RECENCY * back + SALIENCE * Math.log(1 + total)
					+ (parallel ? PARALLEL : 0) + TOPIC * Math.log(1 + topic);
		}

		String trace() {
			return actor.name() + "|" + actor.kind() + "|" + (sense ? 1 : 0) + "|" + (primary ? 1 : 0) + "|" + back
					+ "|" + count + "|" + (parallel ? 1 : 0) + "|" + total + "|" + topic;
		}
	}

	/** Resolves the unresolved definite descriptions of one document (sentences in text order) to its actors. */
	public void resolve(String body, List<ParsedSentence> sentences, DocActors actors) {
		if (!Mechanisms.on("entity.resolver") || sentences.isEmpty()) {
			return;
		}
		List<ActorMention> before = List.copyOf(actors.mentions());
		int[] starts = new int[sentences.size()];
		for (int i = 0; i < sentences.size(); i++) {
			starts[i] = sentences.get(i).size() == 0 ? (i == 0 ? 0 : starts[i - 1]) : sentences.get(i).start(0);
		}
		Map<String, Integer> topic = new HashMap<>(); // country ISO -> its names, adjectives and capitals in the text
		for (var f : data.countries().index().findAll(body)) {
			topic.merge(f.value().country().iso(), 1, Integer::sum);
		}
		List<int[]> adds = new ArrayList<>();
		List<DocActor> targets = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			ParsedSentence s = sentences.get(i);
			for (int h = 0; h < s.size(); h++) {
				Head head = HEADS.get(lower(s.word(h)));
				if (head == null || !s.pos(h).equals("NOUN") || !Mechanisms.on("entity." + head.cls())) {
					continue;
				}
				int first = phraseStart(s, h);
				if (first < 0 || actors.overlaps(s.start(first), s.end(h))) {
					continue;
				}
				String iso = countryModifier(body, s, first, h);
				if ("?".equals(iso)) {
					continue;
				}
				boolean subject = s.deprel(h).startsWith("nsubj");
				List<Features> cands = candidates(s, h, i, first, head, iso, subject, before, sentences, starts,
						topic);
				Features best = null;
				Features second = null;
				for (Features f : cands) {
					if (best == null || f.score() > best.score()) {
						second = best;
						best = f;
					} else if (second == null || f.score() > second.score()) {
						second = f;
					}
				}
				if (TRACE != null && !cands.isEmpty()) {
					StringBuilder b = new StringBuilder();
					b.append(s.start(first)).append('\t').append(s.end(h)).append('\t')
							.append(body, s.start(first), s.end(h)).append('\t').append(head.cls());
					cands.forEach(f -> b.append('\t').append(f.trace()));
					TRACE.add(b.toString());
				}
				if (best != null && best.score() >= FLOOR
						&& (second == null || best.score() - second.score() >= MARGIN)) {
					adds.add(new int[] {s.start(first), s.end(h)});
					targets.add(best.actor());
				}
			}
		}
		for (int k = 0; k < adds.size(); k++) {
			actors.mention(targets.get(k), adds.get(k)[0], adds.get(k)[1]);
			Mechanisms.fired("entity.resolver", 1);
		}
	}

	/**
	 * The first token after "the" of the description headed by {@code h}: "the" a determiner of {@code h}, every
	 * token between it and {@code h} a lowercase modifier inside {@code h}'s phrase or a country adjective; -1 when
	 * {@code h} is no such head (a possessor "Russia's army", a noun modifier "government forces", an of-phrase or
	 * apposition that names the referent, a counted group "two groups").
	 */
	private static int phraseStart(ParsedSentence s, int h) {
		String rel = s.deprel(h);
		if (rel.equals("compound") || rel.equals("amod") || rel.equals("flat") || rel.startsWith("appos")
				|| !s.children(h, "nmod:poss").isEmpty() || !s.children(h, "nummod").isEmpty()
				|| !s.children(h, "appos").isEmpty() || !s.children(h, "flat").isEmpty()
				|| !s.children(h, "nmod").isEmpty()) {
			return -1;
		}
		int det = -1;
		for (int d : s.children(h, "det")) {
			if (d < h && lower(s.word(d)).equals("the")) {
				det = d;
			}
		}
		if (det < 0) {
			return -1;
		}
		for (int k = det + 1; k < h; k++) {
			if (!s.dominates(h, k) || s.word(k).indexOf('\'') >= 0 || s.word(k).indexOf('’') >= 0
					|| s.deprel(k).equals("compound") && s.pos(k).equals("NOUN")) {
				return -1; // a noun modifier narrows the head's sense ("resistance forces", "guerrilla group")
			}
		}
		return det + 1;
	}

	/**
	 * The ISO code of a country adjective among the modifiers between {@code first} and {@code h} ("the Sudanese
	 * army"), null with none, "?" when a capitalised modifier is no country adjective (a name: "the Wagner group").
	 */
	private String countryModifier(String body, ParsedSentence s, int first, int h) {
		String iso = null;
		for (int k = first; k < h; k++) {
			String w = s.word(k);
			if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
				continue;
			}
			List<PhraseIndex.Match<CountryTable.Form>> ms = new ArrayList<>();
			data.countries().index().matchAt(body, s.start(k), ms);
			String found = null;
			for (var m : ms) {
				if (m.end() == s.end(k) && m.value().type() == CountryTable.FormType.ADJECTIVE) {
					found = m.value().country().iso();
				}
			}
			if (found == null) {
				return "?";
			}
			iso = found;
		}
		return iso;
	}

	private static final Set<ActorKind> NEVER = EnumSet.of(ActorKind.PERSON, ActorKind.OTHER);

	private List<Features> candidates(ParsedSentence s, int h, int i, int first, Head head, String iso,
			boolean subject, List<ActorMention> mentions, List<ParsedSentence> sentences, int[] starts,
			Map<String, Integer> topic) {
		int at = s.start(first);
		Map<DocActor, int[]> seen = new HashMap<>(); // actor -> {count, last begin}
		for (ActorMention m : mentions) {
			if (m.end() > at) {
				break;
			}
			DocActor a = m.actor();
			if (NEVER.contains(a.kind()) || !head.kinds().contains(a.kind()) || iso != null && !iso.equals(a.iso())) {
				continue;
			}
			int[] c = seen.computeIfAbsent(a, x -> new int[2]);
			c[0]++;
			c[1] = m.begin();
		}
		List<Features> out = new ArrayList<>();
		for (Map.Entry<DocActor, int[]> e : seen.entrySet()) {
			DocActor a = e.getKey();
			int last = e.getValue()[1];
			int li = sentenceOf(starts, last);
			int back = i - li;
			if (back > BACK) {
				continue;
			}
			boolean par = false;
			ParsedSentence ls = sentences.get(li);
			for (int k = 0; k < ls.size(); k++) {
				if (ls.start(k) <= last && last < ls.end(k)) {
					int hk = k;
					ActorMention lm = null;
					for (ActorMention m : mentions) {
						if (m.begin() == last && m.actor() == a) {
							lm = m;
						}
					}
					if (lm != null) {
						int hh = ls.headOf(lm.begin(), lm.end());
						hk = hh >= 0 ? hh : k;
					}
					par = ls.deprel(hk).startsWith("nsubj") == subject;
					break;
				}
			}
			boolean sense = !head.sense().isEmpty()
					&& (" " + lower(a.name()) + " ").contains(" " + head.sense() + " ");
			if (!sense && head.cls().equals("body")) {
				continue; // "the ministry", "the council": a body whose name has that head
			}
			int total = 0;
			for (ActorMention m : mentions) {
				total += m.actor() == a ? 1 : 0;
			}
			out.add(new Features(a, sense, a.kind() == head.kinds().get(0), back, e.getValue()[0], par, total,
					topic.getOrDefault(a.iso(), 0)));
		}
		out.sort((x, y) -> x.actor().name().compareTo(y.actor().name()));
		return out;
	}

	private static int sentenceOf(int[] starts, int offset) {
		int i = 0;
		while (i + 1 < starts.length && starts[i + 1] <= offset) {
			i++;
		}
		return i;
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
