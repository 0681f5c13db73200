package org.sourcebench.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from a file, before it becomes a Source in a dossier. Plain data: no EMF, no
 * OSGi.
 * <p>
 * {@link #body()} is the text that extraction analyses and that every span offset refers to: the
 * article's paragraphs, one per line, joined by {@code "\n"}, without title, date or other page
 * furniture, NFC-normalised and with {@code \n} line ends.
 *
 * @param file the file the article was read from
 * @param format the format it was read as
 * @param title the headline, or {@code null} when the file has none
 * @param outlet the publishing outlet (e.g. a web site's name), or {@code null}
 * @param url the canonical address of the article, or {@code null}
 * @param published the publication date and time as printed, or {@code null} when unknown
 * @param publishedOffset the UTC offset of {@code published}, or {@code null} when the source gives no zone
 * @param language an ISO 639-1 code such as {@code "en"}, or {@code null} when unknown
 * @param storyCode the outlet's story number (scraped pages), or {@code null}
 * @param body the article text; never blank
 * @param sha256 the lower-case hex SHA-256 of the file's original bytes
 * @param charset the character encoding the text was decoded from, or {@code null} for binary formats
 * @param repairs what the import changed to make the text readable and storable, in words, or {@code null}
 */
public record ParsedArticle(Path file, ArticleFormat format, String title, String outlet, String url,
		LocalDateTime published, ZoneOffset publishedOffset, String language, String storyCode, String body,
		String sha256, String charset, String repairs) {

	/** Checks the fields that every article has. */
	public ParsedArticle {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(sha256, "sha256");
		if (publishedOffset != null && published == null) {
			throw new IllegalArgumentException("publishedOffset without published");
		}
	}

	/** @return the file name without folders, as exports and the gold files name articles */
	public String fileName() {
		Path name = file.getFileName();
		return name == null ? file.toString() : name.toString();
	}

	/** @return whether {@link #published()} comes with a known UTC offset */
	public boolean publishedZoneKnown() {
		return publishedOffset != null;
	}

	/** @return the publication instant, only when both the date-time and its offset are known */
	public Optional<OffsetDateTime> publishedWithOffset() {
		return publishedOffset == null ? Optional.empty() : Optional.of(published.atOffset(publishedOffset));
	}

	/** @return a builder with the fields of this article, for readers that refine one */
	public Builder toBuilder() {
		return new Builder(file, format, sha256).title(title).outlet(outlet).url(url)
				.published(published, publishedOffset).language(language).storyCode(storyCode).body(body)
				.charset(charset).repairs(repairs);
	}

	/**
	 * @param file the file the article is read from
	 * @param format its format
	 * @param sha256 the SHA-256 of the file's original bytes
	 * @return a builder; {@link Builder#body(String)} must be set before {@link Builder#build()}
	 */
	public static Builder builder(Path file, ArticleFormat format, String sha256) {
		return new Builder(file, format, sha256);
	}

	/** Collects the optional fields of an article; blank strings are stored as {@code null}. */
	public static final class Builder {
		private final Path file;
		private ArticleFormat format;
		private final String sha256;
		private String title;
		private String outlet;
		private String url;
		private LocalDateTime published;
		private ZoneOffset publishedOffset;
		private String language;
		private String storyCode;
		private String body;
		private String charset;
		private String repairs;

		private Builder(Path file, ArticleFormat format, String sha256) {
			this.file = file;
			this.format = format;
			this.sha256 = sha256;
		}

		/** @param value the format actually read (a sniffed .txt may be {@link ArticleFormat#SCRAPED}) @return this */
		public Builder format(ArticleFormat value) {
			this.format = value;
			return this;
		}

		/** @param value the headline @return this */
		public Builder title(String value) {
			this.title = clean(value);
			return this;
		}

		/** @param value the outlet's name @return this */
		public Builder outlet(String value) {
			this.outlet = clean(value);
			return this;
		}

		/** @param value the canonical URL @return this */
		public Builder url(String value) {
			this.url = clean(value);
			return this;
		}

		/**
		 * @param dateTime the publication date-time, or {@code null}
		 * @param offset its UTC offset, or {@code null} when the source gives no zone
		 * @return this
		 */
		public Builder published(LocalDateTime dateTime, ZoneOffset offset) {
			this.published = dateTime;
			this.publishedOffset = dateTime == null ? null : offset;
			return this;
		}

		/** @param value an ISO 639-1 code @return this */
		public Builder language(String value) {
			this.language = clean(value);
			return this;
		}

		/** @param value the outlet's story number @return this */
		public Builder storyCode(String value) {
			this.storyCode = clean(value);
			return this;
		}

		/** @param value the article text, stored exactly as given @return this */
		public Builder body(String value) {
			this.body = value;
			return this;
		}

		/** @param value the charset name the text was decoded from @return this */
		public Builder charset(String value) {
			this.charset = clean(value);
			return this;
		}

		/** @return whether a title has been set */
		public boolean hasTitle() {
			return title != null;
		}

		/** @param value what the import repaired, in words, or {@code null} @return this */
		public Builder repairs(String value) {
			this.repairs = clean(value);
			return this;
		}

		/** @return whether a publication date has been set */
		public boolean hasPublished() {
			return published != null;
		}

		/** @return the article */
		public ParsedArticle build() {
			return new ParsedArticle(file, format, title, outlet, url, published, publishedOffset, language,
					storyCode, body, sha256, charset, repairs);
		}

		private static String clean(String value) {
			if (value == null) {
				return null;
			}
			String collapsed = value.replaceAll("\\s+", " ").strip();
			return collapsed.isEmpty() ? null : collapsed;
		}
	}
}
