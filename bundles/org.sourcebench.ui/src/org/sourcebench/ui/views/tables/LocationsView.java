package org.sourcebench.ui.views.tables;

import java.util.List;
import java.util.Locale;

import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/** The dossier's locations: name, kind, country, coordinates, mentions, sources. */
public class LocationsView extends ElementTableView {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.LOCATIONS_VIEW_ID;

	@Override
	protected List<ColumnSpec> columns() {
		return List.of(
				ColumnSpec.text(Messages.Column_name, 180, e -> ElementLabels.text(e)),
				ColumnSpec.text(Messages.Column_kind, 90, e -> ElementLabels.kind(((Location) e).getKind())),
				ColumnSpec.text(Messages.Column_country, 70, e -> ActorsView.nullToEmpty(((Location) e).getCountryCode())),
				ColumnSpec.text(Messages.Column_coordinates, 130, e -> coordinates((Location) e)),
				ColumnSpec.number(Messages.Column_mentions, 80, e -> ((Location) e).getMentions().size()),
				ColumnSpec.number(Messages.Column_sources, 70, e -> Evidence.distinctSources(((Location) e).getMentions())));
	}

	private static String coordinates(Location location) {
		if (location.getLatitude() == null || location.getLongitude() == null) {
			return "";
		}
		return String.format(Locale.ROOT, "%.3f, %.3f", location.getLatitude(), location.getLongitude());
	}

	@Override
	protected List<?> elements(Dossier dossier) {
		return dossier.getLocations();
	}

	@Override
	protected String countLabel(int shown, int total) {
		return count(shown, total, Messages.Noun_locations);
	}
}
