package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.ActorReading;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.PlaceMention;
import org.sourcebench.extract.actors.TextWindow;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.nlp.AnalyzedText;

/**
 * Reads the locations of a document: country names and capitals the actor reader judged to be places, gazetteer
 * places (regions, sites, rivers, cities) that are not part of an actor's name, directional regions
 * ("northern Syria") and the dateline ("TEHRAN (Tasnim) -"). Ambiguous names prefer places in the countries the
 * document talks about, then the hand-compiled regional entries, then larger cities. Immutable; safe to share.
 */
public final class LocationExtractor {

    private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z'\\-]+(?: [A-Z][A-Z'\\-]+)*)(?=,| \\(| -| \\u2013)");
    private static final long BIG_CITY = 100_000;

    private final ExtractionData data;

    public LocationExtractor(ExtractionData data) {
        this.data = data;
    }

    public List<ExtractedLocation> read(AnalyzedText text, ActorReading reading) {
        String t = text.matchText();
        Map<String, DocPlace> places = new LinkedHashMap<>();
        Set<String> docIsos = new HashSet<>();
        for (DocActor a : reading.actors().actors()) {
            if (!a.iso().isEmpty()) {
                docIsos.add(a.iso());
            }
        }
        reading.places().forEach(p -> docIsos.add(p.country().iso()));
        List<int[]> taken = new ArrayList<>();
        dateline(t, places, taken);
        for (PlaceMention pm : reading.places()) {
            Country c = pm.country();
            Place p = pm.capital()
                    ? new Place(t.substring(pm.begin(), pm.end()), "city", c.iso(), c.lat(), c.lon(), c.geonamesId(), 0,
                            true)
                    : new Place(c.name(), "country", c.iso(), Double.NaN, Double.NaN, 0, 0, true);
            add(t, places, p, pm.begin(), pm.end(), 0.8, taken);
        }
        placeHeads(t, reading, places, taken);
        List<PhraseIndex.Match<Place>> matches = data.gazetteer().index().findAll(t);
        for (int i = 0; i < matches.size(); i++) {
            PhraseIndex.Match<Place> m = matches.get(i);
            if (overlaps(taken, m.begin(), m.end()) || reading.actors().at(m.begin()) != null
                    || reading.actors().at(m.end() - 1) != null) {
                continue;
            }
            List<Place> same = new ArrayList<>();
            int j = i;
            int longest = m.end();
            for (; j < matches.size() && matches.get(j).begin() == m.begin(); j++) {
                longest = Math.max(longest, matches.get(j).end());
            }
            for (int k = i; k < j; k++) {
                if (matches.get(k).end() == longest) {
                    same.add(matches.get(k).value());
                }
            }
            i = j - 1;
            Place best = choose(same, docIsos);
            if (best == null || best.kind().equals("country") || !plausible(t, m.begin(), longest, best, docIsos)
                    || data.isEventNoun(TextWindow.nextWord(t, longest))) {
                continue;
            }
            add(t, places, best, m.begin(), longest, best.curated() ? 0.85 : 0.7, taken);
        }
        List<ExtractedLocation> out = new ArrayList<>();
        for (DocPlace dp : places.values()) {
            List<TextSpan> spans = new ArrayList<>();
            dp.spans.forEach(s -> spans.add(TextSpan.of(text.body(), s[0], s[1])));
            Country c = data.countries().byIso(dp.place.iso());
            String country = c == null ? (dp.name.equals("Soviet Union") ? "Soviet Union" : null) : c.name();
            out.add(new ExtractedLocation(dp.name, dp.place.kind(), country, dp.place.lat(), dp.place.lon(),
                    dp.place.geonamesId(), spans, dp.confidence));
        }
        return out;
    }

    /** One to three capitalised words and a place head of place-heads.tsv ("Rakhine State", "Cauca province"). */
    private static final Pattern PLACE_HEAD = Pattern.compile(
            "(?<![\\p{L}\\-])((?:(?:[A-Z][\\p{L}\\-]*|\\p{Ll}{1,3}-[A-Z][\\p{L}\\-]*) ){1,3})(\\p{L}+)\\b");

    /**
     * Places named by a head noun ("Rakhine State", "Cauca province", "the Taiwan Strait"), read before the
     * gazetteer so the longer name wins over a city of the same first word ("Donetsk region"). The country is the
     * possessive before it ("Colombia's Cauca province"), the country of a gazetteer place it is named after, or a
     * country named right after it ("in Rakhine State, Myanmar", "... in Myanmar").
     */
    private void placeHeads(String t, ActorReading reading, Map<String, DocPlace> places, List<int[]> taken) {
        Matcher m = PLACE_HEAD.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            from = m.start(2);
            String kind = data.placeHeads().get(m.group(2));
            if (kind == null) {
                continue;
            }
            int b = m.start(1);
            int e = m.end(2);
            String name = t.substring(b, e);
            String first = m.group(1).trim();
            if (isSentenceStart(t, b) && first.indexOf(' ') < 0 && !isName(first)) {
                continue; // "Province officials said": a capitalised opening word
            }
            if (overlaps(taken, b, e) || reading.actors().at(b) != null || reading.actors().at(e - 1) != null
                    || !data.gazetteer().index().findAll(name).stream().filter(x -> x.begin() == 0 && x.end() == name.length())
                            .toList().isEmpty()) {
                continue;
            }
            if (isName(first)) {
                continue; // "Shahba region", "Idlib province": the gazetteer's place, named with its head noun
            }
            String iso = countryOf(t, b, e, first);
            Place p = new Place(name, kind, iso, Double.NaN, Double.NaN, 0, 0, true);
            add(t, places, p, b, e, 0.6, taken);
            from = e;
        }
    }

    /** Whether the gazetteer knows the words as a place of their own. */
    private boolean isName(String words) {
        return data.gazetteer().index().findAll(words).stream().anyMatch(x -> x.begin() == 0 && x.end() == words.length());
    }

    private String countryOf(String t, int b, int e, String first) {
        int pb = TextWindow.previousWordStart(t, b);
        if (pb >= 0) {
            String prev = t.substring(pb, b).trim();
            if (prev.endsWith("'s") || prev.endsWith("\u2019s")) {
                Country c = data.countries().byName(prev.substring(0, prev.length() - 2));
                if (c != null) {
                    return c.iso();
                }
            }
        }
        for (PhraseIndex.Match<Place> g : data.gazetteer().index().findAll(first)) {
            if (g.begin() == 0) {
                return g.value().iso();
            }
        }
        for (PhraseIndex.Match<CountryTable.Form> c : data.countries().index().findAll(first)) {
            if (c.begin() == 0 && c.end() == first.length()) {
                return c.value().country().iso();
            }
        }
        String after = t.substring(e, Math.min(t.length(), e + 40));
        Matcher in = Pattern.compile("^(?:,| in| of)(?: the)? ").matcher(after);
        if (in.find()) {
            List<PhraseIndex.Match<CountryTable.Form>> cs = new ArrayList<>();
            data.countries().index().matchAt(t, e + in.end(), cs);
            for (PhraseIndex.Match<CountryTable.Form> c : cs) {
                if (c.value().type() == CountryTable.FormType.NAME) {
                    return c.value().country().iso();
                }
            }
        }
        return "";
    }

    private void dateline(String t, Map<String, DocPlace> places, List<int[]> taken) {
        Matcher m = DATELINE.matcher(t);
        if (!m.find()) {
            return;
        }
        String caps = m.group(1);
        StringBuilder title = new StringBuilder();
        for (String w : caps.split(" ")) {
            title.append(title.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase());
        }
        List<PhraseIndex.Match<Place>> ms = new ArrayList<>();
        data.gazetteer().index().matchAt(title.toString(), 0, ms);
        List<Place> full = new ArrayList<>();
        ms.stream().filter(x -> x.end() == title.length()).forEach(x -> full.add(x.value()));
        Place best = choose(full, Set.of());
        if (best != null) {
            add(t, places, best, m.start(1), m.end(1), 0.9, taken);
        }
    }

    private static Place choose(List<Place> same, Set<String> docIsos) {
        Place best = null;
        long bestScore = Long.MIN_VALUE;
        for (Place p : same) {
            long score = p.population() + (docIsos.contains(p.iso()) ? 1_000_000_000L : 0)
                    + (p.curated() ? 500_000_000L : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** A city name is a place only where it reads as a name of its own and is likely in this document. */
    private static boolean plausible(String t, int b, int e, Place p, Set<String> docIsos) {
        if (p.curated()) {
            return true;
        }
        String prev = TextWindow.previousWord(t, b);
        String next = TextWindow.nextWord(t, e);
        boolean prevCap = !prev.isEmpty() && b > 1 && t.charAt(b - 1) == ' ' && Character.isUpperCase(
                t.charAt(TextWindow.previousWordStart(t, b))) && !isSentenceStart(t, TextWindow.previousWordStart(t, b));
        boolean nextCap = !next.isEmpty() && e < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(next.charAt(0));
        if (prevCap || nextCap) {
            return false;
        }
        return docIsos.contains(p.iso()) || p.population() >= BIG_CITY && isLocativeWord(prev);
    }

    private static boolean isLocativeWord(String w) {
        return Set.of("in", "at", "to", "from", "near", "into", "outside", "around").contains(w);
    }

    private static boolean isSentenceStart(String t, int pos) {
        int i = pos;
        while (i > 0 && t.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || ".!?\n\"".indexOf(t.charAt(i - 1)) >= 0;
    }

    private void add(String t, Map<String, DocPlace> places, Place p, int b, int e, double conf, List<int[]> taken) {
        String name = p.name();
        int begin = b;
        int dirStart = TextWindow.previousWordStart(t, b);
        if (dirStart >= 0 && Directions.isDirection(TextWindow.previousWord(t, b))
                && !Directions.isDirection(p.name().split(" ")[0])) {
            String dir = t.substring(dirStart, b).trim();
            name = dir.toLowerCase() + " " + p.name();
            begin = dirStart;
        }
        Place region = name.equals(p.name()) ? p
                : new Place(name, "region", p.iso(), p.lat(), p.lon(), 0, 0, true);
        DocPlace dp = places.computeIfAbsent(name, n -> new DocPlace(n, region, conf));
        dp.spans.add(new int[] {begin, e});
        taken.add(new int[] {begin, e});
        coordinatedDirection(t, places, p, begin, e, conf, taken);
    }

    /** "Eastern or Western Europe": the first direction shares the place name of the second. */
    private void coordinatedDirection(String t, Map<String, DocPlace> places, Place p, int b, int e, double conf,
            List<int[]> taken) {
        String[] words = p.name().split(" ");
        if (words.length != 2 || !Directions.isDirection(words[0])) {
            return;
        }
        String conj = TextWindow.previousWord(t, b);
        if (!conj.equals("or") && !conj.equals("and")) {
            return;
        }
        int conjStart = TextWindow.previousWordStart(t, b);
        String dir = TextWindow.previousWord(t, conjStart);
        if (!Directions.isDirection(dir)) {
            return;
        }
        int dirStart = TextWindow.previousWordStart(t, conjStart);
        String name = t.substring(dirStart, dirStart + dir.length()) + " " + words[1];
        Place other = new Place(name, p.kind(), p.iso(), Double.NaN, Double.NaN, 0, 0, true);
        DocPlace dp = places.computeIfAbsent(name, n -> new DocPlace(n, other, conf * 0.9));
        dp.spans.add(new int[] {dirStart, e});
        taken.add(new int[] {dirStart, conjStart});
    }

    private static boolean overlaps(List<int[]> taken, int b, int e) {
        for (int[] s : taken) {
            if (b < s[1] && s[0] < e) {
                return true;
            }
        }
        return false;
    }
}
