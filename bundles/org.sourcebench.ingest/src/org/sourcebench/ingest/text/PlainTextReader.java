package org.sourcebench.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ArticleReader;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.charset.DecodedText;
import org.sourcebench.ingest.charset.TextDecoder;

/**
 * Reads a plain-text article: an optional headline line and dateline at the top (see
 * {@link TextArticleLayout}), then the body.
 * <p>
 * Paragraphs: when the text is hard-wrapped (no line longer than {@value #MAX_WRAPPED_LINE} characters,
 * paragraphs separated by blank lines, as in e-mail and wire copy), the line breaks inside a paragraph
 * become spaces; otherwise every line is a paragraph. Either way the body has one paragraph per line,
 * like the scraped format.
 */
public final class PlainTextReader implements ArticleReader {

	/** Wire copy and e-mail wrap at 66..80 columns; a news paragraph on one line is nearly always longer. */
	static final int MAX_WRAPPED_LINE = 100;

	private final TextDecoder decoder = new TextDecoder();
	private final TextArticleLayout layout = new TextArticleLayout();

	@Override
	public ParsedArticle read(RawFile file) throws ImportException {
		return parse(file, decoder.decode(file, null));
	}

	/**
	 * @param file the file
	 * @param decoded its decoded text
	 * @return the article
	 * @throws ImportException {@link Reason#EMPTY} when nothing but a title is left
	 */
	public ParsedArticle parse(RawFile file, DecodedText decoded) throws ImportException {
		TextArticleLayout.Parts parts = layout.analyse(paragraphs(decoded.text()), null);
		if (parts.bodyParagraphs().isEmpty()) {
			throw new ImportException(file.path(), Reason.EMPTY, "no body text after the title");
		}
		ParsedArticle.Builder article = ParsedArticle.builder(file.path(), ArticleFormat.TEXT, file.sha256())
				.charset(decoded.charset()).repairs(decoded.repairs()).title(parts.title()).body(parts.body());
		if (parts.published() != null) {
			article.published(parts.published().dateTime(), parts.published().offset());
		}
		return article.build();
	}

	/**
	 * @param text text with {@code \n} line ends
	 * @return its paragraphs, without blank ones, each stripped of surrounding white space
	 */
	static List<String> paragraphs(String text) {
		String[] lines = text.split("\n", -1);
		boolean blankSeparated = isHardWrapped(lines);
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				flush(current, paragraphs);
			} else if (blankSeparated) {
				if (current.length() > 0) {
					current.append(' ');
				}
				current.append(stripped);
			} else {
				flush(current, paragraphs);
				current.append(stripped);
			}
		}
		flush(current, paragraphs);
		return paragraphs;
	}

	private static boolean isHardWrapped(String[] lines) {
		boolean blankBetween = false;
		boolean multiLineParagraph = false;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().length() > MAX_WRAPPED_LINE) {
				return false;
			}
			boolean previousText = i > 0 && !lines[i - 1].isBlank();
			if (lines[i].isBlank() && previousText && i + 1 < lines.length && !lines[i + 1].isBlank()) {
				blankBetween = true;
			}
			if (!lines[i].isBlank() && previousText) {
				multiLineParagraph = true;
			}
		}
		return blankBetween && multiLineParagraph;
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		if (current.length() > 0) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}
}
