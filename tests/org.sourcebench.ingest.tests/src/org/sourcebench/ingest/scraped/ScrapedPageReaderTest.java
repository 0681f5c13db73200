package org.sourcebench.ingest.scraped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.test.support.TestArticles;

class ScrapedPageReaderTest {

	private static final String SEED = "scraped/000_e2a23cc3f04865a0.txt";

	private final ScrapedPageReader reader = new ScrapedPageReader();

	@Test
	void seedHeaderIsParsedExactly() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw(SEED));

		assertEquals(ArticleFormat.SCRAPED, article.format());
		assertEquals("International Cooperation Needed in Syria", article.title());
		assertEquals(LocalDateTime.of(2017, 6, 17, 4, 18), article.published());
		assertFalse(article.publishedZoneKnown(), "the scraped date line has no zone");
		assertEquals("646570", article.storyCode());
		assertEquals("000_e2a23cc3f04865a0.txt", article.fileName());
		assertEquals("UTF-8", article.charset());
		assertEquals(RawFile.sha256(TestArticles.bytes(SEED)), article.sha256());
	}

	@Test
	void seedBodyStartsAfterTheRepeatedTitleAndEndsBeforeComment() throws ImportException {
		String body = reader.read(TestArticles.raw(SEED)).body();

		// The issue text says "Russian President Vladimir Putin"; the seed file itself starts like this.
		assertTrue(body.startsWith("In an interview with the US filmmaker Oliver Stone"), body.substring(0, 60));
		assertTrue(body.endsWith("which wasn\u2019t approved by the Syrian government."));
		assertFalse(body.contains("Story Code"));
		assertFalse(body.contains("International Cooperation Needed in Syria"));
		assertFalse(body.endsWith("Comment"));
	}

	@Test
	void seedBodyIsExactlyTheTextTheGoldAnnotationsCut() throws ImportException {
		// 000_….body.txt is score.py's split_article() of the seed: the text gold offsets index.
		String expected = TestArticles.text("scraped/000_e2a23cc3f04865a0.body.txt");

		assertEquals(expected, reader.read(TestArticles.raw(SEED)).body());
	}

	@Test
	void everyGoldSpanOfTheSeedIsFoundInTheBody() throws ImportException {
		String body = reader.read(TestArticles.raw(SEED)).body();
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (String span : TestArticles.text("scraped/000_e2a23cc3f04865a0.gold-spans.txt").split("\n")) {
			if (span.isEmpty() || span.startsWith("#")) {
				continue;
			}
			checked++;
			int start = body.indexOf(span);
			if (start < 0 || !body.substring(start, start + span.length()).equals(span)) {
				missing.add(span);
			}
		}
		assertTrue(checked > 100, "gold spans read: " + checked);
		assertEquals(List.of(), missing);
	}

	@Test
	void windowsLineEndsAndATrailingNewlineGiveTheSameKindOfBody() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("scraped/crlf-trailing-newline.txt"));

		assertEquals("Turkey Sends Reinforcements to Idlib Border", article.title());
		assertEquals("700123", article.storyCode());
		assertEquals(LocalDateTime.of(2017, 7, 3, 19, 42), article.published());
		assertEquals("Turkey sent tanks and commandos to its border with Syria\u2019s Idlib province on Monday, "
				+ "state media reported.\n\u201cWe will not allow a terror corridor on our border,\u201d a Turkish "
				+ "official said.", article.body());
	}

	@Test
	void aTextWithoutTheLayoutIsNotAScrapedPage() {
		assertFalse(ScrapedPageReader.matches("Title\n\nBody text.\n"));
		assertTrue(ScrapedPageReader.matches(TestArticles.text(SEED)));
	}

	@Test
	void aHeaderWithoutBodyIsEmpty() {
		String text = "0\nSaturday 17 June 2017 - 04:18\n\nTitle\n\nStory Code : 1\nTitle\n\nComment\n";
		RawFile raw = new RawFile(Path.of("header-only.txt"), text.getBytes(StandardCharsets.UTF_8));

		ImportException e = assertThrows(ImportException.class, () -> reader.read(raw));
		assertEquals(Reason.EMPTY, e.getReason());
		assertTrue(e.getMessage().startsWith("header-only.txt: "), e.getMessage());
	}

	@Test
	void anUnparsableDateLeavesPublishedUnknown() throws ImportException {
		String text = "0\nsometime last week\n\nTitle\n\nStory Code : 12\nTitle\nBody line.\nComment";
		ParsedArticle article = reader.read(new RawFile(Path.of("odd-date.txt"), text.getBytes(StandardCharsets.UTF_8)));

		assertNull(article.published());
		assertEquals("Body line.", article.body());
	}
}
