package org.sourcebench.ingest.scraped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ArticleReader;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.charset.DecodedText;
import org.sourcebench.ingest.charset.TextDecoder;
import org.sourcebench.ingest.dates.DateLineParser;
import org.sourcebench.ingest.dates.PublicationDate;

/**
 * Reads the scraped news-page format of the analysts' corpus:
 *
 * <pre>
 * 0
 * Saturday 17 June 2017 - 04:18
 *
 * International Cooperation Needed in Syria
 *
 * Story Code : 646570
 * International Cooperation Needed in Syria
 * first body paragraph
 * …one paragraph per line…
 * Comment
 * </pre>
 *
 * The body is every line after the repeated title, without the trailing {@code Comment} (a link of the
 * scraped page, not text) and without trailing blank lines, joined by {@code "\n"} exactly as in the
 * file (no trimming inside lines, so offsets match the gold annotations, which cut the file the same
 * way). The printed time carries no zone, so the published date-time is stored without an offset.
 */
public final class ScrapedPageReader implements ArticleReader {

	/** Line index of {@code Story Code : N}; the layout is fixed by the scraper. */
	private static final int STORY_CODE_LINE = 5;
	private static final int DATE_LINE = 1;
	private static final int TITLE_LINE = 3;
	private static final int FIRST_BODY_LINE = 7;
	private static final String TRAILER = "Comment";
	private static final Pattern STORY_CODE = Pattern.compile("^Story Code\\s*:\\s*(\\S*)\\s*$");

	private final TextDecoder decoder = new TextDecoder();
	private final DateLineParser dates = new DateLineParser();

	/**
	 * @param text decoded text with {@code \n} line ends
	 * @return whether the text has the scraped page layout (first line {@code 0}, story code on line 6)
	 */
	public static boolean matches(String text) {
		String[] lines = text.split("\n", FIRST_BODY_LINE + 2);
		return lines.length > FIRST_BODY_LINE && lines[0].strip().equals("0")
				&& lines[STORY_CODE_LINE].strip().startsWith("Story Code");
	}

	@Override
	public ParsedArticle read(RawFile file) throws ImportException {
		return parse(file, decoder.decode(file, null));
	}

	/**
	 * @param file the file
	 * @param decoded its decoded text
	 * @return the article
	 * @throws ImportException {@link Reason#MALFORMED} when the layout is not the scraped one,
	 *         {@link Reason#EMPTY} when there is no body
	 */
	public ParsedArticle parse(RawFile file, DecodedText decoded) throws ImportException {
		String text = decoded.text();
		if (!matches(text)) {
			throw new ImportException(file.path(), Reason.MALFORMED, "not a scraped news page "
					+ "(expected line 1 \"0\" and line 6 \"Story Code : N\")");
		}
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		ParsedArticle.Builder article = ParsedArticle.builder(file.path(), ArticleFormat.SCRAPED, file.sha256())
				.charset(decoded.charset()).repairs(decoded.repairs()).title(lines.get(TITLE_LINE)).storyCode(storyCode(lines));
		Optional<PublicationDate> date = dates.parseLine(lines.get(DATE_LINE));
		date.ifPresent(d -> article.published(d.dateTime(), d.offset()));

		List<String> body = new ArrayList<>(lines.subList(FIRST_BODY_LINE, lines.size()));
		dropTrailingBlankLines(body);
		if (!body.isEmpty() && body.get(body.size() - 1).strip().equals(TRAILER)) {
			body.remove(body.size() - 1);
			dropTrailingBlankLines(body);
		}
		String joined = String.join("\n", body);
		if (joined.isBlank()) {
			throw new ImportException(file.path(), Reason.EMPTY, "the scraped page has a header but no body text");
		}
		return article.body(joined).build();
	}

	private static String storyCode(List<String> lines) {
		Matcher m = STORY_CODE.matcher(lines.get(STORY_CODE_LINE).strip());
		return m.matches() ? m.group(1) : null;
	}

	private static void dropTrailingBlankLines(List<String> lines) {
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
	}
}
