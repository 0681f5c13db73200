package org.sourcebench.extract.actors;

import java.util.Set;

/**
 * A run of capitalised words that can be a personal name ("Mikhail Bogdanov", "Bashar Al Assad",
 * "Abu Bakr al-Baghdadi"): up to four words, name particles allowed inside.
 */
final class NameRun {

    private static final Set<String> PARTICLES = Set.of("al", "al-", "bin", "ibn", "de", "el", "van", "von", "der",
            "abu", "bint", "ben");

    private NameRun() {
    }

    /** End of the name run starting at {@code begin} (spaces skipped), or -1 when there is none. */
    static int[] after(String t, int begin) {
        int i = begin;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        int end = -1;
        int words = 0;
        while (i < t.length() && words < 4) {
            int s = i;
            while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '-'
                    || (t.charAt(i) == '\'' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))
                            && !t.startsWith("'s", i)))) {
                i++;
            }
            if (i == s) {
                break;
            }
            String w = t.substring(s, i);
            boolean cap = Character.isUpperCase(w.charAt(0)) && !isAllCapsShort(w);
            boolean particle = isParticle(w);
            if (!cap && !particle) {
                break;
            }
            words++;
            if (cap || w.contains("-")) {
                end = i;
            }
            if (i < t.length() && t.charAt(i) == ' ') {
                i++;
            } else {
                break;
            }
        }
        return end < 0 ? null : new int[] {start, end};
    }

    /** "al-Khazali", "bin", "de": a lowercase word that may sit inside a personal name. */
    static boolean isParticle(String w) {
        return PARTICLES.contains(w.toLowerCase()) || w.startsWith("al-") || w.startsWith("el-");
    }

    private static boolean isAllCapsShort(String w) {
        return w.length() <= 4 && w.equals(w.toUpperCase()) && w.length() > 1;
    }

    static int wordCount(String name) {
        return name.trim().split("\\s+").length;
    }

    static String lastWord(String name) {
        String[] w = name.trim().split("\\s+");
        return w[w.length - 1];
    }
}
