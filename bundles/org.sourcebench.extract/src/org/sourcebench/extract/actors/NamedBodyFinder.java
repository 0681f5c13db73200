package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.model.ActorKind;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;

/**
 * Named bodies that are in no dictionary: a capitalised name ending in an organisational head word ("Free Idlib
 * Army", "Supreme Negotiations Committee", "Union of Medical Care and Relief Organizations"), with a bracketed
 * acronym that later stands for it ("... Council (SDC)"), and news outlets introduced by their description
 * ("news agency QNA", "the daily Al-Watan"). Weaker than every dictionary match, so known names win overlaps.
 */
final class NamedBodyFinder {

    private static final String WORD = "[A-Z][\\w'\u2019-]*";
    private static final String HEADS = "Committee|Council|Commission|Front|Party|Movement|Brigades?|Battalions?"
            + "|Army|Union|Organi[sz]ation|Organi[sz]ations|Agency|Authority|Observatory|Institute|Center|Centre"
            + "|Foundation|Association|League|Assembly|Network|Corps|Guards?|Directorate|Bureau|Coalition|Alliance"
            + "|Federation|Legion|Division|Regiment|Group|Mission";
    /** Up to five capitalised words (with of/for/and/the inside) ending in a head word, and an acronym. */
    private static final Pattern BODY = Pattern.compile("\\b((?:" + WORD + " (?:(?:of|for|and|the|on) )*){1,5}(?:"
            + HEADS + "))\\b(?: \\(([A-Z][A-Za-z]{1,7})\\))?");
    private static final Pattern OUTLET = Pattern.compile("\\b(?:news agency|agency|newspaper|daily|broadcaster"
            + "|channel|television|TV|outlet|website) (" + WORD + "(?: " + WORD + "){0,2})");
    private static final Map<String, ActorKind> ARMED_HEADS = Map.of("front", ActorKind.ARMED_GROUP, "brigade",
            ActorKind.ARMED_GROUP, "brigades", ActorKind.ARMED_GROUP, "battalion", ActorKind.ARMED_GROUP, "battalions",
            ActorKind.ARMED_GROUP, "army", ActorKind.ARMED_GROUP, "legion", ActorKind.ARMED_GROUP, "guard",
            ActorKind.ARMED_GROUP, "guards", ActorKind.ARMED_GROUP, "corps", ActorKind.ARMED_GROUP);
    private static final int PRIORITY = 6;

    private final ExtractionData data;

    NamedBodyFinder(ExtractionData data) {
        this.data = data;
    }

    void find(String t, List<Candidate> out) {
        Matcher m = BODY.matcher(t);
        while (m.find()) {
            int b = m.start(1);
            if (t.startsWith("The ", b) || t.startsWith("A ", b) || t.startsWith("An ", b)) {
                b = t.indexOf(' ', b) + 1; // sentence-initial article
            }
            int e = m.end(1);
            int possessive = Math.max(t.lastIndexOf("'s ", e), t.lastIndexOf("’s ", e));
            if (possessive >= b) {
                b = possessive + 3; // "Turkey's Anadolu Agency": the owner is not part of the name
            }
            if (b >= e || NameRun.wordCount(t.substring(b, e)) < 2 || isKnownPlace(t, b, e)) {
                continue;
            }
            String name = t.substring(b, e);
            String head = NameRun.lastWord(name).toLowerCase(Locale.ROOT);
            ActorKind kind = ARMED_HEADS.getOrDefault(head, ActorKind.ORGANISATION);
            int nameBegin = b;
            out.add(new Candidate(nameBegin, e, PRIORITY,
                    actors -> actors.mention(actors.actor(name, kind, "", 0.6), nameBegin, e)));
            String acronym = m.group(2);
            if (acronym != null) {
                for (int i = t.indexOf(acronym); i >= 0; i = t.indexOf(acronym, i + 1)) {
                    int ae = i + acronym.length();
                    if (isWholeWord(t, i, ae)) {
                        int ab = i;
                        out.add(new Candidate(ab, ae, PRIORITY,
                                actors -> actors.mention(actors.actor(name, kind, "", 0.6), ab, ae)));
                    }
                }
            }
        }
        Matcher o = OUTLET.matcher(t);
        while (o.find()) {
            String name = o.group(1);
            int b = o.start(1);
            int e = o.end(1);
            out.add(new Candidate(b, e, PRIORITY,
                    actors -> actors.mention(actors.actor(name, ActorKind.MEDIA, "", 0.6), b, e)));
        }
    }

    /** "Soviet Union", "Arab League" as a place: a gazetteer or country name spanning the whole run. */
    private boolean isKnownPlace(String t, int b, int e) {
        List<PhraseIndex.Match<Place>> ps = new ArrayList<>();
        data.gazetteer().index().matchAt(t, b, ps);
        for (PhraseIndex.Match<Place> p : ps) {
            if (p.end() == e) {
                return true;
            }
        }
        List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
        data.countries().index().matchAt(t, b, cs);
        for (PhraseIndex.Match<CountryTable.Form> c : cs) {
            if (c.end() == e) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWholeWord(String t, int b, int e) {
        return (b == 0 || !Character.isLetterOrDigit(t.charAt(b - 1)))
                && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e)));
    }
}
