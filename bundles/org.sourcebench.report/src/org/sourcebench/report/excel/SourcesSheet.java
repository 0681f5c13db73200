package org.sourcebench.report.excel;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Source;

/**
 * The Sources sheet: one row per source, in dossier order. The reliability column has a drop-down and is read
 * back by the round trip, with the hidden export-time value beside the id to detect conflicting edits.
 */
final class SourcesSheet {

	static final int ID = 0;
	static final int RELIABILITY_AT_EXPORT = 1;
	static final int TITLE = 2;
	static final int OUTLET = 3;
	static final int PUBLISHED = 4;
	static final int RELIABILITY = 5;
	static final int CLAIMS = 6;
	static final int URL = 7;
	static final int LANGUAGE = 8;

	private static final List<Column> COLUMNS = List.of(
			Column.hidden("column.id", ColumnKind.ID),
			Column.hidden("column.reliabilityAtExport", ColumnKind.TEXT),
			Column.of("column.title", ColumnKind.LONG_TEXT),
			Column.of("column.outlet", ColumnKind.TEXT),
			Column.of("column.published", ColumnKind.DATE_TIME),
			Column.of("column.reliability", ColumnKind.TEXT),
			Column.of("column.claimCount", ColumnKind.INTEGER),
			Column.of("column.url", ColumnKind.LINK),
			Column.of("column.language", ColumnKind.TEXT));

	private SourcesSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		SheetTable table = new SheetTable(context.newSheet("sheet.sources"), context.styles, COLUMNS);
		Map<AdmiraltyReliability, String> reliabilities = RatingCells.reliabilityTexts();
		for (Source source : context.dossier.getSources()) {
			int row = table.nextRow();
			context.sourceRows.put(source, row);
			String reliability = reliabilities.get(source.getReliability() == null ? AdmiraltyReliability.F : source.getReliability());
			table.text(ID, source.getId());
			table.text(RELIABILITY_AT_EXPORT, reliability);
			table.text(TITLE, displayName(source));
			table.text(OUTLET, source.getOutlet());
			table.dateTime(PUBLISHED, utc(source.getPublished()));
			table.text(RELIABILITY, reliability);
			table.number(CLAIMS, context.statistics.claims(source));
			table.url(URL, source.getUrl());
			table.text(LANGUAGE, source.getLanguage());
			context.progress.row();
		}
		ValidationLists.addDropDown(table.sheet(), RELIABILITY, table.lastRow(), ValidationLists.RELIABILITY);
		table.finish();
	}

	/** @return the title, else the original file name, else the id: what a link to the source shows */
	static String displayName(Source source) {
		if (source.getTitle() != null && !source.getTitle().isBlank()) {
			return source.getTitle();
		}
		if (source.getOriginalFileName() != null && !source.getOriginalFileName().isBlank()) {
			return source.getOriginalFileName();
		}
		return source.getId();
	}

	/** @return the time in UTC without zone (Excel dates carry none), or null */
	static LocalDateTime utc(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}
}
