package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * Actors beyond the dictionaries, from the parser's named-entity tags: a run of PERSON or ORG tokens that no actor
 * mention covers becomes an actor (a person, an organisation), and a later mention of a person's last name
 * ("Zelensky" after "Volodymyr Zelensky") or an apposition to it is the same actor. Runs after the dictionary
 * readers, so their canonical names win. Immutable; safe to share.
 */
public final class ParsedActorReader {

    /** Adds the named entities of {@code sentences} that are not yet actors of {@code actors}. */
    public void read(String body, List<ParsedSentence> sentences, DocActors actors) {
        List<DocActor> persons = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String type = s.entity(i);
                if (!"PERSON".equals(type) && !"ORG".equals(type)) {
                    continue;
                }
                int j = i;
                while (j + 1 < s.size() && type.equals(s.entity(j + 1))) {
                    j++;
                }
                int begin = s.start(i);
                int end = s.end(j);
                i = j;
                if (covered(actors, begin, end)) {
                    continue;
                }
                String name = body.substring(begin, end);
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
