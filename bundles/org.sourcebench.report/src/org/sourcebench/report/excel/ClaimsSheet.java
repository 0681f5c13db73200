package org.sourcebench.report.excel;

import java.util.List;
import java.util.Map;

import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Source;
import org.sourcebench.report.ReportMessages;

/**
 * The Claims sheet: who said what, direct or reported, its credibility (drop-down, read back by the round
 * trip), and a link to its source's row on the Sources sheet. Written after the Sources sheet, whose row
 * numbers the links need.
 */
final class ClaimsSheet {

	static final int ID = 0;
	static final int CREDIBILITY_AT_EXPORT = 1;
	static final int SPEAKER = 2;
	static final int CLAIM = 3;
	static final int QUOTE = 4;
	static final int CREDIBILITY = 5;
	static final int SOURCE = 6;
	static final int EVIDENCE = 7;
	static final int DATE_STATED = 8;

	private static final List<Column> COLUMNS = List.of(
			Column.hidden("column.id", ColumnKind.ID),
			Column.hidden("column.credibilityAtExport", ColumnKind.TEXT),
			Column.of("column.speaker", ColumnKind.TEXT),
			Column.of("column.claim", ColumnKind.LONG_TEXT),
			Column.of("column.quote", ColumnKind.TEXT),
			Column.of("column.credibility", ColumnKind.TEXT),
			Column.of("column.source", ColumnKind.LINK),
			Column.of("column.evidence", ColumnKind.LONG_TEXT),
			Column.of("column.dateStated", ColumnKind.DATE));

	private ClaimsSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		SheetTable table = new SheetTable(context.newSheet("sheet.claims"), context.styles, COLUMNS);
		String sourcesSheet = ReportMessages.text("sheet.sources");
		String direct = ReportMessages.text("quote.direct");
		String reported = ReportMessages.text("quote.reported");
		Map<ClaimCredibility, String> credibilities = RatingCells.credibilityTexts();
		for (Claim claim : context.dossier.getClaims()) {
			table.nextRow();
			String credibility = credibilities.get(claim.getCredibility() == null ? ClaimCredibility.CANNOT_BE_JUDGED : claim.getCredibility());
			table.text(ID, claim.getId());
			table.text(CREDIBILITY_AT_EXPORT, credibility);
			table.text(SPEAKER, claim.getSpeaker() == null ? null : claim.getSpeaker().getCanonicalName());
			table.text(CLAIM, claim.getText());
			table.text(QUOTE, claim.isDirectQuote() ? direct : reported);
			table.text(CREDIBILITY, credibility);
			Source source = DossierStatistics.sourceOf(claim);
			Integer sourceRow = source == null ? null : context.sourceRows.get(source);
			if (sourceRow != null) {
				table.internalLink(SOURCE, sourcesSheet, sourceRow, SourcesSheet.TITLE, SourcesSheet.displayName(source));
			} else if (source != null) {
				table.text(SOURCE, SourcesSheet.displayName(source));
			}
			table.text(EVIDENCE, claim.getEvidence() == null ? null : claim.getEvidence().getText());
			table.date(DATE_STATED, claim.getDateStated());
			context.progress.row();
		}
		ValidationLists.addDropDown(table.sheet(), CREDIBILITY, table.lastRow(), ValidationLists.CREDIBILITY);
		table.finish();
	}
}
