package org.sourcebench.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sourcebench.ingest.dates.DateLineParser;
import org.sourcebench.ingest.dates.PublicationDate;

/**
 * Finds the headline and dateline at the top of an article given as paragraphs (plain text, PDF and
 * Word all end up as a list of paragraphs) and returns what is left as the body.
 * <p>
 * Rules, chosen to be predictable rather than clever:
 * <ul>
 * <li>The first paragraph is the title when it looks like a headline: at most {@value #MAX_TITLE_WORDS}
 * words and {@value #MAX_TITLE_CHARS} characters, not ending like a sentence ({@code . , ; :}), and
 * followed by more text. A question mark is allowed in short headlines.</li>
 * <li>A paragraph among the first {@value #DATE_SEARCH_PARAGRAPHS} that is nothing but a date
 * (see {@link DateLineParser}) is the published date and is not body.</li>
 * <li>A byline among the first paragraphs ({@code By Jane Doe}, {@code Reporting by …}) is dropped: it
 * names the writer, not what the article reports.</li>
 * <li>A title already known from metadata (PDF info, Word properties, HTML) is removed from the body
 * when the text repeats it at the top.</li>
 * </ul>
 */
public final class TextArticleLayout {

	static final int MAX_TITLE_WORDS = 25;
	static final int MAX_TITLE_CHARS = 200;
	static final int DATE_SEARCH_PARAGRAPHS = 4;
	private static final int MAX_QUESTION_TITLE_WORDS = 14;
	private static final Pattern BYLINE = Pattern.compile(
			"(?i)^(?:by|written by|reporting by|story by)\\s+[^.!?]{1,60}$");
	private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:]['\"\u2019\u201D)]*$");

	private final DateLineParser dates = new DateLineParser();

	/**
	 * The parts of an article found by {@link TextArticleLayout#analyse(List, String)}.
	 *
	 * @param title the headline, or {@code null}
	 * @param published the dateline, or {@code null}
	 * @param bodyParagraphs the paragraphs of the body, none blank
	 */
	public record Parts(String title, PublicationDate published, List<String> bodyParagraphs) {

		/** @return the body paragraphs joined by {@code "\n"} */
		public String body() {
			return String.join("\n", bodyParagraphs);
		}
	}

	/**
	 * @param paragraphs the article's paragraphs in reading order; blank ones are ignored
	 * @param knownTitle a title from metadata, or {@code null}
	 * @return title, dateline and body
	 */
	public Parts analyse(List<String> paragraphs, String knownTitle) {
		List<String> rest = new ArrayList<>();
		for (String p : paragraphs) {
			if (!p.isBlank()) {
				rest.add(p);
			}
		}
		String title = knownTitle == null || knownTitle.isBlank() ? null : knownTitle.strip();
		PublicationDate published = null;
		int searchEnd = Math.min(DATE_SEARCH_PARAGRAPHS, rest.size());
		for (int i = 0; i < searchEnd; i++) {
			Optional<PublicationDate> date = dates.parseLine(rest.get(i));
			if (date.isPresent()) {
				published = date.get();
				rest.remove(i);
				break;
			}
		}
		for (int i = 0; i < Math.min(DATE_SEARCH_PARAGRAPHS, rest.size()); i++) {
			if (BYLINE.matcher(rest.get(i).strip()).matches()) {
				rest.remove(i);
				break;
			}
		}
		if (!rest.isEmpty()) {
			String first = rest.get(0).strip();
			if (title != null && sameText(first, title)) {
				rest.remove(0);
			} else if (title == null && rest.size() > 1 && looksLikeTitle(first)) {
				title = first;
				rest.remove(0);
			}
		}
		return new Parts(title, published, List.copyOf(rest));
	}

	/**
	 * @param line a paragraph
	 * @return whether it reads like a headline rather than a sentence of the body
	 */
	static boolean looksLikeTitle(String line) {
		String text = line.strip();
		if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || SENTENCE_END.matcher(text).matches()) {
			return false;
		}
		int words = text.split("\\s+").length;
		if (text.endsWith("?")) {
			return words <= MAX_QUESTION_TITLE_WORDS;
		}
		return words <= MAX_TITLE_WORDS && !text.endsWith("!");
	}

	private static boolean sameText(String a, String b) {
		return a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
	}
}
