package org.sourcebench.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article text of a web page and returns it as paragraphs.
 * <p>
 * First the page furniture goes (scripts, navigation, asides, footers, forms, share buttons). Then
 * the container: the first of {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>},
 * {@code [role=main]} and common CMS body classes; failing those, the element whose direct
 * {@code <p>} children hold the most text, which is where the story is on almost any news page.
 * Paragraphs are the innermost text blocks ({@code p}, {@code h2}–{@code h6}, {@code li},
 * {@code blockquote}, {@code pre}) in document order, whitespace-collapsed; pages without such blocks
 * fall back to the container's text split at line breaks.
 */
final class MainTextExtractor {

	private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, form, "
			+ "iframe, svg, button, select, [role=navigation], [role=complementary], [aria-hidden=true], "
			+ ".share, .social, .related, .comments, #comments, .advert, .ad";
	private static final String CONTAINERS = "[itemprop=articleBody], article, main, [role=main], "
			+ ".article-body, .story-body, .entry-content, .post-content, .article-content";
	private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

	/**
	 * @param doc the parsed page; furniture is removed from it
	 * @return the article's paragraphs in reading order, none blank
	 */
	List<String> paragraphs(Document doc) {
		doc.select(FURNITURE).remove();
		Element container = container(doc);
		List<String> paragraphs = new ArrayList<>();
		Elements blocks = container.select(BLOCKS);
		for (Element block : blocks) {
			if (!block.select(BLOCKS).stream().anyMatch(inner -> inner != block)) {
				String text = block.text().strip();
				if (!text.isEmpty()) {
					paragraphs.add(text);
				}
			}
		}
		if (paragraphs.isEmpty()) {
			container.select("br").forEach(br -> br.after(new TextNode("\n")));
			for (String line : container.wholeText().split("\n")) {
				String text = line.replaceAll("\\s+", " ").strip();
				if (!text.isEmpty()) {
					paragraphs.add(text);
				}
			}
		}
		return paragraphs;
	}

	private static Element container(Document doc) {
		Element known = doc.selectFirst(CONTAINERS);
		if (known != null && !known.select("p").isEmpty()) {
			return known;
		}
		Element best = null;
		int bestLength = 0;
		for (Element candidate : doc.body().select("*")) {
			int length = 0;
			for (Element child : candidate.children()) {
				if (child.normalName().equals("p")) {
					length += child.text().length();
				}
			}
			if (length > bestLength) {
				best = candidate;
				bestLength = length;
			}
		}
		return best != null ? best : known != null ? known : doc.body();
	}
}
