package org.sourcebench.extract.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks of a body: curly marks by direction, straight double quotes alternately. A quotation may
 * run over several sentences; an opening mark left open at the end of a paragraph closes there, as multi-paragraph
 * quotations reopen on the next paragraph.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<Quote> find(String body) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
                open = i;
            } else if (c == '\u201d' || c == '\u00bb') {
                if (open >= 0) {
                    out.add(new Quote(open, i));
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0) {
                    out.add(new Quote(open, i));
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        return out;
    }
}
