package org.sourcebench.ui.views.tables;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IActionBars;
import org.sourcebench.analysis.corroboration.CorroborationIndex;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;
import org.sourcebench.ui.actions.SetRelationshipStatusAction;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * Relationships between actors: from, CAMEO code and label, to, QuadClass, corroborating sources and review
 * status (editable; Confirm and Reject in the context menu).
 */
public class RelationshipsView extends ElementTableView {

    /** The view id in plugin.xml. */
    public static final String ID = org.sourcebench.ui.SourcebenchUi.RELATIONSHIPS_VIEW_ID;

    private SetRelationshipStatusAction confirm;
    private CorroborationIndex corroboration;
    private SetRelationshipStatusAction reject;

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

    @Override
    protected void contributeActions(IActionBars bars) {
        super.contributeActions(bars);
        confirm = new SetRelationshipStatusAction(RelationshipStatus.CONFIRMED, getViewer(), this::getEditingDomain);
        reject = new SetRelationshipStatusAction(RelationshipStatus.REJECTED, getViewer(), this::getEditingDomain);
        bindKey(confirm);
        bindKey(reject);
    }

    @Override
    protected void fillContextMenu(IMenuManager menu) {
        confirm.update();
        reject.update();
        menu.add(confirm);
        menu.add(reject);
    }

    /** @return the Confirm action */
    public SetRelationshipStatusAction getConfirmAction() {
        return confirm;
    }

    /** @return the Reject action */
    public SetRelationshipStatusAction getRejectAction() {
        return reject;
    }

    /** Rebuilds the corroboration index (reprints of one story count once) before the rows refresh. */
    @Override
    protected void refresh() {
        Dossier dossier = getContext() == null ? null : getContext().getDossier();
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
