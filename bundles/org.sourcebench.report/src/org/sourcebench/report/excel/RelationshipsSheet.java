package org.sourcebench.report.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Span;
import org.sourcebench.report.ReportMessages;

/**
 * The Relationships sheet: from, CAMEO code and label, to, QuadClass, Goldstein value, corroborating sources,
 * evidence and the review status (drop-down, read back by the round trip).
 */
final class RelationshipsSheet {

	static final int ID = 0;
	static final int STATUS_AT_EXPORT = 1;
	static final int FROM = 2;
	static final int CAMEO = 3;
	static final int EVENT = 4;
	static final int TO = 5;
	static final int QUAD_CLASS = 6;
	static final int GOLDSTEIN = 7;
	static final int CORROBORATION = 8;
	static final int EVIDENCE = 9;
	static final int STATUS = 10;
	static final int DATE = 11;
	static final int CONFIDENCE = 12;

	/** Separates the evidence spans of one relationship within its cell. */
	private static final String EVIDENCE_SEPARATOR = "\n\n";

	private static final List<Column> COLUMNS = List.of(
			Column.hidden("column.id", ColumnKind.ID),
			Column.hidden("column.statusAtExport", ColumnKind.TEXT),
			Column.of("column.from", ColumnKind.TEXT),
			Column.of("column.cameo", ColumnKind.TEXT),
			Column.of("column.event", ColumnKind.TEXT),
			Column.of("column.to", ColumnKind.TEXT),
			Column.of("column.quadClass", ColumnKind.TEXT),
			Column.of("column.goldstein", ColumnKind.DECIMAL),
			Column.of("column.corroboration", ColumnKind.INTEGER),
			Column.of("column.evidence", ColumnKind.LONG_TEXT),
			Column.of("column.status", ColumnKind.TEXT),
			Column.of("column.date", ColumnKind.DATE),
			Column.of("column.confidence", ColumnKind.DECIMAL));

	private RelationshipsSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		SheetTable table = new SheetTable(context.newSheet("sheet.relationships"), context.styles, COLUMNS);
		Map<RelationshipStatus, String> statuses = RatingCells.statusTexts();
		Map<QuadClass, String> quadClasses = new EnumMap<>(QuadClass.class);
		QuadClass.VALUES.forEach(q -> quadClasses.put(q, ReportMessages.text("quadClass." + q.getName())));
		String unknownCode = ReportMessages.text("quadClass.unknown");
		// independent sources: reprints of one story count once, as in the workbench
		CorroborationIndex corroboration = new CorroborationIndex(context.dossier);
		for (Relationship relationship : context.dossier.getRelationships()) {
			table.nextRow();
			String status = statuses.get(relationship.getStatus() == null ? RelationshipStatus.EXTRACTED : relationship.getStatus());
			table.text(ID, relationship.getId());
			table.text(STATUS_AT_EXPORT, status);
			table.text(FROM, relationship.getFrom() == null ? null : relationship.getFrom().getCanonicalName());
			// text, not a number: CAMEO codes have meaningful leading zeros ("04", "042")
			table.text(CAMEO, relationship.getEventCode());
			// the same case as in the workbench: "Consult", not the codebook's "CONSULT"
			table.text(EVENT, org.sourcebench.model.cameo.CameoEvent.readable(relationship.getEventLabel()));
			table.text(TO, relationship.getTo() == null ? null : relationship.getTo().getCanonicalName());
			QuadClass quadClass = relationship.getQuadClass();
			table.text(QUAD_CLASS, quadClass == null ? unknownCode : quadClasses.get(quadClass));
			table.number(GOLDSTEIN, relationship.getGoldstein());
			table.number(CORROBORATION, corroboration.count(relationship));
			table.text(EVIDENCE, evidence(relationship));
			table.text(STATUS, status);
			table.date(DATE, relationship.getDate());
			table.number(CONFIDENCE, relationship.getConfidence());
			context.progress.row();
		}
		ValidationLists.addDropDown(table.sheet(), STATUS, table.lastRow(), ValidationLists.STATUS);
		table.finish();
	}

	private static String evidence(Relationship relationship) {
		StringBuilder text = new StringBuilder();
		for (Span span : relationship.getEvidence()) {
			if (span.getText() != null) {
				if (text.length() > 0) {
					text.append(EVIDENCE_SEPARATOR);
				}
				text.append(span.getText());
			}
		}
		return text.toString();
	}
}
