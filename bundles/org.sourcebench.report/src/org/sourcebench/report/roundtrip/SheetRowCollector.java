package org.sourcebench.report.roundtrip;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the id, value and baseline cells of each row while POI streams a sheet (SAX), finding the columns
 * by their header texts in the first row, so columns the analyst moved are still found. Streaming keeps
 * reading a 100,000-row sheet in little memory.
 */
final class SheetRowCollector implements SheetContentsHandler {

	private final RatedSheet<?, ?> spec;
	private final String idHeader;
	private final List<SheetRow> rows = new ArrayList<>();
	private int idColumn = -1;
	private int valueColumn = -1;
	private int baselineColumn = -1;
	private int currentRow;
	private String id;
	private String value;
	private String baseline;

	private final int maxRows;
	/** Column of the previous cell in the row, for cells written without a reference. */
	private int lastColumn = -1;

	/** Stops the parse: the sheet has more rows than a report of this dossier can have. */
	static final class TooManyRows extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TooManyRows() {
			super(null, null, false, false);
		}
	}

	SheetRowCollector(RatedSheet<?, ?> spec, String idHeader, int maxRows) {
		this.spec = spec;
		this.idHeader = idHeader;
		this.maxRows = maxRows;
	}

	@Override
	public void startRow(int rowNum) {
		currentRow = rowNum;
		lastColumn = -1;
		id = "";
		value = "";
		baseline = "";
	}

	@Override
	public void endRow(int rowNum) {
		if (rowNum > 0 && (!id.isEmpty() || !value.isEmpty())) {
			if (rows.size() >= maxRows) {
				throw new TooManyRows();
			}
			rows.add(new SheetRow(rowNum + 1, id, value, baseline));
		}
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		// The reference ("r") is optional in SpreadsheetML: a cell without one follows the previous cell.
		int column = cellReference == null ? lastColumn + 1 : new CellReference(cellReference).getCol();
		lastColumn = column;
		String text = formattedValue == null ? "" : formattedValue.strip();
		if (currentRow == 0) {
			header(column, text);
		} else if (column == idColumn) {
			id = text;
		} else if (column == valueColumn) {
			value = text;
		} else if (column == baselineColumn) {
			baseline = text;
		}
	}

	private void header(int column, String text) {
		if (text.equals(idHeader) && idColumn < 0) {
			idColumn = column;
		} else if (text.equals(spec.valueHeader) && valueColumn < 0) {
			valueColumn = column;
		} else if (text.equals(spec.baselineHeader) && baselineColumn < 0) {
			baselineColumn = column;
		}
	}

	/** @return the header of a required column that was not found, or null if both were */
	String missingColumn() {
		if (idColumn < 0) {
			return idHeader;
		}
		return valueColumn < 0 ? spec.valueHeader : null;
	}

	/** @return the data rows with an id or a value, in sheet order */
	List<SheetRow> rows() {
		return rows;
	}
}
