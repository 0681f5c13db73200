package org.sourcebench.ingest.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.test.support.TestArticles;

class DocxArticleReaderTest {

	private final DocxArticleReader reader = new DocxArticleReader();

	@Test
	void theTitleStyledParagraphIsTheTitleAndTheRestIsBody() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("docx/article.docx"));
		String[] paragraphs = article.body().split("\n");

		assertEquals(ArticleFormat.DOCX, article.format());
		assertEquals("UN Aid Convoy Reaches Eastern Ghouta After Russian Mediation", article.title());
		assertEquals(LocalDateTime.of(2017, 7, 14, 0, 0), article.published());
		assertEquals(5, paragraphs.length, article.body());
		assertTrue(paragraphs[0].startsWith("A convoy of 30 trucks"), paragraphs[0]);
		assertTrue(article.body().contains("\u201cThis is the first convoy in four months."));
	}

	@Test
	void aTextFileNamedDocxIsMalformed() {
		ImportException e = assertThrows(ImportException.class,
				() -> reader.read(TestArticles.raw("bad/not-a-docx.docx")));

		assertEquals(Reason.MALFORMED, e.getReason());
		assertTrue(e.getMessage().startsWith("bad/not-a-docx.docx: not a readable .docx document"), e.getMessage());
	}
}
