package org.sourcebench.model.edit.commands;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Span;
import org.sourcebench.model.SourcebenchPackage.Literals;

/**
 * Hand annotation: the analyst marks a stretch of a source as a mention of an actor or a location, a new one
 * (created by the same command) or one already in the dossier. For an existing actor, wording that differs
 * from its names becomes an alias, as the extractor records it. One command, one undo step.
 */
public class MarkMentionCommand extends CompoundCommand {

	private MarkMentionCommand(String label) {
		super(label);
		setDescription(label);
	}

	/**
	 * "Mark as Actor".
	 *
	 * @param actor an actor of {@code dossier}, or a new one (not yet contained) that the command adds
	 * @param span  the evidence: a new span of the selected text
	 */
	public static MarkMentionCommand actor(EditingDomain domain, Dossier dossier, Actor actor, Span span) {
		MarkMentionCommand command = new MarkMentionCommand(Messages.MarkActorCommand_label);
		if (actor.eContainer() == null) {
			command.append(new CreateElementCommand(domain, dossier, actor));
		} else if (span.getText() != null && !span.getText().equals(actor.getCanonicalName())
				&& !actor.getAliases().contains(span.getText())) {
			command.append(AddCommand.create(domain, actor, Literals.ACTOR__ALIASES, span.getText()));
		}
		command.append(AddCommand.create(domain, actor, Literals.ACTOR__MENTIONS, span));
		return command;
	}

	/**
	 * "Mark as Location".
	 *
	 * @param location a location of {@code dossier}, or a new one that the command adds
	 */
	public static MarkMentionCommand location(EditingDomain domain, Dossier dossier, Location location, Span span) {
		MarkMentionCommand command = new MarkMentionCommand(Messages.MarkLocationCommand_label);
		if (location.eContainer() == null) {
			command.append(new CreateElementCommand(domain, dossier, location));
		}
		command.append(AddCommand.create(domain, location, Literals.LOCATION__MENTIONS, span));
		return command;
	}
}
