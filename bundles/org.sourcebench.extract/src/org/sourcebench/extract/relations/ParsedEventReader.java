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

    public ParsedEventReader(EventCoder coder) {
        this.coder = coder;
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
                if (!seen.add(from.name() + "|" + to.name() + "|" + code.substring(0, 2))) {
                    continue;
                }
                int b = Math.min(s.start(Math.min(e.source().first(), e.verb())),
                        s.start(Math.min(e.target().first(), e.verb())));
                int end = Math.max(s.end(Math.max(e.source().last(), e.verb())),
                        s.end(Math.max(e.target().last(), e.verb())));
                double conf = e.pattern() == null ? 0.5 : 0.6;
                out.add(new ExtractedRelationship(from.name(), to.name(), code, TextSpan.of(body, b, end), conf));
            }
        }
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
