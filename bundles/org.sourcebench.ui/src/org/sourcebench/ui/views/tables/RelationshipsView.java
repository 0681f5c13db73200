package org.sourcebench.ui.views.tables;

import java.util.Comparator;
import java.util.List;

import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * Relationships between actors: from, CAMEO code and label, to, QuadClass, corroborating sources and review
 * status (editable; Confirm and Reject in the context menu, handlers in plugin.xml).
 */
public class RelationshipsView extends ElementTableView {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.RELATIONSHIPS_VIEW_ID;

	private CorroborationIndex corroboration;

	@Override
	protected List<ColumnSpec> columns() {
		return List.of(
				ColumnSpec.text(Messages.Column_from, 110, e -> ElementLabels.name(((Relationship) e).getFrom())),
				ColumnSpec.text(Messages.Column_code, 62, e -> ActorsView.nullToEmpty(((Relationship) e).getEventCode())),
				ColumnSpec.text(Messages.Column_event, 160, e -> ElementLabels.sentenceCase(((Relationship) e).getEventLabel())),
				ColumnSpec.text(Messages.Column_to, 110, e -> ElementLabels.name(((Relationship) e).getTo())),
				// Status before QuadClass: it is what the analyst sets, so it must be visible without scrolling.
				ColumnSpec.text(Messages.Column_status, 90, e -> ElementLabels.humanise(status((Relationship) e).getName()))
						.withOrder(Comparator.comparingInt(e -> status((Relationship) e).getValue()))
						.withEditing(viewer -> new ChoiceEditingSupport<>(viewer, Relationship.class, RelationshipStatus.VALUES,
								s -> ElementLabels.humanise(s.getName()), RelationshipsView::status, SetRelationshipStatusCommand::new,
								this::getEditingDomain)),
				ColumnSpec.number(Messages.Column_corroboration, 65, e -> corroboration == null ? 0 : corroboration.count((Relationship) e))
						.withTooltip(e -> Messages.Tooltip_corroboration),
				ColumnSpec.text(Messages.Column_quadClass, 130, e -> quadClass((Relationship) e)));
	}

	private static RelationshipStatus status(Relationship relationship) {
		return relationship.getStatus() == null ? RelationshipStatus.EXTRACTED : relationship.getStatus();
	}

	private static String quadClass(Relationship relationship) {
		return relationship.getQuadClass() == null ? "" : ElementLabels.humanise(relationship.getQuadClass().getName());
	}

	/** Rebuilds the corroboration index (reprints of one story count once) before the rows refresh. */
	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		corroboration = dossier == null ? null : new CorroborationIndex(dossier);
		super.refresh();
	}

	@Override
	protected List<?> elements(Dossier dossier) {
		return dossier.getRelationships();
	}

	@Override
	protected String countLabel(int shown, int total) {
		return count(shown, total, Messages.Noun_relationships);
	}
}
