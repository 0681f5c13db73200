package org.sourcebench.ui.views.navigator;

import org.sourcebench.ui.internal.Messages;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Location;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.Source;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.labels.RatingBadges;

/** Names with counts ("Person (4)", "Vladimir Putin (12)"), dates before source titles, reliability badges. */
class NavigatorLabels extends ColumnLabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorGroup group) {
			return group.label() + " (" + group.count() + ")";
		}
		if (element instanceof Source source) {
			String text = ElementLabels.shorten(ElementLabels.text(source));
			// first, so that a narrow navigator still shows it
			return org.sourcebench.ingest.dossier.DossierImport.isReprint(source) ? Messages.Navigator_reprint + " " + text : text;
		}
		if (element instanceof Actor actor) {
			return ElementLabels.text(actor) + " (" + actor.getMentions().size() + ")";
		}
		if (element instanceof Location location) {
			return ElementLabels.text(location) + " (" + location.getMentions().size() + ")";
		}
		return ElementLabels.text(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof Source source) {
			return RatingBadges.badge(source.getReliability());
		}
		if (element instanceof NavigatorGroup) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof Source source) {
			return ElementLabels.text(source) + "\n" + Ratings.label(source.getReliability())
					+ (org.sourcebench.ingest.dossier.DossierImport.isReprint(source) ? "\n" + source.getNotes() : "");
		}
		return null;
	}
}
