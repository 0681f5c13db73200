package org.sourcebench.report.roundtrip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.report.ReportException;
import org.sourcebench.report.ReportMessages;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads ratings and statuses an analyst edited in a workbook written by
 * {@link org.sourcebench.report.excel.ExcelReportWriter} back into the dossier: source reliability (Sources
 * sheet), claim credibility (Claims) and relationship status (Relationships). Rows are matched by the hidden
 * id column, columns by their header texts, so sorting, filtering and moving columns in Excel do no harm.
 *
 * <p>The result holds one {@link CompoundCommand} for the dossier's editing domain, so the whole import is one
 * undoable step, and the rows that were not applied: ids no longer in the dossier, values that are not
 * ratings, duplicated ids, and conflicts (a value changed both in Sourcebench since the export and in Excel;
 * see {@link RatingMerge}). Reading changes nothing; the caller executes the command.
 *
 * <p>The workbook is streamed (SAX), so large sheets read in little memory. Instances are stateless.
 */
public final class ExcelRatingsReader {

	/**
	 * @param workbook the edited .xlsx file
	 * @param dossier  the dossier it was exported from
	 * @param domain   the editing domain of {@code dossier}, whose command stack the command is meant for
	 * @return the command and the rows not applied
	 * @throws ReportException naming the file if it cannot be read, is not a workbook, or lacks a sheet or
	 *                         column the report has
	 */
	public RatingsImport read(Path workbook, Dossier dossier, EditingDomain domain) throws ReportException {
		Objects.requireNonNull(workbook, "workbook");
		Objects.requireNonNull(dossier, "dossier");
		Objects.requireNonNull(domain, "domain");
		if (!Files.isRegularFile(workbook)) {
			throw failure(workbook, ReportMessages.format("error.notWorkbook", "no such file"), null);
		}
		List<RatedSheet<?, ?>> specs = RatedSheet.all();
		Map<String, List<SheetRow>> rowsBySheet = readRows(workbook, specs, dossier);
		CompoundCommand command = new CompoundCommand(ReportMessages.text("import.label"));
		List<ImportIssue> issues = new ArrayList<>();
		for (RatedSheet<?, ?> spec : specs) {
			merge(spec, rowsBySheet.get(spec.sheetName), dossier, domain, command, issues);
		}
		return new RatingsImport(command, issues);
	}

	private static <T extends IdentifiedElement, V> void merge(RatedSheet<T, V> spec, List<SheetRow> rows,
			Dossier dossier, EditingDomain domain, CompoundCommand command, List<ImportIssue> issues) {
		new RatingMerge<>(spec, dossier, domain, command, issues).merge(rows);
	}

	/**
	 * Rows of a sheet beyond the dossier's objects of that kind that are kept: a report of this dossier never
	 * has more, so a sheet with a million rows costs this much memory, not gigabytes.
	 */
	static final int EXTRA_ROWS = 10_000;

	private static Map<String, List<SheetRow>> readRows(Path workbook, List<RatedSheet<?, ?>> specs, Dossier dossier)
			throws ReportException {
		Map<String, RatedSheet<?, ?>> wanted = new HashMap<>();
		specs.forEach(spec -> wanted.put(spec.sheetName, spec));
		Map<String, List<SheetRow>> rows = new HashMap<>();
		String idHeader = ReportMessages.text("column.id");
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					RatedSheet<?, ?> spec = wanted.get(sheets.getSheetName());
					if (spec != null && !rows.containsKey(spec.sheetName)) {
						int maxRows = spec.elements.apply(dossier).size() + EXTRA_ROWS;
						SheetRowCollector collector = new SheetRowCollector(spec, idHeader, maxRows);
						try {
							parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
						} catch (SheetRowCollector.TooManyRows e) {
							throw failure(workbook, ReportMessages.format("error.tooManyRows", spec.sheetName, maxRows), null);
						}
						if (collector.missingColumn() != null) {
							throw failure(workbook, ReportMessages.format("error.noColumn", spec.sheetName, collector.missingColumn()), null);
						}
						rows.put(spec.sheetName, collector.rows());
					}
				}
			}
		} catch (InvalidFormatException | NotOfficeXmlFileException | POIXMLException e) {
			throw failure(workbook, ReportMessages.format("error.notWorkbook", message(e)), e);
		} catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
			throw failure(workbook, message(e), e);
		} finally {
			if (pkg != null) {
				// revert, not close: close() means "save" to POI and warns on a read-only package
				pkg.revert();
			}
		}
		for (RatedSheet<?, ?> spec : specs) {
			if (!rows.containsKey(spec.sheetName)) {
				throw failure(workbook, ReportMessages.format("error.noSheet", spec.sheetName), null);
			}
		}
		return rows;
	}

	private static void parse(InputStream sheet, XSSFSheetXMLHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(sheet));
		} catch (ParserConfigurationException e) {
			throw new IOException("No XML parser available: " + e.getMessage(), e);
		}
	}

	private static String message(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static ReportException failure(Path workbook, String problem, Throwable cause) {
		return new ReportException(ReportMessages.text("error.read"), workbook, problem, cause);
	}
}
