package org.sourcebench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sourcebench.core.io.IoProblems;
import org.sourcebench.ingest.ImportProblem.Reason;
import org.sourcebench.ingest.charset.DecodedText;
import org.sourcebench.ingest.charset.StorableText;
import org.sourcebench.ingest.charset.TextDecoder;
import org.sourcebench.ingest.dedup.DuplicateDetector;
import org.sourcebench.ingest.dedup.DuplicateVerdict;
import org.sourcebench.ingest.docx.DocxArticleReader;
import org.sourcebench.ingest.html.HtmlArticleReader;
import org.sourcebench.ingest.language.LanguageGuesser;
import org.sourcebench.ingest.pdf.PdfArticleReader;
import org.sourcebench.ingest.scraped.ScrapedPageReader;
import org.sourcebench.ingest.text.PlainTextReader;

/**
 * Imports article files and folders: the entry point of this bundle.
 * <p>
 * Folders are walked recursively, files sorted by path so every run sees the same order; hidden files
 * and folders (names starting with a dot) inside folders are skipped, and so are files of other types
 * found in folders (listed as {@linkplain ImportResult#ignored() ignored}, not as failures). A file named
 * explicitly must be an article: an unknown extension there is a problem. Each file is read with the reader
 * of its format; a file that fails becomes one {@link ImportProblem} naming it and the reason, and the
 * import goes on with the next. Exact duplicates are skipped, near duplicates imported and flagged as
 * reprints (see {@link DuplicateDetector}).
 * <p>
 * The size limit is checked from the file system before reading, so a huge file is refused at once.
 * Plain Java, no OSGi: usable from the CLI, the workbench and tests alike. Not thread-safe; use one
 * importer per import.
 */
public final class ArticleImporter {

	/**
	 * Files larger than this are refused: 20 MiB is far above any article, even a PDF with photos, and keeps
	 * the import within the product's 2 GB heap (measured: a 24 MB HTML page needs 1.3 GB to import, 45 MB of
	 * plain text 1.45 GB).
	 */
	public static final long DEFAULT_MAX_FILE_SIZE = 20L * 1024 * 1024;

	private final long maxFileSize;
	private final TextDecoder decoder = new TextDecoder();
	private final ScrapedPageReader scraped = new ScrapedPageReader();
	private final PlainTextReader plainText = new PlainTextReader();
	private final HtmlArticleReader html = new HtmlArticleReader();
	private final PdfArticleReader pdf = new PdfArticleReader();
	private final DocxArticleReader docx = new DocxArticleReader();
	private final LanguageGuesser languages = new LanguageGuesser();

	/** An importer with the {@linkplain #DEFAULT_MAX_FILE_SIZE default size limit}. */
	public ArticleImporter() {
		this(DEFAULT_MAX_FILE_SIZE);
	}

	/** @param maxFileSize the largest file size in bytes that is read */
	public ArticleImporter(long maxFileSize) {
		if (maxFileSize <= 0) {
			throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
		}
		this.maxFileSize = maxFileSize;
	}

	/**
	 * Imports files and folders, comparing each article with those before it.
	 *
	 * @param inputs files and folders, in the order given
	 * @param listener told about each file; {@link ImportListener#NONE} for none
	 * @return the articles, skipped duplicates and problems
	 */
	public ImportResult importAll(List<Path> inputs, ImportListener listener) {
		return importAll(inputs, new DuplicateDetector(), listener);
	}

	/**
	 * Imports files and folders, comparing each article with those registered in {@code detector}
	 * before (e.g. the sources already in a dossier) and with those before it.
	 *
	 * @param inputs files and folders, in the order given
	 * @param detector knows earlier articles; every imported article is registered in it under its
	 *        absolute path
	 * @param listener told about each file
	 * @return the articles, skipped duplicates and problems
	 */
	public ImportResult importAll(List<Path> inputs, DuplicateDetector detector, ImportListener listener) {
		List<ImportProblem> problems = new ArrayList<>();
		List<Path> ignored = new ArrayList<>();
		List<Path> files = collectFiles(inputs, problems, ignored);
		problems.forEach(listener::failed);
		List<ImportedArticle> articles = new ArrayList<>();
		List<SkippedDuplicate> duplicates = new ArrayList<>();
		boolean cancelled = false;
		for (int i = 0; i < files.size(); i++) {
			if (listener.isCancelled()) {
				cancelled = true;
				break;
			}
			Path file = files.get(i);
			listener.fileStarted(file, i + 1, files.size());
			ParsedArticle article;
			try {
				article = read(file);
			} catch (ImportException e) {
				ImportProblem problem = e.toProblem();
				problems.add(problem);
				listener.failed(problem);
				continue;
			} catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
				// A reader library choking on a crafted file must cost that file only, never the batch.
				ImportProblem problem = new ImportProblem(file, Reason.MALFORMED, describeFailure(e));
				problems.add(problem);
				listener.failed(problem);
				continue;
			}
			DuplicateVerdict verdict = detector.check(article.body());
			if (verdict.kind() == DuplicateVerdict.Kind.EXACT) {
				SkippedDuplicate duplicate = new SkippedDuplicate(file, verdict.originalKey());
				duplicates.add(duplicate);
				listener.skipped(duplicate);
				continue;
			}
			detector.register(key(file), article.body());
			ImportedArticle imported = new ImportedArticle(article, verdict.kind() == DuplicateVerdict.Kind.NEAR
					? new ImportedArticle.Reprint(verdict.originalKey(), verdict.similarity())
					: null);
			articles.add(imported);
			listener.imported(imported);
		}
		return new ImportResult(articles, duplicates, problems, ignored, cancelled);
	}

	/**
	 * Reads one file, without duplicate detection.
	 *
	 * @param file an article file
	 * @return the article
	 * @throws ImportException naming the file and the reason it cannot be imported
	 */
	public ParsedArticle read(Path file) throws ImportException {
		Optional<ArticleFormat> format = ArticleFormat.forFileName(fileName(file));
		if (format.isEmpty()) {
			throw new ImportException(file, Reason.UNKNOWN_FORMAT, "unknown file type \"" + extension(file)
					+ "\" (Sourcebench reads " + ArticleFormat.supportedExtensions() + ")");
		}
		RawFile raw = readBytes(file);
		ParsedArticle article = switch (format.get()) {
			case TEXT, SCRAPED -> readText(raw);
			case HTML -> html.read(raw);
			case PDF -> pdf.read(raw);
			case DOCX -> docx.read(raw);
		};
		article = storable(article);
		if (article.body().isBlank()) {
			throw new ImportException(file, Reason.NO_TEXT, "no article text found");
		}
		return article.language() != null ? article
				: article.toBuilder().language(languages.guess(article.body())).build();
	}

	/** Every reader's text made storable in a dossier (see {@link StorableText}), the repair recorded. */
	private static ParsedArticle storable(ParsedArticle article) {
		StorableText.Result body = StorableText.clean(article.body());
		StorableText.Result title = StorableText.clean(article.title());
		StorableText.Result outlet = StorableText.clean(article.outlet());
		StorableText.Result url = StorableText.clean(article.url());
		StorableText.Result story = StorableText.clean(article.storyCode());
		int replaced = body.replaced() + title.replaced() + outlet.replaced() + url.replaced() + story.replaced();
		if (replaced == 0) {
			return article;
		}
		String repair = new StorableText.Result(null, replaced).describe();
		return article.toBuilder().body(body.text()).title(title.text()).outlet(outlet.text()).url(url.text())
				.storyCode(story.text())
				.repairs(article.repairs() == null ? repair : article.repairs() + "; " + repair).build();
	}

	/** A .txt file is a scraped news page when it has that layout, else plain text. */
	private ParsedArticle readText(RawFile raw) throws ImportException {
		DecodedText decoded = decoder.decode(raw, null);
		return ScrapedPageReader.matches(decoded.text()) ? scraped.parse(raw, decoded)
				: plainText.parse(raw, decoded);
	}

	/**
	 * Expands folders into their files: recursively, sorted by path, hidden entries inside folders
	 * skipped, each file once.
	 *
	 * @param inputs files and folders
	 * @param problems receives one problem per input that does not exist or cannot be listed
	 * @param ignored receives the files found in folders that are not of an article type
	 * @return the files in import order
	 */
	public List<Path> collectFiles(List<Path> inputs, List<ImportProblem> problems, List<Path> ignored) {
		Set<Path> seen = new LinkedHashSet<>();
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				List<Path> found = new ArrayList<>();
				try {
					Files.walkFileTree(input, new SimpleFileVisitor<Path>() {
						@Override
						public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
							return dir.equals(input) || !isHiddenBelow(input, dir) ? FileVisitResult.CONTINUE
									: FileVisitResult.SKIP_SUBTREE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
							if (!isHiddenBelow(input, file) && !Files.isDirectory(file)) {
								found.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException e) {
							// One unreadable subfolder or entry is reported; the rest of the folder is imported.
							if (!isHiddenBelow(input, file)) {
								problems.add(new ImportProblem(file, Reason.UNREADABLE, (Files.isDirectory(file)
										? "cannot list the folder (" : "cannot read (") + describeIo(e) + ")"));
							}
							return FileVisitResult.CONTINUE;
						}
					});
				} catch (IOException | RuntimeException e) {
					problems.add(new ImportProblem(input, Reason.UNREADABLE, "cannot list the folder ("
							+ (e instanceof IOException io ? IoProblems.describe(io) : describe(e)) + ")"));
				}
				found.sort(Comparator.comparing(p -> input.relativize(p).toString()));
				for (Path file : found) {
					if (ArticleFormat.forFileName(fileName(file)).isEmpty()) {
						ignored.add(file);
					} else if (seen.add(file.toAbsolutePath().normalize())) {
						files.add(file);
					}
				}
			} else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
				if (seen.add(input.toAbsolutePath().normalize())) {
					files.add(input);
				}
			} else {
				problems.add(new ImportProblem(input, Reason.UNREADABLE, "no such file or folder"));
			}
		}
		return files;
	}

	private RawFile readBytes(Path file) throws ImportException {
		try {
			if (!Files.isRegularFile(file)) {
				if (!Files.exists(file)) {
					throw new ImportException(file, Reason.UNREADABLE, "no such file (or a broken link)");
				}
				throw new ImportException(file, Reason.UNREADABLE, "not a regular file");
			}
			long size = Files.size(file);
			if (size > maxFileSize) {
				throw new ImportException(file, Reason.TOO_LARGE, "the file is " + megabytes(size)
						+ ", over the import limit of " + megabytes(maxFileSize));
			}
			if (size == 0) {
				throw new ImportException(file, Reason.EMPTY, "the file is empty");
			}
			byte[] bytes;
			try (InputStream in = Files.newInputStream(file)) {
				// Read at most one byte past the limit: the file may have grown since size() was asked.
				bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
			}
			if (bytes.length > maxFileSize) {
				throw new ImportException(file, Reason.TOO_LARGE, "the file is over the import limit of "
						+ megabytes(maxFileSize));
			}
			return new RawFile(file, bytes);
		} catch (AccessDeniedException e) {
			throw new ImportException(file, Reason.UNREADABLE, "permission denied", e);
		} catch (NoSuchFileException e) {
			throw new ImportException(file, Reason.UNREADABLE, "no such file", e);
		} catch (IOException e) {
			throw new ImportException(file, Reason.UNREADABLE, "cannot read the file (" + IoProblems.describe(e) + ")", e);
		}
	}

	private static boolean isHiddenBelow(Path root, Path path) {
		for (Path part : root.relativize(path)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** @return the key under which {@link #importAll} registers a file's article in the detector */
	public static String key(Path file) {
		return file.toAbsolutePath().normalize().toString();
	}

	private static String fileName(Path file) {
		Path name = file.getFileName();
		return name == null ? file.toString() : name.toString();
	}

	private static String extension(Path file) {
		String name = fileName(file);
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * @return an unexpected failure of a reader in words for the analyst: what happened, not a stack trace
	 */
	public static String describeFailure(Throwable e) {
		if (e instanceof StackOverflowError) {
			return "the document is nested too deeply to read (stack overflow); the file is damaged or crafted";
		}
		if (e instanceof OutOfMemoryError) {
			return "reading it needs more memory than Sourcebench has (" + e.getMessage()
					+ "); the file is damaged or crafted, or give Java more memory (-Xmx)";
		}
		String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
		if (message.length() > 200) {
			message = message.substring(0, 200) + "…";
		}
		return "the file cannot be read, it is damaged or not what its name says (" + e.getClass().getSimpleName()
				+ message + ")";
	}

	private static String describeIo(IOException e) {
		return IoProblems.describe(e);
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
