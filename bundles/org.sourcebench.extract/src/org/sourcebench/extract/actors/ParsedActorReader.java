package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Persons beyond the dictionaries, from the parser's named-entity tags: a run of two or more PERSON tokens that no
 * actor mention covers, none of them a known place or title, becomes a person actor, and a later mention of the
 * last name ("Zelensky" after "Volodymyr Zelensky") is the same actor. Runs after the dictionary
 * readers, so their canonical names win. Immutable; safe to share.
 */
public final class ParsedActorReader {

    private final org.sourcebench.extract.data.ExtractionData data;

    public ParsedActorReader(org.sourcebench.extract.data.ExtractionData data) {
        this.data = data;
    }

    /** Adds the named entities of {@code sentences} that are not yet actors of {@code actors}. */
    public void read(String body, List<ParsedSentence> sentences, DocActors actors) {
        List<DocActor> persons = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String type = s.entity(i);
                if (!"PERSON".equals(type)) {
                    continue; // the tagger's ORG spans are weapons and places as often as bodies
                }
                int j = i;
                while (j + 1 < s.size() && type.equals(s.entity(j + 1))) {
                    j++;
                }
                int begin = s.start(i);
                int end = s.end(j);
                boolean single = j == i;
                int next = j + 1;
                i = j;
                end = TextWindow.hyphenatedWordEnd(body, end); // "Kim Seung-kyum": the tagger split the last name
                begin = afterTitles(body, begin, end); // "Chairman Kim Seung-kyum": the title is no part of the name
                if (begin >= end) {
                    continue;
                }
                String name = body.substring(begin, end);
                if (covered(actors, begin, end) || !plausibleName(name) || single && byLastName(persons, name) == null
                        || next < s.size() && modifiesNoun(s, next, body, end)) {
                    continue; // a lone word is a person only as the last name of one named in full before; "Al Aqsa
                              // Martyrs mosque": a name that modifies a noun names a thing
                }
                DocActor known = type.equals("PERSON") ? byLastName(persons, name) : null;
                DocActor a = known != null ? known
                        : actors.actor(name, type.equals("PERSON") ? ActorKind.PERSON : ActorKind.ORGANISATION, "",
                                0.6);
                actors.mention(a, begin, end);
                if (type.equals("PERSON") && known == null) {
                    persons.add(a);
                }
            }
        }
    }

    /**
     * Capitalised words, not a dateline in capitals, none of them a place or country the gazetteer knows, not ending
     * in the head word of a body or a place ("Coordination Headquarters", "Karen State"), no "Hamas-run".
     */
    private boolean plausibleName(String name) {
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT)) || isPlace(name)) {
            return false; // a dateline; "Tal Rifaat", "Khan Sheikhoun": places the tagger took for persons
        }
        String last = NameRun.lastWord(name);
        if (BodyHeads.get().kindOf(last) != null || data.placeHeads().containsKey(last)
                || NameRun.hasParticipleCompound(name)) {
            return false;
        }
        for (String w : name.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || isPlace(w)) {
                return false;
            }
        }
        return !data.titles().index().findAll(name).stream().anyMatch(m -> m.begin() == 0);
    }

    /** A lowercase noun (or a noun the tagger took for an adjective) right after the name: "Al Aqsa Martyrs mosque". */
    private static boolean modifiesNoun(ParsedSentence s, int next, String body, int end) {
        String pos = s.pos(next);
        return s.start(next) >= end && Character.isLowerCase(body.charAt(s.start(next)))
                && (pos.equals("NOUN") || pos.equals("ADJ"));
    }

    /** The offset after the titles that open {@code [begin, end)} ("JCS Chairman Kim", "Brigadier General Ali"). */
    private int afterTitles(String body, int begin, int end) {
        int b = begin;
        for (int guard = 0; guard < 3 && b < end; guard++) {
            List<org.sourcebench.extract.data.PhraseIndex.Match<org.sourcebench.extract.data.Title>> ms = new ArrayList<>();
            data.titles().index().matchAt(body, b, ms);
            int after = -1;
            for (var m : ms) {
                if (m.end() < end && body.charAt(m.end()) == ' ') {
                    after = Math.max(after, m.end() + 1);
                }
            }
            if (after < 0) {
                break;
            }
            b = after;
        }
        return b;
    }

    private boolean isPlace(String w) {
        return data.gazetteer().index().findAll(w).stream().anyMatch(m -> m.begin() == 0 && m.end() == w.length())
                || data.countries().index().findAll(w).stream().anyMatch(m -> m.begin() == 0 && m.end() == w.length());
    }

    private static boolean covered(DocActors actors, int begin, int end) {
        for (ActorMention m : actors.mentions()) {
            if (m.begin() < end && begin < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** "Zelensky" after "Volodymyr Zelensky": a one-word name that ends a known person's name. */
    private static DocActor byLastName(List<DocActor> persons, String name) {
        if (name.contains(" ")) {
            return null;
        }
        for (DocActor p : persons) {
            if (p.name().endsWith(" " + name)) {
                return p;
            }
        }
        return null;
    }
}
