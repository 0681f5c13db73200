package org.sourcebench.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.test.support.TestArticles;

class HtmlArticleReaderTest {

	private final HtmlArticleReader reader = new HtmlArticleReader();

	@Test
	void metadataComesFromTheMetaTags() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("html/article.html"));

		assertEquals(ArticleFormat.HTML, article.format());
		assertEquals("UN Envoy Opens Seventh Geneva Round as Opposition Demands Transition Talks", article.title());
		assertEquals("Levant Wire", article.outlet());
		assertEquals("https://levantwire.example/2017/07/10/geneva-seventh-round", article.url());
		assertEquals(LocalDateTime.of(2017, 7, 10, 9, 30), article.published());
		assertEquals(ZoneOffset.ofHours(2), article.publishedOffset());
		assertEquals("en", article.language());
	}

	@Test
	void theBodyIsTheArticleTextWithoutPageFurniture() throws ImportException {
		String body = reader.read(TestArticles.raw("html/article.html")).body();
		String[] paragraphs = body.split("\n");

		assertTrue(paragraphs[0].startsWith("The United Nations special envoy for Syria, Marta Lindqvist"), body);
		assertEquals(5, paragraphs.length, body);
		assertTrue(body.contains("\u201cRussia will use its influence with Damascus"), "blockquote kept once");
		assertFalse(body.contains("Middle East"), "navigation dropped");
		assertFalse(body.contains("Related"), "aside dropped");
		assertFalse(body.contains("\u00a9"), "footer dropped");
		assertFalse(body.contains("analytics"), "script dropped");
		assertFalse(body.contains("By Levant Wire staff"), "byline dropped");
		assertFalse(body.contains("Seventh Geneva Round"), "headline not repeated in the body");
	}

	@Test
	void aMetaCharsetIsHonoured() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("html/windows-1252.html"));

		assertEquals("Ankara Warns Kurdish Militias", article.title());
		assertEquals("Anatolia Review", article.outlet());
		assertEquals(LocalDateTime.of(2017, 6, 23, 0, 0), article.published());
		assertTrue(article.body().startsWith("Turkey\u2019s president said on Friday that Ankara would \u201cnot hesitate\u201d"),
				article.body());
		assertFalse(article.body().contains("Copyright"));
	}

	@Test
	void withoutArticleMarkupTheDensestParagraphBlockIsTheBody() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("html/div-soup.html"));

		assertEquals("Geneva talks", article.title());
		assertEquals(LocalDateTime.of(2017, 7, 11, 8, 0), article.published(), "from JSON-LD datePublished");
		assertEquals(ZoneOffset.UTC, article.publishedOffset());
		assertEquals("en", article.language());
		assertEquals(3, article.body().split("\n").length, article.body());
		assertFalse(article.body().contains("Most read"));
		assertFalse(article.body().contains("Weather"));
	}

	@Test
	void theDeclaredCharsetIsSniffedFromTheBytes() {
		assertEquals("windows-1252", HtmlArticleReader.declaredCharset(TestArticles.bytes("html/windows-1252.html")));
		assertEquals("utf-8", HtmlArticleReader.declaredCharset(TestArticles.bytes("html/article.html")));
	}
}
