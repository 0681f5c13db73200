package org.sourcebench.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.test.support.TestArticles;

class PdfArticleReaderTest {

	private final PdfArticleReader reader = new PdfArticleReader();

	@Test
	void titleDateAndParagraphsComeFromTheTextLayer() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("pdf/article.pdf"));
		String[] paragraphs = article.body().split("\n");

		assertEquals(ArticleFormat.PDF, article.format());
		assertEquals("Moscow and Washington Discuss Southern De-escalation Zone", article.title());
		assertEquals(LocalDateTime.of(2017, 7, 12, 0, 0), article.published());
		assertNull(article.charset());
		assertEquals(5, paragraphs.length, article.body());
		assertTrue(paragraphs[0].startsWith("Russian and American officials met in Amman on Tuesday"), paragraphs[0]);
		assertTrue(paragraphs[0].endsWith("two diplomats familiar with the talks said."), "wrapped lines joined");
		assertTrue(article.body().contains("\u201cThe Americans want guarantees that Iranian-backed forces"),
				"curly quotes and hyphens survive");
	}

	@Test
	void aPdfWithoutTextLayerHasNoText() {
		ImportException e = assertThrows(ImportException.class, () -> reader.read(TestArticles.raw("pdf/scanned.pdf")));

		assertEquals(Reason.NO_TEXT, e.getReason());
		assertTrue(e.getDetail().contains("no text layer"), e.getDetail());
	}

	@Test
	void aTextFileNamedPdfIsMalformed() {
		ImportException e = assertThrows(ImportException.class,
				() -> reader.read(TestArticles.raw("bad/not-a-pdf.pdf")));

		assertEquals(Reason.MALFORMED, e.getReason());
		assertTrue(e.getMessage().startsWith("bad/not-a-pdf.pdf: not a readable PDF"), e.getMessage());
	}

	@Test
	void linesOfAParagraphAreJoinedAndPageNumbersDropped() {
		String stripped = "\u2029First line of a\nparagraph with an anti-\nterrorist word.\n\u20293\n\u2029Second.\n";

		assertEquals(List.of("First line of a paragraph with an anti-terrorist word.", "Second."),
				PdfArticleReader.paragraphs(stripped));
	}
}
