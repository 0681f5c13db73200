package org.sourcebench.report.roundtrip;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.report.ReportMessages;
import org.sourcebench.report.roundtrip.ImportIssue.Kind;

/**
 * Decides, for the rows of one sheet, which values to apply: a three-way merge of the value at export (hidden
 * column), the value in the dossier now and the value in Excel now.
 *
 * <ul>
 * <li>Excel equals the dossier: nothing to do.</li>
 * <li>Only Sourcebench changed (Excel still has the export-time value): nothing to do, the dossier keeps its
 * newer value.</li>
 * <li>Only Excel changed (the dossier still has the export-time value): applied.</li>
 * <li>Both changed, differently: a conflict, reported and not applied; the analyst's later work in
 * Sourcebench is not silently overwritten by an old spreadsheet.</li>
 * </ul>
 *
 * @param <T> the type of object on the sheet
 * @param <V> the type of the rating
 */
final class RatingMerge<T extends IdentifiedElement, V> {

	private final RatedSheet<T, V> spec;
	private final EditingDomain domain;
	private final CompoundCommand command;
	private final List<ImportIssue> issues;
	private final Map<String, T> elements = new HashMap<>();

	RatingMerge(RatedSheet<T, V> spec, Dossier dossier, EditingDomain domain, CompoundCommand command, List<ImportIssue> issues) {
		this.spec = spec;
		this.domain = domain;
		this.command = command;
		this.issues = issues;
		for (T element : spec.elements.apply(dossier)) {
			if (element.getId() != null) {
				elements.put(element.getId(), element);
			}
		}
	}

	void merge(List<SheetRow> rows) {
		Map<String, SheetRow> firstRowOfId = new LinkedHashMap<>();
		Map<String, V> valueOfId = new HashMap<>();
		for (SheetRow row : rows) {
			if (row.id().isEmpty()) {
				issue(Kind.MISSING_ID, row, ReportMessages.format("issue.missingId", spec.sheetName, row.row()));
				continue;
			}
			V value = spec.parser.apply(row.value());
			if (value == null) {
				issue(Kind.INVALID_VALUE, row,
						ReportMessages.format("issue.invalidValue", spec.sheetName, row.row(), row.value(), spec.valueName));
				continue;
			}
			SheetRow first = firstRowOfId.putIfAbsent(row.id(), row);
			if (first != null) {
				V firstValue = valueOfId.get(row.id());
				if (firstValue != null && !firstValue.equals(value)) {
					issue(Kind.DUPLICATE, row, ReportMessages.format("issue.duplicate", spec.sheetName, row.row(), first.row()));
					// neither row wins: mark the id as undecidable
					valueOfId.put(row.id(), null);
				}
				continue;
			}
			valueOfId.put(row.id(), value);
		}
		for (Map.Entry<String, SheetRow> entry : firstRowOfId.entrySet()) {
			V value = valueOfId.get(entry.getKey());
			if (value != null) {
				apply(entry.getValue(), value);
			}
		}
	}

	private void apply(SheetRow row, V edited) {
		T element = elements.get(row.id());
		if (element == null) {
			issue(Kind.NOT_IN_DOSSIER, row, ReportMessages.format("issue.notInDossier", spec.sheetName, row.row(), row.id()));
			return;
		}
		V current = spec.getter.apply(element);
		if (Objects.equals(current, edited)) {
			return;
		}
		V baseline = spec.parser.apply(row.baseline());
		if (edited.equals(baseline)) {
			// untouched in Excel: whatever Sourcebench holds now is the newer decision
			return;
		}
		if (baseline != null && !baseline.equals(current)) {
			issue(Kind.CONFLICT, row, ReportMessages.format("issue.conflict", spec.sheetName, row.row(), row.baseline(),
					display(current), row.value()));
			return;
		}
		command.append(spec.commands.create(domain, element, edited));
	}

	private String display(V value) {
		return value == null ? "" : spec.display.apply(value);
	}

	private void issue(Kind kind, SheetRow row, String message) {
		issues.add(new ImportIssue(kind, spec.sheetName, row.row(), row.id(), message));
	}
}
