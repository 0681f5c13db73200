package org.sourcebench.report.excel;

import java.util.List;

import org.sourcebench.model.Location;

/** The Locations sheet: name, kind, country, WGS 84 coordinates, GeoNames id, mentions. */
final class LocationsSheet {

	private static final List<Column> COLUMNS = List.of(
			Column.hidden("column.id", ColumnKind.ID),
			Column.of("column.name", ColumnKind.TEXT),
			Column.of("column.kind", ColumnKind.TEXT),
			Column.of("column.country", ColumnKind.TEXT),
			Column.of("column.latitude", ColumnKind.DECIMAL),
			Column.of("column.longitude", ColumnKind.DECIMAL),
			Column.of("column.geoNamesId", ColumnKind.TEXT),
			Column.of("column.mentions", ColumnKind.INTEGER));

	private LocationsSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		SheetTable table = new SheetTable(context.newSheet("sheet.locations"), context.styles, COLUMNS);
		for (Location location : context.dossier.getLocations()) {
			table.nextRow();
			table.text(0, location.getId());
			table.text(1, location.getName());
			table.text(2, EnumLabels.of(location.getKind()));
			table.text(3, location.getCountryCode());
			table.number(4, location.getLatitude());
			table.number(5, location.getLongitude());
			table.text(6, location.getGeoNamesId());
			table.number(7, location.getMentions().size());
			context.progress.row();
		}
		table.finish();
	}
}
