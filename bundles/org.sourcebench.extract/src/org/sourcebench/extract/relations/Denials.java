package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.data.CameoLexicon;
import org.sourcebench.extract.data.CameoPattern;
import org.sourcebench.extract.data.WordForms;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Denials of an accusation whose author the accusation noun does not name ({@code relations.denied-accuser}): "X
 * denies the accusations", "a charge that X rejects", "a claim denied by X" reject the actor who made the accusation
 * (12, as the guidelines code rejecting allegations). Read top to bottom:
 * <ol>
 * <li><b>The denial.</b> A verb the event words call a denial ("deny", "refute") or the trigger table codes 12
 * ("reject", "dismiss"), not negated or modal, whose object is an assertion noun ("claim", "accusation", "charge")
 * that names no actor, or that modifies such a noun ("a charge that X rejects", "a claim denied by X").</li>
 * <li><b>The denier.</b> The verb's subject, or its passive agent.</li>
 * <li><b>The accuser.</b> The subjects of an accusing verb (the trigger table's 11: "accuse", "blame", "allege"; or
 * an assertion verb: "claim", "charge") in the same sentence before the denial, else in the sentence before it; else
 * the "from"/"by" phrase of an assertion noun there ("accusations from X").</li>
 * </ol>
 * A denial made for one's own side ("the ministry denied the army's claim") is left out, as in
 * {@link ParsedRelationReader}. Immutable; safe to share between threads.
 */
final class Denials {

	static final String MECHANISM = "relations.denied-accuser";
	private static final String REJECT = "12";
	private static final String ACCUSE = "11";

	private final EventWords words;
	private final CameoLexicon triggers;
	private final WordForms forms;

	Denials(EventWords words, CameoLexicon triggers, WordForms forms) {
		this.words = words;
		this.triggers = triggers;
		this.forms = forms;
	}

	/** Adds the denials of {@code sentences} toward their accusers to {@code out}. */
	void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedRelationship> out) {
		if (!Mechanisms.on(MECHANISM)) {
			return;
		}
		int fired = 0;
		for (int i = 0; i < sentences.size(); i++) {
			ParsedSentence s = sentences.get(i);
			for (int v = 0; v < s.size(); v++) {
				if (!s.pos(v).equals("VERB") || !denies(s, v) || !asserted(s, v)) {
					continue;
				}
				EventCoder.Clause frame = new EventCoder.Clause(s, v);
				if (deniedAssertion(s, v, frame) < 0) {
					continue;
				}
				List<DocActor> deniers = sides(s, frame.passive || frame.subjects.isEmpty() ? frame.agents
						: frame.subjects, actors);
				List<DocActor> accusers = accusers(s, v, actors);
				if (accusers.isEmpty() && i > 0) {
					ParsedSentence p = sentences.get(i - 1);
					accusers = accusers(p, p.size(), actors);
				}
				for (DocActor d : deniers) {
					for (DocActor a : accusers) {
						fired += add(body, s, d, a, out) ? 1 : 0;
					}
				}
			}
		}
		Mechanisms.fired(MECHANISM, fired);
	}

	/** Whether the verb at {@code v} denies: a denial of the event words or a 12 of the trigger table. */
	private boolean denies(ParsedSentence s, int v) {
		String lemma = lemma(s, v);
		if (words.denial(lemma)) {
			return true;
		}
		return code(lemma).equals(REJECT);
	}

	/** The root the trigger table gives a one-word verb pattern of {@code lemma}, or "". */
	private String code(String lemma) {
		for (CameoPattern p : triggers.startingWith(lemma)) {
			if (!p.noun() && p.lemmas().size() == 1) {
				return p.code().substring(0, 2);
			}
		}
		return "";
	}

	/** No negation, modal or condition on the denial, and no infinitive above it ("refused to deny"). */
	private boolean asserted(ParsedSentence s, int v) {
		for (int c : s.children(v)) {
			String rel = s.deprel(c);
			String w = lower(s.word(c));
			if (rel.startsWith("aux") && words.modal(w) || words.negation(w) && !rel.equals("cc")
					|| rel.equals("mark") && (w.equals("to") || words.condition(w))) {
				return false;
			}
		}
		return !s.deprel(v).equals("xcomp");
	}

	/**
	 * The assertion noun the denial rejects, when no actor's phrase is inside it: the verb's object ("denies the
	 * accusations"), or the noun the verb's clause modifies ("a charge that X rejects", "a claim denied by X"); -1
	 * otherwise.
	 */
	private int deniedAssertion(ParsedSentence s, int v, EventCoder.Clause frame) {
		List<Integer> nouns = new ArrayList<>(frame.passive ? List.of() : frame.objects);
		if (s.deprel(v).startsWith("acl") && s.head(v) >= 0) {
			nouns.add(s.head(v));
		}
		for (int n : nouns) {
			if (s.pos(n).equals("NOUN") && words.assertion(lemma(s, n)) && !namesSomeone(s, n)) {
				return n;
			}
		}
		return -1;
	}

	/** Whether the noun has an owner ("Russia's claim", "the claims of X"): the parse reader rejects that owner. */
	private static boolean namesSomeone(ParsedSentence s, int n) {
		for (int c : s.children(n)) {
			String rel = s.deprel(c);
			if (rel.equals("nmod:poss") || rel.startsWith("nmod") && c > n || rel.equals("compound")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Who accused in {@code s} before token {@code limit}: the subjects of an accusing verb (11 or an assertion:
	 * "claimed"), else the "from"/"by" phrase of an assertion noun ("accusations from X").
	 */
	private List<DocActor> accusers(ParsedSentence s, int limit, DocActors actors) {
		List<DocActor> out = new ArrayList<>();
		for (int t = 0; t < limit && out.isEmpty(); t++) {
			String lemma = lemma(s, t);
			if (s.pos(t).equals("VERB") && (code(lemma).equals(ACCUSE) || words.assertion(lemma))) {
				EventCoder.Clause frame = new EventCoder.Clause(s, t);
				out.addAll(sides(s, frame.passive ? frame.agents : frame.subjects, actors));
			}
		}
		for (int t = 0; t < limit && out.isEmpty(); t++) {
			if (s.pos(t).equals("NOUN") && words.assertion(lemma(s, t))) {
				for (int c : s.children(t)) {
					String prep = EventCoder.Clause.caseWord(s, c);
					if (s.deprel(c).startsWith("nmod") && (prep.equals("from") || prep.equals("by"))) {
						List<Integer> group = new ArrayList<>();
						EventCoder.Clause.withConj(s, c, group);
						out.addAll(sides(s, group, actors));
					}
				}
			}
		}
		return out;
	}

	/** The document actors the phrases name (pronouns name none here). */
	private static List<DocActor> sides(ParsedSentence s, List<Integer> heads, DocActors actors) {
		List<DocActor> out = new ArrayList<>();
		for (int h : heads) {
			ActorMention m = SpeechActs.actorOf(s, h, actors);
			if (m != null && !out.contains(m.actor())) {
				out.add(m.actor());
			}
		}
		return out;
	}

	private static boolean add(String body, ParsedSentence s, DocActor denier, DocActor accuser,
			List<ExtractedRelationship> out) {
		if (denier == accuser || denier.kind() == ActorKind.MEDIA || accuser.kind() == ActorKind.MEDIA
				|| !denier.iso().isEmpty() && denier.iso().equals(accuser.iso())) {
			return false; // a denial defends its own side, it does not reject it
		}
		for (ExtractedRelationship r : out) {
			if (r.from().equals(denier.name()) && r.to().equals(accuser.name()) && r.root().equals(REJECT)) {
				return false;
			}
		}
		out.add(new ExtractedRelationship(denier.name(), accuser.name(), REJECT,
				TextSpan.of(body, s.start(0), s.end(s.size() - 1)), 0.6));
		return true;
	}

	private String lemma(ParsedSentence s, int t) {
		String parsed = lower(s.lemma(t));
		return words.knows(parsed) || !code(parsed).isEmpty() ? parsed : forms.lemma(s.word(t));
	}

	private static String lower(String w) {
		return w == null ? "" : w.toLowerCase(Locale.ROOT);
	}
}
