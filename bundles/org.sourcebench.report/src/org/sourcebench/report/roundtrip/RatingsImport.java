package org.sourcebench.report.roundtrip;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;

/**
 * What {@link ExcelRatingsReader} found in an edited workbook: one command applying every accepted change, and
 * the rows it did not apply. Nothing is changed until the caller executes the command on the dossier's
 * command stack, which makes the whole import one undoable step:
 *
 * <pre>
 * if (result.hasChanges()) {
 *     domain.getCommandStack().execute(result.command());
 * }
 * </pre>
 *
 * @param command one compound command, labelled "Import Ratings from Excel", with one set-command per change;
 *                empty (and not executable) if nothing changed
 * @param issues  the rows not applied, in sheet and row order
 */
public record RatingsImport(CompoundCommand command, List<ImportIssue> issues) {

	/** Copies the issues. */
	public RatingsImport {
		issues = List.copyOf(issues);
	}

	/** @return whether there is anything to apply */
	public boolean hasChanges() {
		return !command.getCommandList().isEmpty();
	}

	/** @return the number of ratings and statuses the command changes */
	public int changeCount() {
		return command.getCommandList().size();
	}
}
