package org.sourcebench.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.sourcebench.ingest.text.TextArticleLayout;

/**
 * Reads a saved web page: the article text with {@link MainTextExtractor}, and the facts news sites
 * publish for search engines and social networks:
 * <ul>
 * <li>title: {@code og:title}, else the first {@code <h1>}, else {@code <title>}</li>
 * <li>published: {@code article:published_time}, {@code itemprop=datePublished}, Dublin Core and
 * {@code pubdate}/{@code date} meta tags, JSON-LD {@code datePublished}, a {@code <time datetime>};
 * ISO values with an offset keep it, so the zone is known</li>
 * <li>url: {@code <link rel=canonical>}, else {@code og:url}</li>
 * <li>outlet: {@code og:site_name}, else {@code application-name}</li>
 * <li>language: {@code <html lang>}, else {@code og:locale}</li>
 * </ul>
 */
public final class HtmlArticleReader implements ArticleReader {

	private static final Pattern META_CHARSET = Pattern.compile(
			"<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
	private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
	/** Browsers look for the charset declaration in the first 1024 bytes; be a little more generous. */
	private static final int CHARSET_SNIFF_BYTES = 4096;

	private static final String[] DATE_META = { "meta[property=article:published_time]",
		"meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[property=og:published_time]",
		"meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=DC.date]", "meta[name=pubdate]",
		"meta[name=publishdate]", "meta[name=date]", "meta[name=sailthru.date]" };

	private final TextDecoder decoder = new TextDecoder();
	private final DateLineParser dates = new DateLineParser();
	private final TextArticleLayout layout = new TextArticleLayout();

	@Override
	public ParsedArticle read(RawFile file) throws ImportException {
		DecodedText decoded = decoder.decode(file, declaredCharset(file.bytes()));
		Document doc = Jsoup.parse(decoded.text(), file.path().toUri().toString());
		String title = first(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
		Optional<PublicationDate> published = published(doc);
		ParsedArticle.Builder article = ParsedArticle.builder(file.path(), ArticleFormat.HTML, file.sha256())
				.charset(decoded.charset()).repairs(decoded.repairs()).title(title).url(canonicalUrl(doc))
				.outlet(first(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]")))
				.language(language(doc));

		TextArticleLayout.Parts parts = layout.analyse(new MainTextExtractor().paragraphs(doc), title);
		if (parts.bodyParagraphs().isEmpty()) {
			throw new ImportException(file.path(), Reason.NO_TEXT, "the page has no article text");
		}
		article.body(parts.body());
		if (published.isEmpty() && parts.published() != null) {
			published = Optional.of(parts.published());
		}
		published.ifPresent(d -> article.published(d.dateTime(), d.offset()));
		return article.build();
	}

	/** The charset a {@code <meta>} tag declares, read from the ASCII-compatible start of the bytes. */
	static String declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		Matcher m = META_CHARSET.matcher(head);
		return m.find() ? m.group(1) : null;
	}

	private Optional<PublicationDate> published(Document doc) {
		for (String selector : DATE_META) {
			Optional<PublicationDate> date = dates.parseIso(meta(doc, selector));
			if (date.isPresent()) {
				return date;
			}
		}
		for (Element script : doc.select("script[type=application/ld+json]")) {
			Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
			if (m.find()) {
				Optional<PublicationDate> date = dates.parseIso(m.group(1));
				if (date.isPresent()) {
					return date;
				}
			}
		}
		for (Element time : doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime], "
				+ "article time[datetime], time[datetime]")) {
			Optional<PublicationDate> date = dates.parseIso(time.attr("datetime"));
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	private static String canonicalUrl(Document doc) {
		Element canonical = doc.selectFirst("link[rel=canonical][href]");
		if (canonical != null) {
			String href = canonical.attr("href").strip();
			if (href.matches("(?i)https?://.*")) {
				return href;
			}
			String absolute = canonical.absUrl("href");
			return absolute.isEmpty() ? href : absolute;
		}
		return meta(doc, "meta[property=og:url]");
	}

	private static String language(Document doc) {
		String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
		if (lang.isBlank()) {
			lang = nullToEmpty(meta(doc, "meta[http-equiv=content-language]"));
		}
		if (lang.isBlank()) {
			lang = nullToEmpty(meta(doc, "meta[property=og:locale]"));
		}
		String code = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
		return code.matches("[a-z]{2,3}") ? code : null;
	}

	private static String meta(Document doc, String selector) {
		Element element = doc.selectFirst(selector);
		if (element == null) {
			return null;
		}
		String content = element.hasAttr("content") ? element.attr("content") : element.attr("value");
		return content.isBlank() ? null : content.strip();
	}

	private static String text(Element element) {
		return element == null ? null : element.text();
	}

	private static String first(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
