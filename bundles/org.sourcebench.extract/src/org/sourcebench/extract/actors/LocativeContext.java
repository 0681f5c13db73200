package org.sourcebench.extract.actors;

import java.util.Set;

/**
 * Decides whether a country name or capital is used as a place ("fighting in Syria", "from Jordan to At Tanf",
 * "northern Syria") or as an agent ("Damascus agrees", "sanctions on Russia"). Coordinated names share the
 * preposition of the first ("to Syria and Iraq").
 */
final class LocativeContext {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "inside", "across",
            "throughout", "within", "towards", "toward", "via", "around", "outside", "through", "over", "onto",
            "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
            "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
            "northeast", "northwest", "southeast", "southwest", "former", "entire", "all");
    private static final Set<String> GEO_NOUNS = Set.of("north", "south", "east", "west", "part", "parts", "area",
            "areas", "region", "regions", "territory", "territories", "border", "borders", "capital", "city",
            "province", "outskirts", "coast", "rest", "center", "centre", "heart", "skies", "airspace");
    private static final Set<String> BORDER = Set.of("border", "borders", "frontier");

    private LocativeContext() {
    }

    static boolean isPlace(String t, int begin, int end) {
        if (end + 2 <= t.length() && t.startsWith("'s", end)) {
            // "in Syria's Deir ez-Zor province", "near Syria's border" place; "Syria's sovereignty" agent
            String next = TextWindow.nextWord(t, end + 2);
            boolean placeFollows = !next.isEmpty() && (Character.isUpperCase(next.charAt(0))
                    || GEO_NOUNS.contains(next.toLowerCase()));
            return placeFollows && LOCATIVE.contains(TextWindow.previousWord(t, begin));
        }
        if (isDatelineCountry(t, begin, end)) {
            return true;
        }
        int pos = begin;
        for (int hops = 0; hops < 4; hops++) {
            String prev = TextWindow.previousWord(t, pos);
            int prevStart = TextWindow.previousWordStart(t, pos);
            if (prev.equals("the")) {
                pos = prevStart;
                prev = TextWindow.previousWord(t, pos);
                prevStart = TextWindow.previousWordStart(t, pos);
            }
            if (LOCATIVE.contains(prev)) {
                return true;
            }
            if (prev.equals("of")) {
                return GEO_NOUNS.contains(TextWindow.previousWord(t, prevStart));
            }
            if (prev.equals("between") || prev.equals("with")) {
                return BORDER.contains(TextWindow.previousWord(t, prevStart));
            }
            if (prev.equals("and") || prev.equals("or") || precededByComma(t, pos)) {
                // coordination: step over the conjunction and the previous conjunct (one or two words)
                int p = prev.equals("and") || prev.equals("or") ? prevStart : commaPos(t, pos);
                int w = TextWindow.previousWordStart(t, p);
                if (w < 0 || !Character.isUpperCase(t.charAt(w))) {
                    return false;
                }
                int w2 = TextWindow.previousWordStart(t, w);
                pos = w2 >= 0 && Character.isUpperCase(t.charAt(w2)) ? w2 : w;
                continue;
            }
            return false;
        }
        return false;
    }

    /** "Riyadh, Saudi Arabia –" / "ERBIL, Iraq -": the country of a dateline at the start of a paragraph. */
    private static boolean isDatelineCountry(String t, int begin, int end) {
        int comma = commaPos(t, begin);
        if (comma < 0) {
            return false;
        }
        int lineStart = t.lastIndexOf('\n', comma) + 1;
        String city = t.substring(lineStart, comma).trim();
        String rest = t.substring(end, Math.min(t.length(), end + 3)).trim();
        return !city.isEmpty() && city.split(" ").length <= 3 && Character.isUpperCase(city.charAt(0))
                && (rest.startsWith("\u2013") || rest.startsWith("-") || rest.startsWith("\u2014")
                        || rest.startsWith("("));
    }

    private static boolean precededByComma(String t, int pos) {
        return commaPos(t, pos) >= 0;
    }

    private static int commaPos(String t, int pos) {
        int i = pos;
        while (i > 0 && t.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && t.charAt(i - 1) == ',' ? i - 1 : -1;
    }
}
