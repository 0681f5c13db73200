package org.sourcebench.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the entity tagger looks up ({@code data/syntax/en-gazetteer.tsv}: type, name): countries, their other
 * names and capitals (COUNTRY), large cities (GPE), nationality words (NORP). Matching is case-sensitive on
 * capitalised words, longest first, up to {@link #MAX_WORDS} words. Immutable; safe to share.
 */
final class Gazetteer {

    static final String FILE = "data/syntax/en-gazetteer.tsv";
    static final int MAX_WORDS = 4;

    private final Map<String, String> names;

    private Gazetteer(Map<String, String> names) {
        this.names = names;
    }

    static Gazetteer get() {
        return Holder.GAZETTEER;
    }

    private static final class Holder {
        static final Gazetteer GAZETTEER = new Gazetteer(read());
    }

    private static Map<String, String> read() {
        Map<String, String> m = new HashMap<>(1 << 13);
        try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(FILE)) {
            if (raw == null) {
                throw new IllegalStateException(FILE + " is not on the class path of org.sourcebench.extract");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                m.putIfAbsent(c[1], c[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return m;
    }

    /**
     * Per token: {@code B-TYPE}/{@code I-TYPE} of the longest gazetteer name starting at a capitalised word, or
     * null.
     */
    String[] match(String[] words) {
        String[] out = new String[words.length];
        int i = 0;
        while (i < words.length) {
            int len = 0;
            String type = null;
            if (EntityTagger.nameLike(words[i])) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < MAX_WORDS && i + k < words.length; k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(words[i + k]);
                    String t = names.get(sb.toString());
                    if (t != null) {
                        len = k + 1;
                        type = t;
                    }
                }
            }
            if (len == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < len; k++) {
                out[i + k] = (k == 0 ? "B-" : "I-") + type;
            }
            i += len;
        }
        return out;
    }
}
