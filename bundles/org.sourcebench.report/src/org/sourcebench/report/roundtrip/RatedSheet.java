package org.sourcebench.report.roundtrip;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.edit.commands.SetCredibilityCommand;
import org.sourcebench.model.edit.commands.SetRelationshipStatusCommand;
import org.sourcebench.model.edit.commands.SetReliabilityCommand;
import org.sourcebench.report.ReportMessages;
import org.sourcebench.report.excel.RatingCells;

/**
 * One sheet whose ratings come back: which sheet and columns, which dossier objects, how a cell is read and
 * which command sets the value.
 *
 * @param <T> the type of object on the sheet
 * @param <V> the type of the rating
 */
final class RatedSheet<T extends IdentifiedElement, V> {

	/** Makes the command that sets one object's value. */
	interface CommandFactory<T, V> {
		Command create(EditingDomain domain, T element, V value);
	}

	final String sheetName;
	final String valueHeader;
	final String baselineHeader;
	final String valueName;
	final Class<T> type;
	final Function<Dossier, List<T>> elements;
	final Function<String, V> parser;
	final Function<T, V> getter;
	final Function<V, String> display;
	final CommandFactory<T, V> commands;

	private RatedSheet(String sheetKey, String valueKey, Class<T> type, Function<Dossier, List<T>> elements,
			Function<String, V> parser, Function<T, V> getter, Function<V, String> display, CommandFactory<T, V> commands) {
		this.sheetName = ReportMessages.text(sheetKey);
		this.valueHeader = ReportMessages.text("column." + valueKey);
		this.baselineHeader = ReportMessages.text("column." + valueKey + "AtExport");
		this.valueName = valueHeader.toLowerCase(Locale.ROOT);
		this.type = type;
		this.elements = elements;
		this.parser = parser;
		this.getter = getter;
		this.display = display;
		this.commands = commands;
	}

	/** @return the three sheets read back: source reliability, claim credibility, relationship status */
	static List<RatedSheet<?, ?>> all() {
		return List.of(
				new RatedSheet<Source, AdmiraltyReliability>("sheet.sources", "reliability", Source.class, Dossier::getSources,
						RatingCells::parseReliability, Source::getReliability, RatingCells::text, SetReliabilityCommand::new),
				new RatedSheet<Claim, ClaimCredibility>("sheet.claims", "credibility", Claim.class, Dossier::getClaims,
						RatingCells::parseCredibility, Claim::getCredibility, RatingCells::text,
						SetCredibilityCommand::new),
				new RatedSheet<Relationship, RelationshipStatus>("sheet.relationships", "status", Relationship.class,
						Dossier::getRelationships, RatingCells::parseStatus, Relationship::getStatus, RatingCells::text,
						SetRelationshipStatusCommand::new));
	}
}
