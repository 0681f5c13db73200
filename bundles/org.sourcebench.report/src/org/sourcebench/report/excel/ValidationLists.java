package org.sourcebench.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.sourcebench.report.ReportMessages;

/**
 * Drop-down lists on the rating and status columns. The choices live on a hidden sheet and are referred to
 * by workbook names: an inline list is limited to 255 characters in all, which translated labels could
 * exceed, and Excel then reports a damaged file.
 */
final class ValidationLists {

	/** Workbook name of the reliability choices. */
	static final String RELIABILITY = "Sourcebench_Reliability";
	/** Workbook name of the credibility choices. */
	static final String CREDIBILITY = "Sourcebench_Credibility";
	/** Workbook name of the status choices. */
	static final String STATUS = "Sourcebench_Status";

	private record ChoiceList(String name, List<String> choices) {
	}

	private final List<ChoiceList> lists = new ArrayList<>();

	ValidationLists() {
		lists.add(new ChoiceList(RELIABILITY, RatingCells.reliabilityChoices()));
		lists.add(new ChoiceList(CREDIBILITY, RatingCells.credibilityChoices()));
		lists.add(new ChoiceList(STATUS, RatingCells.statusChoices()));
	}

	/**
	 * Offers the choices named {@code listName} in column {@code column}, rows 1..{@code lastRow} (0-based);
	 * anything else typed in is refused with a message. Nothing is added if there are no data rows.
	 */
	static void addDropDown(Sheet sheet, int column, int lastRow, String listName) {
		if (lastRow < 1) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listName),
				new CellRangeAddressList(1, lastRow, column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(ReportMessages.text("validation.title"), ReportMessages.text("validation.text"));
		validation.setEmptyCellAllowed(false);
		sheet.addValidationData(validation);
	}

	/** Writes the hidden sheet of choices and the workbook names the drop-downs refer to; call last. */
	void writeSheet(Workbook workbook) {
		String sheetName = ReportMessages.text("sheet.lists");
		Sheet sheet = workbook.createSheet(sheetName);
		int longest = lists.stream().mapToInt(list -> list.choices().size()).max().orElse(0);
		for (int r = 0; r < longest; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < lists.size(); c++) {
				List<String> choices = lists.get(c).choices();
				if (r < choices.size()) {
					row.createCell(c).setCellValue(choices.get(r));
				}
			}
		}
		for (int c = 0; c < lists.size(); c++) {
			ChoiceList list = lists.get(c);
			Name name = workbook.createName();
			name.setNameName(list.name());
			String column = CellReference.convertNumToColString(c);
			name.setRefersToFormula("'" + sheetName + "'!$" + column + "$1:$" + column + "$" + list.choices().size());
		}
		workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
	}
}
