package org.sourcebench.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sourcebench.report.ReportMessages;

/**
 * The bar chart of relationships by QuadClass on the Summary sheet, drawn with POI's XDDF from the summary's
 * own cells (so it follows if the analyst corrects a number).
 */
final class QuadClassChart {

	private static final int FIRST_COLUMN = 3;
	private static final int LAST_COLUMN = 10;
	private static final int HEIGHT_ROWS = 16;

	private QuadClassChart() {
	}

	/**
	 * @param anchorRow first row of the chart
	 * @param firstRow  first data row: labels in column A, counts in column B
	 * @param lastRow   last data row
	 */
	static void draw(XSSFSheet sheet, int anchorRow, int firstRow, int lastRow) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, anchorRow, LAST_COLUMN, anchorRow + HEIGHT_ROWS);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(ReportMessages.text("summary.chartTitle"));
		chart.setTitleOverlay(false);

		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		// bars sit between the category ticks, not centred on them
		counts.setCrossBetween(AxisCrossBetween.BETWEEN);

		XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, 1, 1));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		XDDFChartData.Series series = data.addSeries(labels, values);
		series.setTitle(ReportMessages.text("column.degree"), null);
		// An explicit fill: without one Excel falls back to its theme colour but LibreOffice draws no bars at all.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] { 0x44, 0x72, (byte) 0xC4 })));
		chart.plot(data);
	}
}
