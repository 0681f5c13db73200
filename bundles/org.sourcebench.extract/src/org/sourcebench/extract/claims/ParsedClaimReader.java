package org.sourcebench.extract.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Attributed claims from dependency-parsed sentences: a speech, cognition or position verb (cues.tsv, and the verbs
 * of claim-words.tsv) with a clausal complement ("insists that ...", "denied that ...") or a position noun as its
 * object ("expressed concern over ...", "has repeated its opposition to ..."), and clauses carrying "according to
 * X". The claim text is the complement exactly; the speaker is the subject (the passive agent), a document actor or
 * an unnamed source ("officials", "a source close to the talks"); nested attribution goes to the innermost speaker.
 * Adds to the claims the word-window reader found where they do not overlap. Immutable; safe to share.
 */
public final class ParsedClaimReader {

    private static final Set<String> STRIP = Set.of("that", ",", ".", ":", ";", "\"", "\u201c", "\u201d", "'");

    private final Set<String> verbs = ClaimWords.get().verbs;
    private final Set<String> nouns = ClaimWords.get().nouns;
    private final Set<String> sources = ClaimWords.get().sources;

    /** Adds the parse's claims to {@code out} (the word-window reader's), skipping overlapping ones. */
    public void read(String body, List<ParsedSentence> sentences, DocActors actors, List<ExtractedClaim> out) {
        for (ParsedSentence s : sentences) {
            for (int v = 0; v < s.size(); v++) {
                claimOfVerb(body, s, v, actors, out);
                accordingTo(body, s, v, actors, out);
            }
        }
    }

    private void claimOfVerb(String body, ParsedSentence s, int v, DocActors actors, List<ExtractedClaim> out) {
        if (!s.pos(v).equals("VERB") || !verbs.contains(lemma(s, v))) {
            return;
        }
        int complement = first(s, v, "ccomp");
        if (complement < 0) {
            for (int o : s.children(v, "obj")) {
                if (nouns.contains(lemma(s, o))) {
                    complement = o;
                }
            }
        }
        if (complement < 0 || holdsInnerClaim(s, complement)) {
            return; // no complement, or the innermost speaker's claim is read at its own verb
        }
        int subject = subjectOf(s, v);
        if (subject < 0) {
            return;
        }
        DocActor speaker = speaker(body, s, subject, actors);
        if (speaker != null) {
            add(body, s, s.subtree(complement), -1, speaker, s.word(v), out);
        }
    }

    /** "According to X, <clause>": X speaks the clause (minus the attribution). */
    private void accordingTo(String body, ParsedSentence s, int t, DocActors actors, List<ExtractedClaim> out) {
        if (!s.word(t).equalsIgnoreCase("according") || t + 1 >= s.size() || !s.word(t + 1).equalsIgnoreCase("to")) {
            return;
        }
        int phrase = s.head(t);
        if (phrase < 0) {
            return;
        }
        int clause = s.head(phrase);
        if (clause < 0) {
            return;
        }
        DocActor speaker = speaker(body, s, phrase, actors);
        if (speaker == null) {
            return;
        }
        int[] attribution = s.subtree(phrase);
        attribution[0] = Math.min(attribution[0], t);
        int[] whole = s.subtree(clause);
        if (attribution[0] <= whole[0]) {
            add(body, s, new int[] {attribution[1] + 1, whole[1]}, -1, speaker, "according to", out);
        } else if (attribution[1] >= whole[1]) {
            add(body, s, new int[] {whole[0], attribution[0] - 1}, -1, speaker, "according to", out);
        }
    }

    private boolean holdsInnerClaim(ParsedSentence s, int complement) {
        int[] span = s.subtree(complement);
        for (int w = span[0]; w <= span[1]; w++) {
            if (s.dominates(complement, w) && s.pos(w).equals("VERB") && verbs.contains(lemma(s, w))
                    && first(s, w, "ccomp") >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int subjectOf(ParsedSentence s, int v) {
        int agent = -1;
        for (int c : s.children(v)) {
            if (s.deprel(c).equals("nsubj")) {
                return c;
            }
            if (s.deprel(c).equals("obl:agent")) {
                agent = c;
            }
        }
        if (agent >= 0) {
            return agent;
        }
        String rel = s.deprel(v);
        return (rel.equals("conj") || rel.equals("xcomp")) && s.head(v) >= 0 ? subjectOf(s, s.head(v)) : -1;
    }

    /** The document actor the phrase names (its head's mention first), else an unnamed source, else null. */
    private DocActor speaker(String body, ParsedSentence s, int head, DocActors actors) {
        ActorMention m = actors.at(s.start(head));
        if (m != null) {
            return m.actor();
        }
        int[] span = s.subtree(head);
        List<ActorMention> inside = actors.within(s.start(span[0]), s.end(span[1]));
        if (!inside.isEmpty() && !sources.contains(lemma(s, head))) {
            return inside.get(0).actor();
        }
        if (!sources.contains(lemma(s, head))) {
            return null;
        }
        int b = span[0];
        while (b < head && (s.pos(b).equals("DET") || s.pos(b).equals("PUNCT"))) {
            b++;
        }
        int e = span[1];
        while (e > head && s.pos(e).equals("PUNCT")) {
            e--;
        }
        String phrase = body.substring(s.start(b), s.end(e));
        DocActor a = actors.actor("unnamed " + phrase, ActorKind.PERSON, "", 0.5);
        actors.mention(a, s.start(b), s.end(e));
        return a;
    }

    private void add(String body, ParsedSentence s, int[] range, int unused, DocActor speaker, String cue,
            List<ExtractedClaim> out) {
        int b = range[0];
        int e = range[1];
        while (b <= e && STRIP.contains(s.word(b).toLowerCase(Locale.ROOT))) {
            b++;
        }
        while (e >= b && STRIP.contains(s.word(e).toLowerCase(Locale.ROOT))) {
            e--;
        }
        if (e < b) {
            return;
        }
        int begin = s.start(b);
        int end = s.end(e);
        for (ExtractedClaim c : out) {
            if (c.evidence() != null && c.evidence().begin() < end && begin < c.evidence().end()) {
                return;
            }
        }
        out.add(new ExtractedClaim(speaker.name(), body.substring(begin, end), false, cue, TextSpan.of(body, begin, end),
                0.6));
    }

    private static int first(ParsedSentence s, int head, String rel) {
        List<Integer> l = s.children(head, rel);
        return l.isEmpty() ? -1 : l.get(0);
    }

    private static String lemma(ParsedSentence s, int i) {
        String l = s.lemma(i);
        return (l == null || l.equals("_") ? s.word(i) : l).toLowerCase(Locale.ROOT);
    }
}
