package org.sourcebench.extract.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.eval.TestResources;

class ArticleBodyTest {

    @Test
    void scrapedFormatDropsHeaderRepeatedTitleAndComment() {
        String body = ArticleBody.of(TestResources.article(TestResources.SEED));
        assertTrue(body.startsWith("In an interview with the US filmmaker Oliver Stone"));
        assertTrue(body.endsWith("which wasn’t approved by the Syrian government."));
    }

    @Test
    void plainFormatDropsTheTitleLine() {
        assertEquals("Body line one.\nTwo.", ArticleBody.of("Title\nBody line one.\nTwo."));
    }

}
