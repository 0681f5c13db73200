package org.sourcebench.extract.relations;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorMention;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Relationships from dependency-parsed sentences: the {@link EventCoder} codes each sentence with the CAMEO verb
 * dictionary, and each coded side is the document actor mentioned in that side's noun phrase (the mention on the
 * phrase's head first). Events whose sides are not both document actors, or are the same actor, are left out.
 * Adds to what the word-window path found, one relationship per (from, to, root code). Immutable; safe to share.
 */
public final class ParsedEventReader {

    private final EventCoder coder;
    private final boolean addNew;

    /**
     * @param addNew whether events only the parse finds become relationships; otherwise the parse only gives the
     *               full code of the events the word windows found
     */
    public ParsedEventReader(EventCoder coder, boolean addNew) {
        this.coder = coder;
        this.addNew = addNew;
    }

    /** Adds the parse's events to {@code out} (which holds the word-window path's), skipping known triples. */
    public void read(String body, List<ParsedSentence> sentences, LocalDate date, DocActors actors,
            List<ExtractedRelationship> out) {
        Set<String> seen = new HashSet<>();
        for (ExtractedRelationship r : out) {
            seen.add(r.from() + "|" + r.to() + "|" + r.root());
        }
        for (ParsedSentence s : sentences) {
            for (EventCoder.CodedEvent e : coder.code(s, date)) {
                DocActor from = actorOf(s, e.source(), actors);
                DocActor to = actorOf(s, e.target(), actors);
                if (from == null || to == null || from == to || from.kind() == ActorKind.MEDIA
                        || to.kind() == ActorKind.MEDIA || !e.code().matches("\\d{2,4}")) {
                    continue;
                }
                String code = e.code();
                if (code.startsWith(STATEMENT_ROOT) || partOf(from, to) || partOf(to, from)
                        || overlaps(e.source(), e.target()) || inside(e.verb(), e.source())
                        || inside(e.verb(), e.target())) {
                    continue; // statements are claims; a body and its own state; one phrase read as two sides
                }
                String key = from.name() + "|" + to.name() + "|" + code.substring(0, 2);
                if (seen.contains(key)) {
                    refine(out, key, code); // the word windows found it: the parse gives the full code
                    continue;
                }
                if (!addNew || e.pattern() == null) {
                    continue; // a new event needs a pattern of the verb's block, not just the bare verb
                }
                seen.add(key);
                int b = Math.min(s.start(Math.min(e.source().first(), e.verb())),
                        s.start(Math.min(e.target().first(), e.verb())));
                int end = Math.max(s.end(Math.max(e.source().last(), e.verb())),
                        s.end(Math.max(e.target().last(), e.verb())));
                double conf = e.pattern() == null ? 0.5 : 0.6;
                out.add(new ExtractedRelationship(from.name(), to.name(), code, TextSpan.of(body, b, end), conf));
            }
        }
    }

    /** Replaces the root-only code of the word-window relationship {@code key} with the parse's longer code. */
    private static void refine(List<ExtractedRelationship> out, String key, String code) {
        for (int i = 0; i < out.size(); i++) {
            ExtractedRelationship r = out.get(i);
            if ((r.from() + "|" + r.to() + "|" + r.root()).equals(key) && r.cameoCode().length() < code.length()) {
                out.set(i, new ExtractedRelationship(r.from(), r.to(), code, r.evidence(), r.confidence()));
            }
        }
    }

    /** CAMEO 01 (make a public statement): the claim readers carry what was said. */
    private static final String STATEMENT_ROOT = "01";

    /** Whether {@code part} belongs to the state {@code whole} ("Russia's Foreign Ministry said Moscow ..."). */
    private static boolean partOf(DocActor part, DocActor whole) {
        return whole.kind() == ActorKind.STATE && !part.iso().isEmpty() && part.iso().equals(whole.iso());
    }

    private static boolean overlaps(EventCoder.Party a, EventCoder.Party b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private static boolean inside(int token, EventCoder.Party p) {
        return p.first() <= token && token <= p.last();
    }

    private static DocActor actorOf(ParsedSentence s, EventCoder.Party p, DocActors actors) {
        ActorMention head = actors.at(s.start(p.head()));
        if (head != null) {
            return head.actor();
        }
        List<ActorMention> inside = actors.within(s.start(p.first()), s.end(p.last()));
        return inside.isEmpty() ? null : inside.get(0).actor();
    }
}
