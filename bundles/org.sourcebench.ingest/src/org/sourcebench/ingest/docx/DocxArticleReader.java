package org.sourcebench.ingest.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ArticleReader;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.text.TextArticleLayout;

/**
 * Reads a Word (.docx) article with Apache POI XWPF.
 * <p>
 * Paragraphs and table cells in document order become body paragraphs. The title is the first
 * paragraph styled {@code Title} (or {@code Heading1} at the very top), else the document's Title
 * property, else what {@link TextArticleLayout} finds; the dateline likewise.
 */
public final class DocxArticleReader implements ArticleReader {

	private final TextArticleLayout layout = new TextArticleLayout();

	@Override
	public ParsedArticle read(RawFile file) throws ImportException {
		List<String> paragraphs = new ArrayList<>();
		String styledTitle = null;
		String propertyTitle;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
			POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
			propertyTitle = core.getTitle();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String text = clean(paragraph.getText());
					if (text.isEmpty()) {
						continue;
					}
					if (styledTitle == null && isTitleStyle(paragraph.getStyle(), paragraphs.isEmpty())) {
						styledTitle = text;
					}
					paragraphs.add(text);
				} else if (element instanceof XWPFTable table) {
					addTable(table, paragraphs);
				}
			}
		} catch (IOException | RuntimeException e) {
			// POI signals "not OOXML" (e.g. an old .doc renamed) with IllegalArgumentException subclasses.
			throw new ImportException(file.path(), Reason.MALFORMED, "not a readable .docx document ("
					+ describe(e) + ")", e);
		}
		if (paragraphs.isEmpty()) {
			throw new ImportException(file.path(), Reason.NO_TEXT, "the document has no text");
		}
		String knownTitle = styledTitle != null ? styledTitle : propertyTitle;
		TextArticleLayout.Parts parts = layout.analyse(paragraphs, knownTitle);
		if (parts.bodyParagraphs().isEmpty()) {
			throw new ImportException(file.path(), Reason.NO_TEXT, "the document has a title but no body text");
		}
		ParsedArticle.Builder article = ParsedArticle.builder(file.path(), ArticleFormat.DOCX, file.sha256())
				.title(parts.title()).body(parts.body());
		if (parts.published() != null) {
			article.published(parts.published().dateTime(), parts.published().offset());
		}
		return article.build();
	}

	private static boolean isTitleStyle(String style, boolean atTop) {
		if (style == null) {
			return false;
		}
		String s = style.toLowerCase(Locale.ROOT);
		return s.equals("title") || atTop && (s.equals("heading1") || s.equals("heading 1"));
	}

	private static void addTable(XWPFTable table, List<String> paragraphs) {
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				for (XWPFParagraph paragraph : cell.getParagraphs()) {
					String text = clean(paragraph.getText());
					if (!text.isEmpty()) {
						paragraphs.add(text);
					}
				}
			}
		}
	}

	/** Word uses tabs, vertical tabs (soft breaks) and non-breaking spaces inside paragraphs. */
	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		String collapsed = text.replaceAll("[\\t\\u000B\\r\\n]+", " ").replaceAll(" {2,}", " ").strip();
		return Normalizer.normalize(collapsed, Normalizer.Form.NFC);
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
