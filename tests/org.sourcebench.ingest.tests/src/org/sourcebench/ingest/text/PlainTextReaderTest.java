package org.sourcebench.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.test.support.TestArticles;

class PlainTextReaderTest {

	private final PlainTextReader reader = new PlainTextReader();

	@Test
	void aHeadlineAndADatelineAtTheTopAreNotBody() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("text/titled.txt"));

		assertEquals(ArticleFormat.TEXT, article.format());
		assertEquals("Russia Pushes Guarantors to Finalise Syria De-escalation Maps", article.title());
		assertEquals(LocalDateTime.of(2017, 6, 20, 11, 5), article.published());
		assertTrue(article.body().startsWith("Russian Deputy Foreign Minister Pavel Orlov said"), article.body());
		assertEquals(3, article.body().split("\n").length, "one paragraph per line");
	}

	@Test
	void hardWrappedParagraphsAreUnwrapped() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("text/wrapped.txt"));

		assertEquals("Jordan Hosts Quiet Talks on Southern Syria", article.title());
		assertEquals(LocalDateTime.of(2017, 7, 5, 0, 0), article.published());
		assertEquals("Jordanian, Russian and American officials met in Amman on Wednesday to discuss a ceasefire "
				+ "in the south of Syria, two diplomats said.\nThe talks focused on Daraa and Quneitra, near the "
				+ "Jordanian border, where Jordan fears an influx of refugees.", article.body());
	}

	@Test
	void aFirstLineThatIsASentenceIsBodyNotTitle() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("text/no-title.txt"));

		assertNull(article.title());
		assertNull(article.published());
		assertTrue(article.body().startsWith("The Syrian army said on Sunday"));
	}

	@Test
	void windows1252TextKeepsItsTitleAndDate() throws ImportException {
		ParsedArticle article = reader.read(TestArticles.raw("text/windows-1252.txt"));

		assertEquals("Damascus Rejects Turkish Observers", article.title());
		assertEquals(LocalDateTime.of(2017, 6, 22, 0, 0), article.published());
		assertEquals("windows-1252", article.charset());
	}

	@Test
	void titleHeuristic() {
		assertTrue(TextArticleLayout.looksLikeTitle("International Cooperation Needed in Syria"));
		assertTrue(TextArticleLayout.looksLikeTitle("Is a Deal on Idlib Possible?"));
		assertTrue(!TextArticleLayout.looksLikeTitle("Putin said Russia is ready."));
		assertTrue(!TextArticleLayout.looksLikeTitle("word ".repeat(30)));
	}

	@Test
	void aBylineIsDroppedAndAKnownTitleIsNotRepeatedInTheBody() {
		TextArticleLayout.Parts parts = new TextArticleLayout().analyse(
				List.of("Talks Resume", "By Levant Wire staff", "12 July 2017", "Talks resumed on Monday."),
				"Talks Resume");

		assertEquals("Talks Resume", parts.title());
		assertEquals(LocalDateTime.of(2017, 7, 12, 0, 0), parts.published().dateTime());
		assertEquals("Talks resumed on Monday.", parts.body());
	}
}
