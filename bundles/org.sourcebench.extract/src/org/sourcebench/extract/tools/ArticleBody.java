package org.sourcebench.extract.tools;

/**
 * The body of a scraped article file as the gold annotations and the dossier store it: in the scraped format
 * (line 1 "0", date, blank, title, blank, "Story Code : N", title again) the lines after the repeated title up
 * to, not including, the trailing "Comment" line, joined with "\n"; in the plain format everything after the
 * title line.
 */
public final class ArticleBody {

    private ArticleBody() {
    }

    public static String of(String fileText) {
        String raw = fileText.startsWith("\ufeff") ? fileText.substring(1) : fileText;
        String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
        if (lines.length > 7 && lines[0].equals("0") && lines[5].startsWith("Story Code")) {
            int end = lines.length - 1;
            return String.join("\n", java.util.Arrays.copyOfRange(lines, 7, end));
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 1, lines.length));
    }
}
