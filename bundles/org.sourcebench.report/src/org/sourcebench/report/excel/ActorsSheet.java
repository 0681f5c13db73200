package org.sourcebench.report.excel;

import java.util.List;

import org.sourcebench.model.Actor;

/** The Actors sheet: name, kind, country, aliases, mentions, sources mentioning the actor, relationships. */
final class ActorsSheet {

	private static final List<Column> COLUMNS = List.of(
			Column.hidden("column.id", ColumnKind.ID),
			Column.of("column.name", ColumnKind.TEXT),
			Column.of("column.kind", ColumnKind.TEXT),
			Column.of("column.country", ColumnKind.TEXT),
			Column.of("column.mentions", ColumnKind.INTEGER),
			Column.of("column.sourceCount", ColumnKind.INTEGER),
			Column.of("column.degree", ColumnKind.INTEGER),
			Column.of("column.aliases", ColumnKind.LONG_TEXT),
			Column.of("column.externalId", ColumnKind.TEXT));

	private ActorsSheet() {
	}

	static void write(ReportContext context) throws ProgressTracker.Cancelled {
		SheetTable table = new SheetTable(context.newSheet("sheet.actors"), context.styles, COLUMNS);
		for (Actor actor : context.dossier.getActors()) {
			table.nextRow();
			table.text(0, actor.getId());
			table.text(1, actor.getCanonicalName());
			table.text(2, EnumLabels.of(actor.getKind()));
			table.text(3, actor.getCountry());
			table.number(4, actor.getMentions().size());
			table.number(5, DossierStatistics.sources(actor));
			table.number(6, context.statistics.degree(actor));
			table.text(7, String.join("; ", actor.getAliases()));
			table.text(8, actor.getExternalId());
			context.progress.row();
		}
		table.finish();
	}
}
