package org.sourcebench.ui.views.tables;

import java.util.Comparator;
import java.util.List;

import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.edit.commands.SetCredibilityCommand;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/** Who said what: speaker, text, direct or reported, credibility (editable, 1-6) and source. */
public class ClaimsView extends ElementTableView {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.CLAIMS_VIEW_ID;

	@Override
	protected List<ColumnSpec> columns() {
		return List.of(
				ColumnSpec.text(Messages.Column_speaker, 115, e -> ElementLabels.name(((Claim) e).getSpeaker())),
				ColumnSpec.text(Messages.Column_text, 230, e -> ElementLabels.shorten(((Claim) e).getText()))
						.withTooltip(e -> ((Claim) e).getText()),
				ColumnSpec.text(Messages.Column_direct, 75, e -> ((Claim) e).isDirectQuote() ? Messages.Value_direct : Messages.Value_reported),
				ColumnSpec.text(Messages.Column_credibility, 175, e -> Ratings.label(((Claim) e).getCredibility()))
						.withOrder(Comparator.comparingInt(e -> ((Claim) e).getCredibility().getValue()))
						.withTooltip(e -> Ratings.label(((Claim) e).getCredibility()) + "\n" + Messages.Tooltip_credibility)
						.withEditing(viewer -> new ChoiceEditingSupport<>(viewer, Claim.class, ClaimCredibility.VALUES, Ratings::label,
								Claim::getCredibility, SetCredibilityCommand::new, this::getEditingDomain)),
				ColumnSpec.text(Messages.Column_source, 160, e -> sourceOf((Claim) e)));
	}

	@Override
	protected void createContents(org.eclipse.swt.widgets.Composite parent) {
		super.createContents(parent);
		getViewer().getTable().addListener(org.eclipse.swt.SWT.KeyDown, e -> {
			if (e.stateMask == 0 && e.character >= '1' && e.character <= '6') {
				grade(ClaimCredibility.get(e.character - '0'));
				e.doit = false;
			}
		});
	}

	/**
	 * Keyboard-only grading: the digits 1-6 rate the selected claims (one command, one undo step) and the
	 * selection moves to the next claim, so that a list can be graded without leaving the keyboard.
	 */
	void grade(ClaimCredibility credibility) {
		var domain = getEditingDomain();
		List<Claim> selected = ((List<?>) getViewer().getStructuredSelection().toList()).stream().filter(Claim.class::isInstance)
				.map(Claim.class::cast).filter(c -> c.getCredibility() != credibility).toList();
		if (domain == null || credibility == null || getViewer().getStructuredSelection().isEmpty()) {
			return;
		}
		int row = getViewer().getTable().getSelectionIndex();
		int rows = getViewer().getStructuredSelection().size();
		if (!selected.isEmpty()) {
			org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand();
			selected.forEach(c -> all.append(new SetCredibilityCommand(domain, c, credibility)));
			all.setLabel(all.getCommandList().get(0).getLabel());
			domain.getCommandStack().execute(all);
		}
		org.eclipse.swt.widgets.Table table = getViewer().getTable();
		if (rows == 1 && row >= 0 && row + 1 < table.getItemCount()) {
			Object next = table.getItem(row + 1).getData();
			getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(next), true);
		}
	}

	private static String sourceOf(Claim claim) {
		return claim.getEvidence() == null || claim.getEvidence().getSource() == null ? ""
				: ElementLabels.text(claim.getEvidence().getSource());
	}

	@Override
	protected List<?> elements(Dossier dossier) {
		return dossier.getClaims();
	}

	@Override
	protected String countLabel(int shown, int total) {
		return count(shown, total, Messages.Noun_claims);
	}
}
