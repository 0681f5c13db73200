package org.sourcebench.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Sourcebench reads articles from.
 * <p>
 * The format is chosen by file extension; {@code .txt} files are then sniffed, because the scraped
 * news-page format and plain text share the extension.
 */
public enum ArticleFormat {
	/** A scraped news page: line {@code 0}, a date line, title, {@code Story Code : N}, body, {@code Comment}. */
	SCRAPED("scraped news page"),
	/** Plain text: optional title line and date line, then the body. */
	TEXT("plain text"),
	/** A saved web page. */
	HTML("HTML"),
	/** A PDF document with a text layer. */
	PDF("PDF"),
	/** A Word document (Office Open XML). */
	DOCX("Word (.docx)");

	private final String label;

	ArticleFormat(String label) {
		this.label = label;
	}

	/** @return a name an analyst understands, e.g. "scraped news page" */
	public String label() {
		return label;
	}

	/**
	 * The format a file name's extension stands for, before sniffing: {@code .txt} gives {@link #TEXT}.
	 *
	 * @param fileName a file name such as {@code report.PDF}
	 * @return the format, or empty when the extension is not one Sourcebench reads
	 */
	public static Optional<ArticleFormat> forFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1);
		switch (extension) {
			case "txt":
			case "text":
				return Optional.of(TEXT);
			case "html":
			case "htm":
			case "xhtml":
				return Optional.of(HTML);
			case "pdf":
				return Optional.of(PDF);
			case "docx":
				return Optional.of(DOCX);
			default:
				return Optional.empty();
		}
	}

	/** @return the extensions Sourcebench reads, for messages such as "expected one of …" */
	public static String supportedExtensions() {
		return ".txt, .text, .html, .htm, .xhtml, .pdf, .docx";
	}
}
