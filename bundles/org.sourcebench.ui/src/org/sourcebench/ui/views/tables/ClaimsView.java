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
