package org.sourcebench.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sourcebench.ingest.ArticleFormat;
import org.sourcebench.ingest.ArticleReader;
import org.sourcebench.ingest.ImportException;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.RawFile;
import org.sourcebench.ingest.text.TextArticleLayout;

/**
 * Reads the text layer of a PDF with Apache PDFBox.
 * <p>
 * PDFBox's paragraph detection (vertical gaps, indentation) separates paragraphs; the lines inside a
 * paragraph are joined with a space, or directly after a line-final hyphen, which is kept because news
 * text is full of real hyphens ("US-led", "anti-terrorist"). Bare page numbers are dropped. The title is
 * the document's Title property when set, else found by {@link TextArticleLayout}, as is the dateline.
 * The PDF creation date is not taken for the publication date: it is when somebody printed the page.
 */
public final class PdfArticleReader implements ArticleReader {

	/** Marks paragraph starts in the stripper's output; a code point that does not occur in PDF text. */
	private static final String PARAGRAPH_MARK = "\u2029";
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s+)?\\d{1,4}(\\s+(of|/)\\s+\\d{1,4})?");

	private final TextArticleLayout layout = new TextArticleLayout();

	@Override
	public ParsedArticle read(RawFile file) throws ImportException {
		String infoTitle;
		String text;
		try (PDDocument document = Loader.loadPDF(file.bytes())) {
			infoTitle = document.getDocumentInformation() == null ? null
					: document.getDocumentInformation().getTitle();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setParagraphStart(PARAGRAPH_MARK);
			stripper.setLineSeparator("\n");
			stripper.setPageEnd("\n");
			text = stripper.getText(document);
		} catch (InvalidPasswordException e) {
			throw new ImportException(file.path(), Reason.MALFORMED, "the PDF is password-protected", e);
		} catch (IOException | RuntimeException e) {
			throw new ImportException(file.path(), Reason.MALFORMED, "not a readable PDF (" + describe(e) + ")", e);
		}
		List<String> paragraphs = paragraphs(text);
		if (paragraphs.isEmpty()) {
			throw new ImportException(file.path(), Reason.NO_TEXT, "the PDF has no text layer (a scanned image?)");
		}
		TextArticleLayout.Parts parts = layout.analyse(paragraphs, infoTitle);
		if (parts.bodyParagraphs().isEmpty()) {
			throw new ImportException(file.path(), Reason.NO_TEXT, "the PDF has a title but no body text");
		}
		ParsedArticle.Builder article = ParsedArticle.builder(file.path(), ArticleFormat.PDF, file.sha256())
				.title(parts.title()).body(parts.body());
		if (parts.published() != null) {
			article.published(parts.published().dateTime(), parts.published().offset());
		}
		return article.build();
	}

	/** Splits the stripper's output at paragraph marks and unwraps the lines of each paragraph. */
	static List<String> paragraphs(String strippedText) {
		String text = strippedText.replace("\r\n", "\n").replace('\r', '\n');
		List<String> paragraphs = new ArrayList<>();
		for (String block : text.split(PARAGRAPH_MARK)) {
			StringBuilder paragraph = new StringBuilder();
			for (String rawLine : block.split("\n")) {
				String line = rawLine.replaceAll("\\s+", " ").strip();
				if (line.isEmpty()) {
					continue;
				}
				if (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '-') {
					paragraph.append(' ');
				}
				paragraph.append(line);
			}
			String p = paragraph.toString();
			if (!p.isEmpty() && !PAGE_NUMBER.matcher(p).matches()) {
				paragraphs.add(java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFC));
			}
		}
		return paragraphs;
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
