package org.sourcebench.ingest.dossier;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportListener;
import org.sourcebench.ingest.ImportResult;
import org.sourcebench.ingest.ImportedArticle;
import org.sourcebench.ingest.ParsedArticle;
import org.sourcebench.ingest.dedup.DuplicateDetector;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;

/**
 * Imports article files into a dossier as {@link Source}s, through one undoable
 * {@link ImportArticlesCommand} on the dossier's editing domain.
 * <p>
 * Articles are compared with the dossier's existing sources as well as with each other: an exact
 * duplicate of a source already in the dossier is skipped; a reprint is imported and the reprint is
 * recorded in the new source's analyst notes (the model has no reprint reference), naming the original's
 * title, file and id.
 */
public final class DossierImport {

	/** Prefix of detector keys that stand for sources already in the dossier. */
	public static final String SOURCE_KEY_PREFIX = "source:";

	private final EditingDomain domain;
	private final Dossier dossier;
	private final Clock clock;

	/**
	 * What an import did to the dossier.
	 *
	 * @param result the file-level result: articles, skipped duplicates, problems
	 * @param sources the sources added, in import order (empty when nothing was imported)
	 * @param command the executed command, or {@code null} when nothing was added
	 */
	public record Outcome(ImportResult result, List<Source> sources, Command command) {
	}

	/**
	 * @param domain the editing domain whose command stack records the import
	 * @param dossier the dossier to add to (in the domain's resource set)
	 */
	public DossierImport(EditingDomain domain, Dossier dossier) {
		this(domain, dossier, Clock.systemUTC());
	}

	DossierImport(EditingDomain domain, Dossier dossier, Clock clock) {
		this.domain = domain;
		this.dossier = dossier;
		this.clock = clock;
	}

	/**
	 * Reads the files and adds their articles to the dossier in one command.
	 *
	 * @param inputs files and folders
	 * @param importer the importer (size limit)
	 * @param listener told about each file
	 * @return what was imported, skipped and failed
	 */
	public Outcome run(List<Path> inputs, ArticleImporter importer, ImportListener listener) {
		DuplicateDetector detector = new DuplicateDetector();
		Map<String, Source> sourcesByKey = new HashMap<>();
		for (Source existing : dossier.getSources()) {
			if (existing.getBody() != null) {
				String key = SOURCE_KEY_PREFIX + existing.getId();
				detector.register(key, existing.getBody());
				sourcesByKey.put(key, existing);
			}
		}
		ImportResult result = importer.importAll(inputs, detector, listener);
		Instant now = clock.instant();
		List<Source> added = new ArrayList<>();
		for (ImportedArticle imported : result.articles()) {
			Source source = toSource(imported.article(), now);
			sourcesByKey.put(ArticleImporter.key(imported.article().file()), source);
			if (imported.isReprint()) {
				Source original = sourcesByKey.get(imported.reprintOf().originalKey());
				source.setNotes(reprintNote(original, imported.reprintOf().similarity()));
			}
			added.add(source);
		}
		if (added.isEmpty()) {
			return new Outcome(result, List.of(), null);
		}
		Command command = new ImportArticlesCommand(domain, dossier, added, now);
		domain.getCommandStack().execute(command);
		return new Outcome(result, List.copyOf(added), command);
	}

	/**
	 * Maps an article to a new source (with a fresh id), not yet in any dossier.
	 *
	 * @param article the article
	 * @param retrieved when it was imported
	 * @return the source
	 */
	public static Source toSource(ParsedArticle article, Instant retrieved) {
		Source source = Dossiers.newSource(article.body());
		source.setTitle(article.title());
		source.setOutlet(article.outlet());
		source.setUrl(article.url());
		if (article.published() != null) {
			// The model keeps an OffsetDateTime; a time printed without zone is stored as UTC and flagged.
			ZoneOffset offset = article.publishedZoneKnown() ? article.publishedOffset() : ZoneOffset.UTC;
			source.setPublished(article.published().atOffset(offset));
			source.setPublishedZoneKnown(article.publishedZoneKnown());
		}
		source.setRetrieved(retrieved);
		source.setLanguage(article.language());
		source.setOriginalFileName(article.fileName());
		source.setFormat(formatName(article));
		source.setStoryCode(article.storyCode());
		source.setSha256(article.sha256());
		source.setCharset(article.charset());
		source.setImportRepairs(article.repairs());
		return source;
	}

	/** The model's lower-case name of the original file's format: a scraped page is a .txt file. */
	static String formatName(ParsedArticle article) {
		return switch (article.format()) {
			case SCRAPED, TEXT -> "txt";
			default -> article.format().name().toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * @return whether {@code source} was imported as a reprint of another (its notes begin with the reprint note
	 *         this import writes)
	 */
	public static boolean isReprint(org.sourcebench.model.Source source) {
		String prefix = Messages.ReprintNote.substring(0, Math.max(0, Messages.ReprintNote.indexOf("{0}")));
		return source != null && source.getNotes() != null && !prefix.isEmpty() && source.getNotes().startsWith(prefix);
	}

	private static String reprintNote(Source original, double similarity) {
		String title = original == null || original.getTitle() == null ? Messages.Untitled : original.getTitle();
		String file = original == null ? "?" : String.valueOf(original.getOriginalFileName());
		String id = original == null ? "?" : original.getId();
		return new MessageFormat(Messages.ReprintNote, Locale.ROOT).format(new Object[] { title, file, id, Math.round(similarity * 100) });
	}
}
