package org.sourcebench.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.relations.LearnedRoots;
import org.sourcebench.extract.relations.ModelFiles;
import org.sourcebench.extract.syntax.LinearModel;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * Learned document-level resolution of definite descriptions (switch {@code actors.learned-coref}): once the actor
 * readers have run and before the claim and relation readers look actors up by position, every definite description
 * no reader made a mention of — "the" with its adjective and compound modifiers before a common-noun head the model's
 * head list holds ("the government", "the Sudanese army", "the ruling junta", "the ministry") — is ranked against the
 * document's actors named before it, and becomes a mention of the best one when its "keep" score leads "drop" by more
 * than the margin. The readers then see the description as that actor (a relation's end, a claim's speaker), and the
 * export lists it among the actor's mentions.
 * <p>
 * A pair's features: the head, its modifiers and the anaphor's dependency relation, each with the actor's kind;
 * whether a nationality modifier names the actor's country (or another); whether the actor's name holds the head;
 * the actor's recency rank among the candidates (all, and of its kind), its mention-count rank (all, and of its kind,
 * "the most named state"), the sentences back to its last mention and whether that mention was a subject. Every
 * description is decided on the readers' mentions, before any is added (the model's inputs are those it was trained
 * on).
 * <p>
 * The model is {@code data/mention-coref22.tsv} (the text format of {@link LearnedRoots#parse}, outcomes {@code keep}
 * and {@code drop}, plus a {@code #heads} line: the description heads of the gold mentions it was trained on), trained
 * on the development gold's actor mentions by {@code releng/scripts/train-entity22.sh}
 * ({@code syntax.train.MentionCorefTrainer}); read once per JVM. {@code -Dsourcebench.coref.model=FILE} reads another
 * model, {@code -Dsourcebench.coref.margin=M} sets the margin; {@code -Dsourcebench.models=DIR} (the cross-validation's
 * fold models) is honoured as by the other learned components.
 */
public final class LearnedCoref {

	/** The switch. */
	public static final String NAME = "actors.learned-coref";
	/** The model's class-path entry. */
	public static final String MODEL = "data/mention-coref22.tsv";
	/**
	 * A description is linked when keep's score exceeds drop's by more than this: 8, the cross-validation's margins 2 to
	 * 8 giving about the same dev figures, and 8 the least at which the own articles keep their score (at 4 "the
	 * militants" of a quoted claim became Jaish al-Islam, two spurious relations).
	 */
	static final float MARGIN = Float.parseFloat(System.getProperty("sourcebench.coref.margin", "8"));
	/** The property naming another model file to read ({@link ModelFiles}). */
	public static final String MODEL_PROPERTY = "sourcebench.coref.model";
	private static final Set<String> MODIFIERS = Set.of("amod", "compound");
	private static final LearnedRoots.Dump DUMP = new LearnedRoots.Dump();

	private LearnedCoref() {
	}

	/** The model and its head list, read once. */
	private static final class Holder {
		static final LinearModel MODEL_INSTANCE = ModelFiles.read(MODEL, MODEL_PROPERTY);
		static final Set<String> HEADS = heads();
	}

	/** The trainer's dump (this thread's next extractions, null to stop): every pair as a row. */
	public static void dumpTo(LearnedRoots.Sink sink) {
		DUMP.to(sink);
	}

	/** Whether the trainer's dump is on for this thread. */
	private static boolean dumping() {
		return DUMP.sink() != null;
	}

	/** A description: its span, head token and features of its own. */
	private record Anaphor(int begin, int end, ParsedSentence sentence, int sentenceIndex, int head, String headWord,
			List<String> modifiers, String country, boolean bare) {
	}

	/**
	 * Links the document's unresolved definite descriptions to its actors (switch on), or dumps every pair (the
	 * trainer's dump: the switch off, nothing linked).
	 */
	public static void apply(String body, List<ParsedSentence> sentences, DocActors actors) {
		boolean dump = dumping();
		if (!dump && !Mechanisms.on(NAME) || sentences.isEmpty()) {
			return;
		}
		Set<String> heads = dump && DUMP_HEADS != null ? DUMP_HEADS : Holder.HEADS;
		List<Anaphor> anaphors = anaphors(body, sentences, actors, heads);
		if (anaphors.isEmpty()) {
			return;
		}
		List<ActorMention> mentions = new ArrayList<>(actors.mentions());
		Map<ActorMention, Integer> sentenceOf = new HashMap<>();
		Map<ActorMention, Boolean> subjectOf = new HashMap<>();
		int si = 0;
		for (ActorMention m : mentions) {
			while (si + 1 < sentences.size() && sentences.get(si + 1).start(0) <= m.begin()) {
				si++;
			}
			sentenceOf.put(m, si);
			ParsedSentence s = sentences.get(si);
			int h = s.headOf(m.begin(), m.end());
			subjectOf.put(m, h >= 0 && s.deprel(h).startsWith("nsubj"));
		}
		List<Object[]> links = new ArrayList<>();
		for (Anaphor d : anaphors) {
			// the actors named before the description: last mention, count
			Map<DocActor, ActorMention> last = new HashMap<>();
			Map<DocActor, Integer> count = new HashMap<>();
			List<DocActor> order = new ArrayList<>(); // by first mention
			for (ActorMention m : mentions) {
				if (m.end() > d.begin()) {
					break;
				}
				DocActor a = m.actor();
				if (DocActor.isUnnamed(a.name())) {
					continue;
				}
				if (!last.containsKey(a)) {
					order.add(a);
				}
				last.put(a, m);
				count.merge(a, 1, Integer::sum);
			}
			if (order.isEmpty()) {
				continue;
			}
			DocActor best = null;
			float bestLead = 0;
			for (DocActor a : order) {
				List<String> f = features(d, a, order, last, count, sentenceOf, subjectOf);
				if (dump) {
					DUMP.sink().accept(new LearnedRoots.Candidate(a.name(), body.substring(d.begin(), d.end()),
							d.begin(), d.end(), f));
					continue;
				}
				float lead = LearnedActorFilter.lead(Holder.MODEL_INSTANCE, f);
				if (best == null || lead < bestLead) {
					best = a;
					bestLead = lead;
				}
			}
			if (best != null && -bestLead > MARGIN) {
				links.add(new Object[] {best, d});
			}
		}
		for (Object[] l : links) {
			Anaphor d = (Anaphor) l[1];
			if (!actors.overlaps(d.begin(), d.end())) {
				actors.mention((DocActor) l[0], d.begin(), d.end());
				Mechanisms.fired(NAME, 1);
			}
		}
	}

	/** The head list of the trainer's dump ({@code -Dsourcebench.coref.heads=FILE}: one head a line), or null. */
	private static final Set<String> DUMP_HEADS = dumpHeads();

	private static Set<String> dumpHeads() {
		String f = System.getProperty("sourcebench.coref.heads");
		if (f == null) {
			return null;
		}
		try {
			Set<String> out = new HashSet<>();
			for (String l : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
				if (!l.isBlank()) {
					out.add(l.strip());
				}
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The unresolved definite descriptions of the document: a lower-case common noun of the head list heading its
	 * phrase (not a compound part), with "the" as its determiner, its adjective and compound modifiers contiguous
	 * before it in lower case or as a nationality; no actor mention overlaps the phrase.
	 */
	private static List<Anaphor> anaphors(String body, List<ParsedSentence> sentences, DocActors actors,
			Set<String> heads) {
		List<Anaphor> out = new ArrayList<>();
		PhraseIndex<CountryTable.Form> countries = ExtractionData.get().countries().index();
		for (int i = 0; i < sentences.size(); i++) {
			ParsedSentence s = sentences.get(i);
			for (int k = 1; k < s.size(); k++) {
				String w = s.word(k);
				if (!s.pos(k).equals("NOUN") || w.isEmpty() || !Character.isLowerCase(w.charAt(0))
						|| !heads.contains(w.toLowerCase(Locale.ROOT)) || s.deprel(k).equals("compound")
						|| k + 1 < s.size() && s.pos(k + 1).equals("PROPN") && s.head(k + 1) == k) {
					continue;
				}
				int det = -1;
				boolean other = !s.children(k, "nmod:poss").isEmpty() || !s.children(k, "nummod").isEmpty();
				for (int c : s.children(k, "det")) {
					if (c < k && s.word(c).equalsIgnoreCase("the")) {
						det = c;
					} else {
						other = true;
					}
				}
				boolean bare = det < 0 && !other && !w.equalsIgnoreCase(s.lemma(k)); // "rebels", "junta troops"
				if (det < 0 && !bare) {
					continue;
				}
				if (bare) {
					det = k;
					while (det > 0 && s.head(det - 1) == k && MODIFIERS.contains(s.deprel(det - 1))) {
						det--;
					}
					det--; // the loop below reads the modifiers after it
				}
				List<String> mods = new ArrayList<>();
				String country = null;
				boolean ok = true;
				for (int j = det + 1; j < k; j++) {
					String m = s.word(j);
					if (s.head(j) != k && !(s.head(j) > j && s.head(j) < k) || m.isEmpty()) {
						ok = false;
						break;
					}
					List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
					countries.matchAt(body, s.start(j), cs);
					CountryTable.Form nat = null;
					for (var c : cs) {
						if (c.end() == s.end(j)) {
							nat = c.value();
						}
					}
					if (nat != null) {
						country = nat.country().iso();
						mods.add("NAT");
					} else if (Character.isLowerCase(m.charAt(0)) && MODIFIERS.contains(s.deprel(j))
							|| s.deprel(j).equals("advmod") || s.deprel(j).equals("punct") && m.equals("-")) {
						mods.add(m.toLowerCase(Locale.ROOT));
					} else {
						ok = false;
						break;
					}
				}
				if (!ok || mods.size() > 3) {
					continue;
				}
				int b = bare ? s.start(det + 1) : s.start(det);
				int e = s.end(k);
				if (actors.overlaps(b, e)) {
					continue;
				}
				out.add(new Anaphor(b, e, s, i, k, w.toLowerCase(Locale.ROOT), mods, country, bare));
			}
		}
		return out;
	}

	/** The features of the pair (description, candidate actor); a set, in a fixed order. */
	private static List<String> features(Anaphor d, DocActor a, List<DocActor> order, Map<DocActor, ActorMention> last,
			Map<DocActor, Integer> count, Map<ActorMention, Integer> sentenceOf, Map<ActorMention, Boolean> subjectOf) {
		TreeSet<String> f = new TreeSet<>();
		String kind = a.kind() == null ? "none" : a.kind().name().toLowerCase(Locale.ROOT);
		f.add("bias");
		f.add("k=" + kind);
		f.add("h=" + d.headWord());
		f.add("hk=" + d.headWord() + "|" + kind);
		f.add("bare=" + d.bare() + "|" + kind);
		f.add("bareh=" + d.bare() + "|" + d.headWord());
		String role = d.sentence().deprel(d.head());
		role = role.startsWith("nsubj") ? "subj" : role.startsWith("obl") || role.equals("nmod") ? "obl" : role;
		f.add("rk=" + role + "|" + kind);
		f.add("nmods=" + Math.min(d.modifiers().size(), 2) + "|" + kind);
		for (String m : d.modifiers()) {
			f.add("mk=" + m + "|" + kind);
			f.add("mh=" + m + "|" + d.headWord() + "|" + kind);
		}
		String cty = d.country() == null ? "none" : a.iso().isEmpty() ? "noiso" : d.country().equals(a.iso()) ? "same"
				: "other";
		f.add("cty=" + cty + "|" + kind);
		f.add("ctyh=" + cty + "|" + d.headWord());
		String lname = a.name().toLowerCase(Locale.ROOT);
		boolean inName = (" " + lname + " ").contains(" " + d.headWord() + " ")
				|| d.headWord().length() > 4 && lname.contains(d.headWord().substring(0, d.headWord().length() - 1));
		f.add("inname=" + inName + "|" + kind);
		f.add("innameh=" + inName + "|" + d.headWord());
		// recency ranks
		ActorMention lm = last.get(a);
		int rec = 0;
		int recKind = 0;
		int more = 0;
		int moreKind = 0;
		int mine = count.get(a);
		for (DocActor o : order) {
			if (o == a) {
				continue;
			}
			boolean sameKind = o.kind() == a.kind();
			if (last.get(o).begin() > lm.begin()) {
				rec++;
				recKind += sameKind ? 1 : 0;
			}
			if (count.get(o) > mine) {
				more++;
				moreKind += sameKind ? 1 : 0;
			}
		}
		String r = bucket(rec);
		String rk = bucket(recKind);
		String c = bucket(more);
		String ck = bucket(moreKind);
		f.add("rec=" + r);
		f.add("reck=" + rk + "|" + kind);
		f.add("rech=" + rk + "|" + d.headWord());
		f.add("cnt=" + c);
		f.add("cntk=" + ck + "|" + kind);
		f.add("cnth=" + ck + "|" + d.headWord());
		f.add("cntkh=" + ck + "|" + kind + "|" + d.headWord());
		f.add("rckh=" + rk + "|" + ck + "|" + d.headWord());
		int back = d.sentenceIndex() - sentenceOf.get(lm);
		String dist = back == 0 ? "0" : back == 1 ? "1" : back <= 3 ? "2-3" : back <= 8 ? "4-8" : "9+";
		f.add("dist=" + dist);
		f.add("distk=" + dist + "|" + kind);
		f.add("lastsubj=" + subjectOf.get(lm) + "|" + kind);
		f.add("lastsubjh=" + subjectOf.get(lm) + "|" + d.headWord());
		boolean office = false;
		for (String o : a.offices()) {
			office |= (" " + o.toLowerCase(Locale.ROOT) + " ").contains(" " + d.headWord() + " ");
		}
		f.add("office=" + office + "|" + kind);
		f.add("officeh=" + office + "|" + d.headWord());
		f.add("recdist=" + r + "|" + dist);
		f.add("mentions=" + (mine >= 5 ? "5+" : mine >= 2 ? "2-4" : "1"));
		return new ArrayList<>(f);
	}

	private static String bucket(int n) {
		return n >= 3 ? "3+" : Integer.toString(n);
	}

	/** The head list of the model file (its {@code #heads} line). */
	private static Set<String> heads() {
		try (InputStream raw = ModelFiles.open(MODEL, MODEL_PROPERTY)) {
			BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("#heads\t")) {
					return Set.of(line.substring(7).split(" "));
				}
			}
			return Set.of();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read model " + MODEL, e);
		}
	}
}
